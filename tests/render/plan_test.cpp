// `zhibiao plan` rendered: status words, the summary line, every format.
#include <doctest/doctest.h>

#include "test_support.h"

#include <memory>
#include <string>

#include "compute/plan.h"
#include "parse/catalog.h"
#include "parse/dataset_reader.h"
#include "render/plan.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The SPEC §7 energy case: 92.7 in 2023, 3.8% less in 2024 (89.1774).
std::unique_ptr<Dataset> energy() {
  Diagnostics problems;
  auto ds = read_dataset(lines({
                             "title: 能耗",
                             "plan: {name: 十四五, base: 2020, end: 2025}",
                             "indicators:",
                             "  - id: energy_intensity",
                             "    name: 单位国内生产总值能耗",
                             "    unit: 吨标准煤/万元",
                             "    direction: down",
                             "    attribute: binding",
                             "    target: 累计下降13.5%",
                             "    series: {2020: 100, 2023: 92.7, 2024: 89.1774}",
                         }),
                         "e.yaml", Catalog{}, problems);
  REQUIRE(ds.has_value());
  return std::make_unique<Dataset>(std::move(*ds));
}

std::string render(const Dataset& ds, Format f, Lang lang = Lang::Zh) {
  PlanReport report;
  report.add(ds, judge_plan(ds, {}));
  RenderOptions o;
  o.format = f;
  o.lang = lang;
  return render_plan(report, o);
}

}  // namespace

TEST_CASE("render plan: status words in both languages") {
  RenderOptions zh, en;
  en.lang = Lang::En;
  CHECK(plan_status_word(PlanStatus::Achieved, zh) == "提前实现");
  CHECK(plan_status_word(PlanStatus::Ahead, zh) == "快于预期");
  CHECK(plan_status_word(PlanStatus::OnTrack, zh) == "基本符合预期");
  CHECK(plan_status_word(PlanStatus::Behind, zh) == "滞后");
  CHECK(plan_status_word(PlanStatus::Pending, zh) == "待定");
  CHECK(plan_status_word(PlanStatus::Met, zh) == "达标");
  CHECK(plan_status_word(PlanStatus::Missed, zh) == "未达标");
  CHECK(plan_status_word(PlanStatus::Behind, en) == "behind");
  CHECK(plan_status_word(PlanStatus::OnTrack, en) == "on track");
}

TEST_CASE("render plan: the summary line puts binding indicators first") {
  PlanSummary s;
  s.binding.total = 3;
  s.binding.by_status[static_cast<int>(PlanStatus::Achieved)] = 1;
  s.binding.by_status[static_cast<int>(PlanStatus::Behind)] = 2;
  s.expected.total = 1;
  s.expected.by_status[static_cast<int>(PlanStatus::Ahead)] = 1;
  RenderOptions o;
  CHECK(plan_summary_line(s, o) == "约束性 3：提前实现 1 · 滞后 2；预期性 1：快于预期 1\n");
  o.lang = Lang::En;
  CHECK(plan_summary_line(s, o) == "binding 3: achieved early 1 · behind 2; expected 1: ahead 1\n");
}

TEST_CASE("render plan: the table shows the worked case as the SPEC does") {
  std::string t = render(*energy(), Format::Table);
  CHECK(contains(t, "能耗 · 十四五 2020–2025 · 截至2024年\n"));
  // achieved 10.8226 → 10.82%, path 10.9543 → 10.95%, gap −0.1317 → −0.13pp, required 3.0023 → 3.00%
  CHECK(contains(
      t,
      "单位国内生产总值能耗  滞后  约束性  吨标准煤/万元  100.0000  累计下降13.5%  2024   4/5  10.82%    10.95%  "
      "-0.13pp     3.00%\n"));
  CHECK(contains(t, "约束性 1：滞后 1\n"));
  CHECK(contains(render(*energy(), Format::Table, Lang::En), "behind"));
}

TEST_CASE("render plan: markdown, CSV and TSV; CSV carries raw numbers") {
  CHECK(contains(render(*energy(), Format::Markdown), "| 单位国内生产总值能耗 | 约束性 |"));
  std::string csv = render(*energy(), Format::Csv);
  CHECK(contains(csv,
                 "指标,属性,单位,目标,基期,基期值,年份,已过年数,总年数,已实现,序时进度,进度单位,差距,差距单位,"
                 "尚需每年,尚需单位,状态\r\n"));
  // 10.8226 exact; the roots at 4 decimals (JSON's rule)
  CHECK(contains(csv,
                 "单位国内生产总值能耗,约束性,吨标准煤/万元,累计下降13.5%,2020,100,2024,4,5,10.8226,10.9543,%,"
                 "-0.1317,pp,3.0023,%,滞后\r\n"));
  CHECK(contains(render(*energy(), Format::Tsv), "10.8226\t10.9543\t%\t-0.1317\tpp\t3.0023\t%\t滞后\n"));
}

TEST_CASE("render plan: JSON has the SPEC §7 fields") {
  std::string j = render(*energy(), Format::Json);
  CHECK(contains(j, "\"id\": \"energy_intensity\""));
  CHECK(contains(j,
                 "\"plan_base\": 2020, \"plan_end\": 2025, \"year\": 2024, \"years_gone\": 4, \"years_total\": 5, "
                 "\"attribute\": \"binding\", \"target\": \"累计下降13.5%\", \"target_kind\": \"cumulative\""));
  CHECK(contains(j,
                 "\"achieved\": 10.8226, \"path\": 10.9543, \"gap\": -0.1317, \"gap_unit\": \"pp\", "
                 "\"required\": 3.0023, \"required_unit\": \"pct\""));
  CHECK(contains(j, "\"status\": \"behind\""));
  CHECK(contains(j, "\"summary\": {\"total\": 1, \"achieved\": 0, \"ahead\": 0, \"on_track\": 0, \"behind\": 1"));
}
