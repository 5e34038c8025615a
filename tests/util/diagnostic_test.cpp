// Diagnostics located at a spreadsheet cell, and notes (src/util/diagnostic.h).
#include <doctest/doctest.h>

#include "util/diagnostic.h"

using namespace zhibiao;

TEST_CASE("a diagnostic at a sheet cell shows the cell instead of line:column") {
  Diagnostic d{"t.xlsx", {}, Severity::Error, "'abc' is not a number"};
  d.cell = "Sheet1!C7";
  CHECK(format_diagnostic(d) == "t.xlsx:Sheet1!C7: error: 'abc' is not a number");
}

TEST_CASE("a note is shown as a note and is not an error") {
  Diagnostics ds{{"t.csv", {4, 1}, Severity::Note, "'国内生产总值当季值(亿元)' skipped"}};
  CHECK(format_diagnostic(ds[0]) == "t.csv:4:1: note: '国内生产总值当季值(亿元)' skipped");
  CHECK_FALSE(has_errors(ds));
}
