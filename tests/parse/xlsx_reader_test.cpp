// XLSX into a table (src/parse/xlsx_reader.h): shared strings, inline
// strings and numbers as their text; broken workbooks refused by name.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "parse/xlsx_reader.h"

using namespace zhibiao;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

const TableCell* cell(const SheetTable& t, int row, int column) {
  for (const auto& r : t.rows)
    if (r.row == row)
      for (const auto& c : r.cells)
        if (c.column == column) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("the fixture workbook: its first sheet's cells as text, in place") {
  // tests/data/nbs-annual.xlsx was made from nbs-annual.csv by make_xlsx.py.
  std::string bytes = slurp(ZHIBIAO_TESTS_DIR "/data/nbs-annual.xlsx");
  REQUIRE(looks_like_zip(bytes));
  Diagnostics problems;
  auto t = read_xlsx(bytes, "a.xlsx", problems);
  REQUIRE(t);
  CHECK(problems.empty());
  CHECK(t->sheet == "Sheet1");
  REQUIRE(t->rows.size() == 9);
  CHECK(t->rows[0].cells[0].text == "数据库：年度数据");  // a shared string
  CHECK(cell(*t, 3, 2)->text == "2024年");
  CHECK(cell(*t, 4, 2)->text == "1349084");  // a number, as its text
  CHECK(cell(*t, 7, 1)->text == "人口出生率(‰)");
  CHECK(cell(*t, 7, 3)->text == "6.39");  // an inline string
  CHECK(cell(*t, 7, 6)->text == "8.52");
}

TEST_CASE("a broken or foreign archive is an error, not a crash") {
  std::string bytes = slurp(ZHIBIAO_TESTS_DIR "/data/nbs-annual.xlsx");
  Diagnostics problems;
  CHECK_FALSE(read_xlsx(bytes.substr(0, 200), "cut.xlsx", problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].file == "cut.xlsx");
  CHECK_FALSE(looks_like_zip("指标,2024年"));
}

TEST_CASE("numbers in exponent form are written out exactly") {
  CHECK(expand_exponent("1349084.3") == "1349084.3");
  CHECK(expand_exponent("1.5E-3") == "0.0015");
  CHECK(expand_exponent("1.2345E+5") == "123450");
  CHECK(expand_exponent("1.015986E6") == "1015986");
  CHECK(expand_exponent("-2.5e-1") == "-0.25");
  CHECK(expand_exponent("12.5E-1") == "1.25");
  CHECK(expand_exponent("1E400000") == "1E400000");  // left alone: not a figure anyone wrote
}
