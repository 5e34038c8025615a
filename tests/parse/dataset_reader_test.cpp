// Reading data files (SPEC §2): the model that comes out, and every problem
// located at the 1-based line and column where it was written.
#include <doctest/doctest.h>

#include "test_support.h"

#include <initializer_list>
#include <string>

#include "parse/catalog.h"
#include "parse/catalog_data.h"
#include "parse/dataset_reader.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
std::string lines(std::initializer_list<const char*> ls) {
  std::string out;
  for (const char* l : ls) out += std::string(l) + "\n";
  return out;
}
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct Read {
  std::optional<Dataset> ds;
  Diagnostics problems;
};
Read read(const std::string& text, const Catalog& catalog = Catalog{}) {
  Read r;
  r.ds = read_dataset(text, "t.yaml", catalog, r.problems);
  return r;
}
// The only error of `text`; fails the test unless there is exactly one.
Diagnostic only_error(const std::string& text) {
  Read r = read(text);
  CHECK_FALSE(r.ds.has_value());
  int errors = 0;
  for (const auto& d : r.problems) errors += d.severity == Severity::Error;
  REQUIRE_MESSAGE(errors == 1, ("errors: " + std::to_string(errors) +
                                (r.problems.empty() ? std::string() : " first: " + r.problems[0].message)));
  for (const auto& d : r.problems)
    if (d.severity == Severity::Error) return d;
  return {};
}
}  // namespace

TEST_CASE("dataset: a simple-form file") {
  Read r = read(lines({
      "title: 霍林郭勒市2020年主要预期目标",
      "region: 霍林郭勒市",
      "source: 2020年政府工作报告",
      "year: 2020",
      "indicators:",
      "  - id: gdp",
      "    name: 地区生产总值",
      "    unit: 亿元",
      "    direction: up",
      "    basis: comparable",
      "    baseline: 143.63",
      "    target: +5%",
      "    actual: {value: 150.2, growth: 4.8%}",
      "    note: 可比价",
      "  - id: unemployment",
      "    name: 城镇登记失业率",
      "    unit: \"%\"",
      "    direction: down",
      "    baseline: 3.2%",
      "    target: 3.4%以内",
      "    actual: 3.5",
  }));
  REQUIRE_MESSAGE(r.ds.has_value(), (r.problems.empty() ? std::string() : r.problems[0].message));
  const Dataset& ds = *r.ds;
  CHECK(r.problems.empty());
  CHECK(ds.file == "t.yaml");
  CHECK(ds.title == "霍林郭勒市2020年主要预期目标");
  CHECK(ds.region == "霍林郭勒市");
  CHECK(ds.source == "2020年政府工作报告");
  CHECK(ds.year == 2020);
  REQUIRE(ds.indicators.size() == 2);

  const Indicator& gdp = ds.indicators[0];
  CHECK(gdp.id == "gdp");
  CHECK(gdp.name == "地区生产总值");
  CHECK(gdp.unit.text == "亿元");
  CHECK(gdp.unit.exponent == 8);
  CHECK(gdp.direction == Direction::Up);
  CHECK(gdp.basis == Basis::Comparable);
  CHECK(gdp.note == "可比价");
  CHECK(gdp.at.line == 6);
  REQUIRE(gdp.periods.size() == 2);
  // baseline is the year before `year`
  CHECK(gdp.periods[0].year == 2019);
  REQUIRE(gdp.periods[0].actual.has_value());
  CHECK(*gdp.periods[0].actual == frac(14363, 100));
  CHECK(gdp.periods[1].year == 2020);
  CHECK(*gdp.periods[1].actual == frac(1502, 10));
  REQUIRE(gdp.periods[1].reported_growth.has_value());
  CHECK(*gdp.periods[1].reported_growth == frac(48, 10));
  REQUIRE(gdp.periods[1].target != nullptr);
  CHECK(gdp.periods[1].target->kind == TargetKind::Growth);
  CHECK(gdp.periods[1].target->text == "+5%");
  // where things were written: "    target: +5%" → the value starts at column 13
  CHECK(gdp.periods[1].target_at.line == 12);
  CHECK(gdp.periods[1].target_at.column == 13);
  CHECK(find_period(gdp, 2020) == &gdp.periods[1]);
  CHECK(find_period(gdp, 2021) == nullptr);

  const Indicator& u = ds.indicators[1];
  CHECK(u.unit.is_rate());
  CHECK(u.direction == Direction::Down);
  CHECK(u.basis == Basis::Current);  // the default
  CHECK(*u.periods[0].actual == frac(32, 10));
  CHECK(u.periods[1].target->comparison == Comparison::AtMost);
}

TEST_CASE("dataset: without `year` the two periods are baseline and current") {
  Read r = read(lines({
      "indicators:",
      "  - id: x",
      "    name: 某指标",
      "    unit: 万元",
      "    baseline: 2.5亿元",
      "    actual: 30000",
  }));
  REQUIRE(r.ds.has_value());
  CHECK_FALSE(r.ds->year.has_value());
  CHECK_FALSE(r.ds->has_year_labels);
  const Indicator& x = r.ds->indicators.at(0);
  REQUIRE(x.periods.size() == 2);
  CHECK(x.periods[0].year + 1 == x.periods[1].year);
  // 2.5亿元 = 2.5 × 10^8 / 10^4 = 25000 万元
  CHECK(*x.periods[0].actual == Decimal(25000));
  CHECK(*x.periods[1].actual == Decimal(30000));
}

TEST_CASE("dataset: series form") {
  Read r = read(lines({
      "indicators:",
      "  - id: gdp",
      "    name: 国内生产总值",
      "    unit: 亿元",
      "    basis: comparable",
      "    series:",
      "      2019: {actual: 990865, growth: 6.1%, target: 6%-6.5%}",
      "      2020: {actual: 1015986, growth: 2.3%}",
      "      2021: 1143670",
  }));
  REQUIRE_MESSAGE(r.ds.has_value(), (r.problems.empty() ? std::string() : r.problems[0].message));
  const Indicator& g = r.ds->indicators.at(0);
  REQUIRE(g.periods.size() == 3);
  CHECK(g.periods[0].year == 2019);
  CHECK(g.periods[2].year == 2021);
  CHECK(*g.periods[0].actual == Decimal(990865));
  CHECK(*g.periods[0].reported_growth == frac(61, 10));
  CHECK(g.periods[0].target->kind == TargetKind::Range);
  CHECK_FALSE(g.periods[1].target != nullptr);
  CHECK(*g.periods[2].actual == Decimal(1143670));
  CHECK_FALSE(g.periods[2].reported_growth.has_value());
}

TEST_CASE("dataset: the catalog fills in what the file leaves out, the file wins") {
  Diagnostics catalog_problems;
  Catalog catalog = load_catalog(builtin_catalog(), std::nullopt, catalog_problems);
  CHECK(catalog_problems.empty());
  REQUIRE(catalog.find("gdp") != nullptr);
  CHECK(catalog.find("gdp")->name == "地区生产总值");
  CHECK(catalog.find_by_name("地区生产总值") == catalog.find("gdp"));
  // SPEC §4 table
  REQUIRE(catalog.find("registered_unemployment_rate") != nullptr);
  CHECK(catalog.find("registered_unemployment_rate")->unit.is_rate());
  CHECK(catalog.find("registered_unemployment_rate")->direction == Direction::Down);
  REQUIRE(catalog.find("new_urban_jobs") != nullptr);
  CHECK(catalog.find("new_urban_jobs")->unit.base == "人");

  Read r = read(lines({
                    "year: 2020",
                    "indicators:",
                    "  - id: gdp",
                    "    baseline: 143.63",
                    "  - id: retail_sales",
                    "    unit: 万元",
                    "    basis: comparable",
                    "    baseline: 1.5亿元",
                }),
                catalog);
  REQUIRE_MESSAGE(r.ds.has_value(), (r.problems.empty() ? std::string() : r.problems[0].message));
  const Indicator& gdp = r.ds->indicators.at(0);
  CHECK(gdp.name == "地区生产总值");
  CHECK(gdp.unit.text == "亿元");
  CHECK(gdp.basis == Basis::Comparable);
  const Indicator& retail = r.ds->indicators.at(1);
  CHECK(retail.name == "社会消费品零售总额");
  CHECK(retail.unit.text == "万元");
  CHECK(retail.basis == Basis::Comparable);
  // 1.5亿元 = 15000万元
  CHECK(*retail.periods[0].actual == Decimal(15000));
}

TEST_CASE("dataset: the name a file uses decides the English name (issue 15)") {
  Diagnostics catalog_problems;
  Catalog catalog = load_catalog(builtin_catalog(), std::nullopt, catalog_problems);
  auto english = [&](const std::string& indicator) {
    Read r = read(lines({"year: 2020", "indicators:", indicator}), catalog);
    REQUIRE(r.ds.has_value());
    return r.ds->indicators.at(0).name_en;
  };
  CHECK(english("  - {id: gdp, name: 国内生产总值, baseline: 1}") == "Gross domestic product");
  CHECK(english("  - {id: gdp, baseline: 1}") == "Gross regional product");
  CHECK(english("  - {id: gdp, name: 地区生产总值, baseline: 1}") == "Gross regional product");
  // found by the alias alone, without the id
  CHECK(english("  - {id: national_gdp, name: 国内生产总值, baseline: 1}") == "Gross domestic product");
  // the file's own name_en wins
  CHECK(english("  - {id: gdp, name: 国内生产总值, name_en: GDP, baseline: 1}") == "GDP");
}

TEST_CASE("dataset: a qualitative target and its outcome") {
  Read r = read(lines({
      "year: 2020",
      "indicators:",
      "  - id: project",
      "    name: 重点项目",
      "    target: 完成",
      "    actual: 未完成",
  }));
  REQUIRE_MESSAGE(r.ds.has_value(), (r.problems.empty() ? std::string() : r.problems[0].message));
  const Period& p = r.ds->indicators.at(0).periods.at(1);
  REQUIRE(p.done.has_value());
  CHECK_FALSE(*p.done);
}

TEST_CASE("dataset: unknown key, with a did-you-mean") {
  Diagnostic d = only_error(lines({
      "year: 2020",
      "indicators:",
      "  - id: gdp",
      "    name: 地区生产总值",
      "    unit: 亿元",
      "    baselin: 100",
  }));
  CHECK(d.file == "t.yaml");
  CHECK(d.at.line == 6);
  CHECK(d.at.column == 5);
  CHECK(contains(d.message, "baselin"));
  CHECK(contains(d.message, "did you mean 'baseline'"));

  Diagnostic top = only_error(lines({
      "titel: x",
      "indicators:",
      "  - id: gdp",
      "    name: 地区生产总值",
      "    unit: 亿元",
  }));
  CHECK(top.at.line == 1);
  CHECK(top.at.column == 1);
  CHECK(contains(top.message, "did you mean 'title'"));
}

TEST_CASE("dataset: duplicate id") {
  Diagnostic d = only_error(lines({
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "  - id: gdp",
      "    name: b",
      "    unit: 亿元",
  }));
  CHECK(d.at.line == 5);
  CHECK(d.at.column == 5);  // where the second indicator's mapping starts
  CHECK(contains(d.message, "duplicate id 'gdp'"));
  CHECK(contains(d.message, "first at 2:5"));
}

TEST_CASE("dataset: duplicate mapping key says where the first one is") {
  Diagnostic d = only_error(lines({
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "    baseline: 1",
      "    baseline: 2",
  }));
  CHECK(d.at.line == 6);
  CHECK(d.at.column == 5);
  CHECK(contains(d.message, "baseline"));
  CHECK(contains(d.message, "first at 5:5"));
}

TEST_CASE("dataset: bad id") {
  Diagnostic d = only_error(lines({
      "indicators:",
      "  - id: GDP",
      "    name: a",
      "    unit: 亿元",
  }));
  CHECK(d.at.line == 2);
  CHECK(d.at.column == 9);  // "  - id: " is 8 columns
  CHECK(contains(d.message, "GDP"));
  CHECK(contains(d.message, "[a-z][a-z0-9_]*"));
  for (const char* bad : {"1gdp", "gdp-2", "_gdp", "国内生产总值"}) {
    CAPTURE(bad);
    std::string text = "indicators:\n  - id: " + std::string(bad) + "\n    name: a\n    unit: 亿元\n";
    CHECK_FALSE(read(text).ds.has_value());
  }
}

TEST_CASE("dataset: series years must ascend") {
  Diagnostic d = only_error(lines({
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "    series:",
      "      2020: 100",
      "      2019: 90",
  }));
  CHECK(d.at.line == 7);
  CHECK(d.at.column == 7);
  CHECK(contains(d.message, "2019"));
  CHECK(contains(d.message, "order"));
}

TEST_CASE("dataset: `series` does not go with `baseline`") {
  Diagnostic d = only_error(lines({
      "year: 2020",
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "    baseline: 100",
      "    series:",
      "      2020: 105",
  }));
  CHECK(d.at.line == 6);
  CHECK(d.at.column == 15);  // the value of "    baseline: "
  CHECK(contains(d.message, "baseline"));
  CHECK(contains(d.message, "series"));
}

TEST_CASE("dataset: a value with another base unit") {
  Diagnostic d = only_error(lines({
      "year: 2020",
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "    baseline: 10.3亿吨",
  }));
  CHECK(d.at.line == 6);
  CHECK(d.at.column == 15);
  CHECK(contains(d.message, "10.3亿吨"));
  CHECK(contains(d.message, "吨"));
}

TEST_CASE("dataset: a bad target is located at its value and names the forms") {
  Diagnostic d = only_error(lines({
      "year: 2020",
      "indicators:",
      "  - id: gdp",
      "    name: 地区生产总值",
      "    unit: 亿元",
      "    baseline: 100",
      "    target: 增长五%",
  }));
  CHECK(d.at.line == 7);
  CHECK(d.at.column == 13);
  CHECK(contains(d.message, "target '增长五%' is not a target expression"));
  CHECK(format_diagnostic(d) ==
        "t.yaml:7:13: error: target '增长五%' is not a target expression (write e.g. +5%, 93%以上, 3.4%以内, 6%-6.5%)");
}

TEST_CASE("dataset: a second YAML document") {
  Diagnostic d = only_error(lines({
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "---",
      "title: x",
  }));
  CHECK(d.at.line == 6);
  CHECK(d.at.column == 1);
  CHECK(contains(d.message, "document"));
}

TEST_CASE("dataset: anchors are refused") {
  Diagnostic d = only_error(lines({
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "    baseline: &a 100",
  }));
  CHECK(d.at.line == 5);
  CHECK(d.at.column == 15);  // at the '&'
  CHECK(contains(d.message, "anchor"));
}

TEST_CASE("dataset: a tab used for indentation") {
  Diagnostic d = only_error("indicators:\n\t- id: gdp\n");
  CHECK(d.at.line == 2);
  CHECK(d.at.column == 1);
  CHECK(contains(d.message, "tab"));
  // a tab after the dash is indentation too
  Diagnostic d2 = only_error("indicators:\n  - id: gdp\n    name: a\n  -\tid: x\n");
  CHECK(d2.at.line == 4);
  CHECK(d2.at.column == 4);
}

TEST_CASE("dataset: invalid UTF-8 is located at the byte") {
  // "title: " is 7 columns and 地区 two characters, so the bad byte is column 10
  Diagnostic d = only_error("title: 地区\xFF\nindicators:\n  - id: gdp\n");
  CHECK(d.at.line == 1);
  CHECK(d.at.column == 10);
  CHECK(contains(d.message, "UTF-8"));
  CHECK(contains(d.message, "0xFF"));
  // Latin-1 é (0xE9) followed by ASCII is a truncated sequence; "  - id: caf" is 11 columns
  Diagnostic latin = only_error("indicators:\n  - id: caf\xE9\n");
  CHECK(latin.at.line == 2);
  CHECK(latin.at.column == 12);
  // an overlong encoding of '/' (C0 AF)
  Diagnostic overlong = only_error("a: \xC0\xAF\n");
  CHECK(overlong.at.line == 1);
  CHECK(overlong.at.column == 4);
}

TEST_CASE("dataset: an empty file") {
  for (const char* text : {"", "\n\n", "# only a comment\n"}) {
    CAPTURE(text);
    Diagnostic d = only_error(text);
    CHECK(d.at.line == 0);
    CHECK(contains(d.message, "empty"));
    CHECK(format_diagnostic(d).rfind("t.yaml: error: ", 0) == 0);
  }
}

TEST_CASE("dataset: a BOM and CRLF line ends are fine, and columns still count from 1") {
  Read r = read(
      "\xEF\xBB\xBFyear: 2020\r\nindicators:\r\n  - id: gdp\r\n    name: a\r\n    unit: 亿元\r\n"
      "    baseline: 100\r\n    target: 增长五%\r\n");
  CHECK_FALSE(r.ds.has_value());
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].at.line == 7);
  CHECK(r.problems[0].at.column == 13);
}

TEST_CASE("dataset: several problems in one file are all reported, in file order") {
  Read r = read(lines({
      "year: 2020",           // 1
      "indicators:",          // 2
      "  - id: gdp",          // 3
      "    name: a",          // 4
      "    unit: 亿元",       // 5
      "    baseline: 1,23",   // 6  bad thousands separator
      "    target: 增长五%",  // 7  not a target
      "  - id: cpi",          // 8
      "    name: b",          // 9
      "    unit: \"%\"",      // 10
      "    baseline: 3万%",   // 11 magnitude on a percentage
      "    colour: red",      // 12 unknown key
      "  - id: Bad",          // 13 bad id
  }));
  CHECK_FALSE(r.ds.has_value());
  REQUIRE(r.problems.size() == 5);
  CHECK(r.problems[0].at.line == 6);
  CHECK(r.problems[0].at.column == 15);
  CHECK(contains(r.problems[0].message, "1,23"));
  CHECK(r.problems[1].at.line == 7);
  CHECK(r.problems[1].at.column == 13);
  CHECK(r.problems[2].at.line == 11);
  CHECK(r.problems[2].at.column == 15);
  CHECK(r.problems[3].at.line == 12);
  CHECK(r.problems[3].at.column == 5);
  CHECK(contains(r.problems[3].message, "colour"));
  CHECK(r.problems[4].at.line == 13);
  CHECK(r.problems[4].at.column == 9);
  for (const auto& d : r.problems) CHECK(d.severity == Severity::Error);
}

TEST_CASE("dataset: other located errors") {
  Diagnostic year = only_error("year: 20x0\nindicators:\n  - id: gdp\n    name: a\n    unit: 亿元\n");
  CHECK(year.at.line == 1);
  CHECK(year.at.column == 7);

  Diagnostic no_list = only_error("title: x\n");
  CHECK(contains(no_list.message, "indicators"));

  // a yes/no outcome on a numeric target
  Diagnostic yes = only_error(lines({
      "year: 2020",
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "    baseline: 100",
      "    target: +5%",
      "    actual: yes",
  }));
  CHECK(yes.at.line == 8);
  CHECK(yes.at.column == 13);

  // no unit and not in the catalog
  Diagnostic unit = only_error("indicators:\n  - id: thing\n    name: a\n    baseline: 5\n");
  CHECK(unit.at.line == 2);
  CHECK(contains(unit.message, "unit"));

  // a signed percentage target on a % indicator
  Diagnostic pct = only_error(lines({
      "year: 2020",
      "indicators:",
      "  - id: rate",
      "    name: a",
      "    unit: \"%\"",
      "    target: +5%",
  }));
  CHECK(pct.at.line == 6);
  CHECK(contains(pct.message, "pp"));

  // a tolerance without a 左右 target
  Diagnostic tol = only_error(lines({
      "year: 2020",
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "    target: +5%",
      "    tolerance: 1pp",
  }));
  CHECK(tol.at.line == 7);
  CHECK(tol.at.column == 16);
}

TEST_CASE("dataset: a tolerance overrides the default of a 左右 target") {
  Read r = read(lines({
      "year: 2020",
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "    basis: comparable",
      "    target: 7.5%左右",
      "    tolerance: 0.3pp",
      "  - id: jobs",
      "    name: b",
      "    unit: 万人",
      "    target: 1200万人左右",
      "    tolerance: 2%",
  }));
  REQUIRE_MESSAGE(r.ds.has_value(), (r.problems.empty() ? std::string() : r.problems[0].message));
  CHECK(r.ds->indicators[0].periods[1].target->tolerance == frac(3, 10));
  // 2% of 1200万人 = 24万人
  CHECK(r.ds->indicators[1].periods[1].target->tolerance == Decimal(24));
}

TEST_CASE("dataset: a target text shared by years and files keeps each one's own tolerance and unit") {
  // Targets are parsed once and shared (a cache that outlives one file): a
  // tolerance written for one year must not reach another year, nor the
  // next file, and the same words on a % indicator mean something else.
  auto series = [](const char* unit, const char* tolerance) {
    std::string t = tolerance ? std::string(", tolerance: ") + tolerance : "";
    return lines({"indicators:", "  - id: x", "    name: x", (std::string("    unit: ") + unit).c_str(),
                  "    series:", "      2019: {actual: 100}",
                  (std::string("      2020: {actual: 104, target: 5%左右") + t + "}").c_str(),
                  "      2021: {actual: 109, target: 5%左右}"});
  };
  Read a = read(series("亿元", "1pp"));
  REQUIRE(a.ds.has_value());
  CHECK(a.ds->indicators[0].periods[1].target->tolerance == Decimal(1));
  CHECK(a.ds->indicators[0].periods[2].target->tolerance == frac(1, 2));  // default 0.5 pp
  Read b = read(series("亿元", nullptr));
  REQUIRE(b.ds.has_value());
  CHECK(b.ds->indicators[0].periods[1].target->tolerance == frac(1, 2));
  CHECK(b.ds->indicators[0].periods[1].target->measure == Measure::Growth);
  Read c = read(series("\"%\"", nullptr));  // a level of 5% on a rate: not a growth
  REQUIRE(c.ds.has_value());
  CHECK(c.ds->indicators[0].periods[1].target->measure == Measure::Level);
  CHECK(c.ds->indicators[0].periods[1].target->value == Decimal(5));
  // A bare level takes its side from the direction: the same words, the other side.
  auto level = [](const char* direction) {
    return lines({"year: 2020", "indicators:", "  - id: x", "    name: x", "    unit: 人",
                  (std::string("    direction: ") + direction).c_str(), "    baseline: 1400", "    target: 1450",
                  "    actual: 1460"});
  };
  Read up = read(level("up"));
  REQUIRE(up.ds.has_value());
  CHECK(up.ds->indicators[0].periods[1].target->comparison == Comparison::AtLeast);
  Read down = read(level("down"));
  REQUIRE(down.ds.has_value());
  CHECK(down.ds->indicators[0].periods[1].target->comparison == Comparison::AtMost);
}

TEST_CASE("dataset: a repeated series year is one duplicate-key error") {
  Diagnostic d = only_error(lines({
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "    series:",
      "      2019: 100",
      "      2019: 105",
  }));
  CHECK(d.at.line == 7);
  CHECK(d.at.column == 7);
  CHECK(contains(d.message, "2019"));
  CHECK(contains(d.message, "first at 6:7"));
}

TEST_CASE("dataset: empty lists and series") {
  Diagnostic list = only_error("indicators: []\n");
  CHECK(list.at.line == 1);
  CHECK(contains(list.message, "empty"));
  Diagnostic series = only_error("indicators:\n  - id: gdp\n    name: a\n    unit: 亿元\n    series: {}\n");
  CHECK(series.at.line == 5);
  CHECK(contains(series.message, "empty"));
}

TEST_CASE("dataset: ~ means no figure yet") {
  Read r = read(lines({
      "year: 2020",
      "indicators:",
      "  - id: gdp",
      "    name: a",
      "    unit: 亿元",
      "    baseline: 100",
      "    target: +5%",
      "    actual: ~",
  }));
  REQUIRE(r.ds.has_value());
  CHECK_FALSE(r.ds->indicators[0].periods[1].actual.has_value());
}

TEST_CASE("dataset: per-mille indicators") {
  Read r = read(lines({
      "year: 2020",
      "indicators:",
      "  - id: birth_rate",
      "    name: 人口自然增长率",
      "    unit: ‰",
      "    baseline: 3.4‰",
      "    target: 5‰以内",
      "    actual: 3.2",
  }));
  REQUIRE_MESSAGE(r.ds.has_value(), (r.problems.empty() ? std::string() : r.problems[0].message));
  const Indicator& b = r.ds->indicators[0];
  CHECK(b.unit.is_rate());
  CHECK(*b.periods[0].actual == frac(34, 10));
  CHECK(b.periods[1].target->value == Decimal(5));
  CHECK(b.periods[1].target->comparison == Comparison::AtMost);
  // a per-cent figure for a per-mille indicator is the wrong unit
  Diagnostic d = only_error(lines({
      "year: 2020",
      "indicators:",
      "  - id: birth_rate",
      "    name: 人口自然增长率",
      "    unit: ‰",
      "    baseline: 3.4%",
  }));
  CHECK(d.at.line == 6);
}

TEST_CASE("dataset: C1 controls and bidi overrides are refused where they stand, raw or escaped") {
  // "  - id: a\n    name: 涨幅": 4 + "name: " 6 + 2 characters, so U+202E is column 13
  Diagnostic bidi = only_error("indicators:\n  - id: a\n    name: 涨幅\u202E达标\n    unit: 亿元\n");
  CHECK(bidi.at.line == 3);
  CHECK(bidi.at.column == 13);
  CHECK(contains(bidi.message, "U+202E"));
  Diagnostic c1 = only_error("title: x\u009B31m\nindicators: []\n");
  CHECK(c1.at.line == 1);
  CHECK(c1.at.column == 9);
  CHECK(contains(c1.message, "U+009B"));
  for (const char* isolate : {"\u2066", "\u2067", "\u2068", "\u2069", "\u202A"})
    CHECK(contains(only_error(std::string("title: a") + isolate + "\nindicators: []\n").message, "bidi"));
  // written as an escape in a quoted string: found in the scalar, at its start (column 11)
  Diagnostic escaped =
      only_error(lines({"indicators:", "  - id: a", "    name: b", "    unit: 亿元", "    note: \"涨幅\\u202E达标\""}));
  CHECK(escaped.at.line == 5);
  CHECK(escaped.at.column == 11);
  CHECK(contains(escaped.message, "U+202E"));
}

TEST_CASE("dataset: every byte-level problem of a file is reported, not just the first") {
  // two tab-indented lines, an invalid byte and a control character: four errors
  Read r = read("indicators:\n\t- id: a\n\t  name: \xFF\x01\n");
  CHECK_FALSE(r.ds.has_value());
  REQUIRE(r.problems.size() == 4);
  CHECK(r.problems[0].at.line == 2);
  CHECK(contains(r.problems[0].message, "tab"));
  CHECK(r.problems[1].at.line == 3);
  CHECK(r.problems[1].at.column == 1);
  CHECK(contains(r.problems[1].message, "tab"));
  // "\t  name: " is 9 characters: the byte 0xFF is column 10, 0x01 column 11
  CHECK(r.problems[2].at.column == 10);
  CHECK(contains(r.problems[2].message, "0xFF"));
  CHECK(r.problems[3].at.column == 11);
  CHECK(contains(r.problems[3].message, "0x01"));
  // a broken sequence is one problem, not one per byte: 地 without its last byte, twice
  Read broken = read("title: \xE5\x9C x \xE5\x9C\nindicators: []\n");
  CHECK(broken.problems.size() == 2);
}

TEST_CASE("dataset: 40 000 repeated keys are read in linear time, problems past the cap counted") {
  std::string text = "indicators:\n  - id: a\n    name: b\n    unit: 亿元\n";
  for (int i = 0; i < 40000; ++i) text += "    note: x\n";
  Read r = read(text);
  CHECK_FALSE(r.ds.has_value());
  // 39 999 duplicates: 100 kept (the default cap), 39 899 counted in a last entry
  REQUIRE(r.problems.size() == kDefaultMaxErrors + 1);
  CHECK(r.problems[0].at.line == 6);
  CHECK(contains(r.problems[0].message, "duplicate key 'note' (first at 5:5)"));
  CHECK(r.problems.back().more == 39899);
  CHECK(format_diagnostic(r.problems.back()) == "… 39899 more problems in t.yaml");
  Diagnostics all;
  CHECK_FALSE(read_dataset(text, "t.yaml", Catalog{}, all, 0).has_value());
  CHECK(all.size() == 39999);  // 0: no cap
}

TEST_CASE("dataset: repeated series years and a long flow map are duplicate keys, each once") {
  std::string text = "indicators:\n  - id: a\n    name: b\n    unit: 亿元\n    series:\n";
  for (int i = 0; i < 20000; ++i) text += "      2019: 1\n";
  Diagnostics ps;
  CHECK_FALSE(read_dataset(text, "t.yaml", Catalog{}, ps, 5).has_value());
  REQUIRE(ps.size() == 6);
  CHECK(ps[0].at.line == 7);
  CHECK(contains(ps[0].message, "duplicate key '2019' (first at 6:7)"));
  CHECK(ps[5].more == 19999 - 5);
}

TEST_CASE("dataset: a unit that is a number, or a magnitude on a percentage, is refused") {
  // "    unit: " is 10 characters: the value is at column 11
  Diagnostic wan_pct = only_error(lines({"indicators:", "  - id: a", "    name: b", "    unit: 万%"}));
  CHECK(wan_pct.at.line == 4);
  CHECK(wan_pct.at.column == 11);
  CHECK(contains(wan_pct.message, "unit '万%' puts a magnitude on a percentage: write %"));
  CHECK(contains(only_error(lines({"indicators:", "  - id: a", "    name: b", "    unit: 亿‰"})).message,
                 "magnitude on a percentage: write ‰"));
  Diagnostic five = only_error(lines({"indicators:", "  - id: a", "    name: b", "    unit: \"5\""}));
  CHECK(five.at.column == 11);
  CHECK(contains(five.message, "unit '5' is a number"));
  CHECK(contains(only_error(lines({"indicators:", "  - id: a", "    name: b", "    unit: ５元"})).message,
                 "is a number"));
  // ordinary units still read
  Read ok = read(lines({"indicators:", "  - id: a", "    name: b", "    unit: 万人次", "    baseline: 1"}));
  CHECK(ok.ds.has_value());
}

// Issue 19: an indicator with a `series` is read as soon as the parser has it
// (and its nodes dropped); the others wait for the header. Nothing of that
// may show: the order, the header's effect and the problems are as if the
// whole tree had been read at the end.
TEST_CASE("dataset: indicators read while parsing keep their order, and the header may come last") {
  Read r = read(lines({
      "indicators:",     // 1
      "  - id: a",       // 2  series: read while parsing
      "    name: 甲",    // 3
      "    unit: 亿元",  // 4
      "    series: {2019: 100, 2020: 105}",
      "  - id: b",              // 6  simple form: waits for `year`
      "    name: 乙",           // 7
      "    unit: 亿元",         // 8
      "    baseline: 200",      // 9
      "    actual: 210",        // 10
      "  - id: c",              // 11 series again
      "    name: 丙",           // 12
      "    unit: 亿元",         // 13
      "    series: {2020: 7}",  // 14
      "year: 2020",             // 15 after the list
  }));
  REQUIRE(r.ds.has_value());
  REQUIRE(r.ds->indicators.size() == 3);
  CHECK(r.ds->indicators[0].id == "a");
  CHECK(r.ds->indicators[1].id == "b");
  CHECK(r.ds->indicators[2].id == "c");
  // b's simple form takes the year written after the list: baseline 2019, actual 2020
  const Indicator& b = r.ds->indicators[1];
  REQUIRE(b.periods.size() == 2);
  CHECK(b.periods[0].year == 2019);
  CHECK(b.periods[1].year == 2020);
  CHECK(*b.periods[1].actual == 210);
  CHECK(r.ds->indicators[0].periods[1].year == 2020);
  CHECK(*r.ds->indicators[0].periods[1].actual == 105);
}

TEST_CASE("dataset: indicators left for the header go before and after those read while parsing") {
  Read r = read(lines({
      "year: 2020", "indicators:",
      "  - {id: a, name: 甲, unit: 亿元, baseline: 1, actual: 2}",  // waits for the header
      "  - {id: b, name: 乙, unit: 亿元, series: {2020: 3}}",       // read while parsing
      "  - {id: c, name: 丙, unit: 亿元, series: {2020: 4}}",       // read while parsing
      "  - {id: d, name: 丁, unit: 亿元, baseline: 5, actual: 6}",  // waits
  }));
  REQUIRE(r.ds.has_value());
  REQUIRE(r.ds->indicators.size() == 4);
  CHECK(r.ds->indicators[0].id == "a");
  CHECK(r.ds->indicators[1].id == "b");
  CHECK(r.ds->indicators[2].id == "c");
  CHECK(r.ds->indicators[3].id == "d");
  CHECK(*r.ds->indicators[2].periods[0].actual == 4);
  CHECK(*r.ds->indicators[3].periods[1].actual == 6);
}

TEST_CASE("dataset: problems of indicators read while parsing come out in file order, under the cap") {
  const std::string text = lines({
      "indicators:",                        // 1
      "  - id: a",                          // 2
      "    name: 甲",                       // 3
      "    unit: 亿元",                     // 4
      "    series: {2019: 1,23, 2020: 5}",  // 5  '1' then key '23' … (flow map) → errors at 5
      "  - id: b",                          // 6
      "    name: 乙",                       // 7
      "    unit: 亿元",                     // 8
      "    baseline: 十",                   // 9  not a number (waits for the header)
      "  - id: a",                          // 10 duplicate of line 2's id
      "    name: 丙",                       // 11
      "    unit: 亿元",                     // 12
      "    series: {2020: 增长五}",         // 13 not a number
      "year: 二〇二〇",                     // 14 not a year
  });
  Read r = read(text);
  CHECK_FALSE(r.ds.has_value());
  REQUIRE(r.problems.size() >= 4);
  for (std::size_t i = 1; i < r.problems.size(); ++i) CHECK(r.problems[i - 1].at.line <= r.problems[i].at.line);
  bool dup = false, year = false, baseline = false, series = false;
  for (const auto& d : r.problems) {
    dup |= d.at.line == 10 && contains(d.message, "duplicate id 'a' (first at 2:5)");
    year |= d.at.line == 14 && contains(d.message, "not a year");
    baseline |= d.at.line == 9;
    series |= d.at.line == 13;
  }
  CHECK(dup);
  CHECK(year);
  CHECK(baseline);
  CHECK(series);
  // The same problems, and the same ones kept under a cap of 2, as when the
  // whole tree is read first: the header's, then the items' in order. With the
  // header first in the file the reading is all at the end (b is simple form).
  Diagnostics capped;
  CHECK_FALSE(read_dataset(text, "t.yaml", Catalog{}, capped, 2).has_value());
  REQUIRE(capped.size() == 3);     // 2 kept, the rest counted
  CHECK(capped[0].at.line == 5);   // a's problem first: a is read before b …
  CHECK(capped[1].at.line == 14);  // … and the header (year) before any item
  CHECK(capped.back().more == r.problems.size() - 2);
}

TEST_CASE("dataset: a YAML error after an indicator read while parsing is the only problem") {
  Read r = read(lines({
      "indicators:",             // 1
      "  - id: a",               // 2
      "    name: 甲",            // 3
      "    unit: 亿元",          // 4
      "    series: {2020: 十}",  // 5 not a number: not reported, the file is not YAML
      "  - id: b",               // 6
      "    name: [unclosed",     // 7
  }));
  CHECK_FALSE(r.ds.has_value());
  REQUIRE(r.problems.size() == 1);
  CHECK(contains(r.problems[0].message, "YAML syntax"));
}
