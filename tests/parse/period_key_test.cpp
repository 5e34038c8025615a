// Series keys that name a part of a year, cumulative from January (SPEC §8).
#include <doctest/doctest.h>

#include <string>

#include "parse/period_key.h"

using namespace zhibiao;

namespace {
// The (year, month) `text` names; fails the test when it is an error.
PartYear key(const char* text) {
  auto k = parse_period_key(text);
  REQUIRE_MESSAGE(k.ok(), text);
  return *k;
}
std::string error_of(const char* text) {
  auto k = parse_period_key(text);
  REQUIRE_MESSAGE(!k.ok(), text);
  return k.error().message;
}
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("a plain year is the whole year") { CHECK(key("2024") == PartYear{2024, 12}); }

TEST_CASE("2024-09: January to September") {
  CHECK(key("2024-09") == PartYear{2024, 9});
  CHECK(key("2024-9") == PartYear{2024, 9});
  CHECK(key("2024-01") == PartYear{2024, 1});
  CHECK(key("2024-11") == PartYear{2024, 11});
}

TEST_CASE("2024年1-9月 and its dashes") {
  CHECK(key("2024年1-9月") == PartYear{2024, 9});
  CHECK(key("2024年1—9月") == PartYear{2024, 9});
  CHECK(key("2024年1～9月") == PartYear{2024, 9});
  CHECK(key("2024年1-10月份") == PartYear{2024, 10});
  CHECK(key("2024年1月") == PartYear{2024, 1});  // January alone is cumulative from January
}

TEST_CASE("quarters: 2024Q1 = 1-3月, Q2 = 1-6月, Q3 = 1-9月") {
  CHECK(key("2024Q1") == PartYear{2024, 3});
  CHECK(key("2024Q2") == PartYear{2024, 6});
  CHECK(key("2024Q3") == PartYear{2024, 9});
  CHECK(key("2024q3") == PartYear{2024, 9});
}

TEST_CASE("quarters in words: 一季度, 前三季度") {
  CHECK(key("2024年一季度") == PartYear{2024, 3});
  CHECK(key("2024年第一季度") == PartYear{2024, 3});
  CHECK(key("2024年前两季度") == PartYear{2024, 6});
  CHECK(key("2024年前三季度") == PartYear{2024, 9});
}

TEST_CASE("halves: 2024H1 = 2024年上半年 = 1-6月") {
  CHECK(key("2024H1") == PartYear{2024, 6});
  CHECK(key("2024年上半年") == PartYear{2024, 6});
}

TEST_CASE("a cumulative Q4 or December is the year itself") {
  for (const char* k : {"2024Q4", "2024-12", "2024年1-12月", "2024年全年", "2024年前四季度"})
    CHECK_MESSAGE(key(k).month == 12, k);
}

TEST_CASE("part-years order by their last month: Q3 = H1 + 3 months = -09") {
  CHECK(key("2024H1") < key("2024-07"));
  CHECK(key("2024Q3") == key("2024-09"));
  CHECK(key("2023Q3") < key("2024Q1"));
  CHECK(key("2024-11") < key("2024"));
}

TEST_CASE("the canonical key") {
  CHECK(part_year_key(key("2024年前三季度")) == "2024-09");
  CHECK(part_year_key(key("2024-11")) == "2024-11");
  CHECK(part_year_key(key("2024Q4")) == "2024");
}

TEST_CASE("bad keys say why and name the accepted forms") {
  CHECK(contains(error_of("2024-13"), "names month 13, but months are 1 to 12"));
  CHECK(contains(error_of("2024-00"), "names month 0"));
  CHECK(contains(error_of("2024年1-13月"), "names month 13"));
  CHECK(contains(error_of("2024Q5"), "names quarter 5, but quarters are Q1 to Q4"));
  CHECK(contains(error_of("2024Q0"), "names quarter 0"));
  CHECK(contains(error_of("2024H2"), "not cumulative from January (the whole year is 2024)"));
  CHECK(contains(error_of("2024年下半年"), "is not cumulative from January"));
  CHECK(contains(error_of("2024年第三季度"), "is not cumulative from January"));
  CHECK(contains(error_of("2024年3-9月"), "does not start in January"));
  CHECK(contains(error_of("2024年9月"), "is one month"));
  for (const char* bad : {"last", "2024-", "2024Q", "2024-Q3", "24Q3", "0999", "2024-123", "2024年", "2024年1-9"}) {
    std::string e = error_of(bad);
    CHECK_MESSAGE(contains(e, "2024-09, 2024年1-9月, 2024Q3, 2024年前三季度, 2024H1, 2024年上半年"), bad);
  }
}
