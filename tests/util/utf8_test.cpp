// UTF-8 helpers: validation, display width, sanitising, normalising.
#include <doctest/doctest.h>

#include <string>

#include "util/diagnostic.h"
#include "util/utf8.h"

using namespace zhibiao;

TEST_CASE("utf8: first_invalid") {
  CHECK_FALSE(utf8::first_invalid("地区生产总值 GDP ７").has_value());
  CHECK_FALSE(utf8::first_invalid("").has_value());
  CHECK(utf8::first_invalid("ab\xFF") == 2u);
  CHECK(utf8::first_invalid("\xC0\xAF") == 0u);                      // overlong '/'
  CHECK(utf8::first_invalid("\xE0\x80\xAF") == 0u);                  // overlong, 3 bytes
  CHECK(utf8::first_invalid("x\xED\xA0\x80") == 1u);                 // surrogate U+D800
  CHECK(utf8::first_invalid("\xF4\x90\x80\x80") == 0u);              // above U+10FFFF
  CHECK(utf8::first_invalid("地\xE5\x8C") == 3u);                    // truncated 区
  CHECK(utf8::first_invalid("caf\xE9 ") == 3u);                      // Latin-1
  CHECK_FALSE(utf8::first_invalid("\xF0\x9F\x98\x80").has_value());  // U+1F600
}

TEST_CASE("utf8: next and append round trip") {
  std::string s = "a地😀";
  std::size_t i = 0;
  CHECK(utf8::next(s, i) == U'a');
  CHECK(i == 1);
  CHECK(utf8::next(s, i) == U'地');
  CHECK(i == 4);
  CHECK(utf8::next(s, i) == U'😀');
  CHECK(i == 8);
  std::string out;
  for (char32_t cp : {U'a', U'地', U'😀', U'é'}) utf8::append(out, cp);
  CHECK(out == "a地😀é");
}

TEST_CASE("utf8: display width") {
  CHECK(utf8::display_width("地区生产总值") == 12);
  CHECK(utf8::display_width("GDP") == 3);
  CHECK(utf8::display_width("７") == 2);
  CHECK(utf8::display_width("a地b") == 4);
}

TEST_CASE("utf8: sanitize makes text safe to echo") {
  CHECK(utf8::sanitize("增长五%") == "增长五%");
  CHECK(utf8::sanitize("a\x1b[31m") == "a\\x1B[31m");
  CHECK(utf8::sanitize("x\xFFy") == "x\\xFFy");
  CHECK(utf8::sanitize(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(utf8::sanitize("\x7F") == "\\x7F");
}

TEST_CASE("utf8: normalize folds full-width forms and keeps the origin") {
  utf8::Normalized n = utf8::normalize("＋５．５％");
  CHECK(n.text == "+5.5%");
  REQUIRE(n.origin.size() == n.text.size() + 1);
  // each full-width character is 3 bytes in the original
  CHECK(n.origin[0] == 0);
  CHECK(n.origin[1] == 3);
  CHECK(n.origin[4] == 12);
  CHECK(n.origin[5] == 15);                          // the end
  CHECK(utf8::normalize("−3.4").text == "-3.4");     // U+2212
  CHECK(utf8::normalize("1\u30002").text == "1 2");  // ideographic space
  CHECK(utf8::normalize("＞＝９３％").text == ">=93%");
  CHECK(utf8::normalize("６％～６.５％").text == "6%~6.5%");
  CHECK(utf8::normalize("地区").text == "地区");  // Han text is left alone
  utf8::Normalized han = utf8::normalize("增长5%");
  CHECK(han.origin[6] == 6);  // '5' follows the 6 bytes of 增长
}

TEST_CASE("utf8: column_of counts characters") {
  CHECK(utf8::column_of("abc", 2) == 2);
  CHECK(utf8::column_of("地区x", 6) == 2);
  CHECK(utf8::column_of("地区x", 7) == 3);
  CHECK(utf8::column_of("", 5) == 0);
}

TEST_CASE("diagnostic: compiler-style lines") {
  Diagnostic d{"data/2020.yaml", {14, 13}, Severity::Error, "target '增长五%' is not a target expression"};
  CHECK(format_diagnostic(d) == "data/2020.yaml:14:13: error: target '增长五%' is not a target expression");
  Diagnostic w{"f.yaml", {}, Severity::Warning, "no data"};
  CHECK(format_diagnostic(w) == "f.yaml: warning: no data");
  CHECK(has_errors({d, w}));
  CHECK_FALSE(has_errors({w}));
  CHECK_FALSE(has_errors({}));
}

TEST_CASE("utf8: C1 controls and bidi overrides are unsafe, their neighbours are not") {
  for (char32_t cp : {U'\u0080', U'\u009B', U'\u009F', U'\u202A', U'\u202E', U'\u2066', U'\u2069'})
    CHECK(utf8::is_unsafe_control(cp));
  for (char32_t cp : {U'\u007E', U'\u00A0', U'\u2029', U'\u202F', U'\u2065', U'\u206A', U'地'})
    CHECK_FALSE(utf8::is_unsafe_control(cp));
}

TEST_CASE("utf8: sequence_length") {
  CHECK(utf8::sequence_length("a", 0) == 1);
  CHECK(utf8::sequence_length("地", 0) == 3);
  CHECK(utf8::sequence_length("\xF0\x9F\x98\x80", 0) == 4);
  CHECK(utf8::sequence_length("\xFF", 0) == 0);
  CHECK(utf8::sequence_length("\xE5\x9C", 0) == 0);  // truncated
  CHECK(utf8::sequence_length("\xC0\xAF", 0) == 0);  // overlong
}

TEST_CASE("utf8: sanitize escapes C1 controls and bidi overrides too, and twice is once") {
  CHECK(utf8::sanitize("涨幅\u202E达标") == "涨幅\\u202E达标");
  CHECK(utf8::sanitize("a\u009B31m") == "a\\u009B31m");
  CHECK(utf8::sanitize("\u2066x\u2069") == "\\u2066x\\u2069");
  const std::string hostile = "e\x1b[31m\xFF\u202E.yaml";
  CHECK(utf8::sanitize(hostile) == "e\\x1B[31m\\xFF\\u202E.yaml");
  CHECK(utf8::sanitize(utf8::sanitize(hostile)) == utf8::sanitize(hostile));
}

TEST_CASE("utf8: fit_width cuts to display columns with an ellipsis") {
  CHECK(utf8::fit_width("GDP", 40) == "GDP");
  CHECK(utf8::fit_width("abcdef", 6) == "abcdef");
  CHECK(utf8::fit_width("abcdefg", 6) == "abcde…");
  // 地区生产 is 8 columns; within 7 only 地区生 (6) fits before the "…"
  CHECK(utf8::fit_width("地区生产总值", 7) == "地区生…");
  CHECK(utf8::display_width(utf8::fit_width(std::string(10000, 'x'), 40)) == 40);
}

TEST_CASE("utf8: fit_width_left keeps the end, where a path tells files apart") {
  CHECK(utf8::fit_width_left("a.yaml", 6) == "a.yaml");
  // 20 columns: "…" and the last 19 of "examples/national-2022.yaml:" (28):
  // "national-2022.yaml:" is 8 + 5 + 5 + 1 = 19
  CHECK(utf8::fit_width_left("examples/national-2022.yaml:", 20) == "…national-2022.yaml:");
  CHECK(utf8::fit_width_left("examples/national-2013-2018.yaml:", 20) !=
        utf8::fit_width_left("examples/national-2022.yaml:", 20));
  // 数据/产总值.yaml: "值.yaml" is 7 columns, "总值.yaml" 9: within 9 only "…" + 7 fit
  CHECK(utf8::fit_width_left("数据/产总值.yaml", 9) == "…值.yaml");
  CHECK(utf8::display_width(utf8::fit_width_left(std::string(10000, 'x'), 40)) == 40);
}

TEST_CASE("diagnostic: problems past the cap are counted, not kept") {
  Diagnostics ds;
  for (int i = 1; i <= 5; ++i) add_capped(ds, {"f.yaml", {i, 1}, Severity::Warning, "w"}, 2);
  // 2 kept, the other 3 counted in one entry
  REQUIRE(ds.size() == 3);
  CHECK(ds[2].more == 3);
  CHECK(ds[2].severity == Severity::Warning);
  add_capped(ds, {"f.yaml", {9, 1}, Severity::Error, "e"}, 2);
  CHECK(ds.size() == 3);
  CHECK(ds[2].more == 4);
  CHECK(ds[2].severity == Severity::Error);  // an error among them makes it one
  limit_problems(ds, 2);
  CHECK(format_diagnostic(ds[2]) == "… 4 more problems in f.yaml");
}

TEST_CASE("diagnostic: limit_problems caps each file and puts the count after its last kept problem") {
  Diagnostics ds;
  for (int i = 1; i <= 4; ++i) ds.push_back({"a.yaml", {i, 1}, Severity::Error, "a"});
  ds.push_back({"b.yaml", {1, 1}, Severity::Error, "b"});
  ds.push_back({"a.yaml", {9, 1}, Severity::Warning, "late"});
  limit_problems(ds, 3);
  // a.yaml: 5 problems, 3 kept, 2 counted; b.yaml: 1, kept
  REQUIRE(ds.size() == 5);
  CHECK(ds[2].at.line == 3);
  CHECK(ds[3].more == 2);
  CHECK(format_diagnostic(ds[3]) == "… 2 more problems in a.yaml");
  CHECK(ds[4].file == "b.yaml");
  Diagnostics all = {{"a.yaml", {1, 1}, Severity::Error, "a"}, {"a.yaml", {2, 1}, Severity::Error, "a"}};
  limit_problems(all, 0);  // 0: no cap
  CHECK(all.size() == 2);
}

TEST_CASE("diagnostic: the file name is shown escaped") {
  Diagnostic d{"a\x1b]0;x\x07\nb.yaml", {1, 2}, Severity::Error, "m"};
  CHECK(format_diagnostic(d) == "a\\x1B]0;x\\x07\\x0Ab.yaml:1:2: error: m");
}
