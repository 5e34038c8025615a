// Drafting a data file from a report's text (src/parse/extract.h, SPEC §9):
// clause splitting, the names reports use, several figures in one clause,
// qualified values, the parts of a report and its year. Expected figures are
// the report's own words.
#include <doctest/doctest.h>

#include "test_support.h"

#include <string>
#include <vector>

#include "parse/catalog_data.h"
#include "parse/extract.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

const Catalog& builtin() {
  static const Catalog c = builtin_catalog();
  return c;
}

// The one indicator `clause` yields (with the built-in catalog).
ExtractedIndicator only(const std::string& clause, ClauseRole role, const Catalog& catalog = builtin()) {
  ExtractResult r = extract_clause(clause, role, catalog, 12);
  REQUIRE_MESSAGE(r.unplaced.empty(), (r.unplaced.empty() ? "" : r.unplaced[0].reason));
  REQUIRE(r.indicators.size() == 1);
  return r.indicators[0];
}

// Why `clause` is not placed.
std::string unplaced(const std::string& clause, ClauseRole role) {
  ExtractResult r = extract_clause(clause, role, builtin(), 12);
  CHECK(r.indicators.empty());
  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0].line == 12);
  CHECK(r.unplaced[0].clause == clause);
  return r.unplaced[0].reason;
}

CatalogEntry entry(std::string id, std::string name, const char* unit, Direction d = Direction::Up) {
  CatalogEntry e;
  e.id = std::move(id);
  e.name = std::move(name);
  e.unit = parse_unit(unit);
  e.direction = d;
  return e;
}

}  // namespace

TEST_CASE("clauses end at 。，；： and their ASCII forms, not at a thousands separator") {
  CHECK(split_clauses("完成地区生产总值143.63亿元、增长4.5%,规上工业增加值增长8.5%。") ==
        std::vector<std::string>{"完成地区生产总值143.63亿元、增长4.5%", "规上工业增加值增长8.5%"});
  CHECK(split_clauses("城乡居民人均可支配收入45,752元，增长6.2%；") ==
        std::vector<std::string>{"城乡居民人均可支配收入45,752元", "增长6.2%"});
  CHECK(split_clauses("主要预期目标是：地区生产总值增长5%") ==
        std::vector<std::string>{"主要预期目标是", "地区生产总值增长5%"});
  CHECK(split_clauses("，，。") == std::vector<std::string>{});
}

TEST_CASE("short forms: 规上, 国内生产总值, 居民收入, a 比例 left out") {
  auto names = [](const char* id) { return report_names(*builtin().find(id)); };
  auto has = [](const std::vector<std::string>& v, const char* s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  CHECK(has(names("total_industrial_output"), "规上工业总产值"));
  CHECK(has(names("energy_intensity_reduction"), "单位国内生产总值能耗降低"));
  CHECK(has(names("disposable_income"), "居民收入"));
  CHECK(has(names("good_air_days_ratio"), "空气质量优良天数"));
  CHECK(has(names("retail_sales"), "社消零"));
  CHECK(has(names("energy_intensity_reduction"), "单位地区生产总值能耗下降"));
  // Through a short form, a clause finds its indicator.
  CHECK(only("规上工业增加值增长8.5%", ClauseRole::Review).id == "industrial_value_added");
  CHECK(only("社消零增长5%", ClauseRole::Plan).id == "retail_sales");
  CHECK(only("单位国内生产总值能耗降低2.5%左右", ClauseRole::Plan).target == "2.5%左右");
}

TEST_CASE("a review clause gives the value and the reported growth, with the line quoted") {
  auto gdp = only("完成地区生产总值143.63亿元、增长4.5%", ClauseRole::Review);
  CHECK(gdp.id == "gdp");
  CHECK(gdp.baseline == "143.63亿元");
  CHECK(gdp.baseline_growth == "4.5%");
  CHECK_FALSE(gdp.target);
  CHECK(gdp.notes == std::vector<std::string>{"第12行：完成地区生产总值143.63亿元、增长4.5%"});
  CHECK(only("城镇调查失业率平均为5.2%", ClauseRole::Review).baseline == "5.2%");
  CHECK(only("居民消费价格上涨0.2%", ClauseRole::Review).baseline == "0.2%");
  CHECK(only("实现旅游综合收入下降3%", ClauseRole::Review).baseline_growth == "下降3%");
  // 实际增长 (at constant prices) is GDP's reported growth, not that of a current-price indicator.
  CHECK(only("国内生产总值实际增长5.2%", ClauseRole::Review).baseline_growth == "5.2%");
  CHECK(unplaced("居民人均可支配收入实际增长6.1%", ClauseRole::Review) == "实际增长扣除了价格因素，不是现价的增长");
}

TEST_CASE("突破, 超过 become 以上; 以内 of an outcome becomes 以下; 约 and 左右 stay") {
  CHECK(only("国内生产总值突破20万亿元", ClauseRole::Review).baseline == "20万亿元以上");
  CHECK(only("国内生产总值超过126万亿元", ClauseRole::Review).baseline == "126万亿元以上");
  CHECK(only("登记失业率控制在3.4%以内", ClauseRole::Review).baseline == "3.4%以下");
  CHECK(only("国内生产总值约1.9万亿元", ClauseRole::Review).baseline == "约1.9万亿元");
  CHECK(only("社会消费品零售总额1.9万亿元左右", ClauseRole::Review).baseline == "1.9万亿元左右");
  CHECK(only("地区生产总值预计增长5.2%", ClauseRole::Review).baseline_growth == "预计5.2%");
  CHECK(only("国内生产总值预计超过126万亿元", ClauseRole::Review).baseline == "预计126万亿元以上");
  // A target: 突破 is 以上 too (超过 stays, a strict comparison, SPEC §2.3).
  CHECK(only("旅游综合收入突破12亿元", ClauseRole::Plan).target == "12亿元以上");
}

TEST_CASE("a plan clause gives the target as written") {
  CHECK(only("地区生产总值增长5%", ClauseRole::Plan).target == "增长5%");
  CHECK(only("年内城镇新增就业1450人", ClauseRole::Plan).target == "1450人");
  CHECK(only("力争全年旅游收入达到10亿元以上", ClauseRole::Plan).target == "达到10亿元以上");
  CHECK(only("确保空气质量优良天数稳定在93%以上", ClauseRole::Plan).target == "稳定在93%以上");
  CHECK(only("国内生产总值增长6%-6.5%", ClauseRole::Plan).target == "增长6%-6.5%");
  CHECK(only("居民收入增长和经济增长同步", ClauseRole::Plan).target == "增长和经济增长同步");
  CHECK(only("城镇登记失业率继续下降", ClauseRole::Plan).target == "继续下降");
}

TEST_CASE("several figures in one clause: 分别, a shared ending, a shared unit") {
  Catalog c;
  c.put(entry("hi_tech_va", "高技术制造业增加值", "亿元"));
  c.put(entry("equipment_va", "装备制造业增加值", "亿元"));
  c.put(entry("gov_approval_days", "政府投资工程建设项目审批时限", "个工作日", Direction::Down));
  c.put(entry("social_approval_days", "社会投资工程建设项目审批时限", "个工作日", Direction::Down));
  ExtractResult r = extract_clause("高技术制造业、装备制造业增加值分别增长5.2%、7.6%", ClauseRole::Review, c);
  REQUIRE(r.indicators.size() == 2);
  CHECK(r.indicators[0].id == "hi_tech_va");
  CHECK(r.indicators[0].baseline_growth == "5.2%");
  CHECK(r.indicators[1].id == "equipment_va");
  CHECK(r.indicators[1].baseline_growth == "7.6%");
  r = extract_clause("政府投资、社会投资工程建设项目审批时限分别压缩到30个和22个工作日", ClauseRole::Review, c);
  REQUIRE(r.indicators.size() == 2);
  CHECK(r.indicators[0].id == "gov_approval_days");
  CHECK(r.indicators[0].baseline == "30个工作日");
  CHECK(r.indicators[1].id == "social_approval_days");
  CHECK(r.indicators[1].baseline == "22个工作日");
  // As targets: each figure with the words before the first.
  r = extract_clause("高技术制造业、装备制造业增加值分别增长8%、6%", ClauseRole::Plan, c);
  REQUIRE(r.indicators.size() == 2);
  CHECK(r.indicators[0].target == "增长8%");
  CHECK(r.indicators[1].target == "增长6%");
  // Two names, one figure: not placed.
  r = extract_clause("高技术制造业、装备制造业增加值分别增长8%", ClauseRole::Plan, c);
  CHECK(r.indicators.empty());
  CHECK(r.unplaced.size() == 1);
}

TEST_CASE("two indicators joined by 、 each take their own figures") {
  ExtractResult r = extract_clause("地区生产总值增长5%、规上工业增加值增长6%", ClauseRole::Plan, builtin());
  REQUIRE(r.indicators.size() == 2);
  CHECK(r.indicators[0].target == "增长5%");
  CHECK(r.indicators[1].target == "增长6%");
}

TEST_CASE("what cannot be placed is said, never guessed") {
  // 337天 is no ratio in %: the unit does not fit.
  CHECK(unplaced("空气质量优良天数达到337天", ClauseRole::Review) == "单位“天”与空气质量优良天数比例的“%”不符");
  // 斤 is not 吨.
  CHECK(unplaced("粮食产量1.3万亿斤以上", ClauseRole::Plan) == "单位“万亿斤”与粮食产量的“万吨”不符");
  CHECK(unplaced("地区生产总值力争有所突破8", ClauseRole::Plan) == "读不出目标");
  // Another word between the name and the figure: another indicator.
  CHECK(unplaced("煤炭产值占规上工业总产值比重下降到12.5%", ClauseRole::Review) == "名称前有其他文字");
  CHECK(unplaced("实施限额以上工业固定资产投资项目48个", ClauseRole::Review) == "名称前有其他文字");
  CHECK(unplaced("固定资产投资项目48个", ClauseRole::Review) == "读不出数字");
  // A target is one expression: a level and a growth side by side are two.
  CHECK(unplaced("地区生产总值1.2亿元、增长8%", ClauseRole::Plan) == "一个目标只能有一个数字");
  // A bare number: its unit would be a guess.
  CHECK(unplaced("城镇新增就业1684", ClauseRole::Review) == "数字没有单位");
  // No catalog name, no figure: nothing at all.
  ExtractResult r = extract_clause("经济社会发展实现新跨越", ClauseRole::Review, builtin());
  CHECK(r.indicators.empty());
  CHECK(r.unplaced.empty());
}

TEST_CASE("a report: the year, the review's baselines, the targets, the unplaced key clauses") {
  std::string text = lines({
      "政府工作报告",
      "一、2023年工作回顾",
      "国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。粮食产量1.39万亿斤。",
      "二、2024年经济社会发展总体要求和政策取向",
      "今年发展主要预期目标是：国内生产总值增长5%左右；国际收支保持基本平衡。",
  });
  ExtractResult r = extract_report(text, builtin());
  CHECK(r.year == 2024);  // the review's year + 1
  REQUIRE(r.indicators.size() == 1);
  const auto& gdp = r.indicators[0];
  CHECK(gdp.baseline == "126万亿元以上");
  CHECK(gdp.baseline_growth == "5.2%");  // the next clause, 增长5.2%, belongs to it
  CHECK(gdp.target == "增长5%左右");
  CHECK(gdp.notes ==
        std::vector<std::string>{"第3行：国内生产总值超过126万亿元，增长5.2%", "第5行：国内生产总值增长5%左右"});
  REQUIRE(r.unplaced.size() == 2);
  CHECK(r.unplaced[0].line == 3);
  CHECK(r.unplaced[0].clause == "粮食产量1.39万亿斤");
  CHECK(r.unplaced[1].line == 5);
  CHECK(r.unplaced[1].clause == "国际收支保持基本平衡");
  CHECK(extract_report(text, builtin(), 2030).year == 2030);
}

TEST_CASE("the year: 2020年政府工作报告 or 2020年主要预期目标 before the review's heading") {
  CHECK(extract_report("霍林郭勒市2020年政府工作报告\n一、2018年工作回顾\n", builtin()).year == 2020);
  CHECK(extract_report("2020年主要预期目标：地区生产总值增长5%\n", builtin()).year == 2020);
  CHECK_FALSE(extract_report("地区生产总值增长5%\n", builtin()).year);
}

TEST_CASE("a figure that differs from one already placed is not placed") {
  std::string text = lines({"主要预期目标是：地区生产总值增长5%。", "地区生产总值增长6%。", "地区生产总值增长5%。"});
  ExtractResult r = extract_report(text, builtin());
  REQUIRE(r.indicators.size() == 1);
  CHECK(r.indicators[0].target == "增长5%");
  CHECK(r.indicators[0].notes.size() == 2);  // lines 1 and 3
  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0].line == 2);
}

TEST_CASE("full-width figures, Windows line ends and a review called 工作总结 read the same") {
  std::string text =
      "一、2019年工作总结\r\n完成地区生产总值１４３．６３亿元、增长４．５％。\r\n二、2020年工作安排\r\n"
      "主要预期目标是：地区生产总值增长５％。\r\n";
  ExtractResult r = extract_report(text, builtin());
  CHECK(r.year == 2020);
  REQUIRE(r.indicators.size() == 1);
  CHECK(r.indicators[0].baseline == "143.63亿元");
  CHECK(r.indicators[0].baseline_growth == "4.5%");
  CHECK(r.indicators[0].target == "增长5%");
  CHECK(r.indicators[0].notes ==
        std::vector<std::string>{"第2行：完成地区生产总值143.63亿元、增长4.5%", "第4行：地区生产总值增长5%"});
}
