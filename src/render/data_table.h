#pragma once
// A table for machines — CSV, TSV and XLSX — as opposed to render/table.h's
// text for people: each cell is text or an exact number, never "+5%" or
// "1,234". CSV and TSV write a number as JSON does (json_number), so that the
// three formats carry the same values; a workbook stores it as a number shown
// with the decimals people would see. Units are in the headers (增速(%),
// 差额(百分点)), never in the cells.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/decimal.h"
#include "render/options.h"

namespace zhibiao {

// How a status cell is coloured in a workbook, as the terminal colours it:
// met green, missed red, met within tolerance amber, pending grey.
enum class Tone { None, Good, Bad, Amber, Muted };

struct DataCell {
  std::string text;               // a text cell; "" for an empty one
  std::optional<Decimal> number;  // a number cell (text unused)
  int places = 0;                 // the number's display decimals (a workbook's number format)
  Tone tone = Tone::None;
};

struct DataTable {
  std::string name;  // the workbook sheet's name: 报告, 同比, 规划, 序时进度 (or English)
  std::vector<std::string> headers;
  std::vector<std::vector<DataCell>> rows;
};

DataCell text_cell(std::string text, Tone tone = Tone::None);
// A number with `places` display decimals (--precision overrides them);
// an empty cell when the value is missing.
DataCell number_cell(const RenderOptions& o, const std::optional<Decimal>& v, int places);
DataCell integer_cell(long long n);

// A growth in two cells, percent and points: the first for an indicator
// counted in amounts (增速(%)), the second for a rate, whose growth is a
// change in percentage points (增速(百分点)). The other cell is empty.
std::array<DataCell, 2> growth_cells(const RenderOptions& o, const std::optional<Decimal>& g, bool rate, int places);
// The headers of growth_cells: "增速(%)" and "增速(百分点)" for the stem
// 增速/Growth.
std::array<std::string, 2> growth_headers(const RenderOptions& o, const char* zh, const char* en);

// A cell as CSV and TSV write it: a number as json_number() does, else its text.
std::string cell_text(const DataCell& c, Rounding rounding);

// RFC 4180 CSV (`bom`: a UTF-8 BOM first) and TSV. Numbers as json_number()
// writes them; a text cell that a spreadsheet would run as a formula starts
// with a `'` (a number, negative or not, is never touched).
std::string render_csv(const DataTable& t, Rounding rounding, bool bom);
std::string render_tsv(const DataTable& t, Rounding rounding);

}  // namespace zhibiao
