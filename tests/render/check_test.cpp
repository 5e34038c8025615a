// Escaping for JUnit XML and GitHub annotations.
#include <doctest/doctest.h>

#include "test_support.h"

#include "render/check.h"

using namespace zhibiao;
using namespace zhibiao::test;

TEST_CASE("render: xml_escape") {
  CHECK(xml_escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
  CHECK(xml_escape("地区生产总值") == "地区生产总值");
  // control characters other than tab and newline are not allowed in XML 1.0
  CHECK(xml_escape(std::string("a\x01"
                               "b\x1b"
                               "c")) == "abc");
  CHECK(xml_escape(std::string("a\0b", 3)) == "ab");
}

TEST_CASE("render: github_escape") {
  CHECK(github_escape("50%\nnext\r", false) == "50%25%0Anext%0D");
  CHECK(github_escape("t.yaml: 1,2", false) == "t.yaml: 1,2");
  CHECK(github_escape("a:b,c", true) == "a%3Ab%2Cc");
  CHECK(github_escape("100%", true) == "100%25");
}

TEST_CASE("render: xml_escape drops the non-characters XML 1.0 forbids") {
  // U+FFFE and U+FFFF are valid UTF-8 but not XML 1.0 characters (Char production)
  CHECK(xml_escape("a\xEF\xBF\xBE"
                   "b\xEF\xBF\xBF"
                   "c") == "abc");
}

TEST_CASE("render: xml_escape turns bytes that are not UTF-8 into escapes") {
  CHECK(xml_escape("e\xFF.yaml") == "e\\xFF.yaml");
}
