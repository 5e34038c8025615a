// Every kind of error the data-file reader (src/parse/dataset_reader.cpp)
// reports, each once as the whole line a user reads: file:line:col: error: …
// Columns are counted by hand: "    key: " puts the value at len(key) + 7.
#include <doctest/doctest.h>

#include "test_support.h"

#include <initializer_list>
#include <string>

#include "parse/catalog.h"
#include "parse/dataset_reader.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
// The only problem of `text` (which must not read), as the user sees it.
std::string only_error(const std::string& text) {
  Diagnostics problems;
  auto ds = read_dataset(text, "t.yaml", Catalog{}, problems);
  CHECK_FALSE(ds.has_value());
  REQUIRE_MESSAGE(problems.size() == 1, (std::to_string(problems.size()) + " problems" +
                                         (problems.empty() ? std::string() : ", first: " + problems[0].message)));
  return format_diagnostic(problems[0]);
}

// A 2020 file with one indicator x (name 指标, unit 亿元, lines 3–5); `body`
// starts on line 6, indented by four spaces.
std::string one(std::initializer_list<std::string> body) {
  std::string out = "year: 2020\nindicators:\n  - id: x\n    name: 指标\n    unit: 亿元\n";
  for (const auto& l : body) out += "    " + l + "\n";
  return out;
}
// The same without a unit: `body` starts on line 5.
std::string no_unit(std::initializer_list<std::string> body) {
  std::string out = "year: 2020\nindicators:\n  - id: x\n    name: 指标\n";
  for (const auto& l : body) out += "    " + l + "\n";
  return out;
}
}  // namespace

TEST_CASE("dataset errors: the top level") {
  CHECK(only_error("- a\n") == "t.yaml:1:1: error: the top level must be a mapping with 'indicators:', not a list");
  CHECK(only_error("title: x\n") == "t.yaml:1:1: error: no 'indicators:' list in the file");
  CHECK(only_error("indicators: {a: 1}\n") == "t.yaml:1:13: error: 'indicators' must be a list, not a mapping");
  CHECK(only_error("indicators: []\n") == "t.yaml:1:13: error: 'indicators' is empty");
  CHECK(only_error("titel: x\nindicators: [{id: a, name: 甲, unit: 元}]\n") ==
        "t.yaml:1:1: error: unknown key 'titel' in the file (did you mean 'title'?)");
}

TEST_CASE("dataset errors: year and plan") {
  const std::string list = "indicators: [{id: a, name: 甲, unit: 元}]\n";
  CHECK(only_error("year: ~\n" + list) ==
        "t.yaml:1:7: error: year is empty: write a year such as 2020, or leave the key out");
  CHECK(only_error("year: 20x\n" + list) == "t.yaml:1:7: error: year '20x' is not a year such as 2020");
  CHECK(only_error("plan: 十四五\n" + list) ==
        "t.yaml:1:7: error: 'plan' must be a mapping such as {name: 十四五, base: 2020, end: 2025}");
  CHECK(only_error("plan: {name: 十四五, base: 2020}\n" + list) ==
        "t.yaml:1:7: error: 'plan' needs 'base' and 'end' years");
  // "plan: {base: 2020, end: " is 24 characters: the end year at column 25
  CHECK(only_error("plan: {base: 2020, end: 2020}\n" + list) ==
        "t.yaml:1:25: error: the plan's end 2020 must come after its base 2020");
}

TEST_CASE("dataset errors: identifying an indicator") {
  CHECK(only_error("indicators:\n  - gdp\n") ==
        "t.yaml:2:5: error: an indicator must be a mapping with 'id:', not a scalar");
  CHECK(only_error("indicators:\n  - name: 甲\n    unit: 元\n") ==
        "t.yaml:2:5: error: an indicator needs an 'id' (lower-case letters, digits, _)");
  CHECK(only_error("indicators:\n  - id: GDP\n    name: 甲\n    unit: 元\n") ==
        "t.yaml:2:9: error: id 'GDP' must match [a-z][a-z0-9_]* (e.g. gdp, new_urban_jobs)");
  CHECK(only_error("indicators:\n  - {id: a, name: 甲, unit: 元}\n  - {id: a, name: 乙, unit: 元}\n") ==
        "t.yaml:3:5: error: duplicate id 'a' (first at 2:5)");
  CHECK(only_error("indicators:\n  - id: x\n    unit: 元\n") ==
        "t.yaml:2:5: error: indicator 'x' needs a 'name' (its id is not in the catalog)");
  CHECK(only_error(no_unit({"baseline: 1"})) ==
        "t.yaml:3:5: error: indicator 'x' needs a 'unit' (its id is not in the catalog)");
  CHECK(only_error(one({"basline: 1"})) ==
        "t.yaml:6:5: error: unknown key 'basline' in an indicator (did you mean 'baseline'?)");
}

TEST_CASE("dataset errors: units") {
  CHECK(only_error(no_unit({"unit: \"\""})) == "t.yaml:5:11: error: unit must not be empty");
  CHECK(only_error(no_unit({"unit: 5"})) ==
        "t.yaml:5:11: error: unit '5' is a number, not a unit (write e.g. 亿元, %, 人)");
  CHECK(only_error(no_unit({"unit: 万%"})) ==
        "t.yaml:5:11: error: unit '万%' puts a magnitude on a percentage: write %");
}

TEST_CASE("dataset errors: words of direction, basis, values and attribute") {
  CHECK(only_error(one({"direction: sideways"})) ==
        "t.yaml:6:16: error: direction 'sideways' must be 'up' or 'down' (正向/逆向)");
  CHECK(only_error(one({"basis: real"})) ==
        "t.yaml:6:12: error: basis 'real' must be 'comparable', 'current' or 'same_scope' (可比价/现价/同口径)");
  CHECK(only_error(one({"values: rates"})) ==
        "t.yaml:6:13: error: values 'rates' must be 'levels', 'growth' or 'reduction'");
  CHECK(only_error(one({"attribute: key"})) ==
        "t.yaml:6:16: error: attribute 'key' must be 'binding' or 'expected' (约束性/预期性)");
}

TEST_CASE("dataset errors: series") {
  CHECK(only_error(one({"baseline: 1", "series: {2019: 1}"})) ==
        "t.yaml:6:15: error: 'baseline' and 'series' do not go together: put it in the series");
  CHECK(only_error(one({"series: [1, 2]"})) ==
        "t.yaml:6:13: error: 'series' must be a mapping of years (2019: …), not a list");
  CHECK(only_error(one({"series: {}"})) == "t.yaml:6:13: error: 'series' is empty");
  CHECK(only_error(one({"series: {x: 1}"})) ==
        "t.yaml:6:14: error: series key 'x' is not a year or a part of a year (write a year such as 2024, or a part "
        "of it cumulative from January: 2024-09, 2024年1-9月, 2024Q3, 2024年前三季度, 2024H1, 2024年上半年)");
  // "    series: {2020: 1, " is 22 characters
  CHECK(only_error(one({"series: {2020: 1, 2019: 2}"})) ==
        "t.yaml:6:23: error: year 2019 is out of order: series years must ascend (after 2020)");
  CHECK(only_error(one({"series: {2019: [1]}"})) ==
        "t.yaml:6:20: error: series year 2019 must be a value or a mapping, not a list");
  // {actual: 1,143,670} is {actual: 1, 143: ~, 670: ~}; "    series: {2019: {actual: 1," is 30 characters
  CHECK(only_error(one({"series: {2019: {actual: 1,143,670}}"})) ==
        "t.yaml:6:31: error: series year 2019: a number with commas inside {…} must be quoted (write actual: "
        "\"1,143,670\")");
  CHECK(only_error(one({"series: {2019: {actual: 1, grwth: 2%}}"})) ==
        "t.yaml:6:32: error: unknown key 'grwth' in series year 2019 (did you mean 'growth'?)");
}

TEST_CASE("dataset errors: targets") {
  CHECK(only_error(one({"baseline: 1", "target: 增长五%"})) ==
        "t.yaml:7:13: error: target '增长五%' is not a target expression (write e.g. +5%, 93%以上, 3.4%以内, 6%-6.5%)");
  CHECK(only_error(one({"baseline: 1", "target: 与abc增长基本同步", "actual: 2"})) ==
        "t.yaml:7:13: error: target '与abc增长基本同步': no indicator 'abc' in this file to compare with (name it by "
        "id, name or alias, e.g. 与gdp增长基本同步)");
  CHECK(only_error(one({"target: 增长5%", "actual: 105"})) ==
        "t.yaml:6:13: error: target '增长5%' of 'x' is a change over last year, but there is no baseline (nor a "
        "reported growth) to judge it by");
  CHECK(only_error(one({"baseline: 0", "target: 增长5%", "actual: 1"})) ==
        "t.yaml:6:15: error: baseline of 'x' is 0: growth from a baseline of 0 or below is undefined, so the growth "
        "target '增长5%' cannot be judged (give the reported growth, or a level target)");
  CHECK(only_error(one({"baseline: -2", "target: 增长5%", "actual: 1"})) ==
        "t.yaml:6:15: error: baseline of 'x' is below 0: growth from a baseline of 0 or below is undefined, so the "
        "growth target '增长5%' cannot be judged (give the reported growth, or a level target)");
}

TEST_CASE("dataset errors: actuals and reported growths") {
  CHECK(only_error(one({"baseline: 1", "actual: 10.3亿吨"})) ==
        "t.yaml:7:13: error: value '10.3亿吨': unit '吨' does not match the indicator's unit '亿元'");
  // "    actual: {value: 105, growth: " is 33 characters
  CHECK(only_error(one({"baseline: 100", "actual: {value: 105, growth: 5万}"})) ==
        "t.yaml:7:34: error: growth '5万': a magnitude (万, 亿) on a percentage (write e.g. 4.8%)");
  CHECK(only_error(one({"baseline: 100", "actual: {value: 105, grow: 5%}"})) ==
        "t.yaml:7:26: error: unknown key 'grow' in 'actual' (did you mean 'growth'?)");
  CHECK(only_error(one({"baseline: 100", "target: 增长5%", "actual: 完成"})) ==
        "t.yaml:8:13: error: '完成' is a yes/no outcome, but the target is not qualitative (完成)");
  CHECK(only_error(one({"target: 完成", "actual: 5"})) ==
        "t.yaml:7:13: error: the target is qualitative (完成): the actual must be true/false/完成/未完成, not '5'");
}

TEST_CASE("dataset errors: tolerances") {
  CHECK(only_error(one({"baseline: 100", "target: 增长5%", "tolerance: 1pp"})) ==
        "t.yaml:8:16: error: 'tolerance' applies only to a 左右 (around) or 基本同步 (in step) target");
  CHECK(only_error(one({"baseline: 100", "target: 5%左右", "tolerance: -1pp"})) ==
        "t.yaml:8:16: error: tolerance '-1pp' is not a size such as 0.5pp");
  CHECK(only_error(one({"baseline: 100", "target: 5%左右", "tolerance: 5亿"})) ==
        "t.yaml:8:16: error: tolerance '5亿' of a growth or % target is in percentage points (e.g. 0.5pp)");
  CHECK(only_error(one({"baseline: 100", "target: 100亿元左右", "tolerance: 5吨"})) ==
        "t.yaml:8:16: error: tolerance '5吨' of a level target is in the indicator's unit (e.g. 12亿元) or a % of "
        "the target");
}

TEST_CASE("dataset errors: text that must be one value, from the schema") {
  CHECK(only_error(one({"note: [a]"})) == "t.yaml:6:11: error: note must be a single value here, not a list");
}
