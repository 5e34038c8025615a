// CSV into a table (src/parse/csv_reader.h): RFC 4180 quoting, blank cells
// left out, each cell at its line and field number.
#include <doctest/doctest.h>

#include "parse/csv_reader.h"

using namespace zhibiao;

namespace {

SheetTable csv(std::string_view text, Diagnostics& problems) { return read_csv(text, "t.csv", problems, 0); }

}  // namespace

TEST_CASE("cells keep their line and field number; blank cells and rows are left out") {
  Diagnostics problems;
  SheetTable t = csv("指标,2024年,2023年\r\n\r\n国内生产总值(亿元), 1349084 ,,1260582\n", problems);
  CHECK(problems.empty());
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].row == 1);
  REQUIRE(t.rows[0].cells.size() == 3);
  CHECK(t.rows[0].cells[2].text == "2023年");
  CHECK(t.rows[0].cells[2].column == 3);
  CHECK(t.rows[1].row == 3);
  REQUIRE(t.rows[1].cells.size() == 3);
  CHECK(t.rows[1].cells[1].text == "1349084");  // trimmed
  CHECK(t.rows[1].cells[2].column == 4);        // after the blank third field
  CHECK(t.rows[1].cells[2].text == "1260582");
}

TEST_CASE("quoted cells hold commas, doubled quotes and line breaks") {
  Diagnostics problems;
  SheetTable t =
      csv("\"国内生产总值(亿元)\",\"1,015,986\",\"a \"\"b\"\"\"\n\"注：第一行\n第二行\",x\nlast,1", problems);
  CHECK(problems.empty());
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].cells[1].text == "1,015,986");
  CHECK(t.rows[0].cells[2].text == "a \"b\"");
  CHECK(t.rows[1].row == 2);
  CHECK(t.rows[1].cells[0].text == "注：第一行\n第二行");
  CHECK(t.rows[2].row == 4);  // the quoted line break counted
  CHECK(t.rows[2].cells[1].text == "1");
}

TEST_CASE("an unclosed quote and text after a closing quote are located") {
  Diagnostics problems;
  csv("a,\"b\"c,d\nx,\"open\n", problems);
  REQUIRE(problems.size() == 2);
  CHECK(format_diagnostic(problems[0]) ==
        "t.csv:1:2: error: text after a quoted cell's closing \" (write \"\" for a quote inside it)");
  CHECK(format_diagnostic(problems[1]) ==
        "t.csv:2:2: error: a quoted cell is not closed (a \" without its closing \")");
}
