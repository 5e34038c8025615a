// `zhibiao calc` (SPEC §5): exact arithmetic over quantities.
#include <doctest/doctest.h>

#include "test_support.h"

#include <string>

#include "compute/calc.h"
#include "parse/expression.h"
#include "render/messages.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
// The text parsed (parse/expression) and evaluated (compute/calc), as `calc`
// does; an evaluation error worded as the command words it.
Expected<CalcResult> calculate(const std::string& expr) {
  auto e = parse_expression(expr);
  if (!e) return e.error();
  auto outcome = evaluate_expression(*e);
  if (const auto* error = std::get_if<CalcError>(&outcome))
    return ParseError{calc_error_message(*error), error->column};
  return std::get<CalcResult>(outcome);
}
CalcResult calc(const std::string& expr) {
  auto r = calculate(expr);
  REQUIRE_MESSAGE(r.ok(), (expr + ": " + (r.ok() ? std::string() : r.error().message)));
  return *r;
}
ParseError calc_error(const std::string& expr) {
  auto r = calculate(expr);
  REQUIRE_MESSAGE(!r.ok(), (expr + " should fail"));
  return r.error();
}
}  // namespace

TEST_CASE("expression (calc): the SPEC example keeps the first operand's magnitude") {
  // 143.63亿 × 1.05 = 150.8115亿
  CalcResult r = calc("143.63亿 * (1 + 5%)");
  CHECK(r.value == dec("150.8115"));
  CHECK(r.unit == "亿");
  // with the full unit, and full-width operators
  CalcResult y = calc("143.63亿元 ＊ （1 ＋ 5％）");
  CHECK(y.value == dec("150.8115"));
  CHECK(y.unit == "亿元");
}

TEST_CASE("expression (calc): exact decimal arithmetic") {
  CHECK(calc("0.1 + 0.2").value == dec("0.3"));
  CHECK(calc("0.1 + 0.2").unit.empty());
  CHECK(calc("1.21 / 1.1").value == dec("1.1"));
  CHECK(calc("1 / 3").value == frac(1, 3));
  CHECK(calc("2 * 3 + 4").value == Decimal(10));  // precedence
  CHECK(calc("2 * (3 + 4)").value == Decimal(14));
  CHECK(calc("10 - 2 - 3").value == Decimal(5));  // left to right
  CHECK(calc("12 / 2 / 3").value == Decimal(2));
  CHECK(calc("-5 + 2").value == Decimal(-3));
  CHECK(calc("-(2 + 3)").value == Decimal(-5));
}

TEST_CASE("expression (calc): N% is N/100 in arithmetic") {
  // 200 × 5% = 10 (whether it is shown as 10 or as 1000%)
  CalcResult r = calc("200 * 5%");
  if (r.unit == "%") CHECK(r.value == Decimal(1000));
  else CHECK(r.value == Decimal(10));
  // 5% of 143.63亿 = 7.1815亿
  CalcResult s = calc("143.63亿 * 5%");
  CHECK(s.unit == "亿");
  CHECK(s.value == dec("7.1815"));
  // growth of 5% on top of 3%: 1.05 × 1.03 = 1.0815
  CalcResult t = calc("100亿 * (1 + 5%) * (1 + 3%)");
  CHECK(t.value == dec("108.15"));
}

TEST_CASE("expression (calc): magnitudes and units") {
  // 1亿 + 5000万 = 1.5亿 (the first operand's magnitude)
  CalcResult r = calc("1亿 + 5000万");
  CHECK(r.value == dec("1.5"));
  CHECK(r.unit == "亿");
  // 5000万元 + 1亿元 = 15000万元
  CalcResult w = calc("5000万元 + 1亿元");
  CHECK(w.value == Decimal(15000));
  CHECK(w.unit == "万元");
  // a bare number times a quantity takes the quantity's unit: 2 × 3亿元 = 6亿元
  CalcResult b = calc("2 * 3亿元");
  CHECK(b.value == Decimal(6));
  CHECK(b.unit == "亿元");
  // adding different base units is an error
  CHECK_FALSE(calculate("1亿元 + 1亿吨").ok());
}

TEST_CASE("expression (calc): growth and cagr") {
  // (105 / 100 − 1) × 100 = 5
  CalcResult g = calc("growth(100, 105)");
  CHECK(g.value == Decimal(5));
  CHECK(g.unit == "%");
  // (150.2 / 143.63 − 1) × 100 = 65700 / 14363
  CHECK(calc("growth(143.63, 150.2)").value == frac(65700, 14363));
  // (121 / 100)^(1/2) − 1 = 10%
  CalcResult c = calc("cagr(100, 121, 2)");
  CHECK(c.unit == "%");
  CHECK(format_fixed(c.value, 8, Rounding::HalfUp) == "10.00000000");
  CHECK_FALSE(calculate("growth(0, 5)").ok());
  CHECK_FALSE(calculate("growth(1)").ok());
  CHECK_FALSE(calculate("cagr(100, 121, 0)").ok());
  CHECK_FALSE(calculate("sqrt(4)").ok());
}

TEST_CASE("expression (calc): errors and where they are") {
  ParseError div = calc_error("1/0");
  CHECK(div.offset == 1);  // at the '/'
  CHECK(div.message.find("zero") != std::string::npos);

  // "1 + * 2": the '*' where a number should be is column 4
  CHECK(calc_error("1 + * 2").offset == 4);
  // an unclosed parenthesis is found at the end: "(1 + 2" is 6 characters
  CHECK(calc_error("(1 + 2").offset == 6);
  // columns count characters, not bytes: "１亿 + x" — x is the 6th character (column 5)
  CHECK(calc_error("１亿 + x").offset == 5);
  CHECK_FALSE(calculate("").ok());
  CHECK_FALSE(calculate("1 +").ok());
  CHECK_FALSE(calculate("2pp + 1").ok());
  CHECK_FALSE(calculate("1 2").ok());
  CHECK_FALSE(calculate(std::string(200, '(') + "1" + std::string(200, ')')).ok());  // too deep, no crash
}
