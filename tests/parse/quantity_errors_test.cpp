// Every error of the quantity grammar (src/parse/quantity.cpp) as its whole
// message, with the byte offset it points at.
#include <doctest/doctest.h>

#include "test_support.h"

#include <string>

#include "model/unit.h"
#include "parse/quantity.h"

using namespace zhibiao;

namespace {
struct Error {
  std::string message;
  std::size_t offset;
};
Error quantity_error(const std::string& text) {
  auto q = parse_quantity(text);
  REQUIRE_MESSAGE(!q.ok(), text);
  return {q.error().message, q.error().offset};
}
std::string in_unit_error(const std::string& text, const char* unit) {
  auto q = parse_quantity(text);
  REQUIRE_MESSAGE(q.ok(), text);
  auto v = in_unit(*q, parse_unit(unit));
  REQUIRE_MESSAGE(!v.ok(), text);
  return v.error().message;
}
std::string percent_error(const std::string& text) {
  auto q = parse_quantity(text);
  REQUIRE_MESSAGE(q.ok(), text);
  auto v = percent_value(*q);
  REQUIRE_MESSAGE(!v.ok(), text);
  return v.error().message;
}
}  // namespace

TEST_CASE("quantity errors: the number") {
  // groups of three after the first separator: "1,23" ends a group of two
  Error e = quantity_error("1,23");
  CHECK(e.message == "misplaced thousands separator");
  CHECK(e.offset == 0);
  // four digits before the first separator: found at the separator, byte 4
  e = quantity_error("1234,567");
  CHECK(e.message == "misplaced thousands separator");
  CHECK(e.offset == 4);
  e = quantity_error("亿元");
  CHECK(e.message == "a number is expected");
  CHECK(e.offset == 0);
  // "5." ends at byte 2, where a digit should be
  e = quantity_error("5.");
  CHECK(e.message == "a digit is expected after the decimal point");
  CHECK(e.offset == 2);
  // 61 significant digits (1 and sixty 0s): over the limit of 60
  e = quantity_error("1" + std::string(60, '0'));
  CHECK(e.message == "a number with more than 60 digits");
  CHECK(quantity_error("0.1" + std::string(60, '2')).message == "a number with more than 60 digits");
  // 121 digits, even leading zeros: over twice the limit
  CHECK(quantity_error(std::string(121, '0')).message == "a number with more than 120 digits");
  CHECK(parse_quantity(std::string(120, '0')).ok());
}

TEST_CASE("quantity errors: after the number") {
  // "143.63亿元(": 6 + 3 + 3 bytes before the '('
  Error e = quantity_error("143.63亿元(");
  CHECK(e.message == "unexpected '(' after the number");
  CHECK(e.offset == 12);
  // 万亿 is one magnitude (1e12); a second 亿 after it is not
  e = quantity_error("5万亿亿元");
  CHECK(e.message == "two magnitudes in one quantity");
  CHECK(e.offset == 7);
  e = quantity_error("5%元");
  CHECK(e.message == "unit '%元' is not a unit (a percent sign stands alone)");
  CHECK(e.offset == 1);
  // offsets are in the text as written, before full-width forms are folded:
  // "５" is three bytes
  e = quantity_error("５%%");
  CHECK(e.message == "unit '%%' is not a unit (a percent sign stands alone)");
  CHECK(e.offset == 3);
}

TEST_CASE("quantity errors: a quantity in an indicator's unit (in_unit)") {
  CHECK(in_unit_error("2pp", "%") == "percentage points (pp) are a change, not a value");
  CHECK(in_unit_error("5万%", "%") == "a magnitude (万, 亿) on a percentage");
  CHECK(in_unit_error("5元", "%") == "unit '元' does not match the indicator's unit '%'");
  CHECK(in_unit_error("5%", "亿元") == "a percentage is not a level in '亿元'");
  CHECK(in_unit_error("10.3亿吨", "亿元") == "unit '吨' does not match the indicator's unit '亿元'");
}

TEST_CASE("quantity errors: a growth or tolerance in percent (percent_value)") {
  CHECK(percent_error("5万") == "a magnitude (万, 亿) on a percentage");
  CHECK(percent_error("5元") == "'元' is not a percentage");
}
