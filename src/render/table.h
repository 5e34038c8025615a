#pragma once
// A table of text cells, rendered as aligned text (by display width: a Han
// character is two columns), Markdown, CSV (RFC 4180) or TSV.
#include <string>
#include <vector>

namespace zhibiao {

enum class Align { Left, Right };

struct Table {
  std::vector<std::string> headers;
  std::vector<Align> align;  // per column; Left by default
  std::vector<std::vector<std::string>> rows;
  // Optional ANSI style per cell (same shape as rows; "" for none), applied
  // around the padded text so that alignment is unaffected.
  std::vector<std::vector<std::string>> styles;
};

// A text table's cells are at most this wide, cut with "…" (but the last
// column's), so that one long name cannot pad every row to its width.
constexpr std::size_t kMaxCellWidth = 40;

// Aligned text; the last column is neither padded (when left-aligned) nor cut.
std::string render_text(const Table& t);
std::string render_markdown(const Table& t);
// CSV with CRLF line ends as RFC 4180 says; `bom` prepends a UTF-8 BOM. A
// text cell that a spreadsheet would run as a formula (see formula_like)
// starts with a `'` (OWASP's advice); numbers are written as they are.
std::string render_csv(const Table& t, bool bom);
// TSV: tabs and newlines inside cells become spaces; formula-like cells as in CSV.
std::string render_tsv(const Table& t);

// True for a cell that starts with = + - @ tab or CR and is not a figure
// (an optionally signed number with an optional % or pp: -0.61, +5%, -0.2pp).
bool formula_like(std::string_view cell);

}  // namespace zhibiao
