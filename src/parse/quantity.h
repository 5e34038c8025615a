#pragma once
// The quantity grammar of SPEC §1: sign? number magnitude? unit?
// ("143.63亿元", "７.８８万人次", "45,752元", "−3.4%", "2个百分点").
#include <string>
#include <string_view>

#include "model/decimal.h"
#include "model/unit.h"
#include "util/expected.h"

namespace zhibiao {

// A quantity as written, before it is put in an indicator's unit.
struct QuantityText {
  Decimal number;  // signed; the magnitude is not applied
  bool has_sign = false;
  int exponent = 0;  // from the magnitude (万 = 4), 0 if none
  bool has_magnitude = false;
  std::string unit;  // canonical: "%", "‰", "pp", "元", or "" for none
  int places = 0;    // decimals as written
};

// Parses a whole quantity. Full-width forms are accepted. Errors carry the
// byte offset in `text` of the problem.
Expected<QuantityText> parse_quantity(std::string_view text);

// Parses a number (digits, optional thousands separators and decimal part)
// at s[pos] of ASCII-normalised text; advances pos. nullopt if none there.
struct NumberText {
  Decimal value;
  int places = 0;
};
Expected<NumberText> scan_number(std::string_view s, std::size_t& pos);

// The value of `q` in `unit`, or an error saying why it does not fit
// (a different base unit, a magnitude on a percentage, pp for a level).
Expected<Decimal> in_unit(const QuantityText& q, const Unit& unit);

// A growth or a tolerance in percent: "4.8%", "4.8", "0.5pp".
Expected<Decimal> percent_value(const QuantityText& q);

}  // namespace zhibiao
