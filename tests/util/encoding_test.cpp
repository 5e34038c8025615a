// Reading a report's bytes as UTF-8 or GBK (src/util/encoding.h).
#include <doctest/doctest.h>

#include <string>

#include "util/encoding.h"

using namespace zhibiao;

TEST_CASE("UTF-8 stays as it is; a BOM is taken off") {
  CHECK(decode_utf8_or_gbk("地区生产总值143.63亿元") == "地区生产总值143.63亿元");
  CHECK(decode_utf8_or_gbk("\xEF\xBB\xBF增长5%") == "增长5%");
  CHECK(decode_utf8_or_gbk("") == "");
}

TEST_CASE("GBK becomes UTF-8") {
  // 地 = B5 D8, 区 = C7 F8 in GB 2312 (row 21 col 56, row 39 col 88); ASCII is itself.
  CHECK(decode_utf8_or_gbk("\xB5\xD8\xC7\xF8"
                           "5%") == "地区5%");
}

TEST_CASE("bytes that are neither UTF-8 nor GBK are refused") {
  CHECK_FALSE(decode_utf8_or_gbk("\xFF\xFE\xFF"));
  CHECK_FALSE(decode_utf8_or_gbk("\xB5"));  // half a character
}
