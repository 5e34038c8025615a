// `zhibiao roll` (src/render/roll.h): next year's file from this year's, the
// actuals becoming baselines with a comment that says where each came from.
#include <doctest/doctest.h>

#include "test_support.h"

#include <memory>
#include <string>

#include "parse/catalog.h"
#include "parse/catalog_data.h"
#include "parse/dataset_reader.h"
#include "render/roll.h"

using namespace zhibiao;
using namespace zhibiao::test;

TEST_CASE("roll: this year's actuals become next year's baselines") {
  auto ds = load(lines({
      "title: 小例",                               // 1
      "region: 某市",                              // 2
      "year: 2020",                                // 3
      "indicators:",                               // 4
      "  - id: gdp",                               // 5
      "    name: 地区生产总值",                    // 6
      "    name_en: GRP",                          // 7
      "    unit: 亿元",                            // 8
      "    basis: comparable",                     // 9
      "    baseline: 143.63",                      // 10
      "    target: 增长5%",                        // 11
      "    actual: {value: 150.2, growth: 4.8%}",  // 12: the value at column 21
      "    note: 可比价",                          // 13
      "  - id: jobs",                              // 14
      "    name: 城镇新增就业",                    // 15
      "    unit: 人",                              // 16
      "    direction: up",                         // 17
      "    baseline: 1684",                        // 18
      "    target: 1450人以上",                    // 19
      "  - id: rate",                              // 20
      "    name: 失业率",                          // 21
      "    unit: \"%\"",                           // 22
      "    direction: down",                       // 23
      "    baseline: 3.2",                         // 24
      "    actual: 3.50",                          // 25: rates keep their %
  }));
  auto text = render_roll(*ds, 2021);
  REQUIRE(text.ok());
  CHECK(*text == lines({
                     "# Rolled forward from t.yaml by `zhibiao roll --to 2021`: the 2020 actuals are the",
                     "# baselines now; fill in the 2021 targets and actuals.",
                     "title: \"小例\"",
                     "region: \"某市\"",
                     "year: 2021",
                     "indicators:",
                     "  - id: gdp",
                     "    name: \"地区生产总值\"",
                     "    name_en: \"GRP\"",
                     "    unit: \"亿元\"",
                     "    direction: up",
                     "    basis: comparable",
                     "    note: \"可比价\"",
                     "    # baseline: the 2020 actual, from t.yaml:12:21",
                     "    baseline: {value: 150.2, growth: 4.8%}",
                     "    target:",
                     "    actual:",
                     "  - id: jobs",
                     "    name: \"城镇新增就业\"",
                     "    unit: \"人\"",
                     "    direction: up",
                     "    basis: current",
                     "    # no 2020 actual in t.yaml: fill in the baseline",
                     "    baseline:",
                     "    target:",
                     "    actual:",
                     "  - id: rate",
                     "    name: \"失业率\"",
                     "    unit: \"%\"",
                     "    direction: down",
                     "    basis: current",
                     "    # baseline: the 2020 actual, from t.yaml:25:13",
                     "    baseline: 3.5%",
                     "    target:",
                     "    actual:",
                 }));
  // the rolled file reads back, with the old actuals as baselines
  auto next = load(*text);
  CHECK(next->year == 2021);
  REQUIRE(next->indicators.size() == 3);
  CHECK(*next->indicators[0].periods.front().actual == dec("150.2"));
  CHECK(*next->indicators[0].periods.front().reported_growth == dec("4.8"));
  CHECK(*next->indicators[2].periods.front().actual == dec("3.5"));
}

TEST_CASE("roll: a series gains an empty entry for the new year") {
  auto ds = load(lines({
      "indicators:",
      "  - id: s",
      "    name: 序列",
      "    unit: 亿元",
      "    series:",
      "      2019: {actual: 10, growth: 5%, note: 初步}",
      "      2020: {actual: 11.25, target: 增长8%}",
  }));
  auto text = render_roll(*ds, 2021);
  REQUIRE(text.ok());
  // no `year:` in the file: none in the rolled one
  CHECK(*text == lines({
                     "# Rolled forward from t.yaml by `zhibiao roll --to 2021`: the 2020 actuals are the",
                     "# baselines now; fill in the 2021 targets and actuals.",
                     "indicators:",
                     "  - id: s",
                     "    name: \"序列\"",
                     "    unit: \"亿元\"",
                     "    direction: up",
                     "    basis: current",
                     "    series:",
                     "      2019: {actual: 10, growth: 5%, note: \"初步\"}",
                     "      2020: {actual: 11.25, target: \"增长8%\"}",
                     "      2021: {target: ~, actual: ~}",
                 }));
}

TEST_CASE("roll: qualitative outcomes are kept as words in a series") {
  auto ds = load(lines({
      "indicators:",
      "  - id: q",
      "    name: 任务",
      "    series:",
      "      2020: {target: 完成, actual: 完成}",
  }));
  auto text = render_roll(*ds, 2021);
  REQUIRE(text.ok());
  CHECK(text->find("      2020: {actual: 完成, target: \"完成\"}\n      2021: {target: ~, actual: ~}\n") !=
        std::string::npos);
}

TEST_CASE("roll: only to the year after the file's year") {
  auto ds = load(lines({"year: 2020", "indicators:", "  - {id: a, name: 甲, unit: 元, baseline: 1, actual: 2}"}));
  auto later = render_roll(*ds, 2022);
  REQUIRE_FALSE(later.ok());
  CHECK(later.error().message == "the file is for 2020: roll it --to 2021");
  auto same = render_roll(*ds, 2020);
  REQUIRE_FALSE(same.ok());
  CHECK(same.error().message == "the file is for 2020: roll it --to 2021");
}

TEST_CASE("roll: a simple-form file without a year gets the new year") {
  auto ds = load(lines({"indicators:", "  - {id: a, name: 甲, unit: 元, baseline: 1, actual: 2}"}));
  auto text = render_roll(*ds, 2021);
  REQUIRE(text.ok());
  // "  - {id: a, name: 甲, unit: 元, baseline: 1, actual: " is 51 characters
  CHECK(text->find("\nyear: 2021\n") != std::string::npos);
  CHECK(text->find("    # baseline: the 2020 actual, from t.yaml:2:52\n    baseline: 2\n") != std::string::npos);
}

TEST_CASE("roll: keeps an indicator's attribute and values") {
  Diagnostics problems;
  auto ds =
      read_dataset(lines({"year: 2021", "indicators:", "  - id: energy_intensity_reduction", "    attribute: 约束性",
                          "    baseline: 2.7", "    target: 降低3%左右", "    actual: 3.1"}),
                   "t.yaml", load_catalog(builtin_catalog(), std::nullopt, problems), problems);
  REQUIRE(ds.has_value());
  auto text = render_roll(*ds, 2022);
  REQUIRE(text.ok());
  // the catalog's values: reduction and the file's 约束性 survive the roll
  CHECK(text->find("    attribute: binding\n") != std::string::npos);
  CHECK(text->find("    values: reduction\n") != std::string::npos);
}
