// Tables by display width, Markdown, CSV (RFC 4180), TSV.
#include <doctest/doctest.h>

#include "test_support.h"

#include <sstream>
#include <string>
#include <vector>

#include "render/table.h"
#include "util/utf8.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
std::string rep(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}
std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}
}  // namespace

TEST_CASE("render: a Han character is two columns wide") {
  CHECK(utf8::display_width("地区生产总值") == 12);
  CHECK(utf8::display_width("GDP") == 3);
  CHECK(utf8::display_width("７") == 2);
  CHECK(utf8::display_width("") == 0);
  CHECK(utf8::display_width("143.63亿元") == 10);  // 6 + 2 × 2
  CHECK(utf8::display_width("％") == 2);
}

TEST_CASE("render: text tables align Chinese text by display width") {
  Table t;
  t.headers = {"名称", "值"};
  t.rows = {{"地区生产总值", "1"}, {"GDP", "22"}};
  // column widths: max(4, 12, 3) = 12 and max(2, 1, 2) = 2, two spaces between
  std::string expected =
      "名称" + rep(" ", 10) + "值\n" + rep("─", 16) + "\n" + "地区生产总值  1\n" + "GDP" + rep(" ", 11) + "22\n";
  CHECK(render_text(t) == expected);

  // every line puts the second column at display column 14
  for (const auto& line : split_lines(render_text(t))) {
    if (line.rfind("─", 0) == 0) continue;
    std::size_t start = line.find_first_not_of(' ', line.find(' '));
    CHECK(utf8::display_width(line.substr(0, start)) == 14);
  }
}

TEST_CASE("render: right-aligned numbers line up at the right edge") {
  Table t;
  t.headers = {"指标", "增长"};
  t.align = {Align::Left, Align::Right};
  t.rows = {{"地区生产总值", "4.8"}, {"GDP", "10.25"}};
  // widths 12 and max(4, 3, 5) = 5
  std::string expected = "指标" + rep(" ", 11) + "增长\n" + rep("─", 19) + "\n" + "地区生产总值    4.8\n" + "GDP" +
                         rep(" ", 11) + "10.25\n";
  CHECK(render_text(t) == expected);
  for (const auto& line : split_lines(render_text(t))) CHECK(utf8::display_width(line) == 19);
}

TEST_CASE("render: styles do not move the columns") {
  Table t;
  t.headers = {"状态", "x"};
  t.rows = {{"达成", "1"}, {"未达成", "2"}};
  t.styles = {{"\x1b[32m", ""}, {"\x1b[31m", ""}};
  std::string out = render_text(t);
  // the style wraps the padded cell: "达成" + 2 spaces of padding, then the reset
  CHECK(out.find("\x1b[32m达成  \x1b[0m  1\n") != std::string::npos);
  CHECK(out.find("\x1b[31m未达成\x1b[0m  2\n") != std::string::npos);
}

TEST_CASE("render: markdown escapes pipes") {
  Table t;
  t.headers = {"a", "b"};
  t.align = {Align::Left, Align::Right};
  t.rows = {{"x|y", "1"}};
  CHECK(render_markdown(t) == "| a | b |\n| --- | ---: |\n| x\\|y | 1 |\n");
}

TEST_CASE("render: CSV is RFC 4180 with CRLF") {
  Table t;
  t.headers = {"名称", "note"};
  t.rows = {{"x,y", "say \"hi\""}, {"line1\nline2", "plain"}, {"", "a\rb"}};
  std::string expected =
      "名称,note\r\n"
      "\"x,y\",\"say \"\"hi\"\"\"\r\n"
      "\"line1\nline2\",plain\r\n"
      ",\"a\rb\"\r\n";
  CHECK(render_csv(t, false) == expected);
  CHECK(render_csv(t, true) == "\xEF\xBB\xBF" + expected);
}

TEST_CASE("render: TSV turns tabs and newlines inside cells into spaces") {
  Table t;
  t.headers = {"a", "b"};
  t.rows = {{"x\ty", "1\n2"}};
  CHECK(render_tsv(t) == "a\tb\nx y\t1 2\n");
}

TEST_CASE("render: CSV and TSV text cells a spreadsheet would run get a leading quote, figures do not") {
  Table t;
  t.headers = {"name", "unit", "variance", "growth"};
  t.rows = {{"=cmd|' /C calc'!A0", "@SUM(1)", "-0.6115", "+5%"},
            {"+1+1", "-x", "+0.2pp", "-4.8%"},
            {"\tlead", "亿元", "150.81", "1–2"}};
  CHECK(render_csv(t, false) ==
        "name,unit,variance,growth\r\n"
        "'=cmd|' /C calc'!A0,'@SUM(1),-0.6115,+5%\r\n"
        "'+1+1,'-x,+0.2pp,-4.8%\r\n"
        "'\tlead,亿元,150.81,1–2\r\n");
  CHECK(render_tsv(t) ==
        "name\tunit\tvariance\tgrowth\n"
        "'=cmd|' /C calc'!A0\t'@SUM(1)\t-0.6115\t+5%\n"
        "'+1+1\t'-x\t+0.2pp\t-4.8%\n"
        "' lead\t亿元\t150.81\t1–2\n");
  CHECK(formula_like("-"));
  CHECK(formula_like("+1.2.3"));
  CHECK(formula_like("-1.00–2.00"));  // a range is not one number
  CHECK_FALSE(formula_like("-12.5"));
  CHECK_FALSE(formula_like("地区"));
  CHECK_FALSE(formula_like(""));
}

TEST_CASE("render: a text table cuts long cells to 40 columns and never pads the last column") {
  Table t;
  t.headers = {"名称", "值", "趋势"};
  t.rows = {{std::string(10000, 'x'), "1", "▁▂▃"}, {"GDP", "22", ""}};
  auto lines = split_lines(render_text(t));
  REQUIRE(lines.size() == 4);
  // the name column is 40 wide: 39 x and "…"; the last column is not padded
  CHECK(lines[2] == std::string(39, 'x') + "…  1   ▁▂▃");
  CHECK(lines[3] == "GDP" + std::string(37, ' ') + "  22");
  CHECK(utf8::display_width(lines[0]) == 40 + 2 + 2 + 2 + 4);
  Table last;
  last.headers = {"a", "b"};
  last.rows = {{"x", std::string(100, 'y')}, {"x", "z"}};
  auto l2 = split_lines(render_text(last));
  CHECK(l2[2] == "x  " + std::string(100, 'y'));  // the last column is not cut
  CHECK(l2[3] == "x  z");
}
