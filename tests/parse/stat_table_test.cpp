// The statistics bureau's wide table (src/parse/stat_table.h): headers,
// units in names, cumulative rows, catalog ids, located problems.
#include <doctest/doctest.h>

#include "parse/catalog_data.h"
#include "parse/csv_reader.h"
#include "parse/stat_table.h"

using namespace zhibiao;

namespace {

StatTable import(std::string_view csv_text, Diagnostics& problems) {
  SheetTable t = read_csv(csv_text, "t.csv", problems, 0);
  return read_stat_table(t, builtin_catalog(), "t.csv", problems, 0);
}

std::string figures(const StatIndicator& ind) {
  std::string out;
  for (const auto& f : ind.figures) out += (out.empty() ? "" : " ") + part_year_key(f.period) + "=" + f.text;
  return out;
}

}  // namespace

TEST_CASE("column headers: years, quarters, months and cumulative spans") {
  auto year = parse_column_header("2024年");
  REQUIRE(year);
  CHECK(year->period == PartYear{2024, 12});
  CHECK(year->kind == ColumnKind::Year);
  CHECK(parse_column_header("2023")->period == PartYear{2023, 12});
  CHECK(parse_column_header("２０２３年")->period == PartYear{2023, 12});  // full-width digits
  auto q3 = parse_column_header("2024年第三季度");
  REQUIRE(q3);
  CHECK(q3->period == PartYear{2024, 9});
  CHECK(q3->kind == ColumnKind::Period);
  CHECK(parse_column_header("2024年第4季度")->period == PartYear{2024, 12});
  CHECK(parse_column_header("2024年9月")->period == PartYear{2024, 9});
  auto span = parse_column_header("2024年1-9月");
  REQUIRE(span);
  CHECK(span->period == PartYear{2024, 9});
  CHECK(span->kind == ColumnKind::Cumulative);
  CHECK(parse_column_header("2024年上半年")->period == PartYear{2024, 6});
  CHECK_FALSE(parse_column_header("合计"));
  CHECK_FALSE(parse_column_header("2024年13月"));
  CHECK_FALSE(parse_column_header("2024年第五季度"));
  CHECK_FALSE(parse_column_header("1349084"));
  CHECK_FALSE(parse_column_header("0999年"));
}

TEST_CASE("row names: the unit in parentheses, and the cumulative and single-period markers") {
  RowName gdp = parse_row_name("国内生产总值(亿元)");
  CHECK(gdp.name == "国内生产总值");
  CHECK(gdp.unit == "亿元");
  CHECK(gdp.kind == RowKind::Plain);
  RowName births = parse_row_name("人口出生率（‰）");
  CHECK(births.name == "人口出生率");
  CHECK(births.unit == "‰");
  RowName cumulative = parse_row_name("国内生产总值_累计值(亿元)");
  CHECK(cumulative.name == "国内生产总值");
  CHECK(cumulative.kind == RowKind::Cumulative);
  CHECK(parse_row_name("国内生产总值累计值(亿元)").name == "国内生产总值");
  RowName growth = parse_row_name("社会消费品零售总额_累计增长(%)");
  CHECK(growth.name == "社会消费品零售总额_累计增长");
  CHECK(growth.unit == "%");
  CHECK(growth.kind == RowKind::Cumulative);
  CHECK(parse_row_name("国内生产总值当季值(亿元)").kind == RowKind::PeriodOnly);
  CHECK(parse_row_name("社会消费品零售总额_当期值(亿元)").kind == RowKind::PeriodOnly);
  RowName index = parse_row_name("居民消费价格指数(上年=100)");  // a base, not a unit
  CHECK(index.name == "居民消费价格指数(上年=100)");
  CHECK(index.unit.empty());
  CHECK(parse_row_name("年末总人口").unit.empty());
}

TEST_CASE("the portal's annual table: catalog ids, x ids in table order, years ascending, notes ignored") {
  Diagnostics problems;
  StatTable t = import(
      "数据库：年度数据\n时间：最近5年\n指标,2024年,2023年\n国内生产总值(亿元),1349084,1260582\n"
      "年末总人口(万人),140828,140967\n人均国内生产总值(元),95749,89358\n人口出生率(‰),6.77,6.39\n"
      "注：按当年价格计算,1,2\n数据来源：国家统计局\n",
      problems);
  CHECK(problems.empty());
  CHECK(t.source == "国家统计局");
  REQUIRE(t.indicators.size() == 4);
  CHECK(t.indicators[0].id == "gdp");  // 国内生产总值 is an alias of gdp
  CHECK(t.indicators[0].name == "国内生产总值");
  CHECK(t.indicators[0].unit == "亿元");
  CHECK(figures(t.indicators[0]) == "2023=1260582 2024=1349084");
  CHECK(t.indicators[1].id == "x1");
  CHECK(t.indicators[1].unit == "万人");
  CHECK(t.indicators[2].id == "per_capita_gdp");
  CHECK(t.indicators[3].id == "x2");
  CHECK(t.indicators[3].unit == "‰");
  CHECK(figures(t.indicators[3]) == "2023=6.39 2024=6.77");
}

TEST_CASE("blank, … and -- cells are skipped; figures stay as written") {
  Diagnostics problems;
  StatTable t = import(
      "指标,2020年,2021年,2022年,2023年\n\"国内生产总值(亿元)\",\"1,015,986\",,…,--\n旅游总收入(亿元),22286,29191,...,"
      "49133\n"
      "空行(个),,,,\n",
      problems);
  REQUIRE(t.indicators.size() == 2);
  CHECK(figures(t.indicators[0]) == "2020=1,015,986");
  CHECK(t.indicators[1].id == "tourism_revenue");
  CHECK(figures(t.indicators[1]) == "2020=22286 2021=29191 2023=49133");
  REQUIRE(problems.size() == 1);  // a named row without a figure is left out, with a note
  CHECK(problems[0].severity == Severity::Note);
  CHECK(problems[0].message == "'空行(个)' skipped: it has no figures");
}

TEST_CASE("a second row for the same catalog indicator gets an x id") {
  Diagnostics problems;
  StatTable t = import("指标,2024年\n国内生产总值(亿元),1349084\nGDP(亿元),1349084\n", problems);
  REQUIRE(t.indicators.size() == 2);
  CHECK(t.indicators[0].id == "gdp");
  CHECK(t.indicators[1].id == "x1");
}

TEST_CASE("quarterly: 累计值 rows become part-year keys, Q4 the year; 当季值 rows are skipped with a note") {
  Diagnostics problems;
  StatTable t = import(
      "数据库：季度数据\n指标,2024年第四季度,2024年第三季度,2024年第二季度,2024年第一季度\n"
      "国内生产总值当季值(亿元),399338,332910,320537,296299\n国内生产总值累计值(亿元),1349084,949746,616836,296299\n",
      problems);
  REQUIRE(t.indicators.size() == 1);
  CHECK(t.indicators[0].id == "gdp");
  CHECK(figures(t.indicators[0]) == "2024-03=296299 2024-06=616836 2024-09=949746 2024=1349084");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].severity == Severity::Note);
  CHECK(problems[0].at.line == 3);
  CHECK(problems[0].message.find("当季值") != std::string::npos);
}

TEST_CASE("monthly: figures of rows that are not cumulative are skipped with a note, never taken as cumulative") {
  Diagnostics problems;
  StatTable t = import(
      "指标,2024年12月,2024年9月\n社会消费品零售总额_累计值(亿元),487895,353564\n城镇调查失业率(%),5.1,5.1\n"
      "社会消费品零售总额_累计增长(%),3.5,3.3\n",
      problems);
  REQUIRE(t.indicators.size() == 2);
  CHECK(t.indicators[0].id == "retail_sales");
  CHECK(figures(t.indicators[0]) == "2024-09=353564 2024=487895");
  CHECK(t.indicators[1].id == "x1");
  CHECK(figures(t.indicators[1]) == "2024-09=3.3 2024=3.5");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].severity == Severity::Note);
  CHECK(problems[0].at.line == 3);
}

TEST_CASE("every problem is located at its cell: line and field for CSV") {
  Diagnostics problems;
  import(
      "时间：最近5年\n指标,2024年,2023年,合计\n国内生产总值(亿元),1349084,约126万\n人口出生率(‰),6.77,N/A\n,5.5\n"
      "x(个),1,2,3,4\n",
      problems);
  REQUIRE(problems.size() == 5);
  CHECK(format_diagnostic(problems[0]).starts_with("t.csv:2:4: error: column header '合计' is not a year"));
  CHECK(
      format_diagnostic(problems[1]).starts_with("t.csv:3:3: error: '约126万' (国内生产总值, 2023年) is not a number"));
  CHECK(format_diagnostic(problems[2]).starts_with("t.csv:4:3: error: 'N/A' (人口出生率, 2023年) is not a number"));
  CHECK(format_diagnostic(problems[3]) == "t.csv:5:1: error: a row of figures without an indicator name");
  CHECK(format_diagnostic(problems[4]).starts_with("t.csv:6:5: error: '4' stands outside the table's columns"));
}

TEST_CASE("a table without a year header is an error at its first row") {
  Diagnostics problems;
  StatTable t = import("数据库：年度数据\n国内生产总值(亿元),1349084,1260582\n", problems);
  CHECK(t.indicators.empty());
  REQUIRE(problems.size() == 1);
  CHECK(format_diagnostic(problems[0]).starts_with("t.csv:1:1: error: no year header"));
}

TEST_CASE("a table of regions is refused by name") {
  Diagnostics problems;
  import("地区,2024年\n北京市,49843.1\n", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message.find("regions") != std::string::npos);
}

TEST_CASE("sheet cells are located as Sheet1!C7") {
  Diagnostics problems;
  SheetTable t{"Sheet1", {{3, {{1, "指标"}, {2, "2024年"}}}, {7, {{1, "国内生产总值(亿元)"}, {2, "abc"}}}}};
  read_stat_table(t, builtin_catalog(), "t.xlsx", problems, 0);
  REQUIRE(problems.size() == 1);
  CHECK(format_diagnostic(problems[0]).starts_with("t.xlsx:Sheet1!B7: error: 'abc'"));
}

TEST_CASE("a name with a control or bidi character is an error at its cell, never copied into the file") {
  Diagnostics problems;
  StatTable t = import(
      "指标,2024年\n\"a\xE2\x80\xAE"
      "b(亿元)\",1\n\"x\ny(元)\",2\nok(元),3\n",
      problems);
  REQUIRE(problems.size() == 2);
  CHECK(format_diagnostic(problems[0]).starts_with("t.csv:2:1: error: the indicator's name"));
  CHECK(problems[0].message.find("U+202E") != std::string::npos);
  CHECK(format_diagnostic(problems[1]).starts_with("t.csv:3:1: error: the indicator's name"));
  CHECK(problems[1].message.find("U+000A") != std::string::npos);
}

TEST_CASE("a cumulative row with both a year column and a Q4 column names the year twice: an error") {
  Diagnostics problems;
  import("指标,2024年,2024年第四季度\n国内生产总值累计值(亿元),1349084,1349084\n", problems);
  REQUIRE(problems.size() == 1);
  CHECK(format_diagnostic(problems[0]) ==
        "t.csv:2:3: error: '2024年第四季度' is the same period (2024) as column '2024年' of this row");
}

TEST_CASE("sheet names are quoted in cell names as Excel's formulas quote them") {
  CHECK(sheet_cell_name("Sheet1", 7, 3) == "Sheet1!C7");
  CHECK(sheet_cell_name("年度数据", 4, 28) == "年度数据!AB4");
  CHECK(sheet_cell_name("nbs-quarterly", 4, 1) == "'nbs-quarterly'!A4");
  CHECK(sheet_cell_name("Bob's data", 1, 1) == "'Bob''s data'!A1");
  CHECK(sheet_cell_name("2024", 1, 1) == "'2024'!A1");
}
