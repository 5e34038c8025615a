#pragma once
// `zhibiao calc`: evaluates an expression tree exactly. N% is N/100;
// growth(old, new) and cagr(old, new, years) give percentages. The result
// keeps the magnitude and unit of the first operand that has one.
#include <string>

#include "model/decimal.h"
#include "model/expression.h"
#include "util/expected.h"

namespace zhibiao {

struct CalcResult {
  Decimal value;     // in the display unit (e.g. 150.8115 for 亿)
  std::string unit;  // magnitude and unit as written ("亿", "亿元", "%")
};

// Errors carry the 0-based character column of the node at fault.
Expected<CalcResult> evaluate_expression(const Expr& e);

}  // namespace zhibiao
