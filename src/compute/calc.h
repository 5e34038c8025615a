#pragma once
// `zhibiao calc`: + - * / and parentheses over quantities, N% as N/100,
// growth(old, new) and cagr(old, new, years). The result keeps the magnitude
// and unit of the first operand that has one.
#include <string>
#include <string_view>

#include "model/decimal.h"
#include "util/expected.h"

namespace zhibiao {

struct CalcResult {
  Decimal value;     // in the display unit (e.g. 150.8115 for 亿)
  std::string unit;  // magnitude and unit as written ("亿", "亿元", "%")
};

// Errors carry the 0-based character column of the problem in `expr`.
Expected<CalcResult> calculate(std::string_view expr);

}  // namespace zhibiao
