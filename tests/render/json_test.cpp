// JSON strings and numbers for machines.
#include <doctest/doctest.h>

#include "test_support.h"

#include "render/json.h"
#include "render/options.h"

using namespace zhibiao;
using namespace zhibiao::test;

TEST_CASE("render: json_string escapes control characters") {
  CHECK(json_string("plain") == "\"plain\"");
  CHECK(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(json_string("l1\nl2\r\t") == "\"l1\\nl2\\r\\t\"");
  CHECK(json_string(std::string("\x01\x1f", 2)) == "\"\\u0001\\u001f\"");
  CHECK(json_string(std::string("a\0b", 3)) == "\"a\\u0000b\"");
  CHECK(json_string("地区") == "\"地区\"");
}

TEST_CASE("render: JSON numbers are exact up to 8 decimals, else 4") {
  CHECK(json_number(dec("150.8115"), Rounding::HalfUp) == "150.8115");
  CHECK(json_number(Decimal(100), Rounding::HalfUp) == "100");
  CHECK(json_number(dec("-0.2"), Rounding::HalfUp) == "-0.2");
  // 65700 / 14363 = 4.574253… → 4.5743
  CHECK(json_number(frac(65700, 14363), Rounding::HalfUp) == "4.5743");
  CHECK(json_number(frac(1, 3), Rounding::HalfUp) == "0.3333");
  CHECK(json_number(dec("0.12345678"), Rounding::HalfUp) == "0.12345678");

  JsonWriter w(Rounding::HalfUp);
  w.begin_object().field("id", "gdp").field("baseline", dec("143.63")).key("actual").null();
  w.key("list").begin_array().value(1).value(true).end_array();
  w.field("missing", std::optional<Decimal>{}).end_object();
  CHECK(w.str() ==
        "{\"id\": \"gdp\", \"baseline\": 143.63, \"actual\": null, \"list\": [1, true], \"missing\": null}\n");
}

TEST_CASE("render: json_string writes C1 controls and bidi overrides as escapes") {
  CHECK(json_string("a\u202Eb\u009B") == "\"a\\u202eb\\u009b\"");
}
