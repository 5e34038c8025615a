// `zhibiao progress` as people and machines read it (SPEC §8).
#include <doctest/doctest.h>

#include "test_support.h"

#include "compute/progress.h"
#include "parse/catalog.h"
#include "parse/dataset_reader.h"
#include "render/progress.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
Dataset read(const std::string& text) {
  Diagnostics problems;
  auto ds = read_dataset(text, "plan.yaml", Catalog{}, problems);
  REQUIRE_MESSAGE(ds.has_value(), (problems.empty() ? std::string() : problems[0].message));
  return std::move(*ds);
}
const std::string kPlan = lines({
    "title: 重点项目",
    "indicators:",
    "  - id: projects",
    "    name: 重点项目投资",
    "    name_en: key projects",
    "    unit: 亿元",
    "    series: {2024-10: 629.0, 2024: {target: 年计划647.4亿元}}",
});
std::string render(const std::string& text, Format f, Lang lang = Lang::Zh) {
  Dataset ds = read(text);
  RenderOptions o;
  o.format = f;
  o.lang = lang;
  return render_progress({progress(ds, {})}, o);
}
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("part-year labels") {
  CHECK(part_year_label({2024, 9}, Lang::Zh) == "2024年1-9月");
  CHECK(part_year_label({2024, 1}, Lang::Zh) == "2024年1月");
  CHECK(part_year_label({2024, 9}, Lang::En) == "2024-09");
  CHECK(part_year_label({2024, 12}, Lang::Zh) == "2024年");
}

TEST_CASE("the table: 97.2% of plan, time share 83.3%, ahead by 13.8 pp") {
  std::string t = render(kPlan, Format::Table);
  CHECK(contains(t, "重点项目 · 截至2024年1-10月\n"));
  // 629.0 ÷ 647.4 = 97.157…% → 97.2%; 10 ÷ 12 = 83.33…% → 83.3%; gap 13.82… → +13.8
  for (const char* cell : {"2024年1-10月", "年计划647.4亿元", "629.0", "83.3%", "97.2%", "+13.8", "超序时"})
    CHECK_MESSAGE(contains(t, cell), cell);
  CHECK(contains(t, "超序时 1 · 符合序时 0 · 慢于序时 0 · 按年度统计 0 · 待定 0\n"));
}

TEST_CASE("English words") {
  std::string t = render(kPlan, Format::Table, Lang::En);
  CHECK(contains(t, "key projects"));
  CHECK(contains(t, "as of 2024-10"));
  CHECK(contains(t, "ahead 1 · on track 0 · behind 0 · annual only 0 · pending 0\n"));
  RenderOptions o;
  o.lang = Lang::En;
  CHECK(pace_word(Pace::OnTrack, o) == "on track");
  CHECK(pace_word(Pace::AnnualOnly, o) == "annual only");
  o.lang = Lang::Zh;
  CHECK(pace_word(Pace::Behind, o) == "慢于序时");
  CHECK(pace_word(Pace::AnnualOnly, o) == "按年度统计");
  CHECK(pace_word(Pace::Pending, o) == "待定");
}

TEST_CASE("JSON: the fields of SPEC §8, numbers to 4 decimals") {
  std::string j = render(kPlan, Format::Json);
  CHECK(contains(j, "\"period\": \"2024-10\""));
  CHECK(contains(j, "\"time_share_pct\": 83.3333"));  // 250/3
  CHECK(contains(j, "\"plan_share_pct\": 97.1579"));  // 314500/3237 = 97.15786…
  CHECK(contains(j, "\"pace_gap_pp\": 13.8245"));     // 97.15786… − 83.33333… = 13.82453…
  CHECK(contains(j, "\"growth_pct\": null"));
  CHECK(contains(j, "\"required_rest_pct\": null"));
  CHECK(contains(j, "\"status\": \"ahead\""));
  CHECK(contains(j,
                 "\"summary\": {\"total\": 1, \"ahead\": 1, \"on_track\": 0, \"behind\": 0, \"annual_only\": 0, "
                 "\"pending\": 0}"));
}

TEST_CASE("CSV carries raw numbers, units in the headers as in report") {
  std::string c = render(kPlan, Format::Csv);
  CHECK(c.rfind("文件,编号,指标,单位,时期,目标,累计值,序时进度(%),完成计划(%),进度差(百分点),增速(%),增速(百分点),"
                "目标增速(%),目标增速(百分点),其余时间需增长(%),状态\r\n",
                0) == 0);
  // 629.0 → 629 (JSON), 10/12 = 83.3333…, 629/647.4 = 97.15786… → 97.1579, gap 13.8245
  CHECK(contains(c,
                 "plan.yaml,projects,重点项目投资,亿元,2024-10,年计划647.4亿元,629,83.3333,97.1579,13.8245,,,,,,"
                 "超序时\r\n"));
  CHECK(contains(
      render(kPlan, Format::Tsv, Lang::En),
      "plan.yaml\tprojects\tkey projects\t亿元\t2024-10\t年计划647.4亿元\t629\t83.3333\t97.1579\t13.8245\t\t\t\t\t"
      "\tahead\n"));
}

TEST_CASE("markdown and the growth the rest of the year needs") {
  std::string t = render(lines({
                             "indicators:",
                             "  - id: gdp",
                             "    name: 国内生产总值",
                             "    unit: 亿元",
                             "    basis: comparable",
                             "    series: {2023Q3: 913027, 2023: 1260582, 2024Q3: {actual: 949746, growth: 4.8%},",
                             "             2024: {target: 5%左右}}",
                         }),
                         Format::Markdown);
  // (5 × 1260582 − 4.8 × 913027) ÷ (1260582 − 913027) = 1920380.4 ÷ 347555 = 5.5254… → 5.53%
  for (const char* cell : {"| 国内生产总值", "2024年1-9月", "75.0%", "4.8%", "5.0%", "-0.2", "5.53%", "慢于序时"})
    CHECK_MESSAGE(contains(t, cell), cell);
}
