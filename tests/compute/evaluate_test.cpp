// Judging targets (SPEC §3), with every expected number worked out by hand.
#include <doctest/doctest.h>

#include "test_support.h"

#include <initializer_list>
#include <memory>
#include <string>

#include "compute/evaluate.h"
#include "compute/growth.h"
#include "compute/judge.h"
#include "parse/catalog.h"
#include "parse/dataset_reader.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// A one-indicator file for 2020 with the given indicator lines after `- id: x`.
std::string one(std::initializer_list<std::string> body) {
  std::string out = "year: 2020\nindicators:\n  - id: x\n    name: 指标\n";
  for (const auto& l : body) out += "    " + l + "\n";
  return out;
}

Row only_row(const Dataset& ds, int year = 2020) {
  auto rows = evaluate(ds, year);
  REQUIRE(rows.size() == 1);
  return rows[0];
}
}  // namespace

TEST_CASE("evaluate: GDP +5% judged on reported comparable growth (SPEC §5.3 example)") {
  auto ds = load(lines({
      "year: 2020",
      "indicators:",
      "  - id: gdp",
      "    name: 地区生产总值",
      "    unit: 亿元",
      "    basis: comparable",
      "    baseline: 143.63",
      "    target: +5%",
      "    actual: {value: 150.2, growth: 4.8%}",
  }));
  Row r = only_row(*ds);
  CHECK(r.year == 2020);
  CHECK(*r.baseline == dec("143.63"));
  CHECK(*r.actual == dec("150.2"));
  // 143.63 × 1.05 = 143.63 + 7.1815 = 150.8115
  REQUIRE(r.target_value.has_value());
  CHECK(*r.target_value == dec("150.8115"));
  CHECK_FALSE(r.target_low.has_value());
  CHECK_FALSE(r.target_high.has_value());
  // comparable + reported growth: the reported growth judges
  CHECK(*r.growth_pct == dec("4.8"));
  CHECK(*r.reported_growth_pct == dec("4.8"));
  // (150.2 / 143.63 − 1) × 100 = 6.57 / 143.63 × 100 = 65700 / 14363 ≈ 4.5743
  CHECK(*r.computed_growth_pct == frac(65700, 14363));
  CHECK(format_fixed(*r.computed_growth_pct, 4, Rounding::HalfUp) == "4.5743");
  // 150.2 − 150.8115 = −0.6115; 4.8 − 5 = −0.2
  CHECK(*r.variance == dec("-0.6115"));
  CHECK(*r.variance_pp == dec("-0.2"));
  CHECK(r.status == Status::Missed);
  CHECK(r.warnings.empty());
  CHECK(std::string(to_string(r.status)) == "missed");
}

TEST_CASE("evaluate: exactly on the bound is met (1.1 → 1.21 is +10%)") {
  auto ds = load(one({"unit: 亿元", "baseline: 1.1", "target: 增长10%", "actual: 1.21"}));
  Row r = only_row(*ds);
  // 1.1 × 1.1 = 1.21; (1.21 / 1.1 − 1) × 100 = 10 exactly (a double gives 10.000000000000009)
  CHECK(*r.target_value == dec("1.21"));
  CHECK(*r.growth_pct == Decimal(10));
  CHECK(*r.variance == Decimal(0));
  CHECK(*r.variance_pp == Decimal(0));
  CHECK(r.status == Status::Met);
}

TEST_CASE("evaluate: a growth range") {
  auto make = [](const char* growth) {
    return load(one({"unit: 亿元", "basis: comparable", "baseline: 100", "target: 6.5%-7%",
                     std::string("actual: {value: 107.5, growth: ") + growth + "}"}));
  };
  auto inside = make("6.7%");
  Row r = only_row(*inside);
  // 100 × 1.065 = 106.5 and 100 × 1.07 = 107
  CHECK_FALSE(r.target_value.has_value());
  CHECK(*r.target_low == dec("106.5"));
  CHECK(*r.target_high == Decimal(107));
  CHECK(*r.growth_pct == dec("6.7"));
  CHECK(*r.variance_pp == Decimal(0));
  CHECK(r.status == Status::Met);

  auto low_edge = make("6.5%");
  CHECK(only_row(*low_edge).status == Status::Met);  // bounds included
  auto high_edge = make("7%");
  CHECK(only_row(*high_edge).status == Status::Met);

  auto below = make("6.2%");
  Row b = only_row(*below);
  CHECK(b.status == Status::Missed);
  CHECK(*b.variance_pp == dec("-0.3"));  // 6.2 − 6.5
  auto above = make("7.2%");
  Row a = only_row(*above);
  CHECK(a.status == Status::Missed);
  CHECK(*a.variance_pp == dec("0.2"));  // 7.2 − 7
}

TEST_CASE("evaluate: 7.5%左右 is met down to 7.0") {
  auto make = [](const char* growth) {
    return load(one({"unit: 亿元", "basis: comparable", "baseline: 100", "target: 7.5%左右",
                     std::string("actual: {value: 107, growth: ") + growth + "}"}));
  };
  auto ok = make("7.0%");
  Row r = only_row(*ok);
  // 7.0 >= 7.5 − 0.5
  CHECK(r.status == Status::Met);
  CHECK(*r.variance_pp == dec("-0.5"));
  // 100 × 1.075 = 107.5
  CHECK(*r.target_value == dec("107.5"));

  auto short_ = make("6.9%");
  Row s = only_row(*short_);
  // 6.9 < 7.0
  CHECK(s.status == Status::Missed);
  CHECK(*s.variance_pp == dec("-0.6"));

  auto high = make("9%");
  CHECK(only_row(*high).status == Status::Met);  // up: more is fine
}

TEST_CASE("evaluate: 左右 on a down rate opens upwards") {
  auto make = [](const char* actual) {
    return load(one({"unit: \"%\"", "direction: down", "baseline: 3.0", "target: 控制在3.5%左右",
                     std::string("actual: ") + actual}));
  };
  // met while actual <= 3.5 + 0.5 = 4.0
  CHECK(only_row(*make("4.0")).status == Status::Met);
  CHECK(only_row(*make("2.0")).status == Status::Met);
  CHECK(only_row(*make("4.1")).status == Status::Missed);
}

TEST_CASE("evaluate: a rate held within 3.4%") {
  auto make = [](const char* actual) {
    return load(
        one({"unit: \"%\"", "direction: down", "baseline: 3.2", "target: 3.4%以内", std::string("actual: ") + actual}));
  };
  auto over = make("3.5");
  Row r = only_row(*over);
  CHECK(r.status == Status::Missed);
  CHECK(*r.target_value == dec("3.4"));
  // 3.5 − 3.4 = 0.1; the change of a rate is in points: 3.5 − 3.2 = 0.3
  CHECK(*r.variance == dec("0.1"));
  CHECK(*r.growth_pct == dec("0.3"));
  CHECK(*r.computed_growth_pct == dec("0.3"));
  CHECK_FALSE(r.variance_pp.has_value());  // a level target has no pp variance

  CHECK(only_row(*make("3.4")).status == Status::Met);
  CHECK(only_row(*make("3.39")).status == Status::Met);
}

TEST_CASE("evaluate: a pp change of a rate") {
  auto ds = load(one({"unit: \"%\"", "direction: down", "baseline: 4.0", "target: 下降0.5个百分点", "actual: 3.4"}));
  Row r = only_row(*ds);
  // target level 4.0 − 0.5 = 3.5; change 3.4 − 4.0 = −0.6 <= −0.5
  CHECK(*r.target_value == dec("3.5"));
  CHECK(*r.growth_pct == dec("-0.6"));
  CHECK(*r.variance == dec("-0.1"));
  CHECK(*r.variance_pp == dec("-0.1"));  // −0.6 − (−0.5)
  CHECK(r.status == Status::Met);

  auto up = load(one({"unit: \"%\"", "baseline: 90", "target: 提高2个百分点", "actual: 91.5"}));
  Row u = only_row(*up);
  // 90 + 2 = 92; change 1.5 < 2
  CHECK(*u.target_value == Decimal(92));
  CHECK(*u.variance_pp == dec("-0.5"));
  CHECK(u.status == Status::Missed);
}

TEST_CASE("evaluate: a level target in the indicator's unit") {
  auto ds = load(one({"unit: 人", "baseline: 1400", "target: 1450人", "actual: 1500"}));
  Row r = only_row(*ds);
  CHECK(*r.target_value == Decimal(1450));
  CHECK(*r.variance == Decimal(50));
  // (1500 / 1400 − 1) × 100 = 100 / 14 = 50/7
  CHECK(*r.growth_pct == frac(50, 7));
  CHECK_FALSE(r.variance_pp.has_value());
  CHECK(r.status == Status::Met);

  auto clear = load(one({"unit: 户", "direction: down", "baseline: 12", "target: 清零", "actual: 1"}));
  CHECK(only_row(*clear).status == Status::Missed);
  auto cleared = load(one({"unit: 户", "direction: down", "baseline: 12", "target: 清零", "actual: 0"}));
  CHECK(only_row(*cleared).status == Status::Met);
}

TEST_CASE("evaluate: pending without an actual, no_target without a target") {
  auto pending = load(one({"unit: 亿元", "baseline: 100", "target: +5%"}));
  Row p = only_row(*pending);
  CHECK(p.status == Status::Pending);
  CHECK(*p.target_value == Decimal(105));  // 100 × 1.05
  CHECK_FALSE(p.actual.has_value());
  CHECK_FALSE(p.variance.has_value());
  CHECK_FALSE(p.variance_pp.has_value());
  CHECK(std::string(to_string(p.status)) == "pending");

  auto none = load(one({"unit: 亿元", "baseline: 100", "actual: 103"}));
  Row n = only_row(*none);
  CHECK(n.status == Status::NoTarget);
  CHECK(*n.growth_pct == Decimal(3));
  CHECK(std::string(to_string(n.status)) == "no_target");
}

TEST_CASE("evaluate: 压减20% is a fall of at least 20%") {
  auto make = [](const char* actual) {
    return load(one({"unit: 万吨", "baseline: 100", "target: 压减20%", std::string("actual: ") + actual}));
  };
  auto ok = make("80");
  Row r = only_row(*ok);
  // 100 × (1 − 0.2) = 80; growth (80/100 − 1) × 100 = −20 <= −20
  CHECK(*r.target_value == Decimal(80));
  CHECK(*r.growth_pct == Decimal(-20));
  CHECK(*r.variance == Decimal(0));
  CHECK(*r.variance_pp == Decimal(0));
  CHECK(r.status == Status::Met);

  auto not_enough = make("81");
  Row m = only_row(*not_enough);
  // growth −19 > −20; variance 81 − 80 = 1; variance_pp −19 − (−20) = 1
  CHECK(*m.growth_pct == Decimal(-19));
  CHECK(*m.variance == Decimal(1));
  CHECK(*m.variance_pp == Decimal(1));
  CHECK(m.status == Status::Missed);
}

TEST_CASE("evaluate: a qualitative target") {
  auto done = load(one({"target: 完成", "actual: 完成"}));
  CHECK(only_row(*done).status == Status::Met);
  auto not_done = load(one({"target: 完成", "actual: 未完成"}));
  CHECK(only_row(*not_done).status == Status::Missed);
  auto waiting = load(one({"target: done"}));
  auto rows = evaluate(*waiting, 2020);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].status == Status::Pending);
}

TEST_CASE("evaluate: current basis judges on the levels, and warns when the reported growth disagrees") {
  auto ds = load(lines({
      "year: 2020",                              // 1
      "indicators:",                             // 2
      "  - id: retail",                          // 3
      "    name: 社会消费品零售总额",            // 4
      "    unit: 亿元",                          // 5
      "    baseline: 100",                       // 6
      "    target: +5.1%",                       // 7
      "    actual: {value: 105, growth: 5.2%}",  // 8
  }));
  Row r = only_row(*ds);
  // current basis: growth from levels (105/100 − 1) × 100 = 5 < 5.1
  CHECK(*r.growth_pct == Decimal(5));
  CHECK(*r.reported_growth_pct == dec("5.2"));
  CHECK(r.status == Status::Missed);
  // |5.2 − 5| = 0.2 > 0.1
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].kind == WarningKind::GrowthMismatch);
  Warnings all = consistency_warnings(*ds);
  REQUIRE(all.size() == 1);
  CHECK(all[0].kind == WarningKind::GrowthMismatch);
  // at the reported growth: "    actual: {value: 105, growth: " is 33 columns
  CHECK(all[0].at.line == 8);
  CHECK(all[0].at.column == 34);
  CHECK(all[0].indicator->id == "retail");
  CHECK(all[0].year == 2020);
  CHECK(all[0].reported == dec("5.2"));
  CHECK(all[0].computed == Decimal(5));
}

TEST_CASE("evaluate: a disagreement of exactly 0.1 pp, or any on comparable basis, is no warning") {
  auto close = load(one({"unit: 亿元", "baseline: 100", "target: +5%", "actual: {value: 105, growth: 5.1%}"}));
  CHECK(consistency_warnings(*close).empty());
  auto comparable = load(
      one({"unit: 亿元", "basis: comparable", "baseline: 100", "target: +5%", "actual: {value: 110, growth: 5.1%}"}));
  CHECK(consistency_warnings(*comparable).empty());
}

TEST_CASE("evaluate: comparable basis without a reported growth warns that it is judged on nominal growth") {
  auto ds = load(one({"unit: 亿元", "basis: comparable", "baseline: 100", "target: +5%", "actual: 106"}));
  Row r = only_row(*ds);
  CHECK(*r.growth_pct == Decimal(6));
  CHECK(r.status == Status::Met);
  CHECK(r.warnings.size() == 1);
  Warnings all = consistency_warnings(*ds);
  REQUIRE(all.size() == 1);
  CHECK(all[0].kind == WarningKind::NominalGrowth);
  CHECK(all[0].computed == Decimal(6));
  CHECK(all[0].at.line == 8);  // the target line (year, indicators, id, name, unit, basis, baseline, target)
}

TEST_CASE("evaluate: warnings in every year of a series") {
  auto ds = load(lines({
      "indicators:",                                // 1
      "  - id: retail",                             // 2
      "    name: x",                                // 3
      "    unit: 亿元",                             // 4
      "    series:",                                // 5
      "      2018: 100",                            // 6
      "      2019: {actual: 110, growth: 10%}",     // 7  10 from levels: fine
      "      2020: {actual: 121, growth: 12%}",     // 8  121/110 = 1.1: 10 ≠ 12
      "      2021: {actual: 133.1, growth: 9.5%}",  // 9  133.1/121 = 1.1: 10 ≠ 9.5
  }));
  Warnings all = consistency_warnings(*ds);
  REQUIRE(all.size() == 2);
  CHECK(all[0].at.line == 8);
  CHECK(all[0].at.column == 35);  // "      2020: {actual: 121, growth: " is 34 columns
  CHECK(all[0].year == 2020);
  CHECK(all[1].at.line == 9);
  CHECK(all[1].year == 2021);
}

TEST_CASE("evaluate: a baseline of 0 with a growth target is an error at the baseline") {
  Diagnostics problems;
  auto ds = read_dataset(lines({
                             "year: 2020",              // 1
                             "indicators:",             // 2
                             "  - id: tourism",         // 3
                             "    name: 旅游综合收入",  // 4
                             "    unit: 亿元",          // 5
                             "    baseline: 0",         // 6
                             "    target: +5%",         // 7
                             "    actual: 3",           // 8
                         }),
                         "t.yaml", Catalog{}, problems);
  CHECK_FALSE(ds.has_value());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].severity == Severity::Error);
  CHECK(problems[0].at.line == 6);
  CHECK(problems[0].at.column == 15);  // "    baseline: " is 14 columns
  CHECK(contains(problems[0].message, "tourism"));

  Diagnostics negative;
  CHECK_FALSE(
      read_dataset(one({"unit: 亿元", "baseline: -2", "target: +5%", "actual: 3"}), "t.yaml", Catalog{}, negative)
          .has_value());
  REQUIRE(negative.size() == 1);
  CHECK(negative[0].at.line == 6);
}

TEST_CASE("evaluate: a baseline of 0 is fine when a reported growth judges, or the target is a level") {
  auto reported =
      load(one({"unit: 亿元", "basis: comparable", "baseline: 0", "target: +5%", "actual: {value: 3, growth: 6%}"}));
  Row r = only_row(*reported);
  CHECK_FALSE(r.computed_growth_pct.has_value());  // undefined, not inf
  CHECK(*r.growth_pct == Decimal(6));
  CHECK(r.status == Status::Met);

  auto level = load(one({"unit: 亿元", "baseline: 0", "target: 2亿元以上", "actual: 3"}));
  Row l = only_row(*level);
  CHECK(l.status == Status::Met);
  CHECK_FALSE(l.growth_pct.has_value());
}

TEST_CASE("evaluate: computed_growth") {
  Unit yuan = parse_unit("亿元");
  CHECK(*computed_growth(yuan, Decimal(100), dec("104.5")) == dec("4.5"));
  CHECK_FALSE(computed_growth(yuan, Decimal(0), Decimal(5)).has_value());
  CHECK_FALSE(computed_growth(yuan, std::nullopt, Decimal(5)).has_value());
  // rates: points, 3.5 − 3.2 = 0.3
  CHECK(*computed_growth(parse_unit("%"), dec("3.2"), dec("3.5")) == dec("0.3"));
}

TEST_CASE("evaluate: the evaluated year") {
  auto simple = load(one({"unit: 亿元", "baseline: 100", "target: +5%"}));
  std::optional<YearProblem> problem;
  CHECK(*evaluated_year(*simple, std::nullopt, problem) == 2020);
  CHECK_FALSE(evaluated_year(*simple, 2030, problem).has_value());
  REQUIRE(problem);
  CHECK(problem->kind == YearProblem::NoFiguresIn);
  CHECK(problem->year == 2030);

  auto series = load(lines({
      "indicators:",
      "  - id: gdp",
      "    name: x",
      "    unit: 亿元",
      "    series:",
      "      2019: {actual: 100, target: 90以上}",
      "      2020: {actual: 102}",
      "      2021: {actual: 110, target: 6%以上}",
      "      2022: 115",
  }));
  // the latest year with a target, not the latest year with figures
  problem.reset();
  CHECK(*evaluated_year(*series, std::nullopt, problem) == 2021);
  CHECK(*evaluated_year(*series, 2020, problem) == 2020);
  CHECK_FALSE(problem);
  // indicators with no figures in the year or the one before are left out
  CHECK(evaluate(*series, 2025).empty());
  auto rows = evaluate(*series, 2021);
  REQUIRE(rows.size() == 1);
  // 110 / 102 − 1 = 8/102 = 4/51 → 400/51 % ≈ 7.84 >= 6
  CHECK(*rows[0].growth_pct == frac(400, 51));
  CHECK(*rows[0].baseline == Decimal(102));
  CHECK(rows[0].status == Status::Met);
}

TEST_CASE("evaluate: summary counts, and += adds them up") {
  auto row = [](Status st, std::optional<bool> within = std::nullopt) {
    Row r;
    r.status = st;
    r.within_tolerance = within;
    return r;
  };
  Summary s;
  s.add(row(Status::Met, false));
  s.add(row(Status::Met, true));
  s.add(row(Status::Missed, false));
  s.add(row(Status::Pending));
  s.add(row(Status::NoTarget));
  CHECK(s.total == 5);
  CHECK(s.met == 2);
  CHECK(s.within_tolerance == 1);
  CHECK(s.missed == 1);
  CHECK(s.pending == 1);
  CHECK(s.no_target == 1);
  Summary both = s;
  both += s;
  CHECK(both.total == 10);
  CHECK(both.met == 4);
  CHECK(both.within_tolerance == 2);
}

TEST_CASE("evaluate: levels around and below") {
  auto make = [](const char* actual) {
    return load(one({"unit: 万人", "baseline: 1180", "target: 1200万人左右", std::string("actual: ") + actual}));
  };
  // tolerance 1% of 1200 = 12: met from 1188 up
  CHECK(only_row(*make("1188")).status == Status::Met);
  CHECK(only_row(*make("1187.9")).status == Status::Missed);
  Row r = only_row(*make("1190"));
  CHECK(*r.target_value == Decimal(1200));
  CHECK(*r.variance == Decimal(-10));

  auto cap = [](const char* actual) {
    return load(
        one({"unit: 人", "direction: down", "baseline: 1400", "target: 1450", std::string("actual: ") + actual}));
  };
  Row over = only_row(*cap("1500"));
  CHECK(over.status == Status::Missed);
  CHECK(*over.variance == Decimal(50));
  CHECK(only_row(*cap("1450")).status == Status::Met);
}

TEST_CASE("evaluate: without `year`, warnings name the current period and --year is refused") {
  auto ds = load(lines({
      "indicators:",
      "  - id: retail",
      "    name: x",
      "    unit: 亿元",
      "    baseline: 200",
      "    target: +5%",
      "    actual: {value: 220, growth: 8%}",
  }));
  // (220 / 200 − 1) × 100 = 10, reported 8: 2 pp apart
  Warnings w = consistency_warnings(*ds);
  REQUIRE(w.size() == 1);
  CHECK(w[0].indicator->id == "retail");
  std::optional<YearProblem> problem;
  CHECK_FALSE(evaluated_year(*ds, 2020, problem).has_value());
  REQUIRE(problem);
  CHECK(problem->kind == YearProblem::NoYearLabels);
  problem.reset();
  auto year = evaluated_year(*ds, std::nullopt, problem);
  REQUIRE(year);
  CHECK_FALSE(problem);
  Row r = only_row(*ds, *year);
  CHECK(*r.growth_pct == Decimal(10));
  CHECK(r.status == Status::Met);
}

// --- SPEC §2.3 and the new paragraphs of §3 -----------------------------------

TEST_CASE("evaluate: 基本达标 — met only through the 左右 tolerance") {
  // 2021 energy intensity fell 2.7% against 降低3%左右 (a level of a yearly
  // reduction rate): 2.7 >= 3 − 0.5 = 2.5 is met, but 2.7 < 3, so only
  // thanks to the tolerance.
  auto ds = load(one(
      {"unit: '%'", "values: reduction", "attribute: 约束性", "baseline: 5.6", "target: 降低3%左右", "actual: 2.7"}));
  Row r = only_row(*ds);
  CHECK(r.status == Status::Met);
  CHECK(r.within_tolerance == true);
  CHECK(r.indicator->attribute == Attribute::Binding);
  // 3.1 >= 3: met outright
  auto plain = load(one({"unit: '%'", "values: reduction", "baseline: 5.6", "target: 降低3%左右", "actual: 3.1"}));
  CHECK(only_row(*plain).within_tolerance == false);
  // no actual: null
  auto pending = load(one({"unit: '%'", "values: reduction", "target: 降低3%左右"}));
  CHECK_FALSE(only_row(*pending).within_tolerance.has_value());
}

TEST_CASE("evaluate: completion 完成率 = actual ÷ target level × 100") {
  // 1309 against 1100人以上: 1309 / 1100 = 1.19 → 119.0%
  auto ds = load(one({"unit: 人", "baseline: 1684", "target: 1100人以上", "actual: 1309"}));
  CHECK(*only_row(*ds).completion_pct == dec("119"));
  // a growth target: 143.63 × 1.05 = 150.8115; 150.2 / 150.8115 × 100 ≈ 99.59
  auto growth = load(one({"unit: 亿元", "baseline: 143.63", "target: +5%", "actual: 150.2"}));
  Row g = only_row(*growth);
  CHECK(*g.completion_pct == Decimal(dec("150.2") / dec("150.8115") * 100));
  // judged on a reported comparable growth: none
  auto comparable = load(one(
      {"unit: 亿元", "basis: comparable", "baseline: 143.63", "target: +5%", "actual: {value: 150.2, growth: 4.8%}"}));
  CHECK_FALSE(only_row(*comparable).completion_pct.has_value());
  // % indicators and down-direction ones: none
  auto rate = load(one({"unit: '%'", "baseline: 92", "target: 93%以上", "actual: 94"}));
  CHECK_FALSE(only_row(*rate).completion_pct.has_value());
}

TEST_CASE("evaluate: strict bounds are not met at the bound") {
  // 2022 surveyed unemployment 5.5 against <5.5: missed; against 5.5%以内: met
  auto strict = load(one({"unit: '%'", "direction: down", "baseline: 5.1", "target: '<5.5'", "actual: 5.5"}));
  CHECK(only_row(*strict).status == Status::Missed);
  auto inclusive = load(one({"unit: '%'", "direction: down", "baseline: 5.1", "target: 5.5%以内", "actual: 5.5"}));
  CHECK(only_row(*inclusive).status == Status::Met);
  // R&D growth 9.4 > 7: met; 7 > 7: missed
  auto above = load(one({"unit: 亿元", "baseline: 100", "target: '>7%'", "actual: 107"}));
  CHECK(only_row(*above).status == Status::Missed);  // (107 / 100 − 1) × 100 = 7, not above 7
}

TEST_CASE("evaluate: relative targets compare with the reference's judged growth") {
  // 2022: income grew 2.9% (real) against GDP 3.0%: 2.9 >= 3.0 − 0.5 → met,
  // within tolerance; variance_pp = 2.9 − 3.0 = −0.1
  auto ds = load(lines({
      "year: 2022",
      "indicators:",
      "  - id: gdp",
      "    name: 国内生产总值",
      "    unit: 亿元",
      "    basis: comparable",
      "    baseline: 1143670",
      "    actual: {value: 1210207, growth: 3.0%}",
      "  - id: income",
      "    name: 全国居民人均可支配收入",
      "    unit: 元",
      "    basis: comparable",
      "    baseline: 35128",
      "    target: 居民收入增长与经济增长基本同步",
      "    actual: {value: 36883, growth: 2.9%}",
  }));
  auto rows = evaluate(*ds, 2022);
  REQUIRE(rows.size() == 2);
  const Row& r = rows[1];
  CHECK(r.reference->id == "gdp");
  CHECK(*r.reference_growth_pct == dec("3.0"));
  CHECK(*r.variance_pp == dec("-0.1"));
  CHECK(r.status == Status::Met);
  CHECK(r.within_tolerance == true);
}

TEST_CASE("evaluate: a relative target without the reference's growth is pending") {
  auto ds = load(lines({
      "year: 2023",
      "indicators:",
      "  - id: gdp",
      "    name: 地区生产总值",
      "    unit: 亿元",
      "    baseline: 100",
      "  - id: income",
      "    name: 收入",
      "    unit: 元",
      "    baseline: 100",
      "    target: 高于GDP增长",
      "    actual: 107",
  }));
  auto rows = evaluate(*ds, 2023);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].status == Status::Pending);
}

TEST_CASE("evaluate: direction-only targets are met by the sign of the change") {
  auto up = load(one({"unit: 元", "baseline: 35128", "target: 稳步增长", "actual: 36883"}));
  CHECK(only_row(*up).status == Status::Met);
  auto down = load(one({"unit: 万吨", "direction: down", "baseline: 2564.8", "target: 继续下降", "actual: 2600"}));
  CHECK(only_row(*down).status == Status::Missed);
  auto none = load(one({"unit: '%'", "baseline: 2.3", "target: 保持在合理区间", "actual: 8.1"}));
  CHECK(only_row(*none).status == Status::NoTarget);
}

TEST_CASE("evaluate: same_scope growth judges while the levels fall") {
  // 福建2023: 地方一般公共预算收入 3383 → 3339亿元, 同口径增长5.5% against 增长5%
  auto ds = load(
      one({"unit: 亿元", "basis: 同口径", "baseline: 3383", "target: 增长5%", "actual: {value: 3339, growth: 5.5%}"}));
  Row r = only_row(*ds);
  CHECK(*r.growth_pct == dec("5.5"));
  CHECK(r.by_reported_growth);
  CHECK(r.status == Status::Met);
  CHECK(*r.variance_pp == dec("0.5"));
  CHECK(consistency_warnings(*ds).empty());  // no mismatch warning on this basis
}

TEST_CASE("evaluate: a reported pp change judges a pp target without a baseline") {
  auto ds = load(one({"unit: '%'", "target: 提高1个百分点", "actual: {value: 65.22, growth: 0.93pp}"}));
  Row r = only_row(*ds);
  CHECK(*r.growth_pct == dec("0.93"));
  CHECK(r.status == Status::Missed);  // 0.93 < 1
}

TEST_CASE("evaluate: points as a unit change in pp") {
  // 最终消费支出拉动经济增长 5.3 (2021) → 1.0 (2022) 个百分点: −4.3 pp, not −81.1%
  auto ds = load(one({"unit: 个百分点", "baseline: 5.3个百分点", "actual: 1.0"}));
  CHECK(*only_row(*ds).growth_pct == dec("-4.3"));
}

TEST_CASE("evaluate: qualified figures are used as written and marked estimates") {
  auto ds = load(one({"unit: 亿元", "baseline: 17717", "target: 增长4.5%左右", "actual: 1.9万亿元左右"}));
  Row r = only_row(*ds);
  CHECK(*r.actual == Decimal(19000));
  CHECK(r.estimate);
  auto growth = load(one({"unit: 亿元", "target: 增长10%", "actual: {value: 100, growth: 增长11%以上}"}));
  Row g = only_row(*growth);
  CHECK(*g.reported_growth_pct == Decimal(11));
  CHECK(g.estimate);
  CHECK(g.status == Status::Met);
}

TEST_CASE("evaluate: judging on rounded figures (修约值比较法)") {
  // 4.96% against 增长5%: exactly missed; rounded to one decimal 5.0 → met
  auto ds = load(one({"unit: 亿元", "basis: comparable", "baseline: 100", "target: 增长5%",
                      "actual: {value: 104.96, growth: 4.96%}"}));
  CHECK(evaluate(*ds, 2020)[0].status == Status::Missed);
  Row rounded = evaluate(*ds, 2020, Judging{true, Rounding::HalfUp})[0];
  CHECK(rounded.status == Status::Met);
  CHECK(rounded.judged_rounded);
  // a level to the decimals of the target as written: 3.44 against 3.4%以内 → 3.4 → met
  auto level = load(one({"unit: '%'", "direction: down", "baseline: 3.2", "target: 3.4%以内", "actual: 3.44"}));
  CHECK(evaluate(*level, 2020)[0].status == Status::Missed);
  CHECK(evaluate(*level, 2020, Judging{true, Rounding::HalfUp})[0].status == Status::Met);
}
