#include "render/yoy.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/data_table.h"
#include "render/json.h"
#include "render/messages.h"
#include "render/progress.h"
#include "render/table.h"
#include "render/xlsx.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

// A point's year, or its part-year (2024年1-9月) in a series over part-years.
std::string point_label(const YoySeries& s, int year, Lang lang) {
  return s.month == 12 ? year_label(*s.dataset, year, lang) : part_year_label({year, s.month}, lang);
}

// Growth from levels: percent, or points for a rate; "gap" across a hole.
std::string growth_cell(const RenderOptions& o, const YoySeries& s, const YoyPoint& p) {
  if (p.gap) return tr(o, "断档", "gap");
  if (!p.growth_pct) return "";
  int places = s.indicator->pct_places;
  return s.indicator->unit.is_rate() ? show_signed(o, *p.growth_pct, places) + "pp"
                                     : show(o, *p.growth_pct, places) + "%";
}

std::string reported_cell(const RenderOptions& o, const Indicator& ind, const YoyPoint& p) {
  std::string reported;
  if (p.reported_growth_pct)
    reported = ind.unit.is_rate() ? show_signed(o, *p.reported_growth_pct, ind.pct_places) + "pp"
                                  : show(o, *p.reported_growth_pct, ind.pct_places) + "%";
  return p.mismatch ? reported + "*" : reported;
}

// The span's figures, each labelled 现价 (nominal, from levels) or 可比价
// (real, from reported growths) where the indicator has both, so that a
// nominal and a real figure never stand side by side unlabelled.
std::vector<std::string> span_parts(const RenderOptions& o, const YoySeries& s) {
  const bool two_bases = s.indicator->basis != Basis::Current;
  std::vector<std::string> parts;
  auto pct = [&](const Decimal& v) { return show(o, v, s.indicator->pct_places + 1) + "%"; };
  if (s.cagr_pct)
    parts.push_back(fmt::format("{} {}", two_bases ? tr(o, "现价年均增长", "nominal CAGR") : tr(o, "年均增长", "CAGR"),
                                pct(*s.cagr_pct)));
  if (s.real_cagr_pct)
    parts.push_back(fmt::format("{} {}", tr(o, "可比价年均增长", "real CAGR"), pct(*s.real_cagr_pct)));
  if (s.chained_growth_pct) {
    const char* label = s.chained_is_real                   ? tr(o, "可比价累计增长", "real chained")
                        : two_bases && s.chained_is_nominal ? tr(o, "现价累计增长", "nominal chained")
                        : two_bases ? tr(o, "累计增长（部分按现价）", "chained (partly nominal)")
                                    : tr(o, "累计增长", "chained");
    parts.push_back(fmt::format("{} {}", label, pct(*s.chained_growth_pct)));
  }
  return parts;
}

std::string span_summary(const RenderOptions& o, const YoySeries& s) {
  return fmt::format("{}", fmt::join(span_parts(o, s), tr(o, "，", ", ")));
}

// The span's line of the text table, `head` then its figures: on a narrow
// terminal broken after a "，" into lines, each further one indented under
// the first figure (or by 4). Never cut: a cut figure (累计增长 3…) would
// read as another number.
std::vector<std::string> span_lines(const RenderOptions& o, const YoySeries& s, const std::string& head) {
  const std::vector<std::string> parts = span_parts(o, s);
  const std::string sep = tr(o, "，", ", ");
  std::string whole = head + fmt::format("{}", fmt::join(parts, sep));
  if (o.width == 0 || utf8::display_width(whole) <= o.width) return {whole};
  std::size_t widest = 0;  // the widest figure with its "，"
  for (std::size_t i = 0; i < parts.size(); ++i)
    widest = std::max(widest, utf8::display_width(parts[i]) + (i + 1 < parts.size() ? utf8::display_width(sep) : 0));
  std::size_t indent = utf8::display_width(head);  // under the first figure, or by 4 where a figure would not fit
  if (indent + widest > o.width) indent = std::min<std::size_t>(4, o.width / 2);
  std::vector<std::string> out;
  std::string current = head;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string piece = parts[i] + (i + 1 < parts.size() ? sep : "");
    // A figure that does not fit goes on a line of its own; the first one
    // stays beside the span unless it would fit whole only below it.
    if (utf8::display_width(current + piece) > o.width && (i > 0 || indent + utf8::display_width(piece) <= o.width)) {
      while (!current.empty() && current.back() == ' ') current.pop_back();
      out.push_back(std::move(current));
      current = std::string(indent, ' ');
    }
    current += piece;
  }
  out.push_back(std::move(current));
  return out;  // a figure wider than the room alone is folded by render_text, as every line between rows
}

bool any_mismatch(const std::vector<YoySeries>& series) {
  for (const auto& s : series)
    for (const auto& p : s.points)
      if (p.mismatch) return true;
  return false;
}

// For CSV, TSV and XLSX: one row per point, the numbers of the JSON, the
// column names of `report` where they mean the same.
DataTable long_table(const std::vector<YoySeries>& series, const RenderOptions& o) {
  DataTable t;
  t.name = tr(o, "同比", "Year over year");
  auto [growth_pct, growth_pp] = growth_headers(o, "增速", "Growth");
  auto [reported_pct, reported_pp] = growth_headers(o, "公布增速", "Reported growth");
  t.headers = {tr(o, "文件", "File"),
               tr(o, "编号", "ID"),
               tr(o, "指标", "Indicator"),
               tr(o, "单位", "Unit"),
               tr(o, "年份", "Year"),
               tr(o, "数值", "Value"),
               tr(o, "变化", "Change"),
               growth_pct,
               growth_pp,
               reported_pct,
               reported_pp,
               tr(o, "指数", "Index"),
               tr(o, "可比价指数", "Real index"),
               tr(o, "两年平均增速(%)", "Two-year average (%)")};
  for (const auto& s : series) {
    const Indicator& ind = *s.indicator;
    const bool rate = ind.unit.is_rate();
    for (const auto& p : s.points) {
      // The year as JSON has it; a part-year as its key (2024-09); a
      // simple-form file's periods by their English words.
      DataCell year = s.month != 12                ? text_cell(part_year_key({p.year, s.month}))
                      : s.dataset->has_year_labels ? integer_cell(p.year)
                                                   : text_cell(year_label(*s.dataset, p.year, Lang::En));
      std::vector<DataCell> cells = {text_cell(s.dataset->file),
                                     text_cell(ind.id),
                                     text_cell(o.lang == Lang::Zh ? ind.name : ind.name_en),
                                     text_cell(ind.unit.text),
                                     year,
                                     number_cell(o, p.value, ind.places),
                                     number_cell(o, p.change, ind.places)};
      for (auto& c : growth_cells(o, p.growth_pct, rate, ind.pct_places)) cells.push_back(std::move(c));
      for (auto& c : growth_cells(o, p.reported_growth_pct, rate, ind.pct_places)) cells.push_back(std::move(c));
      cells.push_back(number_cell(o, p.index, 1));
      cells.push_back(number_cell(o, p.real_index, 1));
      cells.push_back(number_cell(o, p.two_year_avg_pct, ind.pct_places));
      t.rows.push_back(std::move(cells));
    }
  }
  return t;
}

// When a text table must fit a width, its columns go in this order (the
// highest first); the name, the year and the growth never go.
enum DropRank : int { kKeep = 0, kValue, kReported, kTrend, kRealIndex, kIndex, kChange, kTwoYear };

// The yoy table: one block of rows per series, then its span's figures: in
// a text table (`text`) a line of its own, else a row.
Table block_table(const std::vector<YoySeries>& series, const RenderOptions& o, bool text) {
  const bool real = std::any_of(series.begin(), series.end(), [](const YoySeries& s) { return s.real_cagr_pct; });
  Table t;
  t.shrink = t.add_column(tr(o, "指标", "Indicator"), Align::Left);
  t.add_column(tr(o, "年份", "Year"), Align::Left);
  t.add_column(tr(o, "数值", "Value"), Align::Right, kValue);
  t.add_column(tr(o, "变化", "Change"), Align::Right, kChange);
  t.add_column(tr(o, "增速", "Growth"), Align::Right);
  t.add_column(tr(o, "公布增速", "Reported"), Align::Right, kReported);
  t.add_column(tr(o, "指数", "Index"), Align::Right, kIndex);
  if (real) t.add_column(tr(o, "可比价指数", "Real index"), Align::Right, kRealIndex);
  t.add_column(tr(o, "两年平均", "2-yr avg"), Align::Right, kTwoYear);
  t.add_column(tr(o, "趋势", "Trend"), Align::Left, kTrend);
  for (const auto& s : series) {
    const Indicator& ind = *s.indicator;
    std::vector<std::optional<Decimal>> values;
    for (const auto& p : s.points) values.push_back(p.value);
    bool first = true;
    for (const auto& p : s.points) {
      std::string label =
          first ? fmt::format("{}({})", o.lang == Lang::Zh ? ind.name : ind.name_en, ind.unit.text) : "";
      std::vector<std::string> cells = {label,
                                        point_label(s, p.year, o.lang),
                                        show_optional(o, p.value, ind.places),
                                        p.change ? show_signed(o, *p.change, ind.places) : "",
                                        growth_cell(o, s, p),
                                        reported_cell(o, ind, p),
                                        show_optional(o, p.index, 1)};
      if (real) cells.push_back(show_optional(o, p.real_index, 1));
      cells.push_back(p.two_year_avg_pct ? show(o, *p.two_year_avg_pct, ind.pct_places) + "%" : "");
      cells.push_back(first ? sparkline(values) : "");
      t.rows.push_back(std::move(cells));
      first = false;
    }
    if (s.points.size() > 1 && (s.cagr_pct || s.chained_growth_pct)) {
      std::string span =
          fmt::format("{}–{}", point_label(s, s.first_year, o.lang), point_label(s, s.last_year, o.lang));
      if (text) {
        for (std::string& line : span_lines(o, s, fmt::format("  {}  ", span)))
          t.lines.emplace_back(t.rows.size(), std::move(line));
        continue;
      }
      std::vector<std::string> cells(t.headers.size());
      cells[1] = span;
      cells.back() = span_summary(o, s);
      t.rows.push_back(std::move(cells));
    }
  }
  return t;
}

}  // namespace

std::string sparkline(const std::vector<std::optional<Decimal>>& values) {
  static const char* const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  std::optional<Decimal> lo, hi;
  for (const auto& v : values)
    if (v) {
      if (!lo || *v < *lo) lo = *v;
      if (!hi || *v > *hi) hi = *v;
    }
  std::string out;
  for (const auto& v : values) {
    if (!v) {
      out += " ";
      continue;
    }
    int level = 3;
    if (*hi > *lo) {
      Decimal scaled = (*v - *lo) / (*hi - *lo) * 7;
      level = static_cast<int>(mpz_class(round_to(scaled, 0, Rounding::HalfUp).get_num()).get_si());
    }
    out += bars[level];
  }
  return out;
}

std::string render_yoy(const std::vector<YoySeries>& series, const RenderOptions& o) {
  switch (o.format) {
    case Format::Json: {
      JsonWriter w(o.rounding);
      w.begin_object().key("indicators").begin_array();
      for (const auto& s : series) {
        const Indicator& ind = *s.indicator;
        w.begin_object()
            .field("file", s.dataset->file)
            .field("id", ind.id)
            .field("name", ind.name)
            .field("unit", ind.unit.text)
            .field("basis", to_string(ind.basis));
        w.key("points").begin_array();
        for (const auto& p : s.points) {
          w.begin_object();
          if (s.dataset->has_year_labels) w.field("year", p.year);
          else w.field("year", year_label(*s.dataset, p.year, Lang::En));
          w.field("value", p.value)
              .field("change", p.change)
              .field("growth_pct", p.growth_pct)
              .field("reported_growth_pct", p.reported_growth_pct)
              .field("index", p.index)
              .field("real_index", p.real_index)
              .field("two_year_avg_pct", p.two_year_avg_pct)
              .field("gap", p.gap)
              .field("mismatch", p.mismatch)
              .end_object();
        }
        w.end_array();
        if (s.month != 12) w.field("months", s.month);  // January to this month of each year
        w.field("cagr_pct", s.cagr_pct)
            .field("chained_growth_pct", s.chained_growth_pct)
            .field("chained_basis", s.chained_growth_pct ? (s.chained_is_real      ? "real"
                                                            : s.chained_is_nominal ? "nominal"
                                                                                   : "mixed")
                                                         : "none")
            .field("real_cagr_pct", s.real_cagr_pct);
        if (s.dataset->has_year_labels) w.field("first_year", s.first_year).field("last_year", s.last_year);
        else w.key("first_year").null().key("last_year").null();
        w.end_object();
      }
      w.end_array().end_object();
      return w.str();
    }
    case Format::Csv: return render_csv(long_table(series, o), o.rounding, o.bom);
    case Format::Tsv: return render_tsv(long_table(series, o), o.rounding);
    case Format::Xlsx: return render_xlsx(long_table(series, o), o.rounding);
    case Format::Markdown: return render_markdown(block_table(series, o, false));
    default: {
      std::string out = render_text(block_table(series, o, true), o.width);
      if (any_mismatch(series))
        out += fit_lines(tr(o, "* 公布增速与按数值计算的增速相差超过0.1个百分点（现价口径，可能有误）\n",
                            "* reported growth differs from the growth of the levels by over 0.1 pp (a likely typo)\n"),
                         o.width);
      return out;
    }
  }
}

}  // namespace zhibiao
