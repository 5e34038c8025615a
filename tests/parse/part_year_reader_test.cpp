// Part-year series keys in data files (SPEC §8): read apart from whole years,
// every bad key located at its line and column.
#include <doctest/doctest.h>

#include "test_support.h"

#include <string>

#include "parse/catalog.h"
#include "parse/dataset_reader.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
struct Read {
  std::optional<Dataset> ds;
  Diagnostics problems;
};
Read read(const std::string& text) {
  Read r;
  r.ds = read_dataset(text, "t.yaml", Catalog{}, r.problems);
  return r;
}
// A GDP series whose entries are `entries` (each a line under `series:`).
std::string gdp(std::initializer_list<std::string> entries) {
  std::string out = lines({"indicators:", "  - id: gdp", "    name: 国内生产总值", "    unit: 亿元", "    series:"});
  for (const auto& e : entries) out += "      " + e + "\n";
  return out;
}
// The only error of `text`, as "line:column: message".
std::string only_error(const std::string& text) {
  Read r = read(text);
  CHECK_FALSE(r.ds.has_value());
  REQUIRE(r.problems.size() == 1);
  const Diagnostic& d = r.problems[0];
  return std::to_string(d.at.line) + ":" + std::to_string(d.at.column) + ": " + d.message;
}
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("part-years are kept apart from the years") {
  Read r = read(gdp({"2023Q3: {actual: 913027, growth: 5.2%}", "2023: 1260582", "2024H1: 616836",
                     "2024年前三季度: {actual: 949746, growth: 4.8%}", "2024: {target: 5%左右}"}));
  REQUIRE_MESSAGE(r.ds.has_value(), (r.problems.empty() ? std::string() : r.problems[0].message));
  const Indicator& ind = r.ds->indicators.at(0);
  REQUIRE(ind.periods.size() == 2);  // 2023 and 2024 only: find_period, report, yoy see these
  CHECK(ind.periods[0].year == 2023);
  CHECK(ind.periods[1].year == 2024);
  REQUIRE(ind.part_years.size() == 3);
  CHECK(ind.part_years[0].year == 2023);
  CHECK(ind.part_years[0].month == 9);
  CHECK(ind.part_years[0].actual == dec("913027"));
  CHECK(ind.part_years[0].reported_growth == dec("5.2"));
  CHECK(ind.part_years[1].month == 6);
  CHECK(ind.part_years[2].month == 9);
  CHECK(ind.part_years[2].actual_at.line == 9);
  CHECK(find_period(ind, 2024)->target);
}

TEST_CASE("a cumulative Q4 or December is the year's own entry") {
  Read r = read(gdp({"2023: 1260582", "2024Q3: 949746", "2024Q4: {actual: 1349084, target: 5%左右}"}));
  REQUIRE(r.ds.has_value());
  const Indicator& ind = r.ds->indicators.at(0);
  REQUIRE(ind.periods.size() == 2);
  CHECK(ind.periods[1].year == 2024);
  CHECK(ind.periods[1].actual == dec("1349084"));
  CHECK(ind.part_years.size() == 1);
}

TEST_CASE("bad part-year keys are located errors that name the accepted forms") {
  // line 6 is the first series entry; its key starts in column 7
  std::string e = only_error(gdp({"2024-13: 100"}));
  CHECK(contains(e, "6:7: series key '2024-13' names month 13"));
  CHECK(contains(e, "2024-09, 2024年1-9月, 2024Q3"));
  CHECK(contains(only_error(gdp({"2024Q5: 100"})), "6:7: series key '2024Q5' names quarter 5"));
  CHECK(contains(only_error(gdp({"2024-00: 100"})), "6:7: series key '2024-00' names month 0"));
  CHECK(contains(only_error(gdp({"2024年3-9月: 100"})), "6:7: series key '2024年3-9月' does not start in January"));
}

TEST_CASE("a part-year after its own year's entry") {
  CHECK(contains(only_error(gdp({"2024: 1349084", "2024Q3: 949746"})),
                 "7:7: series key '2024Q3' is a part of 2024 but comes after the year's own entry"));
}

TEST_CASE("part-years out of order, or the same months twice") {
  CHECK(contains(only_error(gdp({"2024Q3: 1", "2024H1: 1"})), "7:7: series key '2024H1' is out of order"));
  CHECK(contains(only_error(gdp({"2024Q3: 1", "2024-09: 1"})), "7:7: series key '2024-09' repeats 2024-09"));
  CHECK(contains(only_error(gdp({"2024Q4: 1", "2024: 1"})), "7:7: series key '2024' repeats 2024"));
  CHECK(contains(only_error(gdp({"2024-11: 1", "2023: 1"})), "7:7: year 2023 is out of order"));
}

TEST_CASE("the year's target stands in the year's entry, not in a part-year") {
  CHECK(contains(only_error(gdp({"2024Q3: {actual: 1, target: 5%}"})),
                 "6:35: series key '2024Q3' is a part of 2024: the year's target stands in the year's own entry"));
}
