#pragma once
// The statistics bureau's wide table (SPEC §9), as the national data portal
// exports it: header lines (数据库：年度数据, 时间：最近5年), a header row
// 指标,2024年,2023年,…, one row per indicator with its unit in parentheses
// (国内生产总值(亿元)), and notes at the end (注：…, 数据来源：国家统计局).
#include <optional>
#include <string>
#include <string_view>

#include "model/part_year.h"
#include "model/stat_table.h"
#include "parse/catalog.h"
#include "parse/table.h"
#include "util/diagnostic.h"

namespace zhibiao {

// What a column header names.
enum class ColumnKind {
  Year,        // 2024年, 2024
  Period,      // 2024年第三季度, 2024年9月: the row says whether it is cumulative
  Cumulative,  // 2024年1-9月, 2024年前三季度, 2024Q3: cumulative by its own words
};

struct ColumnPeriod {
  PartYear period;  // month 12 for a year, a Q4 or a December
  ColumnKind kind = ColumnKind::Year;
};

// The period a column header names, or nullopt when it names none.
std::optional<ColumnPeriod> parse_column_header(std::string_view text);

enum class RowKind {
  Plain,       // 国内生产总值(亿元)
  Cumulative,  // 国内生产总值累计值(亿元), 国内生产总值_累计值, …累计增长(%)
  PeriodOnly,  // 国内生产总值当季值(亿元), 社会消费品零售总额_当期值: one quarter or month alone
};

struct RowName {
  std::string name;  // without the unit, and without a trailing (_)累计值/当季值/当期值/当月值
  std::string unit;  // the parentheses' content; empty when there are none or they hold a base (上年=100)
  RowKind kind = RowKind::Plain;
};

// 国内生产总值(亿元) → {国内生产总值, 亿元}; 人口出生率（‰） → {人口出生率, ‰}.
RowName parse_row_name(std::string_view text);

// The indicators of `table`, ids from `catalog` (name or alias) or x1, x2, …
// in table order. Every problem is added to `problems`, located at its cell
// (file:row:col, or file:Sheet1!C7 for a sheet): no year header, a header cell
// that is no period, a cell that is neither a number nor blank/…/--, a figure
// outside the year columns. Rows skipped on purpose (当季值, part-year figures
// of rows that are not cumulative, rows without figures) give notes.
StatTable read_stat_table(const SheetTable& table, const Catalog& catalog, const std::string& file,
                          Diagnostics& problems, std::size_t max_errors);

}  // namespace zhibiao
