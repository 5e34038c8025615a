// Plans over several years (SPEC §7): every formula of the §7 table, with
// each expected number worked out by hand in a comment (roots to 4 decimals).
#include <doctest/doctest.h>

#include "test_support.h"

#include <initializer_list>
#include <memory>
#include <string>

#include "compute/judge.h"
#include "compute/plan.h"
#include "parse/catalog.h"
#include "parse/dataset_reader.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

// A 2020–2025 plan with one indicator: its lines after `- id: x`.
std::unique_ptr<Dataset> plan(std::initializer_list<std::string> body, int base = 2020, int end = 2025) {
  std::string out = "plan: {name: 十四五, base: " + std::to_string(base) + ", end: " + std::to_string(end) +
                    "}\nindicators:\n  - id: x\n    name: 指标\n";
  for (const auto& l : body) out += "    " + l + "\n";
  return load(out);
}

PlanRow only_row(const Dataset& ds, PlanOptions o = {}) {
  auto rows = judge_plan(ds, o);
  REQUIRE(rows.size() == 1);
  return rows[0];
}

// `v` rounded to 4 decimals is `expected`.
bool near(const std::optional<Decimal>& v, const char* expected) {
  return v && round_to(*v, 4, Rounding::HalfUp) == dec(expected);
}

}  // namespace

TEST_CASE("plan: 累计下降13.5% with levels, behind (SPEC §7 worked case)") {
  auto ds = plan({"unit: 吨标准煤/万元", "direction: down", "attribute: binding", "target: 累计下降13.5%",
                  "series: {2020: 100, 2023: 92.7, 2024: 89.1774}"});
  PlanRow r = only_row(*ds);
  CHECK(r.kind == PlanKind::Cumulative);
  CHECK(r.year == 2024);
  CHECK(r.years_gone == 4);
  CHECK(r.years_total == 5);
  // 92.7 × (1 − 3.8%) = 89.1774; cₙ = 1 − 89.1774/100 = 10.8226%, exact
  CHECK(*r.achieved == dec("10.8226"));
  // path 1 − 0.865^(4/5): ln 0.865 = −0.1450258, × 0.8 = −0.1160206, e^that = 0.8904569 → 10.9543%
  CHECK(near(r.path, "10.9543"));
  // gap 10.8226 − 10.9543 = −0.1317 pp: beyond the 0.1 pp band → behind
  CHECK(near(r.gap, "-0.1317"));
  // required 1 − (0.865 / 0.891774)^(1/1) = 1 − 0.9699767 = 3.0023%
  CHECK(near(r.required, "3.0023"));
  CHECK(r.required_unit == RequiredUnit::Pct);
  CHECK(r.status == PlanStatus::Behind);
}

TEST_CASE("plan: 翻一番 on comparable growths (SPEC §7 worked case, 今后三年年均增长6.3%以上)") {
  auto ds = plan({"unit: 亿元", "basis: comparable", "target: 翻一番",
                  "series: {2010: 412119, 2011: {growth: 9.5%}, 2012: {growth: 7.9%}, 2013: {growth: 7.8%},",
                  "         2014: {growth: 7.3%}, 2015: {growth: 6.9%}, 2016: {growth: 6.7%}, 2017: {growth: 6.9%}}"},
                 2010, 2020);
  PlanRow r = only_row(*ds);
  CHECK(r.kind == PlanKind::Level);
  CHECK(r.years_gone == 7);
  CHECK(r.years_total == 10);
  // T = 2 × 412119 = 824238
  CHECK(*r.target_level == Decimal(824238));
  // Π(1+gᵢ) = 1.095·1.079·1.078·1.073·1.069·1.067·1.069 = 1.66637935529931…;
  // Lₙ = 412119 × that = 686746.5935…
  CHECK(near(r.achieved, "686746.5935"));
  // required (824238 / 686746.5935)^(1/3) − 1 = (2 / 1.6663794)^(1/3) − 1 = 1.2002068^(1/3) − 1 = 6.2720%
  CHECK(near(r.required, "6.2720"));
  // path 412119 × 2^(7/10) = 412119 × 1.6245048 = 669489.2907; gap 686746.5935 / 669489.2907 − 1 = 2.5777%
  CHECK(near(r.path, "669489.2907"));
  CHECK(near(r.gap, "2.5777"));
  CHECK(r.gap_unit == GapUnit::PctOfPath);
  CHECK(r.status == PlanStatus::Ahead);
}

TEST_CASE("plan: 年均增长5% (average growth)") {
  auto ds = plan({"unit: 亿元", "target: 年均增长5%", "series: {2020: 100, 2021: 104, 2022: 108.16}"});
  PlanRow r = only_row(*ds);
  CHECK(r.kind == PlanKind::AverageGrowth);
  CHECK(r.years_gone == 2);
  // a = (108.16/100)^(1/2) − 1 = 1.04 − 1 = 4% (1.04² = 1.0816)
  CHECK(near(r.achieved, "4.0000"));
  CHECK(*r.path == Decimal(5));
  CHECK(near(r.gap, "-1.0000"));
  // required ((1.05)^5 / 1.0816)^(1/3) − 1 = (1.2762815625 / 1.0816)^(1/3) − 1 = 1.1799940^(1/3) − 1 = 5.6720%
  CHECK(near(r.required, "5.6720"));
  CHECK(r.status == PlanStatus::Behind);
}

TEST_CASE("plan: a cumulative fall given as yearly reduction rates, and a year missing") {
  auto ds = plan({"unit: '%'", "values: reduction", "attribute: binding", "target: 〔13.5〕",
                  "series: {2020: 0.1, 2021: 2.7, 2022: 0.1, 2024: 3.8}"});
  PlanRow r = only_row(*ds);
  CHECK(r.kind == PlanKind::Cumulative);
  // 2023 is missing: the chain stops at 2022 (the 2020 rate is the base year's, ignored)
  CHECK(r.year == 2022);
  CHECK(r.years_gone == 2);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].kind == WarningKind::PlanChainGap);
  CHECK(r.warnings[0].year == 2023);
  // 1 − (1 − 2.7%)(1 − 0.1%) = 1 − 0.973 × 0.999 = 1 − 0.972027 = 2.7973%
  CHECK(*r.achieved == dec("2.7973"));
  // path 1 − 0.865^(2/5) = 1 − e^(0.4 × −0.1450258) = 1 − 0.9436396 = 5.6360%
  CHECK(near(r.path, "5.6360"));
  // required 1 − (0.865 / 0.972027)^(1/3) = 1 − 0.8898925^(1/3) = 1 − 0.9618618 = 3.8138%
  CHECK(near(r.required, "3.8138"));
  CHECK(r.status == PlanStatus::Behind);
}

TEST_CASE("plan: 〔x〕 on yearly growths, achieved early with a negative required rate") {
  auto ds = plan({"unit: '%'", "values: growth", "target: 〔20〕", "series: {2020: 3, 2021: 10, 2022: 10}"});
  PlanRow r = only_row(*ds);
  // Π(1+gᵢ) − 1 = 1.1 × 1.1 − 1 = 21% ≥ 20%
  CHECK(*r.achieved == Decimal(21));
  // path (1.2)^(2/5) − 1 = e^(0.4 × 0.1823216) − 1 = 7.5654%
  CHECK(near(r.path, "7.5654"));
  // required (1.2 / 1.21)^(1/3) − 1 = 0.9917355^(1/3) − 1 = −0.2762%: shown, not an error
  CHECK(near(r.required, "-0.2762"));
  CHECK(r.status == PlanStatus::Achieved);
}

TEST_CASE("plan: a level of a % indicator: a straight path, required in pp") {
  auto ds = plan({"unit: '%'", "target: 87.5", "series: {2020: 87.0, 2024: 87.2}"});
  PlanRow r = only_row(*ds);
  CHECK(r.kind == PlanKind::Level);
  // path 87.0 + (87.5 − 87.0) × 4/5 = 87.4; gap 87.2 − 87.4 = −0.2 pp
  CHECK(*r.path == dec("87.4"));
  CHECK(*r.gap == dec("-0.2"));
  // required (87.5 − 87.2) / (5 − 4) = 0.3 pp
  CHECK(*r.required == dec("0.3"));
  CHECK(r.required_unit == RequiredUnit::Pp);
  CHECK(r.status == PlanStatus::Behind);
}

TEST_CASE("plan: the pace band decides on track or behind") {
  auto ds = plan({"unit: '%'", "target: 85", "series: {2020: 80, 2022: 81.95}"});
  // path 80 + 5 × 2/5 = 82; gap 81.95 − 82 = −0.05 pp, within 0.1
  CHECK(only_row(*ds).status == PlanStatus::OnTrack);
  PlanOptions narrow;
  narrow.pace_band = dec("0.01");
  CHECK(only_row(*ds, narrow).status == PlanStatus::Behind);
}

TEST_CASE("plan: 〔1〕 on a level: T = base + 1, already reached") {
  auto ds = plan({"unit: 岁", "target: 〔1〕", "series: {2020: 77.93, 2024: 79.0}"});
  PlanRow r = only_row(*ds);
  // T = 77.93 + 1 = 78.93; required 78.93 / 79.0 − 1 = −0.0886%
  CHECK(*r.target_level == dec("78.93"));
  CHECK(near(r.required, "-0.0886"));
  // path 77.93 × (78.93 / 77.93)^(4/5) = 77.93 × 1.0102614 = 78.7290
  CHECK(near(r.path, "78.7290"));
  CHECK(r.status == PlanStatus::Achieved);
}

TEST_CASE("plan: a ceiling is held every year; at the end year it is met or missed") {
  auto ds = plan({"unit: '%'", "direction: down", "target: '<5.5'", "series: {2021: 5.1, 2024: 5.1}"});
  PlanRow r = only_row(*ds);
  CHECK(r.kind == PlanKind::Bound);
  CHECK(*r.path == dec("5.5"));
  // gap (5.1 − 5.5) turned for a ceiling: +0.4 pp
  CHECK(*r.gap == dec("0.4"));
  CHECK_FALSE(r.required);
  CHECK(r.status == PlanStatus::OnTrack);
  auto over = plan({"unit: '%'", "direction: down", "target: '<5.5'", "series: {2021: 5.1, 2025: 5.5}"});
  CHECK(only_row(*over).status == PlanStatus::Missed);  // strict: 5.5 is not below 5.5
  // a level the base year already meets is a bound too
  auto held = plan({"unit: '%'", "target: 95", "series: {2020: 96, 2023: 94}"});
  CHECK(only_row(*held).kind == PlanKind::Bound);
  CHECK(only_row(*held).status == PlanStatus::Behind);
}

TEST_CASE("plan: n = 0 is pending; n = N is met or missed") {
  auto none = plan({"unit: 吨标准煤/万元", "direction: down", "target: 累计下降13.5%", "series: {2020: 100}"});
  PlanRow p = only_row(*none);
  CHECK(p.years_gone == 0);
  CHECK(p.status == PlanStatus::Pending);
  CHECK_FALSE(p.achieved);
  // 1 − 86/100 = 14% ≥ 13.5%: met; 1 − 87/100 = 13% < 13.5%: missed
  auto met = plan({"unit: 吨标准煤/万元", "direction: down", "target: 累计下降13.5%", "series: {2020: 100, 2025: 86}"});
  CHECK(only_row(*met).status == PlanStatus::Met);
  CHECK_FALSE(only_row(*met).required);
  auto missed =
      plan({"unit: 吨标准煤/万元", "direction: down", "target: 累计下降13.5%", "series: {2020: 100, 2025: 87}"});
  CHECK(only_row(*missed).status == PlanStatus::Missed);
  // --year before the end judges the pace as of that year
  PlanOptions as_of;
  as_of.year = 2020;
  CHECK(only_row(*met, as_of).status == PlanStatus::Pending);
}

TEST_CASE("plan: a level without a base-year figure is pending unless already reached") {
  auto ds = plan({"unit: 年", "target: 11.3", "series: {2024: 11.21}"});
  PlanRow r = only_row(*ds);
  // required 11.3 / 11.21 − 1 = 0.8029%
  CHECK(near(r.required, "0.8029"));
  CHECK(r.status == PlanStatus::Pending);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].kind == WarningKind::PlanNoBase);
  auto reached = plan({"unit: 人", "target: 3.2", "series: {2023: 3.40}"});
  CHECK(only_row(*reached).status == PlanStatus::Achieved);
}

TEST_CASE("plan: relative targets compare average growths over the same years") {
  auto ds = load(lines({
      "plan: {name: 十四五, base: 2020, end: 2025}",
      "indicators:",
      "  - id: gdp",
      "    name: 国内生产总值",
      "    unit: 亿元",
      "    basis: comparable",
      "    series: {2020: 100, 2021: {growth: 8%}, 2022: {growth: 2%}}",
      "  - id: income",
      "    name: 居民人均可支配收入",
      "    unit: 元",
      "    basis: comparable",
      "    target: 与GDP增长基本同步",
      "    series: {2020: 100, 2021: {growth: 7%}, 2022: {growth: 2.5%}}",
  }));
  auto rows = judge_plan(*ds, {});
  REQUIRE(rows.size() == 1);
  const PlanRow& r = rows[0];
  CHECK(r.kind == PlanKind::Relative);
  CHECK(r.reference == &ds->indicators[0]);
  // own √(1.07 × 1.025) − 1 = √1.09675 − 1 = 1.0472583 − 1 = 4.7258%;
  // gdp √(1.08 × 1.02) − 1 = √1.1016 − 1 = 1.0495713 − 1 = 4.9571%
  CHECK(near(r.achieved, "4.7258"));
  CHECK(near(r.path, "4.9571"));
  // 4.725833 − 4.957134 = −0.2313 pp: within 基本同步's 0.5 pp
  CHECK(near(r.gap, "-0.2313"));
  CHECK(r.status == PlanStatus::OnTrack);
}

TEST_CASE("plan: no numeric target, and the summary counts binding ones apart") {
  auto ds = load(lines({
      "plan: {name: 十四五, base: 2020, end: 2025}",
      "indicators:",
      "  - {id: gdp, name: 国内生产总值, unit: 亿元, target: 保持在合理区间, attribute: expected, series: {2020: 100}}",
      "  - {id: a, name: 甲, unit: '%', attribute: binding, target: 90, series: {2020: 80, 2024: 95}}",
      "  - {id: b, name: 乙, unit: '%', attribute: 约束性, target: 90, series: {2020: 80, 2024: 81}}",
  }));
  auto rows = judge_plan(*ds, {});
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].status == PlanStatus::NoTarget);
  CHECK(rows[1].status == PlanStatus::Achieved);
  CHECK(rows[2].status == PlanStatus::Behind);
  PlanSummary s;
  for (const auto& r : rows) s.add(r);
  CHECK(s.binding.total == 2);
  CHECK(s.binding[PlanStatus::Achieved] == 1);
  CHECK(s.binding[PlanStatus::Behind] == 1);
  CHECK(s.expected[PlanStatus::NoTarget] == 1);
  CHECK(s.all.total == 3);
}

TEST_CASE("plan: check fails on a plan target missed in the end year, warns while behind") {
  auto missed =
      plan({"unit: 吨标准煤/万元", "direction: down", "target: 累计下降13.5%", "series: {2020: 100, 2025: 87}"});
  FileReport fr = judge_file(*missed, JudgeOptions{});
  CHECK(fr.verdict == Verdict::Fail);
  auto behind = plan({"unit: 吨标准煤/万元", "direction: down", "target: 累计下降13.5%",
                      "series: {2020: 100, 2023: 92.7, 2024: 89.1774}"});
  FileReport b = judge_file(*behind, JudgeOptions{});
  CHECK(b.verdict == Verdict::Pass);
  REQUIRE(b.warnings.size() == 1);
  CHECK(b.warnings[0].kind == WarningKind::PlanBehind);
  JudgeOptions strict;
  strict.strict = true;
  CHECK(judge_file(*behind, strict).verdict == Verdict::Fail);
}

TEST_CASE("plan: --judge rounded compares the end-year figure rounded as the target is written") {
  // 空气质量优良天数比例 87.5 by 2025 (one decimal): 87.46 in 2025 is exactly below 87.5, missed;
  // rounded to one decimal it is 87.5, met. 87.44 rounds to 87.4: missed either way.
  auto ds = plan({"unit: \"%\"", "target: 87.5", "series: {2020: 87.0, 2025: 87.46}"});
  CHECK(only_row(*ds).status == PlanStatus::Missed);
  PlanOptions rounded;
  rounded.judging.rounded = true;
  CHECK(only_row(*ds, rounded).status == PlanStatus::Met);
  auto short_of = plan({"unit: \"%\"", "target: 87.5", "series: {2020: 87.0, 2025: 87.44}"});
  CHECK(only_row(*short_of, rounded).status == PlanStatus::Missed);
}
