#pragma once
// `zhibiao calc`: evaluates an expression tree exactly. N% is N/100;
// growth(old, new) and cagr(old, new, years) give percentages. The result
// keeps the magnitude and unit of the first operand that has one.
#include <string>
#include <variant>

#include "model/decimal.h"
#include "model/expression.h"

namespace zhibiao {

struct CalcResult {
  Decimal value;     // in the display unit (e.g. 150.8115 for 亿)
  std::string unit;  // magnitude and unit as written ("亿", "亿元", "%")
};

// Why an expression has no value; render/messages words it.
struct CalcError {
  enum Kind {
    PointsAsQuantity,    // 5pp: a change of a rate, not a quantity
    MagnitudeOnPercent,  // 3万%
    UnitsDoNotAdd,       // 1亿元 + 2吨: `left` and `right` are the base units
    DivisionByZero,
    OldValueNotPositive,  // growth()/cagr() from 0 or below: `left` is the function
    NewValueNegative,     // cagr() to below 0
    YearsNotPositive,     // cagr() over 0 years or fewer
    OutOfRange,           // cagr() beyond long double's range
  } kind;
  std::size_t column = 0;  // 0-based character column of the node at fault
  std::string left, right;
};

// The value of `e`, or why it has none.
std::variant<CalcResult, CalcError> evaluate_expression(const Expr& e);

}  // namespace zhibiao
