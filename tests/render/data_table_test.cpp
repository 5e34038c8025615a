// Tables for machines (src/render/data_table.h): raw numbers, units in the
// headers, the formula guard on text only.
#include <doctest/doctest.h>

#include "test_support.h"

#include "render/data_table.h"
#include "render/xlsx.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
RenderOptions zh() { return RenderOptions{}; }
}  // namespace

TEST_CASE("data table: numbers as JSON writes them, whatever the display decimals") {
  DataTable t;
  t.headers = {"指标", "增速(%)", "差额"};
  // 1/3 needs more than 8 decimals: 4 (0.3333); −0.1317 is exact; 150.8115 keeps its 4
  t.rows.push_back({text_cell("甲"), number_cell(zh(), frac(1, 3), 1), number_cell(zh(), dec("-0.1317"), 2)});
  t.rows.push_back({text_cell("乙"), number_cell(zh(), dec("150.8115"), 2), number_cell(zh(), std::nullopt, 2)});
  CHECK(render_csv(t, Rounding::HalfUp, false) == "指标,增速(%),差额\r\n甲,0.3333,-0.1317\r\n乙,150.8115,\r\n");
  CHECK(render_tsv(t, Rounding::HalfUp) == "指标\t增速(%)\t差额\n甲\t0.3333\t-0.1317\n乙\t150.8115\t\n");
  // 2/3 = 0.6666…: half-up and half-even agree at 4 decimals (0.6667); 0.00005 is exact
  DataTable u;
  u.headers = {"x"};
  u.rows.push_back({number_cell(zh(), frac(2, 3), 2)});
  u.rows.push_back({number_cell(zh(), dec("0.00005"), 2)});
  CHECK(render_csv(u, Rounding::HalfEven, false) == "x\r\n0.6667\r\n0.00005\r\n");
}

TEST_CASE("data table: a negative number is a number, a formula-like text is defused") {
  DataTable t;
  t.headers = {"名称", "值"};
  t.rows.push_back({text_cell("=cmd|' /C calc'!A0"), number_cell(zh(), dec("-5.6"), 1)});
  t.rows.push_back({text_cell("-x"), number_cell(zh(), dec("-0.6"), 1)});
  t.rows.push_back({text_cell("@SUM(1)"), integer_cell(-3)});
  CHECK(render_csv(t, Rounding::HalfUp, true) ==
        "\xEF\xBB\xBF名称,值\r\n'=cmd|' /C calc'!A0,-5.6\r\n'-x,-0.6\r\n'@SUM(1),-3\r\n");
}

TEST_CASE("data table: a growth goes to the % column, a rate's to the pp column") {
  auto cells = growth_cells(zh(), dec("4.8"), false, 1);
  REQUIRE(cells[0].number);
  CHECK(*cells[0].number == dec("4.8"));
  CHECK(cells[0].places == 1);
  CHECK(!cells[1].number);
  auto rate = growth_cells(zh(), dec("-0.4"), true, 2);
  CHECK(!rate[0].number);
  REQUIRE(rate[1].number);
  CHECK(*rate[1].number == dec("-0.4"));
  CHECK(growth_headers(zh(), "增速", "Growth") == std::array<std::string, 2>{"增速(%)", "增速(百分点)"});
  RenderOptions en;
  en.lang = Lang::En;
  CHECK(growth_headers(en, "增速", "Growth") == std::array<std::string, 2>{"Growth (%)", "Growth (pp)"});
}

TEST_CASE("data table: --precision sets the display decimals, not the value") {
  RenderOptions o;
  o.precision = 3;
  DataCell c = number_cell(o, dec("4.56789"), 1);
  CHECK(c.places == 3);
  CHECK(*c.number == dec("4.56789"));
}

TEST_CASE("xlsx: number formats show the display decimals") {
  CHECK(xlsx_number_format(0) == "0");
  CHECK(xlsx_number_format(1) == "0.0");
  CHECK(xlsx_number_format(4) == "0.0000");
}

TEST_CASE("xlsx: a workbook is a zip archive") {
  DataTable t;
  t.name = "报告";
  t.headers = {"指标", "增速(%)"};
  t.rows.push_back({text_cell("甲", Tone::Good), number_cell(zh(), dec("4.6"), 1)});
  std::string bytes = render_xlsx(t, Rounding::HalfUp);
  CHECK(bytes.size() > 1000);
  CHECK(bytes.rfind("PK\x03\x04", 0) == 0);  // a zip's local file header
}
