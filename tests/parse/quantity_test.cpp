// The quantity grammar of SPEC §1: sign? number magnitude? unit?
#include <doctest/doctest.h>

#include "test_support.h"

#include <string>

#include "model/unit.h"
#include "parse/quantity.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
// The value of `text` in unit `unit`; fails the test when it does not parse.
Decimal value_in(const std::string& text, const std::string& unit) {
  auto q = parse_quantity(text);
  REQUIRE_MESSAGE(q.ok(), (text + ": " + (q.ok() ? std::string() : q.error().message)));
  auto v = in_unit(*q, parse_unit(unit));
  REQUIRE_MESSAGE(v.ok(), (text + " in " + unit + ": " + (v.ok() ? std::string() : v.error().message)));
  return *v;
}
bool fits(const std::string& text, const std::string& unit) {
  auto q = parse_quantity(text);
  return q.ok() && in_unit(*q, parse_unit(unit)).ok();
}
}  // namespace

TEST_CASE("unit: magnitude and base") {
  Unit u = parse_unit("亿元");
  CHECK(u.base == "元");
  CHECK(u.exponent == 8);
  CHECK_FALSE(u.is_rate());
  Unit w = parse_unit("万人次");
  CHECK(w.base == "人次");
  CHECK(w.exponent == 4);
  Unit t = parse_unit("万亿元");
  CHECK(t.base == "元");
  CHECK(t.exponent == 12);
  Unit p = parse_unit("％");
  CHECK(p.base == "%");
  CHECK(p.is_rate());
  CHECK(parse_unit("‰").is_rate());
  CHECK(canonical_unit_word("个百分点") == "pp");
}

TEST_CASE("quantity: 143.63亿元 is 143.63 in 亿元 and 14363000000 in 元") {
  auto q = parse_quantity("143.63亿元");
  REQUIRE(q.ok());
  CHECK(q->number == frac(14363, 100));
  CHECK(q->exponent == 8);
  CHECK(q->has_magnitude);
  CHECK(q->unit == "元");
  CHECK(value_in("143.63亿元", "亿元") == frac(14363, 100));
  // 143.63 × 10^8 = 14 363 000 000
  CHECK(value_in("143.63亿元", "元") == Decimal(mpz_class("14363000000")));
  // 143.63 × 10^8 / 10^4 = 1 436 300 万元
  CHECK(value_in("143.63亿元", "万元") == Decimal(1436300));
}

TEST_CASE("quantity: full-width digits and point: ７.８８万人次 = 78800 人次") {
  // 7.88 × 10^4 = 78 800
  CHECK(value_in("７.８８万人次", "人次") == Decimal(78800));
  CHECK(value_in("７．８８万人次", "人次") == Decimal(78800));
  CHECK(value_in("7.88万人次", "万人次") == frac(788, 100));
  // 2.47万亩 = 24 700 亩
  CHECK(value_in("2.47万亩", "亩") == Decimal(24700));
}

TEST_CASE("quantity: thousands separators") {
  CHECK(value_in("45,752元", "元") == Decimal(45752));
  CHECK(value_in("45，752元", "元") == Decimal(45752));  // full-width comma
  CHECK(value_in("12,345,678", "元") == Decimal(12345678));
  CHECK(value_in("1,234.5", "元") == frac(12345, 10));
  CHECK_FALSE(parse_quantity("1,23").ok());
  CHECK_FALSE(parse_quantity("1,2345").ok());
  CHECK_FALSE(parse_quantity("12,34,567").ok());
  CHECK_FALSE(parse_quantity("1234,567").ok());  // a group of four before the separator
}

TEST_CASE("quantity: signs, including U+2212 and full-width") {
  auto minus = parse_quantity("−3.4%");  // U+2212 MINUS SIGN
  REQUIRE(minus.ok());
  CHECK(minus->has_sign);
  CHECK(minus->number == frac(-34, 10));
  CHECK(minus->unit == "%");
  auto pv = percent_value(*minus);
  REQUIRE(pv.ok());
  CHECK(*pv == frac(-34, 10));
  CHECK(value_in("−3.4%", "%") == frac(-34, 10));

  auto plus = parse_quantity("＋５％");
  REQUIRE(plus.ok());
  CHECK(plus->has_sign);
  CHECK(plus->number == Decimal(5));
  CHECK(plus->unit == "%");

  auto fw_minus = parse_quantity("－２０％");
  REQUIRE(fw_minus.ok());
  CHECK(fw_minus->number == Decimal(-20));

  auto unsigned_q = parse_quantity("3.4%");
  REQUIRE(unsigned_q.ok());
  CHECK_FALSE(unsigned_q->has_sign);
}

TEST_CASE("quantity: percentage points") {
  auto q = parse_quantity("2个百分点");
  REQUIRE(q.ok());
  CHECK(q->unit == "pp");
  CHECK(q->number == Decimal(2));
  auto pv = percent_value(*q);
  REQUIRE(pv.ok());
  CHECK(*pv == Decimal(2));
  auto pp = parse_quantity("0.5pp");
  REQUIRE(pp.ok());
  CHECK(pp->unit == "pp");
  CHECK(*percent_value(*pp) == frac(1, 2));
  // pp is a change, not a level of a rate.
  CHECK_FALSE(in_unit(*q, parse_unit("%")).ok());
}

TEST_CASE("quantity: any magnitude of the indicator's base unit") {
  // 103000 × 10^4 元 = 1.03 × 10^9 元 = 10.3 × 10^8 元
  CHECK(value_in("103000万元", "亿元") == frac(103, 10));
  // 0.5万亿元 = 5000亿元
  CHECK(value_in("0.5万亿元", "亿元") == Decimal(5000));
  // no unit: the indicator's own unit, magnitude included
  CHECK(value_in("13800", "亿元") == Decimal(13800));
  // magnitude without unit: the indicator's base unit; 1000万 in 万人 is 1000万人
  CHECK(value_in("1000万", "万人") == Decimal(1000));
  CHECK(value_in("1000万", "人") == Decimal(10000000));
  // 1450人 in 万人 = 0.145
  CHECK(value_in("1450人", "万人") == frac(145, 1000));
}

TEST_CASE("quantity: a different base unit is an error") {
  CHECK_FALSE(fits("10.3亿吨", "亿元"));
  CHECK_FALSE(fits("5人", "元"));
  CHECK_FALSE(fits("5%", "亿元"));  // a percentage is not a level in 亿元
  CHECK_FALSE(fits("5元", "%"));
  auto q = parse_quantity("10.3亿吨");
  REQUIRE(q.ok());
  auto v = in_unit(*q, parse_unit("亿元"));
  REQUIRE_FALSE(v.ok());
  CHECK(v.error().message.find("吨") != std::string::npos);
}

TEST_CASE("quantity: a magnitude on a percentage is an error") {
  CHECK_FALSE(fits("3万%", "%"));
  auto q = parse_quantity("3万%");
  if (q.ok()) CHECK_FALSE(percent_value(*q).ok());
  CHECK(fits("3%", "%"));
  CHECK(value_in("3", "%") == Decimal(3));
}

TEST_CASE("quantity: long numbers stay exact, absurd ones are refused") {
  const std::string forty = "1234567890123456789012345678901234567890";
  auto q = parse_quantity(forty);
  REQUIRE(q.ok());
  CHECK(q->number == Decimal(mpz_class(forty)));
  // 40 digits with a decimal part: 12345678901234567890.12345678901234567890
  auto d = parse_quantity("12345678901234567890.12345678901234567890");
  REQUIRE(d.ok());
  Decimal expected(mpz_class(forty), mpz_class("100000000000000000000"));
  expected.canonicalize();
  CHECK(d->number == expected);

  const std::string sixty(60, '7');
  CHECK(parse_quantity(sixty).ok());
  const std::string sixty_one(61, '7');
  CHECK_FALSE(parse_quantity(sixty_one).ok());
  CHECK_FALSE(parse_quantity("0." + sixty_one).ok());
  // leading zeros are not significant
  CHECK(parse_quantity("000" + sixty).ok());
}

TEST_CASE("quantity: numbers up to 19 digits and just past them, in lowest terms") {
  // 19 digits fit a machine word and take the short road; 20 do not.
  auto nineteen = parse_quantity("9999999999999999999");
  REQUIRE(nineteen.ok());
  CHECK(nineteen->number == Decimal(mpz_class("9999999999999999999")));
  auto twenty = parse_quantity("18446744073709551616");  // 2^64
  REQUIRE(twenty.ok());
  CHECK(twenty->number == Decimal(mpz_class("18446744073709551616")));
  // 0.000000000000000001 (19 digits) = 1 / 10^18, the largest denominator of
  // the short road; one more place (20 digits) takes the long one
  auto small = parse_quantity("0.000000000000000001");
  REQUIRE(small.ok());
  CHECK(small->number == Decimal(mpz_class(1), mpz_class("1000000000000000000")));
  auto tiny = parse_quantity("0.0000000000000000001");
  REQUIRE(tiny.ok());
  CHECK(tiny->number == Decimal(mpz_class(1), mpz_class("10000000000000000000")));
  auto big = parse_quantity("-1234567890.123456789");  // 19 digits, negative
  REQUIRE(big.ok());
  CHECK(big->number == -Decimal(mpz_class(1234567890123456789), mpz_class(1000000000)));
  // in lowest terms, as every Decimal is: 0.25 = 1/4, 12.50 = 25/2, -4.80 = -24/5
  auto quarter = parse_quantity("0.25");
  REQUIRE(quarter.ok());
  CHECK(quarter->number.get_num() == 1);
  CHECK(quarter->number.get_den() == 4);
  auto twelve = parse_quantity("12.50");
  REQUIRE(twelve.ok());
  CHECK(twelve->number.get_num() == 25);
  CHECK(twelve->number.get_den() == 2);
  auto minus = parse_quantity("-4.80%");
  REQUIRE(minus.ok());
  CHECK(minus->number.get_num() == -24);
  CHECK(minus->number.get_den() == 5);
  CHECK(parse_quantity("0.1")->number + parse_quantity("0.2")->number == parse_quantity("0.3")->number);
}

TEST_CASE("quantity: garbage is refused") {
  CHECK_FALSE(parse_quantity("五%").ok());
  CHECK_FALSE(parse_quantity("").ok());
  CHECK_FALSE(parse_quantity("%").ok());
  CHECK_FALSE(parse_quantity("1.").ok());
  CHECK_FALSE(parse_quantity("1.2.3").ok());
  CHECK_FALSE(parse_quantity("12 34").ok());
  CHECK_FALSE(parse_quantity("3亿万").ok());  // 万 after 亿 is not a magnitude of its own
  CHECK_FALSE(parse_quantity("abc").ok());
  CHECK_FALSE(parse_quantity("+-5").ok());
  CHECK_FALSE(parse_quantity("1e5").ok());
  CHECK_FALSE(parse_quantity(".5").ok());
  // "any other text" is a unit word, but never one that fits a % indicator
  CHECK_FALSE(fits("5%%", "%"));
  CHECK_FALSE(fits("5%%", "亿元"));
}

TEST_CASE("quantity: error offsets point into what was written") {
  // "12#": the bad character is byte 2
  auto e = parse_quantity("12#");
  REQUIRE_FALSE(e.ok());
  CHECK(e.error().offset == 2);
  // "１２#": full-width digits are 3 bytes each, so # is at byte 6
  auto f = parse_quantity("１２#");
  REQUIRE_FALSE(f.ok());
  CHECK(f.error().offset == 6);
}

TEST_CASE("quantity: a number's places as written") {
  auto places = [](std::string_view s) {
    std::size_t pos = 0;
    auto n = scan_number(s, pos);
    REQUIRE(n.ok());
    return n->places;
  };
  CHECK(places("150.20") == 2);
  CHECK(places("45,752") == 0);
  CHECK(places("4.8%") == 1);
  CHECK(places("12345678901234567890.12345678901234567890") == 20);
}

TEST_CASE("quantity: percent_value") {
  CHECK(*percent_value(*parse_quantity("4.8%")) == frac(48, 10));
  CHECK(*percent_value(*parse_quantity("4.8")) == frac(48, 10));
  CHECK_FALSE(percent_value(*parse_quantity("4.8元")).ok());
  CHECK_FALSE(percent_value(*parse_quantity("4.8万")).ok());
}
