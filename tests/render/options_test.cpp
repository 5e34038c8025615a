// Numbers for people: places, rounding, signs.
#include <doctest/doctest.h>

#include "test_support.h"

#include "render/options.h"

using namespace zhibiao;
using namespace zhibiao::test;

TEST_CASE("render: numbers for people") {
  RenderOptions o;
  CHECK(show(o, dec("4.8"), 2) == "4.80");
  CHECK(show(o, dec("2.675"), 2) == "2.68");
  CHECK(show_signed(o, dec("0.3"), 2) == "+0.30");
  CHECK(show_signed(o, dec("-0.6115"), 2) == "-0.61");
  CHECK(show_signed(o, Decimal(0), 1) == "0.0");
  o.rounding = Rounding::HalfEven;
  CHECK(show(o, dec("2.665"), 2) == "2.66");
  o.precision = 4;
  CHECK(show(o, dec("150.8115"), 1) == "150.8115");
  CHECK(show(o, Decimal(3), 0) == "3.0000");
}
