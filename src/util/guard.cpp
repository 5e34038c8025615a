#include "util/guard.h"

#include "util/utf8.h"

namespace zhibiao::guard {

namespace {

// What .NET's Char.IsWhiteSpace (the runner's TrimStart) skips, and a BOM.
bool blank(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\v' || cp == '\f' || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

// True when the line that starts at text[i] begins with `::` after blanks.
bool starts_command(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    std::size_t len = utf8::sequence_length(text, i);
    if (len == 0) return false;
    std::size_t at = i;
    if (!blank(utf8::next(text, at))) break;
    i += len;
  }
  return text.substr(i, 2) == "::";
}

}  // namespace

std::string defuse_commands(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (line_start && starts_command(text, i)) out += '\'';
    char c = text[i];
    line_start = c == '\n' || c == '\r';
    if (c == '#' && text.substr(i, 3) == "##[") {
      out += "##\\[";
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace zhibiao::guard
