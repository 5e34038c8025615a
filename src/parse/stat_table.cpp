#include "parse/stat_table.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include <fmt/format.h>

#include "parse/period_key.h"
#include "parse/quantity.h"
#include "util/utf8.h"

namespace zhibiao {

using namespace std::string_view_literals;

namespace {

// "2024" at the start of `s` (1000-9999), advancing `s`.
std::optional<int> take_year(std::string_view& s) {
  if (s.size() < 4 || s[0] < '1' || s[0] > '9') return std::nullopt;
  int y = 0;
  for (int i = 0; i < 4; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    y = y * 10 + (s[i] - '0');
  }
  if (s.size() > 4 && s[4] >= '0' && s[4] <= '9') return std::nullopt;
  s.remove_prefix(4);
  return y;
}

// 第三季度 / 第3季度 → 3.
std::optional<int> quarter_of(std::string_view s) {
  if (!s.starts_with("第") || !s.ends_with("季度")) return std::nullopt;
  s = s.substr("第"sv.size(), s.size() - "第"sv.size() - "季度"sv.size());
  static constexpr std::array<std::string_view, 4> kDigits = {"一", "二", "三", "四"};
  for (int q = 1; q <= 4; ++q)
    if (s == kDigits[q - 1] || s == std::to_string(q)) return q;
  return std::nullopt;
}

// 9月 → 9 (1-12).
std::optional<int> month_of(std::string_view s) {
  if (!s.ends_with("月")) return std::nullopt;
  s.remove_suffix("月"sv.size());
  if (s.empty() || s.size() > 2 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  int m = std::stoi(std::string(s));
  if (m < 1 || m > 12) return std::nullopt;
  return m;
}

bool is_missing(std::string_view s) {
  static constexpr std::array<std::string_view, 8> kMissing = {"…", "……", "...", "--", "—", "——", "-", "－"};
  return std::find(kMissing.begin(), kMissing.end(), s) != kMissing.end();
}

// A bare number as SPEC §1 writes one (sign, digits, thousands separators,
// decimals, full-width forms), without a magnitude or a unit.
bool is_number(std::string_view s) {
  auto q = parse_quantity(s);
  return q && !q->has_magnitude && q->unit.empty();
}

bool is_note(std::string_view s) {
  return s.starts_with("注") || s.starts_with("数据来源") || s.starts_with("资料来源") || s.starts_with("说明：");
}

// 数据来源：国家统计局 → 国家统计局.
std::optional<std::string> source_of(std::string_view s) {
  if (!s.starts_with("数据来源") && !s.starts_with("资料来源")) return std::nullopt;
  s.remove_prefix("数据来源"sv.size());
  if (s.starts_with("：")) s.remove_prefix("："sv.size());
  else if (s.starts_with(":")) s.remove_prefix(1);
  return trim_cell(s);
}

// Why `s` may not stand in a data file: a control character (a line break, an
// escape), or a bidi control that makes it show other than it is; nullopt
// when it may.
std::optional<std::string> unsafe_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (!utf8::sequence_length(s, i)) return "bytes that are not UTF-8";
    char32_t cp = utf8::next(s, i);
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
      return fmt::format("a control character (U+{:04X})", static_cast<unsigned>(cp));
    if (utf8::is_unsafe_control(cp))
      return fmt::format("a bidi control (U+{:04X}) that makes it show other than it is", static_cast<unsigned>(cp));
  }
  return std::nullopt;
}

bool remove_suffix(std::string& s, std::string_view suffix) {
  if (!std::string_view(s).ends_with(suffix)) return false;
  s.erase(s.size() - suffix.size());
  return true;
}

// Builds the StatTable row by row; every problem located at its cell.
class StatTableReader {
 public:
  StatTableReader(const SheetTable& t, const Catalog& c, const std::string& file, Diagnostics& problems,
                  std::size_t cap)
      : t_(t), catalog_(c), file_(file), problems_(problems), cap_(cap) {}

  StatTable read() {
    auto header = find_header();
    if (!header) {
      int row = t_.rows.empty() ? 1 : t_.rows.front().row;
      int col = t_.rows.empty() ? 1 : t_.rows.front().cells.front().column;
      report(Severity::Error, row, col,
             "no year header: import reads a row like 指标,2024年,2023年,… (the indicators' names, then one column "
             "per year, quarter or month) above the indicators' rows");
      return out_;
    }
    const TableRow& head = t_.rows[*header];
    if (head.cells.front().text == "地区") {
      report(Severity::Error, head.row, head.cells.front().column,
             "the rows are regions (地区): import reads one indicator per row (指标); export the table with "
             "indicators as rows, one file per region");
      return out_;
    }
    read_header(head);
    bool in_notes = false;
    for (std::size_t i = *header + 1; i < t_.rows.size(); ++i) {
      const TableRow& r = t_.rows[i];
      const TableCell& first = r.cells.front();
      if (first.column == name_column_ && is_note(first.text)) in_notes = true;
      if (in_notes) {
        if (auto s = source_of(first.text); s && out_.source.empty()) out_.source = *s;
        continue;
      }
      read_row(r);
    }
    return out_;
  }

 private:
  std::optional<std::size_t> find_header() const {
    for (std::size_t i = 0; i < t_.rows.size(); ++i) {
      const auto& cells = t_.rows[i].cells;
      if (cells.front().text == "指标") return i;
      if (cells.size() >= 2 && std::all_of(cells.begin() + 1, cells.end(),
                                           [](const TableCell& c) { return parse_column_header(c.text).has_value(); }))
        return i;
    }
    return std::nullopt;
  }

  void read_header(const TableRow& r) {
    name_column_ = r.cells.front().column;
    for (std::size_t i = 1; i < r.cells.size(); ++i) {
      const TableCell& c = r.cells[i];
      auto p = parse_column_header(c.text);
      if (!p) {
        report(Severity::Error, r.row, c.column,
               fmt::format("column header '{}' is not a year, quarter or month (write e.g. 2024年, 2024年第三季度, "
                           "2024年9月, 2024年1-9月)",
                           utf8::excerpt(c.text)));
        bad_columns_.insert(c.column);
        continue;
      }
      for (const auto& [col, h] : columns_)
        if (h.period == p->period && h.kind == p->kind) {
          report(Severity::Error, r.row, c.column,
                 fmt::format("column header '{}' repeats column {} ('{}')", utf8::excerpt(c.text), column_name(col),
                             utf8::excerpt(headers_[col])));
          bad_columns_.insert(c.column);
          break;
        }
      if (bad_columns_.count(c.column)) continue;
      columns_[c.column] = *p;
      headers_[c.column] = c.text;
    }
    if (columns_.empty() && bad_columns_.empty())
      report(Severity::Error, r.row, name_column_,
             "the header has no year columns (write them as 2024年, 2023年, … after 指标)");
  }

  // The row's name, unit and kind; nullopt (with an error or a note) when
  // the row gives no indicator.
  std::optional<RowName> read_name(const TableRow& r) {
    const TableCell& first = r.cells.front();
    if (first.column != name_column_) {
      report(Severity::Error, r.row, name_column_, "a row of figures without an indicator name");
      return std::nullopt;
    }
    if (auto why = unsafe_text(first.text)) {
      report(Severity::Error, r.row, name_column_,
             fmt::format("the indicator's name '{}' holds {}", utf8::excerpt(first.text), *why));
      return std::nullopt;
    }
    RowName rn = parse_row_name(first.text);
    if (rn.name.empty()) {
      report(Severity::Error, r.row, name_column_, fmt::format("'{}' names no indicator", utf8::excerpt(first.text)));
      return std::nullopt;
    }
    if (rn.kind == RowKind::PeriodOnly) {
      report(Severity::Note, r.row, name_column_,
             fmt::format("'{}' skipped: it holds single quarters or months (当季值, 当期值); only cumulative rows "
                         "(累计值) become part-year keys (zhibiao progress)",
                         utf8::excerpt(first.text)));
      return std::nullopt;
    }
    return rn;
  }

  // The row's figures, each cell checked; `skipped_parts` is set when a
  // quarter or month figure of a row that is not cumulative was left out.
  std::vector<StatFigure> read_figures(const TableRow& r, const RowName& rn, bool& skipped_parts) {
    std::vector<StatFigure> out;
    std::map<PartYear, int> taken;  // period → column that gave it
    for (std::size_t i = 1; i < r.cells.size(); ++i) {
      const TableCell& c = r.cells[i];
      if (bad_columns_.count(c.column)) continue;
      auto col = columns_.find(c.column);
      if (col == columns_.end()) {
        report(Severity::Error, r.row, c.column,
               fmt::format("'{}' stands outside the table's columns (no year above it)", utf8::excerpt(c.text)));
        continue;
      }
      if (is_missing(c.text)) continue;
      if (!is_number(c.text)) {
        report(Severity::Error, r.row, c.column,
               fmt::format("'{}' ({}, {}) is not a number: write the figure, or leave the cell blank or … when "
                           "there is none",
                           utf8::excerpt(c.text), utf8::excerpt(rn.name), utf8::excerpt(headers_[c.column])));
        continue;
      }
      const ColumnPeriod& p = col->second;
      if (p.kind == ColumnKind::Period && rn.kind != RowKind::Cumulative) {
        skipped_parts = true;
        continue;
      }
      auto [it, fresh] = taken.try_emplace(p.period, c.column);
      if (!fresh) {
        report(Severity::Error, r.row, c.column,
               fmt::format("'{}' is the same period ({}) as column '{}' of this row", utf8::excerpt(headers_[c.column]),
                           part_year_key(p.period), utf8::excerpt(headers_[it->second])));
        continue;
      }
      out.push_back({p.period, c.text});
    }
    std::sort(out.begin(), out.end(), [](const StatFigure& a, const StatFigure& b) { return a.period < b.period; });
    return out;
  }

  void read_row(const TableRow& r) {
    auto rn = read_name(r);
    if (!rn) return;
    const std::string& written = r.cells.front().text;
    bool skipped_parts = false;
    const int errors_before = errors_;
    StatIndicator ind{"", rn->name, rn->unit, read_figures(r, *rn, skipped_parts)};
    if (skipped_parts)
      report(Severity::Note, r.row, name_column_,
             fmt::format("the quarterly or monthly figures of '{}' skipped: only cumulative rows (累计值) become "
                         "part-year keys (zhibiao progress)",
                         utf8::excerpt(written)));
    if (errors_ != errors_before) return;  // no output is written after an error
    if (ind.figures.empty()) {
      if (!skipped_parts)
        report(Severity::Note, r.row, name_column_,
               fmt::format("'{}' skipped: it has no figures", utf8::excerpt(written)));
      return;
    }
    const CatalogEntry* entry = catalog_.find_by_name(rn->name);
    if (entry && used_ids_.insert(entry->id).second) ind.id = entry->id;
    else
      ind.id = fmt::format(
          "x{}", ++unknown_);  // not "x" + std::to_string(): GCC 12 -O3 warns -Wrestrict there (a false positive)
    out_.indicators.push_back(std::move(ind));
  }

  void report(Severity s, int row, int column, std::string message) {
    if (s == Severity::Error) ++errors_;
    Diagnostic d{file_, {row, column}, s, std::move(message)};
    if (!t_.sheet.empty()) {
      d.at = {};
      d.cell = sheet_cell_name(t_.sheet, row, column);
    }
    add_capped(problems_, std::move(d), cap_);
  }

  const SheetTable& t_;
  const Catalog& catalog_;
  const std::string& file_;
  Diagnostics& problems_;
  std::size_t cap_;
  StatTable out_;
  int name_column_ = 1;
  std::map<int, ColumnPeriod> columns_;
  std::map<int, std::string> headers_;
  std::set<int> bad_columns_;
  std::set<std::string> used_ids_;
  int unknown_ = 0;
  int errors_ = 0;
};

}  // namespace

std::optional<ColumnPeriod> parse_column_header(std::string_view text) {
  const std::string normal = utf8::normalize(trim_cell(text)).text;
  std::string_view s = normal;
  std::string_view rest = s;
  if (auto year = take_year(rest)) {
    if (rest.empty() || rest == "年") return ColumnPeriod{{*year, 12}, ColumnKind::Year};
    if (rest.starts_with("年")) {
      rest.remove_prefix("年"sv.size());
      if (auto q = quarter_of(rest)) return ColumnPeriod{{*year, *q * 3}, ColumnKind::Period};
      if (auto m = month_of(rest)) return ColumnPeriod{{*year, *m}, ColumnKind::Period};
    }
  }
  if (auto p = parse_period_key(s)) return ColumnPeriod{*p, ColumnKind::Cumulative};
  return std::nullopt;
}

RowName parse_row_name(std::string_view text) {
  RowName out;
  std::string s = trim_cell(text);
  for (auto [open, close] : {std::pair{"("sv, ")"sv}, std::pair{"（"sv, "）"sv}}) {
    if (!std::string_view(s).ends_with(close)) continue;
    std::size_t at = s.rfind(open);
    if (at == std::string::npos) continue;
    std::string inner =
        trim_cell(std::string_view(s).substr(at + open.size(), s.size() - at - open.size() - close.size()));
    if (inner.empty() || inner.find('=') != std::string::npos || inner.find("＝") != std::string::npos) break;
    out.unit = inner;
    s = trim_cell(std::string_view(s).substr(0, at));
    break;
  }
  for (auto marker : {"当季值"sv, "当期值"sv, "当月值"sv})
    if (remove_suffix(s, marker)) {
      out.kind = RowKind::PeriodOnly;
      break;
    }
  if (out.kind == RowKind::Plain && remove_suffix(s, "累计值")) out.kind = RowKind::Cumulative;
  if (out.kind != RowKind::Plain) remove_suffix(s, "_");
  else if (s.find("累计") != std::string::npos) out.kind = RowKind::Cumulative;
  else if (s.find("当季") != std::string::npos || s.find("当期") != std::string::npos ||
           s.find("当月") != std::string::npos)
    out.kind = RowKind::PeriodOnly;
  out.name = trim_cell(s);
  return out;
}

StatTable read_stat_table(const SheetTable& table, const Catalog& catalog, const std::string& file,
                          Diagnostics& problems, std::size_t max_errors) {
  return StatTableReader(table, catalog, file, problems, max_errors).read();
}

}  // namespace zhibiao
