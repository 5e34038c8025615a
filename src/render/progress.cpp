#include "render/progress.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/data_table.h"
#include "render/json.h"
#include "render/table.h"
#include "render/xlsx.h"

namespace zhibiao {

namespace {

// Shares and gaps as the bureaus publish them (97.2%, 13.8个百分点); the
// growth the rest of the year needs one decimal finer (5.53%).
constexpr int kSharePlaces = 1;

int rest_places(const Indicator& ind) { return std::max(2, ind.pct_places + 1); }

std::string pct_cell(const RenderOptions& o, const std::optional<Decimal>& v, int places) {
  return v ? show(o, *v, places) + "%" : "";
}

std::string growth_cell(const RenderOptions& o, const ProgressRow& r, const std::optional<Decimal>& g) {
  if (!g) return "";
  const Indicator& ind = *r.indicator;
  return ind.unit.is_rate() ? show_signed(o, *g, ind.pct_places) + "pp" : show(o, *g, ind.pct_places) + "%";
}

bool shows_period(const ProgressRow& r) { return r.period != nullptr; }

std::string pace_style(Pace p) {
  switch (p) {
    case Pace::Ahead: return "\x1b[32m";
    case Pace::Behind: return "\x1b[31m";
    case Pace::Pending: return "\x1b[2m";
    default: return "";
  }
}

// A file's title (else its path), and the point judged: "… · 截至2024年1-11月".
std::string file_heading(const FileProgress& fp, const RenderOptions& o) {
  const Dataset& ds = *fp.dataset;
  std::string title = ds.title.empty() ? ds.file : ds.title;
  if (!fp.as_of) return title;
  return fmt::format("{} · {}{}", title, tr(o, "截至", "as of "), part_year_label(*fp.as_of, o.lang));
}

Table progress_table(const std::vector<FileProgress>& files, const RenderOptions& o) {
  const bool many = files.size() > 1;
  Table t;
  // When a text table must fit a width, columns go in the order of these
  // ranks (the highest first); the name and the status never go.
  if (many) t.add_column(tr(o, "文件", "File"), Align::Left, 7);
  const std::size_t name = t.add_column(tr(o, "指标", "Indicator"), Align::Left);
  t.shrink = name;
  const std::size_t status = t.add_column(tr(o, "状态", "Status"), Align::Left);
  t.add_column(tr(o, "单位", "Unit"), Align::Left, 10, static_cast<int>(name));
  t.add_column(tr(o, "时期", "Period"), Align::Left, 8);
  const std::size_t target = t.add_column(tr(o, "目标", "Target"), Align::Left, 2);
  t.add_column(tr(o, "累计值", "Cumulative"), Align::Right, 9);
  t.add_column(tr(o, "序时进度", "Time share"), Align::Right, 6);
  t.add_column(tr(o, "完成计划", "Share of plan"), Align::Right, 5);
  t.add_column(tr(o, "进度差(百分点)", "Pace gap (pp)"), Align::Right, 1);
  t.add_column(tr(o, "累计增速", "Growth"), Align::Right, 4);
  t.add_column(tr(o, "目标增速", "Target growth"), Align::Right, 11);
  t.add_column(tr(o, "其余时间需增长", "Rest needs"), Align::Right, 3);
  t.fit_cap.assign(t.headers.size(), 0);
  t.fit_cap[name] = kFitName;
  t.fit_cap[target] = kFitTarget;
  for (const FileProgress& fp : files) {
    if (many && !fp.rows.empty())  // each file's title heads its rows, with its point as one file's title has it
      t.lines.emplace_back(t.rows.size(), file_heading(fp, o));
    for (const ProgressRow& r : fp.rows) {
      const Indicator& ind = *r.indicator;
      std::vector<std::string> cells;
      if (many) cells.push_back(fp.dataset->region.empty() ? fp.dataset->file : fp.dataset->region);
      cells.insert(cells.end(),
                   {o.lang == Lang::Zh ? ind.name : ind.name_en, pace_word(r.status, o), ind.unit.text,
                    shows_period(r) ? part_year_label(r.at, o.lang) : "", r.target().text,
                    show_optional(o, r.actual, ind.places), pct_cell(o, r.time_share_pct, kSharePlaces),
                    pct_cell(o, r.plan_share_pct, kSharePlaces),
                    r.pace_gap_pp ? show_signed(o, *r.pace_gap_pp, kSharePlaces) : "", growth_cell(o, r, r.growth_pct),
                    growth_cell(o, r, r.target_growth_pct), pct_cell(o, r.required_rest_pct, rest_places(ind))});
      t.rows.push_back(std::move(cells));
      std::vector<std::string> styles(t.headers.size());
      if (o.color) styles[status] = pace_style(r.status);
      t.styles.push_back(std::move(styles));
    }
  }
  return t;
}

Tone tone_of(Pace p) {
  switch (p) {
    case Pace::Ahead: return Tone::Good;
    case Pace::Behind: return Tone::Bad;
    case Pace::Pending: return Tone::Muted;
    default: return Tone::None;
  }
}

// For CSV, TSV and XLSX: the numbers of the JSON, units in the headers, the
// column names of `report` where they mean the same.
DataTable progress_data(const std::vector<FileProgress>& files, const RenderOptions& o) {
  DataTable t;
  t.name = tr(o, "序时进度", "Progress");
  auto [growth_pct, growth_pp] = growth_headers(o, "增速", "Growth");
  auto [target_pct, target_pp] = growth_headers(o, "目标增速", "Target growth");
  t.headers = {tr(o, "文件", "File"),
               tr(o, "编号", "ID"),
               tr(o, "指标", "Indicator"),
               tr(o, "单位", "Unit"),
               tr(o, "时期", "Period"),
               tr(o, "目标", "Target"),
               tr(o, "累计值", "Cumulative"),
               tr(o, "序时进度(%)", "Time share (%)"),
               tr(o, "完成计划(%)", "Share of plan (%)"),
               tr(o, "进度差(百分点)", "Pace gap (pp)"),
               growth_pct,
               growth_pp,
               target_pct,
               target_pp,
               tr(o, "其余时间需增长(%)", "Rest of year needs (%)"),
               tr(o, "状态", "Status")};
  for (const FileProgress& fp : files)
    for (const ProgressRow& r : fp.rows) {
      const Indicator& ind = *r.indicator;
      const bool rate = ind.unit.is_rate();
      std::vector<DataCell> cells = {text_cell(fp.dataset->file),
                                     text_cell(ind.id),
                                     text_cell(o.lang == Lang::Zh ? ind.name : ind.name_en),
                                     text_cell(ind.unit.text),
                                     text_cell(shows_period(r) ? part_year_key(r.at) : ""),
                                     text_cell(r.target().text),
                                     number_cell(o, r.actual, ind.places),
                                     number_cell(o, r.time_share_pct, kSharePlaces),
                                     number_cell(o, r.plan_share_pct, kSharePlaces),
                                     number_cell(o, r.pace_gap_pp, kSharePlaces)};
      for (auto& c : growth_cells(o, r.growth_pct, rate, ind.pct_places)) cells.push_back(std::move(c));
      for (auto& c : growth_cells(o, r.target_growth_pct, rate, ind.pct_places)) cells.push_back(std::move(c));
      cells.push_back(number_cell(o, r.required_rest_pct, rest_places(ind)));
      cells.push_back(text_cell(pace_word(r.status, o), tone_of(r.status)));
      t.rows.push_back(std::move(cells));
    }
  return t;
}

std::string summary_line(const ProgressSummary& s, const RenderOptions& o) {
  if (o.lang == Lang::Zh)
    return fmt::format("超序时 {} · 符合序时 {} · 慢于序时 {} · 按年度统计 {} · 待定 {}\n", s.ahead, s.on_track,
                       s.behind, s.annual_only, s.pending);
  return fmt::format("ahead {} · on track {} · behind {} · annual only {} · pending {}\n", s.ahead, s.on_track,
                     s.behind, s.annual_only, s.pending);
}

std::string title_line(const std::vector<FileProgress>& files, const RenderOptions& o) {
  if (files.size() != 1 || !files.front().as_of) return "";
  return file_heading(files.front(), o) + "\n";
}

void write_row_json(JsonWriter& w, const FileProgress& fp, const ProgressRow& r) {
  const Indicator& ind = *r.indicator;
  w.begin_object()
      .field("file", fp.dataset->file)
      .field("id", ind.id)
      .field("name", ind.name)
      .field("name_en", ind.name_en)
      .field("unit", ind.unit.text)
      .field("period", shows_period(r) ? std::optional<std::string>(part_year_key(r.at)) : std::nullopt)
      .field("target", r.target().text)
      .field("target_kind", to_string(r.target().kind))
      .field("actual", r.actual)
      .field("time_share_pct", r.time_share_pct)
      .field("plan_share_pct", r.plan_share_pct)
      .field("pace_gap_pp", r.pace_gap_pp)
      .field("growth_pct", r.growth_pct)
      .field("target_growth_pct", r.target_growth_pct)
      .field("required_rest_pct", r.required_rest_pct)
      .field("status", to_string(r.status))
      .field("line", ind.at.line)
      .end_object();
}

std::string render_json(const std::vector<FileProgress>& files, const RenderOptions& o) {
  JsonWriter w(o.rounding);
  ProgressSummary total;
  w.begin_object().key("files").begin_array();
  for (const FileProgress& fp : files) w.value(fp.dataset->file);
  w.end_array().key("indicators").begin_array();
  for (const FileProgress& fp : files) {
    for (const ProgressRow& r : fp.rows) write_row_json(w, fp, r);
    total += fp.summary;
  }
  w.end_array();
  w.key("summary")
      .begin_object()
      .field("total", total.total)
      .field("ahead", total.ahead)
      .field("on_track", total.on_track)
      .field("behind", total.behind)
      .field("annual_only", total.annual_only)
      .field("pending", total.pending)
      .end_object();
  w.end_object();
  return w.str();
}

}  // namespace

std::string pace_word(Pace p, const RenderOptions& o) {
  switch (p) {
    case Pace::Ahead: return tr(o, "超序时", "ahead");
    case Pace::OnTrack: return tr(o, "符合序时", "on track");
    case Pace::Behind: return tr(o, "慢于序时", "behind");
    case Pace::AnnualOnly: return tr(o, "按年度统计", "annual only");
    case Pace::Pending: return tr(o, "待定", "pending");
  }
  return "";
}

std::string part_year_label(const PartYear& p, Lang lang) {
  if (lang == Lang::En) return part_year_key(p);
  if (p.whole_year()) return fmt::format("{}年", p.year);
  if (p.month == 1) return fmt::format("{}年1月", p.year);
  return fmt::format("{}年1-{}月", p.year, p.month);
}

std::string render_progress(const std::vector<FileProgress>& files, const RenderOptions& o) {
  ProgressSummary total;
  for (const FileProgress& fp : files) total += fp.summary;
  switch (o.format) {
    case Format::Json: return render_json(files, o);
    case Format::Markdown: return render_markdown(progress_table(files, o)) + "\n" + summary_line(total, o);
    case Format::Csv: return render_csv(progress_data(files, o), o.rounding, o.bom);
    case Format::Tsv: return render_tsv(progress_data(files, o), o.rounding);
    case Format::Xlsx: return render_xlsx(progress_data(files, o), o.rounding);
    default:
      return fit_lines(title_line(files, o), o.width) + render_text(progress_table(files, o), o.width) +
             fit_lines(summary_line(total, o), o.width);
  }
}

}  // namespace zhibiao
