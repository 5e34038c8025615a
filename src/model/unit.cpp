#include "model/unit.h"

#include <array>

namespace zhibiao {

namespace {

struct Magnitude {
  std::string_view word;
  int exponent;
};
// Longest first, so that 万亿 is not read as 万.
constexpr std::array<Magnitude, 3> kMagnitudes = {{{"万亿", 12}, {"亿", 8}, {"万", 4}}};

}  // namespace

int take_magnitude(std::string_view& text) {
  for (const auto& m : kMagnitudes) {
    if (text.substr(0, m.word.size()) == m.word) {
      text.remove_prefix(m.word.size());
      return m.exponent;
    }
  }
  return 0;
}

std::string magnitude_word(int exponent) {
  for (const auto& m : kMagnitudes)
    if (m.exponent == exponent) return std::string(m.word);
  return "";
}

std::string canonical_unit_word(std::string_view word) {
  if (word == "％") return "%";
  if (word == "个百分点" || word == "百分点" || word == "PP") return "pp";
  return std::string(word);
}

Unit parse_unit(std::string_view text) {
  Unit u;
  u.text = std::string(text);
  std::string_view rest = text;
  u.exponent = take_magnitude(rest);
  u.base = canonical_unit_word(rest);
  if (u.base.empty()) {  // "万" alone: a count in units of ten thousand
    u.exponent = 0;
    u.base = std::string(text);
  }
  if (u.base == "%") u.text = "%";
  return u;
}

}  // namespace zhibiao
