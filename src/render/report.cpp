#include "render/report.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/data_table.h"
#include "render/json.h"
#include "render/messages.h"
#include "render/table.h"
#include "render/xlsx.h"

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

// The actual as shown: 完成/未完成 for a qualitative target, ≈ beside an estimate.
std::string actual_cell(const RenderOptions& o, const Row& r) {
  if (r.period && r.period->done) return *r.period->done ? tr(o, "完成", "done") : tr(o, "未完成", "not done");
  std::string v = show_optional(o, r.actual, r.indicator->places);
  return r.estimate && !v.empty() ? "≈" + v : v;
}

// The level variance, left out where the reported growth judges: at current
// prices it can have the other sign than the growth (SPEC §3, JSON has it).
std::string variance_cell(const RenderOptions& o, const Row& r) {
  if (!r.variance || r.by_reported_growth) return "";
  return show_signed(o, *r.variance, r.indicator->places);
}

std::string attribute_word(const Indicator& ind, const RenderOptions& o) {
  if (!ind.attribute) return "";
  return *ind.attribute == Attribute::Binding ? tr(o, "约束性", "binding") : tr(o, "预期性", "expected");
}

// "霍林郭勒市2020年政府工作报告 · 2020年": a file's heading.
std::string title_of(const Dataset& ds, int year, const RenderOptions& o) {
  std::string title = ds.title.empty() ? ds.file : ds.title;
  if (!ds.has_year_labels) return title;
  return fmt::format("{} · {}{}", title, year, tr(o, "年", ""));
}

// Which file a row is from, in a table of several: its region, else its
// title, else its name.
std::string file_label(const Dataset& ds) {
  if (!ds.region.empty()) return ds.region;
  return ds.title.empty() ? ds.file : ds.title;
}

// The columns of a text table go in this order when it must fit a width
// (the highest first): the target level, the baseline, the unit (into the
// name), the year, … ; the name and the status never go.
enum DropRank : int {
  kKeep = 0,
  kTarget = 1,
  kActual = 2,
  kGrowth = 3,
  kFile = 4,
  kVariancePp = 5,
  kVariance = 6,
  kCompletion = 7,
  kAttribute = 8,
  kYear = 9,
  kUnit = 10,
  kBaseline = 11,
  kTargetLevel = 12,
};

// The table for people (text, Markdown): the status right after the name,
// each file's region as its label (CSV, TSV and XLSX use report_data).
Table report_table(const Report& report, const RenderOptions& o) {
  const bool many = report.files.size() > 1;
  const bool attributes = std::any_of(report.rows.begin(), report.rows.end(),
                                      [](const Row& r) { return r.indicator->attribute.has_value(); });
  const bool completions =
      std::any_of(report.rows.begin(), report.rows.end(), [](const Row& r) { return r.completion_pct.has_value(); });
  Table t;
  auto column = [&](const char* zh, const char* en, Align a, int drop, int fold = -1) {
    return static_cast<int>(t.add_column(tr(o, zh, en), a, drop, fold));
  };
  if (many) column("文件", "File", Align::Left, kFile);
  const int name = column("指标", "Indicator", Align::Left, kKeep);
  t.shrink = static_cast<std::size_t>(name);
  const int status = column("状态", "Status", Align::Left, kKeep);
  if (attributes) column("属性", "Attribute", Align::Left, kAttribute);
  column("单位", "Unit", Align::Left, kUnit, name);
  column("年份", "Year", Align::Right, kYear);
  column("基期值", "Baseline", Align::Right, kBaseline);
  const int target = column("目标", "Target", Align::Left, kTarget);
  column("目标值", "Target level", Align::Right, kTargetLevel);
  column("实际值", "Actual", Align::Right, kActual);
  column("增速", "Growth", Align::Right, kGrowth);
  column("差额", "Variance", Align::Right, kVariance);
  column("差额(百分点)", "Variance (pp)", Align::Right, kVariancePp);
  if (completions) column("完成率", "Completion", Align::Right, kCompletion);
  t.fit_cap.assign(t.headers.size(), 0);
  t.fit_cap[static_cast<std::size_t>(name)] = kFitName;
  t.fit_cap[static_cast<std::size_t>(target)] = kFitTarget;
  const Dataset* heading = nullptr;
  for (const Row& r : report.rows) {
    const Indicator& ind = *r.indicator;
    if (many && r.dataset != heading) {
      heading = r.dataset;
      t.lines.emplace_back(t.rows.size(), title_of(*r.dataset, r.year, o));
    }
    std::vector<std::string> cells;
    if (many) cells.push_back(file_label(*r.dataset));
    cells.push_back(name_of(r, o));
    cells.push_back(row_status_word(r, o));
    if (attributes) cells.push_back(attribute_word(ind, o));
    cells.insert(cells.end(), {ind.unit.text, r.dataset->has_year_labels ? year_label(*r.dataset, r.year, o.lang) : "",
                               show_optional(o, r.baseline, ind.places), r.target() ? r.target()->text : "",
                               target_level_cell(o, r), actual_cell(o, r), growth_cell(o, r), variance_cell(o, r),
                               r.variance_pp ? show_signed(o, *r.variance_pp, ind.pct_places) : ""});
    if (completions) cells.push_back(r.completion_pct ? show(o, *r.completion_pct, 1) + "%" : "");
    t.rows.push_back(std::move(cells));
    std::vector<std::string> styles(t.headers.size());
    if (o.color) styles[static_cast<std::size_t>(status)] = row_status_style(r);
    t.styles.push_back(std::move(styles));
  }
  return t;
}

// For CSV, TSV and XLSX: every column always (a fixed layout for scripts),
// the numbers of the JSON, units in the headers.
DataTable report_data(const Report& report, const RenderOptions& o) {
  DataTable t;
  t.name = tr(o, "报告", "Report");
  auto [growth_pct, growth_pp] = growth_headers(o, "增速", "Growth");
  t.headers = {tr(o, "文件", "File"),
               tr(o, "编号", "ID"),
               tr(o, "指标", "Indicator"),
               tr(o, "属性", "Attribute"),
               tr(o, "单位", "Unit"),
               tr(o, "年份", "Year"),
               tr(o, "基期值", "Baseline"),
               tr(o, "目标", "Target"),
               tr(o, "目标值", "Target level"),
               tr(o, "目标下限", "Target low"),
               tr(o, "目标上限", "Target high"),
               tr(o, "实际值", "Actual"),
               growth_pct,
               growth_pp,
               tr(o, "差额", "Variance"),
               tr(o, "差额(百分点)", "Variance (pp)"),
               tr(o, "完成率(%)", "Completion (%)"),
               tr(o, "状态", "Status")};
  for (const Row& r : report.rows) {
    const Indicator& ind = *r.indicator;
    const int places = ind.places;
    std::vector<DataCell> cells = {text_cell(r.dataset->file),
                                   text_cell(ind.id),
                                   text_cell(name_of(r, o)),
                                   text_cell(attribute_word(ind, o)),
                                   text_cell(ind.unit.text),
                                   r.dataset->has_year_labels ? integer_cell(r.year) : DataCell{},
                                   number_cell(o, r.baseline, places),
                                   text_cell(r.target() ? r.target()->text : ""),
                                   number_cell(o, r.target_value, places),
                                   number_cell(o, r.target_low, places),
                                   number_cell(o, r.target_high, places)};
    if (r.period && r.period->done) cells.push_back(text_cell(actual_cell(o, r)));
    else cells.push_back(number_cell(o, r.actual, places));
    for (auto& c : growth_cells(o, r.growth_pct, is_rate(r), ind.pct_places)) cells.push_back(std::move(c));
    cells.push_back(number_cell(o, r.variance, places));
    cells.push_back(number_cell(o, r.variance_pp, ind.pct_places));
    cells.push_back(number_cell(o, r.completion_pct, 1));
    cells.push_back(text_cell(row_status_word(r, o), row_tone(r)));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

std::string title_line(const Report& report, const RenderOptions& o) {
  if (report.files.size() != 1 || report.rows.empty()) return "";
  return fit_lines(title_of(*report.rows.front().dataset, report.rows.front().year, o) + "\n", o.width);
}

}  // namespace

Tone row_tone(const Row& r) {
  switch (r.status) {
    case Status::Met: return r.within_tolerance.value_or(false) ? Tone::Amber : Tone::Good;
    case Status::Missed: return Tone::Bad;
    case Status::Pending: return Tone::Muted;
    case Status::NoTarget: return Tone::None;
  }
  return Tone::None;
}

std::string status_word(Status s, const RenderOptions& o) {
  switch (s) {
    case Status::Met: return tr(o, "达标", "met");
    case Status::Missed: return tr(o, "未达标", "missed");
    case Status::Pending: return tr(o, "待定", "pending");
    case Status::NoTarget: return tr(o, "无目标", "no target");
  }
  return "";
}

std::string row_status_word(const Row& r, const RenderOptions& o) {
  if (r.status == Status::Met && r.within_tolerance.value_or(false)) return tr(o, "基本达标", "met (within tolerance)");
  return status_word(r.status, o);
}

std::string row_status_style(const Row& r) {
  if (r.status == Status::Met && r.within_tolerance.value_or(false)) return "\x1b[33m";
  return status_style(r.status);
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
  std::string within;
  if (s.within_tolerance > 0)
    within = o.lang == Lang::Zh ? fmt::format("（其中基本达标 {}）", s.within_tolerance)
                                : fmt::format(" ({} within tolerance)", s.within_tolerance);
  if (o.lang == Lang::Zh)
    return fmt::format("达标 {}{} · 未达标 {} · 待定 {} · 无目标 {}\n", s.met, within, s.missed, s.pending,
                       s.no_target);
  return fmt::format("met {}{} · missed {} · pending {} · no target {}\n", s.met, within, s.missed, s.pending,
                     s.no_target);
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
      .field("within_tolerance", s.within_tolerance)
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
        .field("status", to_string(r.status))
        .field("completion_pct", r.completion_pct);
    if (r.target() && r.status != Status::Pending && r.status != Status::NoTarget)
      w.field("within_tolerance", r.within_tolerance.value_or(false));
    else w.key("within_tolerance").null();
    w.field("strict", t && t->strict)
        .field("target_note", t && !t->note.empty() ? std::optional<std::string>(t->note) : std::nullopt)
        .field("reference", r.reference ? std::optional<std::string>(r.reference->id) : std::nullopt)
        .field("reference_growth_pct", r.reference_growth_pct)
        .field("estimate", r.estimate)
        .field("attribute", ind.attribute ? std::optional<std::string>(to_string(*ind.attribute)) : std::nullopt)
        .field("judged", r.judged_rounded ? "rounded" : "exact");
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
    case Format::Csv: return render_csv(report_data(report, o), o.rounding, o.bom);
    case Format::Tsv: return render_tsv(report_data(report, o), o.rounding);
    case Format::Xlsx: return render_xlsx(report_data(report, o), o.rounding);
    default:
      return title_line(report, o) + render_text(report_table(report, o), o.width) +
             fit_lines(summary_line(report.summary, o), o.width);
  }
}

}  // namespace zhibiao
