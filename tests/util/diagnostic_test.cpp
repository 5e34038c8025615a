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

TEST_CASE("append_capped puts a part's problems back as add_capped one by one would have") {
  // One list built straight: 1 problem, then a part's 4 (its own list capped at 2: 2 kept, 2 counted).
  Diagnostics straight, into, part;
  add_capped(straight, {"f.yaml", {1, 1}, Severity::Warning, "w"}, 2);
  add_capped(into, {"f.yaml", {1, 1}, Severity::Warning, "w"}, 2);
  for (int i = 2; i <= 5; ++i) {
    const Severity s = i == 5 ? Severity::Error : Severity::Warning;
    add_capped(straight, {"f.yaml", {i, 1}, s, "p"}, 2);
    add_capped(part, {"f.yaml", {i, 1}, s, "p"}, 2);
  }
  REQUIRE(part.size() == 3);  // 2 kept, 2 counted
  append_capped(into, std::move(part), 2);
  // straight: lines 1 and 2 kept, 3 4 5 counted (3), an error among them
  REQUIRE(into.size() == straight.size());
  REQUIRE(into.size() == 3);
  CHECK(into[1].at.line == 2);
  CHECK(into[2].more == 3);
  CHECK(into[2].severity == Severity::Error);
}
