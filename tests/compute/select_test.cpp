// --only, --id and --sort: which rows a table shows, in which order.
#include <doctest/doctest.h>

#include "test_support.h"

#include "compute/judge.h"
#include "compute/select.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

// 2022, one row of each status:
//   gdp: 100 → 103, +3% against 增长5%: missed, variance 3 − 5 = −2 pp
//   jobs: 1200 against 1000以上: met, variance +200 = +20% of the target level
//   income: +4.6% against 5%左右: met within the 0.5 pp tolerance, −0.4 pp
//   rate: 5.6% against 5.5%以内 (down): missed by 0.1 pp, standing −0.1
//   grain: a target and no actual: pending; forest: no target.
const char* kFile = R"(indicators:
  - {id: gdp, name: 地区生产总值, unit: 亿元, series: {2021: 100, 2022: {actual: 103, target: 增长5%}}}
  - {id: jobs, name: 城镇新增就业, unit: 人, series: {2022: {actual: 1200, target: 1000以上}}}
  - {id: income, name: 居民收入, unit: 元, series: {2022: {growth: 4.6%, target: 增长5%左右}}}
  - {id: rate, name: 失业率, unit: "%", direction: down, series: {2022: {actual: 5.6, target: 5.5%以内}}}
  - {id: grain, name: 粮食产量, unit: 万吨, series: {2022: {target: 1000以上}}}
  - {id: forest, name: 森林覆盖率, unit: "%", series: {2022: {actual: 20}}}
)";

std::vector<std::string> ids(const Report& r) {
  std::vector<std::string> out;
  for (const Row& row : r.rows) out.push_back(row.indicator->id);
  return out;
}

}  // namespace

TEST_CASE("select: --only keeps the rows of the statuses named; the summary counts those shown") {
  auto ds = load(kFile);
  REQUIRE(ds);
  Report all;
  all.add(judge_file(*ds, JudgeOptions{}));
  REQUIRE(ids(all) == std::vector<std::string>{"gdp", "jobs", "income", "rate", "grain", "forest"});

  Report missed = all;
  select_report(missed, Selection{{"missed"}, {}, SortKey::File});
  CHECK(ids(missed) == std::vector<std::string>{"gdp", "rate"});
  CHECK(missed.summary.total == 2);
  CHECK(missed.summary.missed == 2);
  CHECK(missed.summary.met == 0);

  Report within = all;
  select_report(within, Selection{{"within_tolerance"}, {}, SortKey::File});
  CHECK(ids(within) == std::vector<std::string>{"income"});

  Report met = all;  // met within the tolerance is met too
  select_report(met, Selection{{"met", "pending"}, {}, SortKey::File});
  CHECK(ids(met) == std::vector<std::string>{"jobs", "income", "grain"});
}

TEST_CASE("select: --id takes ids and names; --sort orders, equals keep file order") {
  auto ds = load(kFile);
  REQUIRE(ds);
  Report all;
  all.add(judge_file(*ds, JudgeOptions{}));

  Report some = all;
  select_report(some, Selection{{}, {"地区生产总值", "rate"}, SortKey::File});
  CHECK(ids(some) == std::vector<std::string>{"gdp", "rate"});

  Report by_status = all;  // missed, within tolerance, met, pending, no target
  select_report(by_status, Selection{{}, {}, SortKey::Status});
  CHECK(ids(by_status) == std::vector<std::string>{"gdp", "rate", "income", "jobs", "grain", "forest"});

  // The furthest behind first: gdp −2 pp, income −0.4 pp, rate −0.1 (5.6 − 5.5 =
  // +0.1 on a falling indicator), jobs +20%; grain and forest have none: last.
  Report by_variance = all;
  select_report(by_variance, Selection{{}, {}, SortKey::Variance});
  CHECK(ids(by_variance) == std::vector<std::string>{"gdp", "income", "rate", "jobs", "grain", "forest"});

  Report by_name = all;  // code-point order: 地 U+5730, 城 U+57CE, 失 U+5931, 居 U+5C45, 森 U+68EE, 粮 U+7CAE
  select_report(by_name, Selection{{}, {}, SortKey::Name});
  CHECK(ids(by_name) == std::vector<std::string>{"gdp", "jobs", "rate", "income", "forest", "grain"});
  CHECK(by_name.summary.total == 6);
}

TEST_CASE("select: check --id narrows what counts, --only only what is shown") {
  auto ds = load(kFile);
  REQUIRE(ds);
  const JudgeOptions o;
  FileReport all = judge_file(*ds, o);
  REQUIRE(all.verdict == Verdict::Fail);  // gdp and rate missed

  // jobs (met) and grain (pending, allowed): nothing fails.
  FileReport passing = all;
  narrow_file(passing, {"jobs", "粮食产量"}, o);
  CHECK(passing.rows.size() == 2);
  CHECK(passing.summary.met == 1);
  CHECK(passing.summary.pending == 1);
  CHECK(passing.verdict == Verdict::Pass);

  // grain pending fails under --no-allow-pending, named or not.
  JudgeOptions no_pending;
  no_pending.allow_pending = false;
  FileReport pending = judge_file(*ds, no_pending);
  narrow_file(pending, {"grain"}, no_pending);
  CHECK(pending.verdict == Verdict::Fail);

  // --only met shows jobs and income; the verdict stays Fail.
  FileReport shown = all;
  select_file(shown, Selection{{"met"}, {}, SortKey::File});
  CHECK(shown.rows.size() == 2);
  CHECK(shown.summary.total == 2);
  CHECK(shown.summary.missed == 0);
  CHECK(shown.verdict == Verdict::Fail);
}

TEST_CASE("select: check --id keeps only the named indicators' warnings (--strict)") {
  // retail: 100 → 108 is 8%, reported 9% (current basis): a warning; gdp none.
  auto ds = load(R"(indicators:
  - {id: retail_sales, name: 零售, unit: 亿元, series: {2019: 100, 2020: {actual: 108, growth: 9%, target: 增长5%}}}
  - {id: gdp, name: 生产总值, unit: 亿元, series: {2019: 200, 2020: {actual: 212, growth: 6%, target: 增长5%}}}
)");
  REQUIRE(ds);
  JudgeOptions strict;
  strict.strict = true;
  FileReport all = judge_file(*ds, strict);
  REQUIRE(all.warnings.size() == 1);
  CHECK(all.verdict == Verdict::Fail);
  FileReport gdp = all;
  narrow_file(gdp, {"gdp"}, strict);
  CHECK(gdp.warnings.empty());
  CHECK(gdp.verdict == Verdict::Pass);
  FileReport retail = all;
  narrow_file(retail, {"retail_sales"}, strict);
  CHECK(retail.warnings.size() == 1);
  CHECK(retail.verdict == Verdict::Fail);
}
