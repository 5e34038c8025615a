#pragma once
// The quantity grammar of SPEC §1: sign? number magnitude? unit?
// ("143.63亿元", "７.８８万人次", "45,752元", "−3.4%", "2个百分点").
#include <string>
#include <string_view>

#include "model/decimal.h"
#include "model/quantity.h"
#include "model/unit.h"
#include "util/expected.h"

namespace zhibiao {

// Parses a whole quantity. Full-width forms are accepted. Errors carry the
// byte offset in `text` of the problem.
Expected<QuantityText> parse_quantity(std::string_view text);

// Parses a number (digits, optional thousands separators and decimal part)
// at s[pos] of ASCII-normalised text; advances pos. An error (with its
// offset) when there is none, or when it is malformed.
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
