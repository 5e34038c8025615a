#include "util/utf8.h"

#include <cstdint>

#include <fmt/format.h>

namespace zhibiao::utf8 {

std::size_t sequence_length(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t len;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

std::optional<std::size_t> first_invalid(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = sequence_length(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

bool is_unsafe_control(char32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

char32_t next(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t display_width(std::string_view s) {
  // fmt pads to a width measured in display columns; the padding it adds to
  // reach a width larger than the text tells the text's own width.
  const std::size_t probe = 2 * s.size() + 1;
  const std::size_t padded = fmt::formatted_size("{:<{}}", s, probe);
  return probe - (padded - s.size());
}

std::string fit_width(std::string_view s, std::size_t max_width) {
  // A character is never wider than its bytes are long.
  if (s.size() <= max_width || display_width(s) <= max_width) return std::string(s);
  std::size_t i = 0, width = 0;
  while (i < s.size()) {
    std::size_t at = i;
    next(s, at);
    std::size_t w = display_width(s.substr(i, at - i));
    if (width + w + 1 > max_width) break;  // room for the "…"
    width += w;
    i = at;
  }
  return std::string(s.substr(0, i)) + "…";
}

std::string fit_width_left(std::string_view s, std::size_t max_width) {
  if (s.size() <= max_width || display_width(s) <= max_width) return std::string(s);
  std::size_t start = s.size(), width = 0;  // the kept tail starts at `start`
  while (start > 0) {
    std::size_t begin = start - 1;
    while (begin > 0 && (static_cast<unsigned char>(s[begin]) & 0xC0) == 0x80) --begin;  // the character's first byte
    std::size_t w = display_width(s.substr(begin, start - begin));
    if (width + w + 1 > max_width) break;  // room for the "…"
    width += w;
    start = begin;
  }
  return "…" + std::string(s.substr(start));
}

std::string sanitize(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = sequence_length(s, i);
    if (len == 0 || c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02X}", c);
      ++i;
      continue;
    }
    std::size_t at = i;
    char32_t cp = next(s, at);
    if (is_unsafe_control(cp)) out += fmt::format("\\u{:04X}", static_cast<std::uint32_t>(cp));
    else out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

std::string excerpt(std::string_view s, std::size_t max_chars) {
  std::size_t i = 0, chars = 0;
  while (i < s.size() && chars < max_chars) {
    auto c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++chars;
  }
  if (i >= s.size()) return sanitize(s);
  return sanitize(s.substr(0, i)) + "…";
}

namespace {
char32_t fold(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;  // full-width ASCII
  switch (cp) {
    case 0x2212: return '-';  // minus sign
    case 0x3000: return ' ';  // ideographic space
    default: return cp;
  }
}
}  // namespace

Normalized normalize(std::string_view s) {
  Normalized out;
  out.text.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t cp = fold(next(s, i));
    std::size_t before = out.text.size();
    append(out.text, cp);
    out.origin.insert(out.origin.end(), out.text.size() - before, start);
  }
  out.origin.push_back(s.size());
  return out;
}

bool needs_normalizing(std::string_view s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0xE2) continue;
    auto c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
    if (c == 0xEF && (c1 == 0xBC || (c1 == 0xBD && c2 <= 0x9E))) return true;  // U+FF01..U+FF5E
    if (c == 0xE2 && c1 == 0x88 && c2 == 0x92) return true;                    // U+2212
    if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) return true;                    // U+3000
  }
  return false;
}

std::size_t column_of(std::string_view s, std::size_t byte_offset) {
  std::size_t col = 0;
  for (std::size_t i = 0; i < byte_offset && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++col;
  return col;
}

}  // namespace zhibiao::utf8
