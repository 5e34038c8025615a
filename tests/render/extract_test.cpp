// The draft that `extract` prints (src/render/extract.h): YAML that the data
// reader takes, notes joined, what was not placed as comments at the end.
#include <doctest/doctest.h>

#include "test_support.h"

#include "render/extract.h"

using namespace zhibiao;
using namespace zhibiao::test;

TEST_CASE("the draft: year, indicators with value, growth, target and notes, then the unplaced") {
  ExtractResult r;
  r.year = 2020;
  r.indicators.push_back({"gdp",
                          "地区生产总值",
                          "亿元",
                          "143.63亿元",
                          "4.5%",
                          "增长5%",
                          {"第8行：完成地区生产总值143.63亿元、增长4.5%", "第20行：地区生产总值增长5%"}});
  r.indicators.push_back({"retail_sales", "社会消费品零售总额", "亿元", {}, "3.3%", {}, {"第8行：x"}});
  r.unplaced.push_back({9, "空气质量优良天数达到337天", "单位不符"});
  CHECK(render_extract(r) ==
        lines({"# zhibiao extract: a draft from a work report's text. Check every figure",
               "# against the report (each note quotes its clause and line) before use.", "year: 2020",
               "indicators:", "  - id: gdp", "    name: \"地区生产总值\"", "    unit: \"亿元\"",
               "    baseline: {value: \"143.63亿元\", growth: \"4.5%\"}", "    target: \"增长5%\"",
               "    note: \"第8行：完成地区生产总值143.63亿元、增长4.5%；第20行：地区生产总值增长5%\"",
               "  - id: retail_sales", "    name: \"社会消费品零售总额\"", "    unit: \"亿元\"",
               "    baseline: {growth: \"3.3%\"}", "    note: \"第8行：x\"",
               "# 未识别: 第9行：空气质量优良天数达到337天（单位不符）"}));
}

TEST_CASE("without a year the draft says so; quotes and backslashes are escaped") {
  ExtractResult r;
  r.indicators.push_back({"gdp", "地区生产总值", "亿元", {}, {}, "增长5%", {"第1行：\"GDP\"\\增长5%"}});
  std::string text = render_extract(r);
  CHECK(text.find("# 年份未能从文本读出：用 --year 指定\nindicators:\n") != std::string::npos);
  CHECK(text.find("    note: \"第1行：\\\"GDP\\\"\\\\增长5%\"\n") != std::string::npos);
  CHECK(render_extract(ExtractResult{}).ends_with("indicators: []\n"));
}
