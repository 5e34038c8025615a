#pragma once
// A spreadsheet-like table as read from a CSV file or an XLSX sheet: rows of
// cells, blank cells left out, each cell knowing where it stands so that a
// problem can be located (file:row:col for CSV, file:Sheet1!C7 for XLSX).
#include <cstddef>
#include <string>
#include <vector>

namespace zhibiao {

// Cells a table may hold (non-blank ones): more is refused, not read, so that
// a hostile file cannot fill memory. A statistics table has a few thousand.
constexpr std::size_t kMaxTableCells = 1'000'000;

struct TableCell {
  int column = 0;    // 1-based: 1 is column A
  std::string text;  // UTF-8, trimmed of spaces; never empty
};

struct TableRow {
  int row = 0;                   // 1-based: the CSV line the row starts on, or the sheet's row number
  std::vector<TableCell> cells;  // non-blank cells only, left to right
};

struct SheetTable {
  std::string sheet;           // the XLSX sheet's name; empty for CSV
  std::vector<TableRow> rows;  // rows with at least one non-blank cell, top to bottom
};

// "C": the spreadsheet name of column 3 (27 is AA).
std::string column_name(int column);

// "C7": the spreadsheet name of a cell (column 3, row 7).
std::string cell_name(int row, int column);

// "Sheet1!C7", or "'nbs-2024'!C7": a cell as Excel's formulas name it, the
// sheet's name quoted (' doubled) when it holds anything but letters, digits,
// _ and . or starts with a digit.
std::string sheet_cell_name(const std::string& sheet, int row, int column);

// `s` without leading and trailing spaces, tabs, no-break and ideographic
// spaces, and line breaks.
std::string trim_cell(std::string_view s);

}  // namespace zhibiao
