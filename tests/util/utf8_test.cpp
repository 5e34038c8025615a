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
