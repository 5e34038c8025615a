#include "render/report.h"

#include <fmt/format.h>

#include "render/json.h"
#include "render/messages.h"
#include "render/table.h"

namespace zhibiao {

namespace {

bool is_rate(const Row& r) { return r.indicator->unit.is_rate(); }

std::string target_level_cell(const RenderOptions& o, const Row& r) {
  int places = r.indicator->places;
  if (r.target_low && r.target_high) return show(o, *r.target_low, places) + "–" + show(o, *r.target_high, places);
  return show_optional(o, r.target_value, places);
}

// Growth as judged: percent, or points for a rate.
std::string growth_cell(const RenderOptions& o, const Row& r) {
  if (!r.growth_pct) return "";
  int places = r.indicator->pct_places;
  return is_rate(r) ? show_signed(o, *r.growth_pct, places) + "pp" : show(o, *r.growth_pct, places) + "%";
}

std::string name_of(const Row& r, const RenderOptions& o) {
  return o.lang == Lang::Zh ? r.indicator->name : r.indicator->name_en;
}

Table report_table(const Report& report, const RenderOptions& o) {
  const bool many = report.files.size() > 1;
  Table t;
  if (many) t.headers.push_back(tr(o, "文件", "File"));
  const std::size_t first = t.headers.size();
  for (const char* h :
       {tr(o, "指标", "Indicator"), tr(o, "单位", "Unit"), tr(o, "年份", "Year"), tr(o, "基期值", "Baseline"),
        tr(o, "目标", "Target"), tr(o, "目标值", "Target level"), tr(o, "实际值", "Actual"), tr(o, "增速", "Growth"),
        tr(o, "差额", "Variance"), tr(o, "差额(百分点)", "Variance (pp)"), tr(o, "状态", "Status")})
    t.headers.push_back(h);
  t.align.assign(t.headers.size(), Align::Right);
  for (std::size_t c = 0; c < first + 2; ++c) t.align[c] = Align::Left;
  t.align[first + 4] = Align::Left;
  t.align.back() = Align::Left;
  for (const Row& r : report.rows) {
    const Indicator& ind = *r.indicator;
    int places = ind.places;
    std::vector<std::string> cells;
    if (many) cells.push_back(r.dataset->file);
    std::string year = r.dataset->has_year_labels ? year_label(*r.dataset, r.year, o.lang) : "";
    cells.insert(cells.end(),
                 {name_of(r, o), ind.unit.text, year, show_optional(o, r.baseline, places),
                  r.target() ? r.target()->text : "", target_level_cell(o, r),
                  r.period && r.period->done ? (*r.period->done ? tr(o, "完成", "done") : tr(o, "未完成", "not done"))
                                             : show_optional(o, r.actual, places),
                  growth_cell(o, r), r.variance ? show_signed(o, *r.variance, places) : "",
                  r.variance_pp ? show_signed(o, *r.variance_pp, ind.pct_places) : "", status_word(r.status, o)});
    t.rows.push_back(std::move(cells));
    std::vector<std::string> styles(t.headers.size());
    if (o.color) styles.back() = status_style(r.status);
    t.styles.push_back(std::move(styles));
  }
  return t;
}

std::string title_line(const Report& report, const RenderOptions& o) {
  std::string out;
  if (report.files.size() == 1 && !report.rows.empty()) {
    const Dataset& ds = *report.rows.front().dataset;
    std::string title = ds.title.empty() ? ds.file : ds.title;
    if (ds.has_year_labels) out = fmt::format("{} · {}{}\n", title, report.rows.front().year, tr(o, "年", ""));
    else out = title + "\n";
  }
  return out;
}

}  // namespace

std::string status_word(Status s, const RenderOptions& o) {
  switch (s) {
    case Status::Met: return tr(o, "达标", "met");
    case Status::Missed: return tr(o, "未达标", "missed");
    case Status::Pending: return tr(o, "待定", "pending");
    case Status::NoTarget: return tr(o, "无目标", "no target");
  }
  return "";
}

std::string status_style(Status s) {
  switch (s) {
    case Status::Met: return "\x1b[32m";
    case Status::Missed: return "\x1b[31m";
    case Status::Pending: return "\x1b[2m";
    case Status::NoTarget: return "";
  }
  return "";
}

std::string summary_line(const Summary& s, const RenderOptions& o) {
  if (o.lang == Lang::Zh)
    return fmt::format("达标 {} · 未达标 {} · 待定 {} · 无目标 {}\n", s.met, s.missed, s.pending, s.no_target);
  return fmt::format("met {} · missed {} · pending {} · no target {}\n", s.met, s.missed, s.pending, s.no_target);
}

void write_report_json(JsonWriter& w, const Report& report, const RenderOptions& o) {
  w.key("files").begin_array();
  for (const auto& f : report.files) w.value(f);
  w.end_array();
  w.key("indicators").begin_array();
  for (const Row& r : report.rows) write_row_json(w, r, o);
  w.end_array();
  write_summary_json(w, report.summary);
}

void write_summary_json(JsonWriter& w, const Summary& s) {
  w.key("summary")
      .begin_object()
      .field("total", s.total)
      .field("met", s.met)
      .field("missed", s.missed)
      .field("pending", s.pending)
      .field("no_target", s.no_target)
      .end_object();
}

void write_row_json(JsonWriter& w, const Row& r, const RenderOptions& o) {
  {
    const Indicator& ind = *r.indicator;
    const Target* t = r.target();
    w.begin_object()
        .field("file", r.dataset->file)
        .field("id", ind.id)
        .field("name", ind.name)
        .field("name_en", ind.name_en)
        .field("unit", ind.unit.text)
        .field("direction", to_string(ind.direction))
        .field("basis", to_string(ind.basis));
    if (r.dataset->has_year_labels) w.field("year", r.year);
    else w.key("year").null();
    w.field("baseline", r.baseline);
    if (r.period && r.period->done) w.field("actual", *r.period->done);
    else w.field("actual", r.actual);
    w.field("target", t ? std::optional<std::string>(t->text) : std::nullopt);
    w.field("target_kind", t ? std::optional<std::string>(to_string(t->kind)) : std::nullopt);
    w.field("target_value", r.target_value)
        .field("target_low", r.target_low)
        .field("target_high", r.target_high)
        .field("growth_pct", r.growth_pct)
        .field("computed_growth_pct", r.computed_growth_pct)
        .field("reported_growth_pct", r.reported_growth_pct)
        .field("variance", r.variance)
        .field("variance_pp", r.variance_pp)
        .field("status", to_string(r.status));
    w.key("warnings").begin_array();
    for (const auto& warning : r.warnings) w.value(warning_diagnostic(*r.dataset, warning, o).message);
    w.end_array();
    w.field("line", r.indicator->at.line);
    w.end_object();
  }
}

std::string render_report(const Report& report, const RenderOptions& o) {
  switch (o.format) {
    case Format::Json: {
      JsonWriter w(o.rounding);
      w.begin_object();
      write_report_json(w, report, o);
      w.end_object();
      return w.str();
    }
    case Format::Markdown: return render_markdown(report_table(report, o)) + "\n" + summary_line(report.summary, o);
    case Format::Csv: return render_csv(report_table(report, o), o.bom);
    case Format::Tsv: return render_tsv(report_table(report, o));
    default: return title_line(report, o) + render_text(report_table(report, o)) + summary_line(report.summary, o);
  }
}

}  // namespace zhibiao
