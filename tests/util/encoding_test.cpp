// Text to UTF-8 (src/util/encoding.h), for import's tables and extract's reports: UTF-8 kept, a BOM dropped, GBK
// converted, and bytes that are neither located.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "util/encoding.h"

using namespace zhibiao;
using encoding::Encoding;

TEST_CASE("UTF-8 is kept as it is, and a BOM is dropped") {
  auto plain = encoding::to_utf8("指标,2024年\n");
  REQUIRE(plain);
  CHECK(plain->text == "指标,2024年\n");
  CHECK(plain->from == Encoding::Utf8);
  auto bom = encoding::to_utf8("\xEF\xBB\xBF指标,2024年\n");
  REQUIRE(bom);
  CHECK(bom->text == "指标,2024年\n");
  CHECK(bom->from == Encoding::Utf8Bom);
}

TEST_CASE("GBK is detected and converted") {
  // 指标 in GBK is D6 B8 B1 EA; 亿元 is D2 DA D4 AA; ‰ is A1 EB.
  auto t = encoding::to_utf8("\xD6\xB8\xB1\xEA,\xD2\xDA\xD4\xAA,\xA1\xEB");
  REQUIRE(t);
  CHECK(t->text == "指标,亿元,‰");
  CHECK(t->from == Encoding::Gb18030);
}

TEST_CASE("the committed GBK fixture is GBK, and reads as the UTF-8 one") {
  auto slurp = [](const char* path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
  };
  auto gbk = encoding::to_utf8(slurp(ZHIBIAO_TESTS_DIR "/data/nbs-annual-gbk.csv"));
  REQUIRE(gbk);
  CHECK(gbk->from == Encoding::Gb18030);
  std::string text = gbk->text;
  std::erase(text, '\r');  // it was written with CRLF line ends
  CHECK(text == slurp(ZHIBIAO_TESTS_DIR "/data/nbs-annual.csv"));
}

TEST_CASE("bytes that are neither UTF-8 nor GBK are located; UTF-16 is refused by name") {
  auto bad = encoding::to_utf8("ab\n\x81\x20");  // 0x81 opens a GBK pair, and 0x20 cannot close it
  REQUIRE_FALSE(bad);
  CHECK(bad.error().offset == 3);
  auto wide = encoding::to_utf8(std::string_view("\xFF\xFEx\0", 4));
  REQUIRE_FALSE(wide);
  CHECK(wide.error().message.find("UTF-16") != std::string::npos);
  auto after_bom = encoding::to_utf8("\xEF\xBB\xBFok\xFF");
  REQUIRE_FALSE(after_bom);
  CHECK(after_bom.error().offset == 5);
}

// decode_utf8_or_gbk, as extract uses it.
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
