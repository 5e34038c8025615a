#pragma once
// UTF-8 helpers that know nothing of the application.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zhibiao::utf8 {

// Byte offset of the first byte that makes `s` invalid UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF included), or nullopt if valid.
std::optional<std::size_t> first_invalid(std::string_view s);

// Length in bytes of the valid UTF-8 sequence that starts at s[i], or 0 when
// the bytes there are not valid UTF-8 (s[i] must exist).
std::size_t sequence_length(std::string_view s, std::size_t i);

// C1 controls (U+0080-U+009F, e.g. U+009B, an 8-bit CSI) and the bidi
// embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they make
// a terminal or an editor show text other than it is, so data may not hold
// them and echoed text has them escaped.
bool is_unsafe_control(char32_t cp);

// Decodes one code point at s[i] (s must be valid UTF-8); advances i.
char32_t next(std::string_view s, std::size_t& i);

void append(std::string& out, char32_t cp);

// Display width in terminal columns: East Asian wide and full-width
// characters count two. Uses fmt's own width rule, so that measuring and
// padding (which fmt does) always agree.
std::size_t display_width(std::string_view s);

// `s` cut to at most `max_width` display columns, ending in "…" when cut.
std::string fit_width(std::string_view s, std::size_t max_width);
// The same, cut at the start ("…national-2022.yaml"): for a path, whose end
// tells files apart.
std::string fit_width_left(std::string_view s, std::size_t max_width);

// `s` with control characters and invalid bytes replaced by \xNN escapes and
// the characters of is_unsafe_control() by \uNNNN, safe to echo in a message
// or to show as a file name. Applying it twice changes nothing more.
std::string sanitize(std::string_view s);

// sanitize(), cut to `max_chars` characters with "…" when longer, for
// echoing what a user wrote in a one-line message.
std::string excerpt(std::string_view s, std::size_t max_chars = 60);

// Text normalised for the grammars: full-width ASCII forms (０-９, ．，％＋－
// ～＜＞＝ etc.) and U+2212 minus become ASCII, ideographic space a space.
// `origin[i]` is the byte offset in `s` of output byte i (plus one extra entry
// for the end), so that errors can point into what the user wrote.
struct Normalized {
  std::string text;
  std::vector<std::size_t> origin;
};
Normalized normalize(std::string_view s);

// True when normalize() would change `s` (full-width forms, U+2212, U+3000).
bool needs_normalizing(std::string_view s);

// Number of code points in s[0, byte_offset): a 0-based column.
std::size_t column_of(std::string_view s, std::size_t byte_offset);

}  // namespace zhibiao::utf8
