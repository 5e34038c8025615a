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

std::string render_text(const Table& t);
std::string render_markdown(const Table& t);
// CSV with CRLF line ends as RFC 4180 says; `bom` prepends a UTF-8 BOM.
std::string render_csv(const Table& t, bool bom);
// TSV: tabs and newlines inside cells become spaces.
std::string render_tsv(const Table& t);

}  // namespace zhibiao
