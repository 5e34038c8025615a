#pragma once
// A table of text cells, rendered as aligned text (by display width: a Han
// character is two columns), Markdown, CSV (RFC 4180) or TSV.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

  // How a text table fits a width (render_text's `width`):
  // per column, how readily it goes: 0 never, else the highest goes first
  // (the rightmost of equals); missing entries are 0.
  std::vector<int> drop;
  // Per column: when it goes, its non-empty cells join this column's as
  // "name(unit)"; -1 or missing: they simply go.
  std::vector<int> fold;
  // Per column: a narrower cap (display columns, cut with "…") that applies
  // first when the table must fit, before any column goes; 0 or missing: none.
  std::vector<std::size_t> fit_cap;
  // The column shortened with "…" when dropping columns is not enough.
  std::optional<std::size_t> shrink;
  // Lines of their own between the rows: {row index, text}, printed before
  // that row (an index of rows.size(): after the last); cut to the width.
  std::vector<std::pair<std::size_t, std::string>> lines;

  // Appends a column; returns its index.
  std::size_t add_column(std::string header, Align a, int drop_rank = 0, int fold_into = -1);
};

// A text table's cells are at most this wide, cut with "…" (but the last
// column's), so that one long name cannot pad every row to its width.
constexpr std::size_t kMaxCellWidth = 40;

// When a text table must fit, names and targets are first cut to these
// widths (`fit_cap`): a long name or target wording would otherwise push the
// figures out.
constexpr std::size_t kFitName = 22, kFitTarget = 14;

// Aligned text; the last column is neither padded (when left-aligned) nor cut.
// With a `width` (0: unlimited), no line is wider: long cells are cut to
// `fit_cap`, columns go in the order of `drop` (folding into another where
// `fold` says), then the `shrink` column is shortened, and a line still too
// wide is cut with "…". A row never wraps.
std::string render_text(const Table& t, std::size_t width = 0);
// A line of text (a title, a summary) cut to `width` columns with "…"; 0: as it is.
std::string fit_line(std::string_view s, std::size_t width);
// Lines of text (titles, summaries), each wider than `width` broken after
// "；" or at " · " (which goes at the break), a part still too wide folded
// (fold_line), never cut: a summary's parts hold counts; 0: as they are.
std::string fit_lines(std::string_view text, std::size_t width);
// One line of text that must not lose a word (check's failure lines) folded
// to `width` columns: broken at the last space that fits (else between
// characters), each further part on a line of its own indented by `indent`
// spaces; 0: as it is.
std::string fold_line(std::string_view line, std::size_t width, std::size_t indent);
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
