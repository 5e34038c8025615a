// The year in progress (SPEC §8): figures worked out by hand, the arithmetic
// in a comment beside each.
#include <doctest/doctest.h>

#include "test_support.h"

#include "compute/progress.h"
#include "parse/catalog.h"
#include "parse/dataset_reader.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
Dataset read(const std::string& text) {
  Diagnostics problems;
  auto ds = read_dataset(text, "t.yaml", Catalog{}, problems);
  REQUIRE_MESSAGE(ds.has_value(), (problems.empty() ? std::string() : problems[0].message));
  return std::move(*ds);
}
// One indicator `id` in 亿元 (or `unit`) with the series entries given.
std::string one(const char* unit, std::initializer_list<std::string> entries, const char* extra = "") {
  std::string out = lines({"indicators:", "  - id: x", "    name: 指标", std::string("    unit: \"") + unit + "\""});
  out += extra;
  out += "    series:\n";
  for (const auto& e : entries) out += "      " + e + "\n";
  return out;
}
ProgressRow only_row(const Dataset& ds, ProgressOptions o = {}) {
  FileProgress fp = progress(ds, o);
  REQUIRE(fp.rows.size() == 1);
  return fp.rows[0];
}
}  // namespace

TEST_CASE("worked case: a project plan of 647.4亿元 with 629.0亿元 done by October") {
  Dataset ds = read(one("亿元", {"2024-10: 629.0", "2024: {target: 年计划647.4亿元}"}));
  ProgressRow r = only_row(ds);
  CHECK(r.at == PartYear{2024, 10});
  // time share 10 ÷ 12 = 83.33…%
  CHECK(r.time_share_pct == frac(250, 3));
  // share of plan 629.0 ÷ 647.4 × 100 = 62900 ÷ 647.4 = 314500 ÷ 3237 = 97.1578…% (97.2%)
  CHECK(r.plan_share_pct == frac(314500, 3237));
  // pace gap 97.1578… − 83.3333… = 13.8245… pp (超序时进度13.8个百分点)
  CHECK(r.pace_gap_pp == Decimal(frac(314500, 3237) - frac(250, 3)));
  CHECK(round_to(*r.pace_gap_pp, 1, Rounding::HalfUp) == dec("13.8"));
  CHECK(r.status == Pace::Ahead);
  CHECK_FALSE(r.growth_pct);
  CHECK_FALSE(r.required_rest_pct);
}

TEST_CASE("worked case: 2024 GDP Q1-Q3 +4.8% against 5% needs 5.53% in Q4") {
  Dataset ds = read(one(
      "亿元", {"2023Q3: 913027", "2023: 1260582", "2024Q3: {actual: 949746, growth: 4.8%}", "2024: {target: 5%左右}"},
      "    basis: comparable\n"));
  ProgressRow r = only_row(ds);
  CHECK(r.at == PartYear{2024, 9});
  CHECK(r.time_share_pct == 75);  // 9 ÷ 12
  CHECK(r.growth_pct == dec("4.8"));
  CHECK(r.target_growth_pct == 5);
  CHECK(r.pace_gap_pp == dec("-0.2"));  // 4.8 − 5; the 左右 tolerance counts only at the year's end
  CHECK(r.status == Pace::Behind);
  // w = 913027 ÷ 1260582; g_rest = (5 − 4.8w) ÷ (1 − w)
  //   = (5 × 1260582 − 4.8 × 913027) ÷ (1260582 − 913027)
  //   = (6302910 − 4382529.6) ÷ 347555 = 1920380.4 ÷ 347555 = 5.52540…
  CHECK(r.required_rest_pct == Decimal(dec("1920380.4") / 347555));
  CHECK(round_to(*r.required_rest_pct, 2, Rounding::HalfUp) == dec("5.53"));
}

TEST_CASE("current basis: growth from levels, and the rest of the year from levels gives the same number") {
  // X₋₁ = 70, Y = 100, X = 73.5: g = 5%; G = 6%: w = 0.7, g_rest = (6 − 0.7 × 5) ÷ 0.3 = 25/3;
  // from levels: (1.06 × 100 − 73.5) ÷ (100 − 70) − 1 = 32.5 ÷ 30 − 1 = 1/12 = 25/3 %
  Dataset ds = read(one("亿元", {"2023-06: 70", "2023: 100", "2024H1: 73.5", "2024: {target: 增长6%}"}));
  ProgressRow r = only_row(ds);
  CHECK(r.growth_pct == 5);
  CHECK(r.pace_gap_pp == -1);
  CHECK(r.required_rest_pct == frac(25, 3));
  CHECK(r.status == Pace::Behind);
}

TEST_CASE("within the band of 0.1 pp is on track, beyond it ahead") {
  Dataset on = read(one("亿元", {"2024Q3: {growth: 5.1%}", "2024: {target: 5%}"}));
  CHECK(only_row(on).status == Pace::OnTrack);  // 5.1 − 5 = 0.1: the band includes its edge
  Dataset ahead = read(one("亿元", {"2024Q3: {growth: 5.2%}", "2024: {target: 5%}"}));
  CHECK(only_row(ahead).status == Pace::Ahead);
  Dataset range = read(one("亿元", {"2024Q3: {growth: 6.0%}", "2024: {target: 6%-6.5%}"}));
  CHECK(only_row(range).target_growth_pct == 6);  // a range's lower bound
  CHECK(only_row(range).status == Pace::OnTrack);
}

TEST_CASE("a rate's level against the target's own number (失业率5.5%以内)") {
  Dataset ok = read(one("%", {"2024Q3: 5.1", "2024: {target: 5.5%左右}"}, "    direction: down\n"));
  ProgressRow r = only_row(ok);
  CHECK(r.status == Pace::OnTrack);
  CHECK_FALSE(r.plan_share_pct);
  CHECK_FALSE(r.pace_gap_pp);
  // 5.6 is within 5.5%左右's tolerance, but the pace is held against 5.5 itself
  Dataset over = read(one("%", {"2024Q3: 5.6", "2024: {target: 5.5%左右}"}, "    direction: down\n"));
  CHECK(only_row(over).status == Pace::Behind);
}

TEST_CASE("--judge rounded: a rate's level rounded as the target is written (SPEC §3 修约值比较法)") {
  // 5.54 against 5.5%以内: exactly 5.54 > 5.5, behind; rounded to the target's one decimal 5.5 ≤ 5.5, on track
  Dataset ds = read(one("%", {"2024Q3: 5.54", "2024: {target: 5.5%以内}"}, "    direction: down\n"));
  CHECK(only_row(ds).status == Pace::Behind);
  ProgressOptions rounded;
  rounded.judging.rounded = true;
  CHECK(only_row(ds, rounded).status == Pace::OnTrack);
  // 5.55 rounds half up to 5.6: behind either way
  Dataset over = read(one("%", {"2024Q3: 5.55", "2024: {target: 5.5%以内}"}, "    direction: down\n"));
  CHECK(only_row(over, rounded).status == Pace::Behind);
}

TEST_CASE("its own latest part-year not after --as-of") {
  Dataset ds = read(one("亿元", {"2024H1: 300", "2024-10: 629", "2024: {target: 647.4}"}));
  ProgressRow r = only_row(ds, ProgressOptions{PartYear{2024, 9}, false, {}});
  CHECK(r.at == PartYear{2024, 6});
  CHECK(r.time_share_pct == 50);
  CHECK(r.plan_share_pct == Decimal(dec("30000") / dec("647.4")));  // 300 ÷ 647.4 × 100
}

TEST_CASE("annual_only without part-years, pending without one in the as-of year") {
  Dataset annual = read(one("亿元", {"2023: 100", "2024: {target: 增长5%}"}));
  CHECK(only_row(annual).status == Pace::AnnualOnly);
  Dataset pending = read(one("亿元", {"2023Q3: 70", "2023: 100", "2024: {target: 增长5%}"}));
  ProgressRow r = only_row(pending, ProgressOptions{PartYear{2024, 9}, false, {}});
  CHECK(r.status == Pace::Pending);
  CHECK_FALSE(r.time_share_pct);
}

TEST_CASE("--by-days counts days gone") {
  Dataset leap = read(one("亿元", {"2024-10: 629.0", "2024: {target: 647.4}"}));
  // Jan–Oct 2024: 31+29+31+30+31+30+31+31+30+31 = 305 days of 366
  CHECK(only_row(leap, ProgressOptions{std::nullopt, true, {}}).time_share_pct == frac(30500, 366));
  Dataset plain = read(one("亿元", {"2023Q3: 1", "2023: {target: 10}"}));
  // Jan–Sep 2023: 31+28+31+30+31+30+31+31+30 = 273 days of 365
  CHECK(only_row(plain, ProgressOptions{std::nullopt, true, {}}).time_share_pct == frac(27300, 365));
}

TEST_CASE("default as-of: the latest part-year with a figure; the summary counts each status") {
  Dataset ds = read(lines({
      "indicators:", "  - id: a", "    name: 甲", "    unit: 亿元",
      "    series: {2024H1: 60, 2024: {target: 100}}",  // 60% of plan at 6/12: ahead by 10
      "  - id: b", "    name: 乙", "    unit: 亿元",
      "    series: {2024Q3: 50, 2024: {target: 100}}",  // 50% at 9/12: behind by 25
      "  - id: c", "    name: 丙", "    unit: 亿元", "    series: {2024: {target: 100}}", "  - id: d", "    name: 丁",
      "    unit: 亿元",
      "    series: {2023: 1}",  // no target: not shown
  }));
  FileProgress fp = progress(ds, {});
  CHECK(fp.as_of == PartYear{2024, 9});
  REQUIRE(fp.rows.size() == 3);
  CHECK(fp.rows[0].pace_gap_pp == 10);
  CHECK(fp.rows[1].pace_gap_pp == -25);
  CHECK(fp.summary.total == 3);
  CHECK(fp.summary.ahead == 1);
  CHECK(fp.summary.behind == 1);
  CHECK(fp.summary.annual_only == 1);
  CHECK(latest_part_year(ds, 2023) == std::nullopt);
}
