#pragma once
// Units as reports write them: a base unit (元, 人, 吨, %) and a magnitude
// (万 = 10^4, 亿 = 10^8, 万亿 = 10^12). 亿元 is base 元 at exponent 8.
#include <optional>
#include <string>
#include <string_view>

#include "model/decimal.h"

namespace zhibiao {

struct Unit {
  std::string text;  // as written: "亿元", "%", "万人次"
  std::string base;  // "元", "%", "人次"
  int exponent = 0;  // 8 for 亿元

  // % and ‰ indicators hold rates, pp (个百分点) ones points themselves
  // (contributions, 拉动); their changes are in percentage points.
  bool is_rate() const { return base == "%" || base == "‰" || base == "pp"; }
};

// Splits a magnitude prefix (longest first: 万亿, 亿, 万) off `text`.
// Returns the exponent (0 when there is none) and removes the prefix.
int take_magnitude(std::string_view& text);

// The word of a magnitude exponent: 8 -> "亿"; "" for 0 or one without a word.
std::string magnitude_word(int exponent);

// "亿元" -> {亿元, 元, 8}; "％" -> {%, %, 0}; "个百分点" -> pp.
Unit parse_unit(std::string_view text);

// Normalised spelling of a unit word: ％ -> %, 个百分点 -> pp.
std::string canonical_unit_word(std::string_view word);

}  // namespace zhibiao
