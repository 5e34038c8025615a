// Compute's findings worded for people (src/render/messages.h): warnings with
// the user's --precision and --rounding, year labels, year problems.
#include <doctest/doctest.h>

#include "test_support.h"

#include <memory>
#include <string>

#include "compute/judge.h"
#include "compute/warning.h"
#include "parse/catalog.h"
#include "parse/dataset_reader.h"
#include "render/messages.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
// Levels 100 → 104.125: computed growth (104.125 / 100 − 1) × 100 = 4.125
// exactly, reported 4.5: they differ by 0.375 pp > 0.1 pp, a mismatch on a
// current-basis indicator. The reported growth is at 8:38
// ("    actual: {value: 104.125, growth: " is 37 characters).
const std::string kMismatch = lines({
    "year: 2020",
    "indicators:",
    "  - id: x",
    "    name: 指标",
    "    unit: 亿元",
    "    baseline: 100",
    "    target: 增长4%",
    "    actual: {value: 104.125, growth: 4.5%}",
});

RenderOptions with(int precision, Rounding rounding) {
  RenderOptions o;
  o.precision = precision;
  o.rounding = rounding;
  return o;
}
}  // namespace

TEST_CASE("messages: a growth mismatch is worded with --precision and --rounding") {
  auto ds = load(kMismatch);
  Warnings ws = consistency_warnings(*ds);
  REQUIRE(ws.size() == 1);
  REQUIRE(ws[0].kind == WarningKind::GrowthMismatch);
  CHECK(ws[0].computed == dec("4.125"));

  // 4.125 to 2 places: the dropped digit is a 5 with nothing after it;
  // half-even keeps the even 2 (4.12), half-up rounds up (4.13)
  Diagnostic even = warning_diagnostic(*ds, ws[0], with(2, Rounding::HalfEven));
  CHECK(format_diagnostic(even) ==
        "t.yaml:8:38: warning: x 2020: reported growth 4.50% differs from 4.12% computed from the levels (by more "
        "than 0.1 pp; basis is current)");
  Diagnostic up = warning_diagnostic(*ds, ws[0], with(2, Rounding::HalfUp));
  CHECK(up.message ==
        "x 2020: reported growth 4.50% differs from 4.13% computed from the levels (by more than 0.1 pp; basis is "
        "current)");
  // three places show it exactly
  CHECK(warning_diagnostic(*ds, ws[0], with(3, Rounding::HalfEven)).message.find("from 4.125% computed") !=
        std::string::npos);
  // without --precision: the decimals of the percentages as written (4.5%, 增长4%), at
  // least one: 4.125 → 4.1
  Diagnostic plain = warning_diagnostic(*ds, ws[0], RenderOptions{});
  CHECK(plain.message.find("reported growth 4.5% differs from 4.1% computed") != std::string::npos);
  CHECK(plain.severity == Severity::Warning);
  CHECK(plain.file == "t.yaml");
}

TEST_CASE("messages: judged on nominal growth, located at the target") {
  // comparable basis, a growth target, no reported growth: judged on the
  // growth from levels, 200 → 210.5 is (210.5 / 200 − 1) × 100 = 5.25
  auto ds = load(lines({
      "year: 2021",
      "indicators:",
      "  - id: gdp",
      "    name: 地区生产总值",
      "    unit: 亿元",
      "    basis: comparable",
      "    baseline: 200",
      "    target: 增长5%",
      "    actual: 210.5",
  }));
  Warnings ws = consistency_warnings(*ds);
  REQUIRE(ws.size() == 1);
  CHECK(ws[0].kind == WarningKind::NominalGrowth);
  // "    target: " is 12 characters
  CHECK(format_diagnostic(warning_diagnostic(*ds, ws[0], RenderOptions{})) ==
        "t.yaml:8:13: warning: gdp 2021: judged on nominal growth 5.3% because no reported (comparable-price) growth "
        "was given");
  // 5.25 to one place: half-up 5.3, half-even 5.2
  CHECK(warning_diagnostic(*ds, ws[0], with(1, Rounding::HalfEven)).message.find("nominal growth 5.2%") !=
        std::string::npos);
}

TEST_CASE("messages: warnings of a file without a year name the period") {
  auto ds = load(lines({
      "indicators:",
      "  - id: x",
      "    name: 指标",
      "    unit: 亿元",
      "    baseline: 100",
      "    actual: {value: 110, growth: 12%}",
  }));
  Warnings ws = consistency_warnings(*ds);
  REQUIRE(ws.size() == 1);
  // 100 → 110 is 10%, reported 12%: 2 pp apart; growths are shown with at
  // least one decimal (README, "Default display precision")
  CHECK(warning_diagnostic(*ds, ws[0], RenderOptions{}).message ==
        "x current: reported growth 12.0% differs from 10.0% computed from the levels (by more than 0.1 pp; basis is "
        "current)");
  Diagnostics all = warning_diagnostics(*ds, ws, with(0, Rounding::HalfUp));
  REQUIRE(all.size() == 1);
  CHECK(all[0].message.rfind("x current: reported growth 12% differs from 10% computed", 0) == 0);
}

TEST_CASE("messages: year_label") {
  auto with_year = load(lines({"year: 2020", "indicators:", "  - {id: x, name: 甲, unit: 元, baseline: 1}"}));
  CHECK(year_label(*with_year, 2020, Lang::Zh) == "2020");
  CHECK(year_label(*with_year, 2019, Lang::En) == "2019");
  // a simple-form file without year: the periods are called 基期 and 本期
  auto no_year = load(lines({"indicators:", "  - {id: x, name: 甲, unit: 元, baseline: 1, actual: 2}"}));
  REQUIRE_FALSE(no_year->has_year_labels);
  const int baseline_year = no_year->indicators[0].periods.front().year;
  const int current_year = no_year->indicators[0].periods.back().year;
  CHECK(year_label(*no_year, baseline_year, Lang::Zh) == "基期");
  CHECK(year_label(*no_year, baseline_year, Lang::En) == "baseline");
  CHECK(year_label(*no_year, current_year, Lang::Zh) == "本期");
  CHECK(year_label(*no_year, current_year, Lang::En) == "current");
}

TEST_CASE("messages: year_problem_message, one per kind") {
  CHECK(year_problem_message({YearProblem::NoYearLabels, 0}) ==
        "a year can be chosen only in a file with 'year:' or a series");
  CHECK(year_problem_message({YearProblem::NoFiguresIn, 2019}) == "no figures for 2019 in the file");
  CHECK(year_problem_message({YearProblem::NoFigures, 0}) == "no figures in the file");
}

TEST_CASE("messages: file_report_diagnostics puts the year problem first, then the warnings") {
  auto ds = load(kMismatch);
  JudgeOptions o;
  o.year = 2018;  // the file has 2019 and 2020
  FileReport fr = judge_file(*ds, o);
  REQUIRE(fr.year_problem.has_value());
  Diagnostics d = file_report_diagnostics(fr, with(2, Rounding::HalfUp));
  REQUIRE(d.size() == 2);
  CHECK(format_diagnostic(d[0]) == "t.yaml: error: no figures for 2018 in the file");
  CHECK(d[1].severity == Severity::Warning);
  CHECK(d[1].at.line == 8);
  CHECK(d[1].message.find("4.13%") != std::string::npos);
}
