#include "render/plan.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "render/json.h"
#include "render/messages.h"
#include "render/table.h"

namespace zhibiao {

namespace {

// Plan figures are read to two decimals (the 10.82% and 6.27% of SPEC §7),
// or as finely as the indicator's own percentages are written.
int pct_places(const PlanRow& r) { return std::max(2, r.indicator->pct_places); }

std::string attribute_word(const Indicator& ind, const RenderOptions& o) {
  if (!ind.attribute) return "";
  return *ind.attribute == Attribute::Binding ? tr(o, "约束性", "binding") : tr(o, "预期性", "expected");
}

std::string name_of(const Indicator& ind, const RenderOptions& o) {
  return o.lang == Lang::Zh ? ind.name : ind.name_en;
}

// Achieved and path: levels in the indicator's unit, or percent.
std::string figure_cell(const RenderOptions& o, const PlanRow& r, const std::optional<Decimal>& v) {
  if (!v) return "";
  if (r.levels) return show(o, *v, r.indicator->places);
  return show(o, *v, pct_places(r)) + "%";
}

std::string gap_cell(const RenderOptions& o, const PlanRow& r) {
  if (!r.gap) return "";
  return show_signed(o, *r.gap, pct_places(r)) + (r.gap_unit == GapUnit::Pp ? "pp" : "%");
}

std::string required_cell(const RenderOptions& o, const PlanRow& r) {
  if (!r.required || !r.required_unit) return "";
  return show(o, *r.required, pct_places(r)) + (*r.required_unit == RequiredUnit::Pp ? "pp" : "%");
}

std::vector<std::string> headers(const RenderOptions& o, bool raw) {
  if (raw)
    return {tr(o, "指标", "Indicator"),
            tr(o, "属性", "Attribute"),
            tr(o, "单位", "Unit"),
            tr(o, "目标", "Target"),
            tr(o, "基期", "Base year"),
            tr(o, "基期值", "Base value"),
            tr(o, "年份", "Year"),
            tr(o, "已过年数", "Years gone"),
            tr(o, "总年数", "Years total"),
            tr(o, "已实现", "Achieved"),
            tr(o, "序时进度", "On-pace path"),
            tr(o, "进度单位", "Unit of progress"),
            tr(o, "差距", "Gap"),
            tr(o, "差距单位", "Unit of gap"),
            tr(o, "尚需每年", "Needed a year"),
            tr(o, "尚需单位", "Unit needed"),
            tr(o, "状态", "Status")};
  return {tr(o, "指标", "Indicator"),  tr(o, "状态", "Status"),
          tr(o, "属性", "Attribute"),  tr(o, "单位", "Unit"),
          tr(o, "基期值", "Base"),     tr(o, "目标", "Target"),
          tr(o, "年份", "Year"),       tr(o, "进度", "Years"),
          tr(o, "已实现", "Achieved"), tr(o, "序时进度", "On-pace path"),
          tr(o, "差距", "Gap"),        tr(o, "尚需每年", "Needed a year")};
}

// When a text table must fit a width, its columns go in this order (the
// highest first) after the file's; the name and the status never go.
constexpr std::array<int, 12> kShownDrop = {0, 0, 7, 9, 11, 1, 10, 8, 2, 5, 3, 4};
constexpr int kFileDrop = 6;

std::string raw(const std::optional<Decimal>& v, const RenderOptions& o) {
  return v ? json_number(*v, o.rounding) : "";
}

// CSV and TSV carry raw numbers as JSON does, their units in columns of their own.
std::vector<std::string> raw_cells(const PlanRow& r, const RenderOptions& o) {
  const Indicator& ind = *r.indicator;
  const Plan& plan = *r.dataset->plan;
  std::string gap_unit = r.gap ? (r.gap_unit == GapUnit::Pp ? "pp" : "%") : "";
  std::string need_unit = r.required ? (*r.required_unit == RequiredUnit::Pp ? "pp" : "%") : "";
  return {name_of(ind, o),
          attribute_word(ind, o),
          ind.unit.text,
          r.target->text,
          std::to_string(plan.base),
          raw(r.base_value, o),
          std::to_string(r.year),
          std::to_string(r.years_gone),
          std::to_string(r.years_total),
          raw(r.achieved, o),
          raw(r.path, o),
          r.achieved ? (r.levels ? ind.unit.text : "%") : "",
          raw(r.gap, o),
          gap_unit,
          raw(r.required, o),
          need_unit,
          plan_status_word(r.status, o)};
}

std::vector<std::string> shown_cells(const PlanRow& r, const RenderOptions& o) {
  const Indicator& ind = *r.indicator;
  return {name_of(ind, o),
          plan_status_word(r.status, o),
          attribute_word(ind, o),
          ind.unit.text,
          show_optional(o, r.base_value, ind.places),
          r.target->text,
          std::to_string(r.year),
          fmt::format("{}/{}", r.years_gone, r.years_total),
          figure_cell(o, r, r.achieved),
          figure_cell(o, r, r.path),
          gap_cell(o, r),
          required_cell(o, r)};
}

std::string status_style(PlanStatus s) {
  switch (s) {
    case PlanStatus::Achieved:
    case PlanStatus::Ahead:
    case PlanStatus::Met: return "\x1b[32m";
    case PlanStatus::Behind:
    case PlanStatus::Missed: return "\x1b[31m";
    case PlanStatus::Pending: return "\x1b[2m";
    default: return "";
  }
}

Table plan_table(const PlanReport& report, const RenderOptions& o, bool raw_numbers) {
  const bool many = report.files.size() > 1;
  Table t;
  if (many) t.add_column(tr(o, "文件", "File"), Align::Left, kFileDrop);
  const std::size_t first = t.headers.size();
  auto hs = headers(o, raw_numbers);
  for (std::size_t c = 0; c < hs.size(); ++c)
    t.add_column(std::move(hs[c]), Align::Right, raw_numbers ? 0 : kShownDrop[c],
                 !raw_numbers && c == 3 ? static_cast<int>(first) : -1);
  const std::size_t status = raw_numbers ? t.headers.size() - 1 : first + 1;
  for (std::size_t c = 0; c < first + 4; ++c) t.align[c] = Align::Left;
  t.align[first + (raw_numbers ? 3 : 5)] = Align::Left;
  t.align[status] = Align::Left;
  if (!raw_numbers) {
    t.shrink = first;
    t.fit_cap.assign(t.headers.size(), 0);
    t.fit_cap[first] = kFitName;
    t.fit_cap[first + 5] = kFitTarget;
  }
  for (const PlanRow& r : report.rows) {
    std::vector<std::string> cells;
    if (many) cells.push_back(r.dataset->region.empty() ? r.dataset->file : r.dataset->region);
    for (auto& c : raw_numbers ? raw_cells(r, o) : shown_cells(r, o)) cells.push_back(std::move(c));
    t.rows.push_back(std::move(cells));
    std::vector<std::string> styles(t.headers.size());
    if (o.color) styles[status] = status_style(r.status);
    t.styles.push_back(std::move(styles));
  }
  return t;
}

// "“十四五”规划纲要主要指标 · 十四五 2020–2025 · 截至2024年", for one file.
std::string title_line(const PlanReport& report, const RenderOptions& o) {
  if (report.files.size() != 1 || report.rows.empty()) return "";
  const Dataset& ds = *report.rows.front().dataset;
  int year = 0;
  for (const PlanRow& r : report.rows) year = std::max(year, r.year);
  std::string title = ds.title.empty() ? ds.file : ds.title;
  std::string name = ds.plan->name.empty() ? "" : ds.plan->name + " ";
  if (o.lang == Lang::Zh)
    return fmt::format("{} · {}{}–{} · 截至{}年\n", title, name, ds.plan->base, ds.plan->end, year);
  return fmt::format("{} · {}{}–{} · as of {}\n", title, name, ds.plan->base, ds.plan->end, year);
}

constexpr std::array kStatusOrder = {PlanStatus::Achieved, PlanStatus::Ahead,   PlanStatus::OnTrack,
                                     PlanStatus::Behind,   PlanStatus::Met,     PlanStatus::Missed,
                                     PlanStatus::Pending,  PlanStatus::NoTarget};

std::string counts_text(const PlanCounts& c, const RenderOptions& o) {
  std::string out;
  for (PlanStatus s : kStatusOrder)
    if (c[s] > 0) out += fmt::format("{}{} {}", out.empty() ? "" : " · ", plan_status_word(s, o), c[s]);
  return out;
}

void write_counts_json(JsonWriter& w, const PlanCounts& c) {
  w.begin_object().field("total", c.total);
  for (PlanStatus s : kStatusOrder) w.field(to_string(s), c[s]);
  w.end_object();
}

void write_row_json(JsonWriter& w, const PlanRow& r, const RenderOptions& o) {
  const Indicator& ind = *r.indicator;
  const Plan& plan = *r.dataset->plan;
  w.begin_object()
      .field("file", r.dataset->file)
      .field("id", ind.id)
      .field("name", ind.name)
      .field("name_en", ind.name_en)
      .field("unit", ind.unit.text)
      .field("plan_base", plan.base)
      .field("plan_end", plan.end)
      .field("year", r.year)
      .field("years_gone", r.years_gone)
      .field("years_total", r.years_total);
  if (ind.attribute) w.field("attribute", to_string(*ind.attribute));
  else w.key("attribute").null();
  w.field("target", r.target->text)
      .field("target_kind", to_string(r.kind))
      .field("base_value", r.base_value)
      .field("target_value", r.target_level)
      .field("achieved", r.achieved)
      .field("path", r.path)
      .field("gap", r.gap)
      .field("gap_unit",
             r.gap ? std::optional<std::string>(r.gap_unit == GapUnit::Pp ? "pp" : "pct_of_path") : std::nullopt)
      .field("required", r.required)
      .field("required_unit", r.required
                                  ? std::optional<std::string>(*r.required_unit == RequiredUnit::Pp ? "pp" : "pct")
                                  : std::nullopt)
      .field("reference", r.reference ? std::optional<std::string>(r.reference->id) : std::nullopt)
      .field("status", to_string(r.status));
  w.key("warnings").begin_array();
  for (const auto& warning : r.warnings) w.value(warning_diagnostic(*r.dataset, warning, o).message);
  w.end_array();
  w.field("line", ind.at.line).end_object();
}

std::string plan_json(const PlanReport& report, const RenderOptions& o) {
  JsonWriter w(o.rounding);
  w.begin_object().key("files").begin_array();
  for (const auto& f : report.files) w.value(f);
  w.end_array().key("indicators").begin_array();
  for (const PlanRow& r : report.rows) write_row_json(w, r, o);
  w.end_array().key("summary").begin_object().field("total", report.summary.all.total);
  for (PlanStatus s : kStatusOrder) w.field(to_string(s), report.summary.all[s]);
  w.key("binding");
  write_counts_json(w, report.summary.binding);
  w.key("expected");
  write_counts_json(w, report.summary.expected);
  w.end_object().end_object();
  return w.str();
}

}  // namespace

std::string plan_status_word(PlanStatus s, const RenderOptions& o) {
  switch (s) {
    case PlanStatus::Achieved: return tr(o, "提前实现", "achieved early");
    case PlanStatus::Ahead: return tr(o, "快于预期", "ahead");
    case PlanStatus::OnTrack: return tr(o, "基本符合预期", "on track");
    case PlanStatus::Behind: return tr(o, "滞后", "behind");
    case PlanStatus::Pending: return tr(o, "待定", "pending");
    case PlanStatus::Met: return tr(o, "达标", "met");
    case PlanStatus::Missed: return tr(o, "未达标", "missed");
    case PlanStatus::NoTarget: return tr(o, "无目标", "no target");
  }
  return "";
}

std::string plan_summary_line(const PlanSummary& s, const RenderOptions& o) {
  std::string out;
  const std::array groups = {std::pair{&s.binding, tr(o, "约束性", "binding")},
                             std::pair{&s.expected, tr(o, "预期性", "expected")},
                             std::pair{&s.unmarked, tr(o, "未标属性", "no attribute")}};
  for (auto [counts, word] : groups) {
    if (counts->total == 0) continue;
    if (!out.empty()) out += tr(o, "；", "; ");
    out += fmt::format("{} {}{}{}", word, counts->total, tr(o, "：", ": "), counts_text(*counts, o));
  }
  if (out.empty()) out = tr(o, "没有规划目标", "no plan targets");
  return out + "\n";
}

Diagnostic plan_failure_of(const PlanRow& r, const RenderOptions& o) {
  const Indicator& ind = *r.indicator;
  std::string what = r.achieved ? fmt::format(": achieved {}", figure_cell(o, r, r.achieved)) : "";
  if (r.achieved && r.levels && !ind.unit.is_rate()) what += ind.unit.text;
  return Diagnostic{
      r.dataset->file, ind.plan_target_at, Severity::Error,
      fmt::format("{} ({}) {}: plan target '{}' missed{}", ind.id, ind.name, r.year, r.target->text, what)};
}

std::string render_plan(const PlanReport& report, const RenderOptions& o) {
  switch (o.format) {
    case Format::Json: return plan_json(report, o);
    case Format::Markdown:
      return render_markdown(plan_table(report, o, false)) + "\n" + plan_summary_line(report.summary, o);
    case Format::Csv: return render_csv(plan_table(report, o, true), o.bom);
    case Format::Tsv: return render_tsv(plan_table(report, o, true));
    default:
      return fit_lines(title_line(report, o), o.width) + render_text(plan_table(report, o, false), o.width) +
             fit_lines(plan_summary_line(report.summary, o), o.width);
  }
}

}  // namespace zhibiao
