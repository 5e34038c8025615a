#include "parse/schema.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

#include "util/utf8.h"

namespace zhibiao {

void SchemaReader::error(const Mark& at, std::string message) {
  add_capped(*problems_, {file_, at, Severity::Error, std::move(message)}, max_errors_);
}

void SchemaReader::check_keys(const Node& map, std::span<const std::string_view> allowed, std::string_view where) {
  for (std::size_t i = 0; i < map.map_size(); ++i) {
    const Node& k = map.key(i);
    if (std::find(allowed.begin(), allowed.end(), k.text) != allowed.end()) continue;
    std::string msg = fmt::format("unknown key '{}' in {}", utf8::excerpt(k.text), where);
    if (auto guess = did_you_mean(k.text, allowed)) msg += fmt::format(" (did you mean '{}'?)", *guess);
    else msg += fmt::format(" (known keys: {})", fmt::join(allowed, ", "));
    error(k.at, std::move(msg));
  }
}

std::optional<std::string> SchemaReader::text(const Node& n, std::string_view what, bool multiline) {
  if (n.is_null()) return std::nullopt;
  if (!n.is_scalar()) {
    error(n.at, fmt::format("{} must be a single value here, not {}", what, kind_name(n)));
    return std::nullopt;
  }
  for (char ch : n.text) {
    auto c = static_cast<unsigned char>(ch);
    bool allowed = multiline && (c == '\n' || c == '\t');
    if ((c < 0x20 || c == 0x7F) && !allowed) {
      error(n.at, fmt::format("{} holds a control character (0x{:02X}){}", what, c,
                              c == '\n' ? ": write it on one line" : ""));
      return std::nullopt;
    }
  }
  if (n.text.find("\u2028") != std::string::npos || n.text.find("\u2029") != std::string::npos) {
    error(n.at, fmt::format("{} holds a line or paragraph separator (U+2028/U+2029)", what));
    return std::nullopt;
  }
  for (std::size_t i = 0; i < n.text.size();) {
    if (static_cast<unsigned char>(n.text[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp = utf8::next(n.text, i);
    if (utf8::is_unsafe_control(cp)) {
      error(n.at, fmt::format("{} holds U+{:04X}, a {}", what, static_cast<std::uint32_t>(cp),
                              cp <= 0x9F ? "C1 control character" : "bidi control that reorders the text shown"));
      return std::nullopt;
    }
  }
  return n.text;
}

std::optional<std::string_view> did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  auto distance = [](std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diag = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        std::size_t up = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
        diag = up;
      }
    }
    return row[b.size()];
  };
  if (word.size() > 64) return std::nullopt;
  std::optional<std::string_view> best;
  std::size_t best_d = 3;
  for (auto c : candidates) {
    std::size_t d = distance(word, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

std::optional<int> parse_year(std::string_view text) {
  if (text.size() != 4 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
      text[0] == '0')
    return std::nullopt;
  return std::stoi(std::string(text));
}

}  // namespace zhibiao
