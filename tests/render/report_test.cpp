// The variance report (src/render/report.h) in every format, for a small file
// read and judged: one row of each status, the figures worked out by hand.
#include <doctest/doctest.h>

#include "test_support.h"

#include <memory>
#include <string>

#include "compute/judge.h"
#include "parse/catalog.h"
#include "parse/dataset_reader.h"
#include "render/report.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// a: 80 → 83.68 is (83.68 / 80 − 1) × 100 = 3.68 / 0.8 = 4.6%; 增长5%左右 is met
//    from 5 − 0.5 = 4.5: met within the tolerance (基本达标). Target level
//    80 × 1.05 = 84, variance 83.68 − 84 = −0.32, variance_pp 4.6 − 5 = −0.4,
//    完成率 83.68 / 84 × 100 = 99.619… → 99.6%. Levels with 2 decimals (83.68).
// b: 10 → 10.5 is +5% against 增长8%: missed. Target level 10.8, variance
//    −0.3, variance_pp −3.0, 完成率 10.5 / 10.8 × 100 = 97.22… → 97.2%.
// c: a level target 1450人以上 met by 1520: variance +70, 完成率
//    1520 / 1450 × 100 = 104.827… → 104.8%; no baseline, so no growth.
// d: no actual: pending; target level 10.3 × 1.1 = 11.33, shown 11.3 (levels
//    have 1 decimal as written).
// e: 保持稳定 is no numeric target: 无目标; the rate fell 2.5 → 2.1, −0.4pp.
const std::string kFile = lines({
    "title: 小例",
    "year: 2021",
    "indicators:",
    "  - {id: a, name: 甲, unit: 亿元, baseline: 80, target: 增长5%左右, actual: 83.68}",
    "  - {id: b, name: 乙, unit: 亿元, baseline: 10, target: 增长8%, actual: 10.5}",
    "  - {id: c, name: 丙, unit: 人, target: 1450人以上, actual: 1520}",
    "  - {id: d, name: 丁, unit: 亿元, baseline: 10.3, target: 增长10%}",
    "  - {id: e, name: 戊, name_en: E, unit: \"%\", direction: down, baseline: 2.5, target: 保持稳定, actual: 2.1}",
});

struct Judged {
  std::unique_ptr<Dataset> ds;
  Report report;
};
Judged judged(const std::string& text) {
  Judged j;
  Diagnostics problems;
  auto ds = read_dataset(text, "t.yaml", Catalog{}, problems);
  REQUIRE_MESSAGE(ds.has_value(), (problems.empty() ? std::string() : format_diagnostic(problems[0])));
  j.ds = std::make_unique<Dataset>(std::move(*ds));
  j.report.add(judge_file(*j.ds, JudgeOptions{}));
  return j;
}
RenderOptions as(Format f, Lang lang = Lang::Zh) {
  RenderOptions o;
  o.format = f;
  o.lang = lang;
  return o;
}
}  // namespace

TEST_CASE("report: CSV carries every cell of every status") {
  Judged j = judged(kFile);
  CHECK(render_report(j.report, as(Format::Csv)) ==
        "指标,单位,年份,基期值,目标,目标值,实际值,增速,差额,差额(百分点),完成率,状态\r\n"
        "甲,亿元,2021,80.00,增长5%左右,84.00,83.68,4.6%,-0.32,-0.4,99.6%,基本达标\r\n"
        "乙,亿元,2021,10.0,增长8%,10.8,10.5,5.0%,-0.3,-3.0,97.2%,未达标\r\n"
        "丙,人,2021,,1450人以上,1450,1520,,+70,,104.8%,达标\r\n"
        "丁,亿元,2021,10.3,增长10%,11.3,,,,,,待定\r\n"
        "戊,%,2021,2.5,保持稳定,,2.1,-0.4pp,,,,无目标\r\n");
}

TEST_CASE("report: Markdown rows and the summary line") {
  Judged j = judged(kFile);
  std::string md = render_report(j.report, as(Format::Markdown));
  CHECK(
      md.rfind("| 指标 | 状态 | 单位 | 年份 | 基期值 | 目标 | 目标值 | 实际值 | 增速 | 差额 | 差额(百分点) | 完成率 |\n"
               "| --- | --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
               "| 甲 | 基本达标 | 亿元 | 2021 | 80.00 | 增长5%左右 | 84.00 | 83.68 | 4.6% | -0.32 | -0.4 | 99.6% |\n",
               0) == 0);
  // 2 met, of which 1 within tolerance; 1 missed, 1 pending, 1 with no target
  CHECK(
      md.ends_with("| 戊 | 无目标 | % | 2021 | 2.5 | 保持稳定 |  | 2.1 | -0.4pp |  |  |  |\n\n"
                   "达标 2（其中基本达标 1） · 未达标 1 · 待定 1 · 无目标 1\n"));
}

TEST_CASE("report: the text table has the title, a status per row and the summary") {
  Judged j = judged(kFile);
  std::string table = render_report(j.report, as(Format::Table));
  CHECK(table.rfind("小例 · 2021年\n指标", 0) == 0);
  CHECK(table.ends_with("\n达标 2（其中基本达标 1） · 未达标 1 · 待定 1 · 无目标 1\n"));
  // the status right after the name (the name column is 4 wide: 指标; the status 8: 基本达标)
  CHECK(contains(table, "\n甲    基本达标  亿元"));
  CHECK(contains(table, "\n乙    未达标    "));
  CHECK(contains(table, "\n丙    达标      "));
  CHECK(contains(table, "\n丁    待定      "));
  CHECK(contains(table, "\n戊    无目标    "));
  CHECK(contains(table, "99.6%\n"));  // 完成率 is the last column now

  std::string en = render_report(j.report, as(Format::Table, Lang::En));
  CHECK(en.rfind("小例 · 2021\nIndicator", 0) == 0);
  CHECK(contains(en, "  met (within tolerance)  "));
  CHECK(contains(en, "  missed                  "));
  CHECK(contains(en, "  pending                 "));
  CHECK(contains(en, "  no target               "));
  CHECK(en.ends_with("\nmet 2 (1 within tolerance) · missed 1 · pending 1 · no target 1\n"));
  CHECK(contains(en, "\nE "));  // English names where given, else the id
}

TEST_CASE("report: JSON fields of SPEC §3 for each status") {
  Judged j = judged(kFile);
  std::string json = render_report(j.report, as(Format::Json));
  // a: met within tolerance; 完成率 99.619047… needs more than 8 decimals, so 4, trimmed
  CHECK(contains(json, "\"id\": \"a\""));
  CHECK(contains(json,
                 "\"target_value\": 84, \"target_low\": null, \"target_high\": null, \"growth_pct\": 4.6, "
                 "\"computed_growth_pct\": 4.6, \"reported_growth_pct\": null, \"variance\": -0.32, "
                 "\"variance_pp\": -0.4, \"status\": \"met\", \"completion_pct\": 99.619, "
                 "\"within_tolerance\": true, \"strict\": false"));
  // b: missed, not within tolerance; 97.2222…
  CHECK(contains(json,
                 "\"variance\": -0.3, \"variance_pp\": -3, \"status\": \"missed\", \"completion_pct\": "
                 "97.2222, \"within_tolerance\": false"));
  // c: 104.827586… → 104.8276
  CHECK(contains(json,
                 "\"growth_pct\": null, \"computed_growth_pct\": null, \"reported_growth_pct\": null, "
                 "\"variance\": 70, \"variance_pp\": null, \"status\": \"met\", \"completion_pct\": 104.8276, "
                 "\"within_tolerance\": false"));
  // d: pending: the target level 11.33 exactly, and no judgement
  CHECK(contains(json, "\"target_value\": 11.33"));
  CHECK(contains(json, "\"status\": \"pending\", \"completion_pct\": null, \"within_tolerance\": null"));
  // e: no target
  CHECK(contains(json, "\"target\": \"保持稳定\", \"target_kind\": \"none\""));
  CHECK(contains(json, "\"status\": \"no_target\", \"completion_pct\": null, \"within_tolerance\": null"));
  // every row: exact judging, no estimate, no attribute
  CHECK(contains(json, "\"estimate\": false, \"attribute\": null, \"judged\": \"exact\""));
  CHECK(contains(json,
                 "\"summary\": {\"total\": 5, \"met\": 2, \"missed\": 1, \"pending\": 1, \"no_target\": 1, "
                 "\"within_tolerance\": 1}}"));
}

TEST_CASE("report: estimates, attributes and the rounded rule in JSON and the table") {
  // 预计 makes the actual an estimate (≈ in the table); 4.96 → 5.0 under
  // --judge rounded meets 增长5% (4.96% exact does not)
  Judged j = judged(lines({
      "year: 2021",
      "indicators:",
      "  - id: x",
      "    name: 甲",
      "    unit: 亿元",
      "    attribute: 约束性",
      "    baseline: 100",
      "    target: 增长5%",
      "    actual: 预计104.96",
  }));
  std::string json = render_report(j.report, as(Format::Json));
  CHECK(contains(json, "\"status\": \"missed\""));
  CHECK(contains(json, "\"estimate\": true, \"attribute\": \"binding\", \"judged\": \"exact\""));
  CHECK(contains(render_report(j.report, as(Format::Csv)), ",≈104.96,"));
  CHECK(contains(render_report(j.report, as(Format::Csv)), "属性"));
  CHECK(contains(render_report(j.report, as(Format::Csv)), ",约束性,"));

  JudgeOptions rounded;
  rounded.judging.rounded = true;
  Report r;
  r.add(judge_file(*j.ds, rounded));
  std::string json_rounded = render_report(r, as(Format::Json));
  CHECK(contains(json_rounded, "\"status\": \"met\""));
  CHECK(contains(json_rounded, "\"judged\": \"rounded\""));
}
