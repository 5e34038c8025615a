// Every target form of SPEC §2.2.
#include <doctest/doctest.h>

#include "test_support.h"

#include <string>

#include "model/unit.h"
#include "parse/target.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
Target parse(const std::string& text, const std::string& unit, Direction d = Direction::Up) {
  auto t = parse_target(text, {parse_unit(unit), d});
  REQUIRE_MESSAGE(t.ok(), ("'" + text + "' on " + unit + ": " + (t.ok() ? std::string() : t.error().message)));
  return *t;
}
std::string error_of(const std::string& text, const std::string& unit, Direction d = Direction::Up) {
  auto t = parse_target(text, {parse_unit(unit), d});
  REQUIRE_MESSAGE(!t.ok(), ("'" + text + "' on " + unit + " should be an error"));
  return t.error().message;
}
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("target: growth of at least 5% on a non-% indicator") {
  for (const char* text : {"+5%", "5%", "增长5%", "提高5%", "+5%以上", "＋５％", "力争增长5%", "增长5%以上"}) {
    CAPTURE(text);
    Target t = parse(text, "亿元");
    CHECK(t.kind == TargetKind::Growth);
    CHECK(t.measure == Measure::Growth);
    CHECK(t.comparison == Comparison::AtLeast);
    CHECK(t.value == Decimal(5));
    CHECK(t.text == text);
  }
}

TEST_CASE("target: a fall of at least 20% is change <= -20, whatever the direction") {
  for (Direction d : {Direction::Up, Direction::Down})
    for (const char* text :
         {"-20%", "下降20%", "减少20%", "压减20%", "降低20%", "再压减20%以上", "再降低20%以上", "−20%", "－20％"}) {
      CAPTURE(text);
      CAPTURE(d == Direction::Up);
      Target t = parse(text, "万吨", d);
      CHECK(t.kind == TargetKind::Growth);
      CHECK(t.measure == Measure::Growth);
      CHECK(t.comparison == Comparison::AtMost);
      CHECK(t.value == Decimal(-20));
    }
}

TEST_CASE("target: rate at least 93 on a % indicator") {
  for (const char* text : {"≥93%", ">=93%", "93%以上", "不低于93%", "达到93%以上", "＞＝93％", "93"}) {
    CAPTURE(text);
    Target t = parse(text, "%");
    CHECK(t.kind == TargetKind::Level);
    CHECK(t.measure == Measure::Level);
    CHECK(t.comparison == Comparison::AtLeast);
    CHECK(t.value == Decimal(93));
  }
}

TEST_CASE("target: rate at most 3.4 on a % indicator") {
  // Written with direction up on purpose: the words decide, not the direction.
  for (Direction d : {Direction::Up, Direction::Down})
    for (const char* text : {"≤3.4%", "<=3.4%", "3.4%以内", "3.4%以下", "不超过3.4%", "控制在3.4%以内", "＜＝3.4％"}) {
      CAPTURE(text);
      Target t = parse(text, "%", d);
      CHECK(t.kind == TargetKind::Level);
      CHECK(t.measure == Measure::Level);
      CHECK(t.comparison == Comparison::AtMost);
      CHECK(t.value == frac(34, 10));
    }
}

TEST_CASE("target: a bare % level takes the indicator's direction") {
  Target up = parse("5%", "%", Direction::Up);
  CHECK(up.measure == Measure::Level);
  CHECK(up.comparison == Comparison::AtLeast);
  Target down = parse("3.5%", "%", Direction::Down);
  CHECK(down.measure == Measure::Level);
  CHECK(down.comparison == Comparison::AtMost);
  CHECK(down.value == frac(35, 10));
}

TEST_CASE("target: levels in the indicator's unit") {
  Target people = parse("1450人", "人");
  CHECK(people.kind == TargetKind::Level);
  CHECK(people.measure == Measure::Level);
  CHECK(people.comparison == Comparison::AtLeast);
  CHECK(people.value == Decimal(1450));

  Target money = parse("10亿元以上", "亿元");
  CHECK(money.kind == TargetKind::Level);
  CHECK(money.comparison == Comparison::AtLeast);
  CHECK(money.value == Decimal(10));

  Target bare_down = parse("1450", "人", Direction::Down);
  CHECK(bare_down.kind == TargetKind::Level);
  CHECK(bare_down.comparison == Comparison::AtMost);
  CHECK(bare_down.value == Decimal(1450));

  Target bare_up = parse("1450", "人", Direction::Up);
  CHECK(bare_up.comparison == Comparison::AtLeast);

  // 新增900万人以上 on an indicator in 万人: 900 × 10^4 人 = 900 万人
  Target jobs = parse("新增900万人以上", "万人");
  CHECK(jobs.kind == TargetKind::Level);
  CHECK(jobs.comparison == Comparison::AtLeast);
  CHECK(jobs.value == Decimal(900));

  // 年计划710亿元 on 万元: 710 × 10^8 / 10^4 = 7 100 000 万元
  Target plan = parse("年计划710亿元", "万元");
  CHECK(plan.value == Decimal(7100000));

  // 1.2万人 on 人 = 12000
  CHECK(parse("1.2万人", "人").value == Decimal(12000));
  // thousands separators inside a target
  CHECK(parse("1,450人以上", "人").value == Decimal(1450));
  // an explicit upper bound on a level with direction up
  Target cap = parse("不超过1450人", "人", Direction::Up);
  CHECK(cap.comparison == Comparison::AtMost);
}

TEST_CASE("target: a level with another base unit is an error") {
  CHECK_FALSE(parse_target("10亿吨", {parse_unit("亿元"), Direction::Up}).ok());
  CHECK_FALSE(parse_target("1450元", {parse_unit("人"), Direction::Up}).ok());
}

TEST_CASE("target: changes of a % indicator in percentage points") {
  Target plus = parse("+2pp", "%");
  CHECK(plus.kind == TargetKind::ChangePp);
  CHECK(plus.measure == Measure::ChangePp);
  CHECK(plus.comparison == Comparison::AtLeast);
  CHECK(plus.value == Decimal(2));

  Target words = parse("提高2个百分点", "%");
  CHECK(words.kind == TargetKind::ChangePp);
  CHECK(words.measure == Measure::ChangePp);
  CHECK(words.comparison == Comparison::AtLeast);
  CHECK(words.value == Decimal(2));

  for (Direction d : {Direction::Up, Direction::Down}) {
    Target minus = parse("-1pp", "%", d);
    CHECK(minus.kind == TargetKind::ChangePp);
    CHECK(minus.comparison == Comparison::AtMost);
    CHECK(minus.value == Decimal(-1));
  }
  Target fall = parse("下降0.5个百分点", "%", Direction::Down);
  CHECK(fall.kind == TargetKind::ChangePp);
  CHECK(fall.comparison == Comparison::AtMost);
  CHECK(fall.value == frac(-1, 2));
}

TEST_CASE("target: pp on a non-% indicator is an error") {
  std::string m = error_of("+2pp", "亿元");
  CHECK(contains(m, "pp"));
}

TEST_CASE("target: growth ranges, the smaller bound first") {
  for (const char* text : {"6%-6.5%", "6%~6.5%", "6%至6.5%", "6%–6.5%", "增长6%-6.5%", "6%～6.5%", "6-6.5%"}) {
    CAPTURE(text);
    Target t = parse(text, "亿元");
    CHECK(t.kind == TargetKind::Range);
    CHECK(t.measure == Measure::Growth);
    CHECK(t.low == Decimal(6));
    CHECK(t.high == frac(65, 10));
  }
}

TEST_CASE("target: a range of a rate is a level range") {
  Target t = parse("3%-3.5%", "%", Direction::Down);
  CHECK(t.kind == TargetKind::Range);
  CHECK(t.measure == Measure::Level);
  CHECK(t.low == Decimal(3));
  CHECK(t.high == frac(35, 10));
}

TEST_CASE("target: around (左右) with its default tolerance") {
  for (const char* text : {"5%左右", "~5%", "≈5%", "～5%", "增长5%左右"}) {
    CAPTURE(text);
    Target t = parse(text, "亿元");
    CHECK(t.kind == TargetKind::Around);
    CHECK(t.measure == Measure::Growth);
    CHECK(t.comparison == Comparison::AtLeast);
    CHECK(t.value == Decimal(5));
    CHECK(t.tolerance == frac(1, 2));  // 0.5 pp for a growth
  }

  // A level of a non-% indicator: 1% of the target, 1200 × 1% = 12 万人
  Target jobs = parse("1200万人左右", "万人");
  CHECK(jobs.kind == TargetKind::Around);
  CHECK(jobs.measure == Measure::Level);
  CHECK(jobs.value == Decimal(1200));
  CHECK(jobs.tolerance == Decimal(12));

  // A level of a % indicator: 0.5 pp; direction down opens the tolerance upwards
  Target cpi = parse("控制在3.5%左右", "%", Direction::Down);
  CHECK(cpi.kind == TargetKind::Around);
  CHECK(cpi.measure == Measure::Level);
  CHECK(cpi.comparison == Comparison::AtMost);
  CHECK(cpi.value == frac(35, 10));
  CHECK(cpi.tolerance == frac(1, 2));

  Target rate = parse("3%左右", "%", Direction::Up);
  CHECK(rate.tolerance == frac(1, 2));
  CHECK(rate.comparison == Comparison::AtLeast);

  // 710亿元左右 on 亿元: 710 × 1% = 7.1
  CHECK(parse("710亿元左右", "亿元").tolerance == frac(71, 10));
}

TEST_CASE("target: default_tolerance") {
  Target growth = parse("+5%", "亿元");
  CHECK(default_tolerance(growth, parse_unit("亿元")) == frac(1, 2));
  Target level = parse("1450人", "人");
  // 1450 × 1% = 14.5
  CHECK(default_tolerance(level, parse_unit("人")) == frac(145, 10));
}

TEST_CASE("target: zero and 清零") {
  Target zero = parse("0", "人", Direction::Down);
  CHECK(zero.kind == TargetKind::Level);
  CHECK(zero.measure == Measure::Level);
  CHECK(zero.comparison == Comparison::AtMost);
  CHECK(zero.value == Decimal(0));

  for (Direction d : {Direction::Up, Direction::Down}) {
    Target clear = parse("清零", "人", d);
    CHECK(clear.kind == TargetKind::Level);
    CHECK(clear.measure == Measure::Level);
    CHECK(clear.comparison == Comparison::AtMost);
    CHECK(clear.value == Decimal(0));
  }
}

TEST_CASE("target: qualitative") {
  for (const char* text : {"完成", "done", "true"}) {
    CAPTURE(text);
    CHECK(parse(text, "亿元").kind == TargetKind::Bool);
    CHECK(parse(text, "").kind == TargetKind::Bool);
  }
}

TEST_CASE("target: a signed percentage on a % indicator asks for pp") {
  for (const char* text : {"+5%", "-1%", "增长5%", "下降1%"}) {
    CAPTURE(text);
    std::string m = error_of(text, "%");
    CHECK(contains(m, "pp"));
  }
}

TEST_CASE("target: text that is no target names the accepted forms") {
  std::string m = error_of("增长五%", "亿元");
  CHECK(contains(m, "增长五%"));
  CHECK(contains(m, "is not a target expression"));
  CHECK(contains(m, "3.4%以内"));
  for (const char* text : {"", "以上", "增长", "五%", "5%%", "大幅增长", "5%-", "5%以上以内x"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_target(text, {parse_unit("亿元"), Direction::Up}).ok());
  }
  CHECK(not_a_target_message("x").find("'x' is not a target expression") != std::string::npos);
}

TEST_CASE("target: contradictory sign and word is an error") {
  // 下降+5% and 增长-5% say both rise and fall
  CHECK_FALSE(parse_target("下降+5%", {parse_unit("亿元"), Direction::Up}).ok());
  CHECK_FALSE(parse_target("增长-5%", {parse_unit("亿元"), Direction::Up}).ok());
}

TEST_CASE("target: a magnitude on a growth percentage is an error") {
  CHECK_FALSE(parse_target("3万%", {parse_unit("亿元"), Direction::Up}).ok());
}

TEST_CASE("target: lead words carry no meaning of their own") {
  for (const char* lead : {"年计划", "全年", "计划", "预期", "目标", "力争", "确保", "达到", "实现", "完成", "稳定在",
                           "保持在", "控制在", "再", "新增", "全年预期目标", "力争实现"}) {
    CAPTURE(lead);
    Target t = parse(std::string(lead) + "增长6%", "亿元");
    CHECK(t.kind == TargetKind::Growth);
    CHECK(t.comparison == Comparison::AtLeast);
    CHECK(t.value == Decimal(6));
    Target l = parse(std::string(lead) + "93%以上", "%");
    CHECK(l.kind == TargetKind::Level);
    CHECK(l.value == Decimal(93));
  }
  Target hold = parse("保持在3%左右", "%", Direction::Down);
  CHECK(hold.kind == TargetKind::Around);
  CHECK(hold.value == Decimal(3));
}

TEST_CASE("target: bounded growth and bounded falls") {
  // 增长3%以内: growth at most 3 (e.g. energy use)
  Target cap = parse("增长3%以内", "万吨标准煤", Direction::Down);
  CHECK(cap.kind == TargetKind::Growth);
  CHECK(cap.comparison == Comparison::AtMost);
  CHECK(cap.value == Decimal(3));
  // 下降20%以上 speaks of the size of the fall: change <= -20
  Target more = parse("下降20%以上", "万吨");
  CHECK(more.comparison == Comparison::AtMost);
  CHECK(more.value == Decimal(-20));
  // 下降3%以内: a fall of no more than 3%, change >= -3
  Target less = parse("下降3%以内", "万吨");
  CHECK(less.comparison == Comparison::AtLeast);
  CHECK(less.value == Decimal(-3));
}

TEST_CASE("target: spaces inside a target are ignored") {
  Target t = parse("增长 5 %", "亿元");
  CHECK(t.kind == TargetKind::Growth);
  CHECK(t.value == Decimal(5));
}

// --- SPEC §2.3: real-world wordings, and what the grammar must refuse -------

TEST_CASE("target: a trailing clause is the note and means nothing more") {
  // 福建省2022年政府工作报告：“地区生产总值增长6.5%，在实际工作中争取更好结果”
  Target t = parse("增长6.5%，在实际工作中争取更好结果", "亿元");
  CHECK(t.kind == TargetKind::Growth);
  CHECK(t.value == frac(65, 10));
  CHECK(t.note == "在实际工作中争取更好结果");
  CHECK(t.text == "增长6.5%，在实际工作中争取更好结果");
  Target around = parse("增长7%左右;在实际工作中尽可能争取更好的结果", "亿元");
  CHECK(around.kind == TargetKind::Around);
  CHECK(around.note == "在实际工作中尽可能争取更好的结果");
  Target listed = parse("保持在合理区间、各年度视情提出", "%");
  CHECK(listed.kind == TargetKind::None);
  // a thousands separator is no clause break
  Target jobs = parse("新增1,450人以上", "人");
  CHECK(jobs.value == Decimal(1450));
  CHECK(jobs.note.empty());
}

TEST_CASE("target: strict comparisons exclude the bound, 以上/以内 include it") {
  for (const char* text : {">7%", "高于7%", "超过7%"}) {
    CAPTURE(text);
    Target t = parse(text, "%");
    CHECK(t.comparison == Comparison::AtLeast);
    CHECK(t.strict);
    CHECK(t.value == Decimal(7));
  }
  for (const char* text : {"<5.5%", "低于5.5%", "不满5.5%", "<5.5"}) {
    CAPTURE(text);
    Target t = parse(text, "%", Direction::Down);
    CHECK(t.comparison == Comparison::AtMost);
    CHECK(t.strict);
    CHECK(t.value == frac(55, 10));
  }
  for (const char* text : {">=7%", "≥7%", "7%以上", "不低于7%"}) {
    CAPTURE(text);
    CHECK_FALSE(parse(text, "%").strict);
  }
  // on a growth: 增长超过6% is growth > 6
  Target g = parse("超过6%", "亿元");
  CHECK(g.kind == TargetKind::Growth);
  CHECK(g.strict);
}

TEST_CASE("target: relative targets name another indicator's growth") {
  Target a = parse("居民收入增长与经济增长基本同步", "元");
  CHECK(a.kind == TargetKind::Relative);
  CHECK(a.relation == Relation::InStep);
  CHECK(a.reference == "经济");
  CHECK(a.tolerance == frac(1, 2));
  Target b = parse("与gdp增长基本同步", "元");
  CHECK(b.reference == "gdp");
  Target c = parse("高于GDP增长", "元");
  CHECK(c.relation == Relation::Above);
  CHECK(c.reference == "GDP");
  Target d = parse("不低于gdp增长", "元");
  CHECK(d.relation == Relation::AtLeast);
  Target e = parse("快于地区生产总值增长", "元");
  CHECK(e.relation == Relation::Above);
  CHECK(e.reference == "地区生产总值");
}

TEST_CASE("target: levels to reach (提高到, 降至) are not changes by that much") {
  Target up = parse("提高到55%", "%");
  CHECK(up.kind == TargetKind::Level);
  CHECK(up.comparison == Comparison::AtLeast);
  CHECK(up.value == Decimal(55));
  Target to = parse("提升至24.1%", "%");
  CHECK(to.value == frac(241, 10));
  Target money = parse("增加到1.2亿元", "万元");
  CHECK(money.kind == TargetKind::Level);
  CHECK(money.value == Decimal(12000));  // 1.2亿 = 12000万
  for (const char* text : {"下降到3%", "降低到3%", "降至3%", "压减到3%"}) {
    CAPTURE(text);
    Target t = parse(text, "%", Direction::Up);
    CHECK(t.kind == TargetKind::Level);
    CHECK(t.comparison == Comparison::AtMost);
    CHECK(t.value == Decimal(3));
  }
}

TEST_CASE("target: direction-only, qualitative and non-numeric wordings") {
  CHECK(parse("稳步增长", "元").kind == TargetKind::Direction);
  CHECK(parse("稳步增长", "元").sign == 1);
  Target fall = parse("主要污染物排放量继续下降", "万吨", Direction::Down);
  CHECK(fall.kind == TargetKind::Direction);
  CHECK(fall.sign == -1);
  CHECK(parse("稳中有降", "%").sign == -1);
  for (const char* text : {"完成国家下达的目标任务", "完成省下达目标", "完成上级下达任务", "完成任务"}) {
    CAPTURE(text);
    CHECK(parse(text, "万吨").kind == TargetKind::Bool);
  }
  for (const char* text : {"保持在合理区间", "各年度视情提出", "保持稳定", "不设具体目标"}) {
    CAPTURE(text);
    CHECK(parse(text, "%").kind == TargetKind::None);
  }
}

TEST_CASE("target: plan words outside a plan file") {
  // 年均 and 累计 are plain growth outside a plan file
  Target avg = parse("年均增长5%左右", "亿元");
  CHECK(avg.kind == TargetKind::Around);
  CHECK(avg.plan_form == PlanForm::AverageGrowth);
  CHECK(avg.value == Decimal(5));
  Target cum = parse("累计下降13.5%", "吨标准煤/万元", Direction::Down);
  CHECK(cum.kind == TargetKind::Growth);
  CHECK(cum.plan_form == PlanForm::Cumulative);
  CHECK(cum.value == frac(-135, 10));
  CHECK(cum.comparison == Comparison::AtMost);
  // 〔1〕 on a level: one unit more than the baseline; on a rate: points
  Target own = parse("〔1〕", "岁");
  CHECK(own.measure == Measure::Change);
  CHECK(own.value == Decimal(1));
  Target pp = parse("[1.5]", "%", Direction::Down);
  CHECK(pp.measure == Measure::ChangePp);
  CHECK(pp.value == frac(-15, 10));
  CHECK(pp.comparison == Comparison::AtMost);
  // 翻一番: twice the baseline, growth of 100%; 翻两番 ×4, 300%
  Target dbl = parse("比2010年翻一番", "亿元");
  CHECK(dbl.kind == TargetKind::Growth);
  CHECK(dbl.value == Decimal(100));
  CHECK(parse("翻两番", "亿元").value == Decimal(300));
}

TEST_CASE("target: yearly rates (values: reduction) take 降低3%左右 as a level of the rate") {
  auto t = parse_target("降低3%左右", {parse_unit("%"), Direction::Up, true});
  REQUIRE(t.ok());
  CHECK(t->kind == TargetKind::Around);
  CHECK(t->measure == Measure::Level);
  CHECK(t->value == Decimal(3));
  // without `values:` the same words name the fix
  CHECK(error_of("降低3%左右", "%") ==
        "target '降低3%左右': on a % indicator write the level (3%左右) or the change in percentage points (-3pp)");
}

TEST_CASE("target: the grammar says no to words that say two things") {
  for (const char* text : {"≥≤5%", "5%以上以内", "5%左右左右", "~5%左右", "增长下降5%", ">=5%以上"}) {
    CAPTURE(text);
    CHECK(contains(error_of(text, "亿元"), "says two things"));
  }
  CHECK(contains(error_of("7%-6%", "亿元"), "wrong way round"));
  CHECK(contains(error_of("下降200%", "亿元"), "more than 100%"));
  CHECK(parse("下降100%", "亿元").value == Decimal(-100));  // to nothing: the edge is allowed
}

TEST_CASE("target: digits as written, for judging on rounded figures") {
  CHECK(parse("增长5%", "亿元").places == 0);
  CHECK(parse("3.4%以内", "%", Direction::Down).places == 1);
  CHECK(parse("143.63亿元", "亿元").places == 2);
}
