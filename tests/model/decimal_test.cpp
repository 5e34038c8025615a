// Exact decimal arithmetic and display rounding (SPEC §1).
#include <doctest/doctest.h>

#include "test_support.h"

#include <cmath>

#include "model/decimal.h"

using namespace zhibiao;
using namespace zhibiao::test;

TEST_CASE("decimal: text is read exactly, not through a double") {
  CHECK(dec("143.63") == frac(14363, 100));
  CHECK(dec("-3.4") == frac(-34, 10));
  CHECK(dec("+5") == Decimal(5));
  CHECK(dec("0.000001") == frac(1, 1000000));
  // 0.1 is not a binary fraction: as a double it would be 3602879701896397/2^55.
  CHECK(dec("0.1") == frac(1, 10));
  CHECK(dec("007.50") == frac(15, 2));
}

TEST_CASE("decimal: text that is not a plain decimal is refused") {
  CHECK_FALSE(decimal_from_text("").has_value());
  CHECK_FALSE(decimal_from_text("-").has_value());
  CHECK_FALSE(decimal_from_text("1.").has_value());
  CHECK_FALSE(decimal_from_text("1.2.3").has_value());
  CHECK_FALSE(decimal_from_text("1e5").has_value());
  CHECK_FALSE(decimal_from_text("12a").has_value());
  CHECK_FALSE(decimal_from_text("1,000").has_value());
}

TEST_CASE("decimal: 0.1 + 0.2 is exactly 0.3 and 1.21 / 1.1 is exactly 1.1") {
  Decimal sum = dec("0.1") + dec("0.2");
  CHECK(sum == dec("0.3"));
  CHECK(format_fixed(sum, 20, Rounding::HalfUp) == "0.30000000000000000000");
  Decimal q = dec("1.21") / dec("1.1");
  q.canonicalize();
  CHECK(q == frac(11, 10));
  // 143.63 × 1.05 = 143.63 + 7.1815 = 150.8115
  Decimal p = dec("143.63") * dec("1.05");
  CHECK(p == dec("150.8115"));
  CHECK(format_trimmed(p, 8, Rounding::HalfUp) == "150.8115");
}

TEST_CASE("decimal: pow10") {
  CHECK(pow10(0) == Decimal(1));
  CHECK(pow10(8) == Decimal(100000000));
  CHECK(pow10(-4) == frac(1, 10000));
}

TEST_CASE("decimal: half-up rounds ties away from zero (四舍五入)") {
  // 2.675 as a double is 2.67499999999999982236431605997495353221893310546875,
  // so a binary implementation prints 2.67; exactly it is a tie → 2.68.
  CHECK(format_fixed(dec("2.675"), 2, Rounding::HalfUp) == "2.68");
  CHECK(format_fixed(dec("2.665"), 2, Rounding::HalfUp) == "2.67");
  CHECK(format_fixed(dec("-2.675"), 2, Rounding::HalfUp) == "-2.68");
  CHECK(format_fixed(dec("2.5"), 0, Rounding::HalfUp) == "3");
  CHECK(format_fixed(dec("-2.5"), 0, Rounding::HalfUp) == "-3");
  CHECK(format_fixed(dec("2.674999"), 2, Rounding::HalfUp) == "2.67");
  CHECK(round_to(dec("2.675"), 2, Rounding::HalfUp) == frac(268, 100));
  CHECK(round_to(dec("-2.675"), 2, Rounding::HalfUp) == frac(-268, 100));
}

TEST_CASE("decimal: half-even rounds ties to the even digit (GB/T 8170 四舍六入五成双)") {
  CHECK(format_fixed(dec("2.665"), 2, Rounding::HalfEven) == "2.66");  // 6 is even: stays
  CHECK(format_fixed(dec("2.675"), 2, Rounding::HalfEven) == "2.68");  // 7 is odd: up to 8
  CHECK(format_fixed(dec("-2.665"), 2, Rounding::HalfEven) == "-2.66");
  CHECK(format_fixed(dec("2.5"), 0, Rounding::HalfEven) == "2");
  CHECK(format_fixed(dec("3.5"), 0, Rounding::HalfEven) == "4");
  CHECK(format_fixed(dec("0.125"), 2, Rounding::HalfEven) == "0.12");
  // Not a tie: 2.6651 is above the half, so it rounds up under either rule.
  CHECK(format_fixed(dec("2.6651"), 2, Rounding::HalfEven) == "2.67");
  // 四舍六入: 2.666 → 2.67, 2.664 → 2.66.
  CHECK(format_fixed(dec("2.666"), 2, Rounding::HalfEven) == "2.67");
  CHECK(format_fixed(dec("2.664"), 2, Rounding::HalfEven) == "2.66");
  CHECK(round_to(dec("2.665"), 2, Rounding::HalfEven) == frac(266, 100));
}

TEST_CASE("decimal: format_fixed pads, and never prints a negative zero") {
  CHECK(format_fixed(Decimal(100), 2, Rounding::HalfUp) == "100.00");
  CHECK(format_fixed(dec("0.05"), 4, Rounding::HalfUp) == "0.0500");
  CHECK(format_fixed(dec("-0.05"), 1, Rounding::HalfUp) == "-0.1");  // -0.05 tie → away from zero
  CHECK(format_fixed(dec("-0.001"), 2, Rounding::HalfUp) == "0.00");
  CHECK(format_fixed(dec("-0.4"), 0, Rounding::HalfUp) == "0");
  // 1/3 = 0.333…
  CHECK(format_fixed(frac(1, 3), 4, Rounding::HalfUp) == "0.3333");
  // 2/3 = 0.6666… → 0.6667
  CHECK(format_fixed(frac(2, 3), 4, Rounding::HalfUp) == "0.6667");
  // 99.995 → 100.00 (the carry crosses the decimal point)
  CHECK(format_fixed(dec("99.995"), 2, Rounding::HalfUp) == "100.00");
}

TEST_CASE("decimal: format_trimmed drops trailing zeros") {
  CHECK(format_trimmed(dec("150.8115"), 4, Rounding::HalfUp) == "150.8115");
  CHECK(format_trimmed(Decimal(100), 4, Rounding::HalfUp) == "100");
  CHECK(format_trimmed(dec("2.50"), 2, Rounding::HalfUp) == "2.5");
  CHECK(format_trimmed(dec("0.00001"), 4, Rounding::HalfUp) == "0");
  CHECK(format_trimmed(dec("-0.2"), 4, Rounding::HalfUp) == "-0.2");
  // (150.2 / 143.63 − 1) × 100 = 657 / 143.63 = 65700 / 14363 = 4.574253…
  CHECK(format_trimmed(frac(65700, 14363), 4, Rounding::HalfUp) == "4.5743");
  // 1000 must keep its zeros: only decimals are trimmed.
  CHECK(format_trimmed(Decimal(1000), 2, Rounding::HalfUp) == "1000");
}

TEST_CASE("decimal: exact_places counts the decimals a value needs") {
  CHECK(exact_places(Decimal(100)) == 0);
  CHECK(exact_places(dec("1.25")) == 2);
  CHECK(exact_places(frac(1, 8)) == 3);  // 0.125
  CHECK(exact_places(dec("150.8115")) == 4);
  CHECK(exact_places(dec("-0.5")) == 1);
  CHECK_FALSE(exact_places(frac(1, 3)).has_value());
  CHECK_FALSE(exact_places(dec("0.00001"), 4).has_value());
  CHECK(exact_places(dec("0.00001"), 5) == 5);
}

TEST_CASE("decimal: long double round trip for roots") {
  // √1.21 = 1.1; a long double root rounded to 12 places gives 1.1 exactly.
  long double r = std::sqrt(to_long_double(dec("1.21")));
  CHECK(from_long_double(r) == frac(11, 10));
  CHECK(from_long_double(0.5L) == frac(1, 2));
  CHECK(to_long_double(dec("143.63")) == doctest::Approx(143.63));
}
