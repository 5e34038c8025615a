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

TEST_CASE("render: a text table fits a width by dropping columns in their order, folding the unit into the name") {
  Table t;
  const auto name = t.add_column("指标", Align::Left);
  t.shrink = name;
  t.add_column("状态", Align::Left);
  t.add_column("单位", Align::Left, 2, static_cast<int>(name));
  t.add_column("基期值", Align::Right, 3);
  t.add_column("增速", Align::Right, 1);
  t.rows = {{"地区生产总值", "达标", "亿元", "143.63", "4.8%"}, {"城镇新增就业", "未达标", "人", "1684", ""}};
  // Widths: 指标 12, 状态 6, 单位 4, 基期值 6, 增速 4: 32 + 4 × 2 = 40 columns.
  CHECK(utf8::display_width(split_lines(render_text(t))[2]) == 40);
  CHECK(split_lines(render_text(t, 40)) == split_lines(render_text(t)));
  // At 39, 基期值 (the highest rank, 3) goes first: 12 + 6 + 4 + 4 + 3 × 2 = 32.
  auto at39 = split_lines(render_text(t, 39));
  CHECK(at39[0] == "指标          状态    单位  增速");
  CHECK(at39[2] == "地区生产总值  达标    亿元  4.8%");
  // At 31 the unit (rank 2) goes too, into the name: 地区生产总值(亿元) is
  // 18 wide: 18 + 6 + 4 + 2 × 2 = 32 > 31, so 增速 (rank 1) goes: 18 + 6 + 2 = 26.
  auto at31 = split_lines(render_text(t, 31));
  CHECK(at31[0] == "指标                状态");
  CHECK(at31[2] == "地区生产总值(亿元)  达标");
  CHECK(at31[3] == "城镇新增就业(人)    未达标");
  CHECK(at31[1] == rep("─", 26));
}

TEST_CASE("render: when no column can go, the name is shortened and no line is wider than the width") {
  Table t;
  t.shrink = t.add_column("指标", Align::Left);
  t.add_column("状态", Align::Left);
  t.rows = {{"规模以上工业增加值", "未达标"}};
  // 18 + 2 + 6 = 26 columns; at 20 the name is cut to 20 − 8 = 12 columns: 5 Han characters and "…" (11).
  auto lines = split_lines(render_text(t, 20));
  CHECK(lines[2] == "规模以上工…  未达标");
  for (const auto& l : lines) CHECK(utf8::display_width(l) <= 20);
  // Narrower than the name's minimum (8): the line itself is cut with "…".
  for (const auto& l : split_lines(render_text(t, 12))) CHECK(utf8::display_width(l) <= 12);
  // The name at its minimum, "规模以…" (7 columns), then 未达标 cut: 7 + 2 + 2 + "…" = 12.
  CHECK(split_lines(render_text(t, 12))[2] == "规模以…  未…");
}

TEST_CASE("render: a cut line keeps its colour codes closed, and lines of their own are broken, never cut") {
  Table t;
  t.headers = {"名称", "状态"};
  t.rows = {{"a", "未达标"}};
  t.styles = {{"", "\x1b[31m"}};
  t.lines = {{0, "霍林郭勒市2020年主要预期目标 · 2020年"}, {1, "end"}};
  auto lines = split_lines(render_text(t, 8));
  REQUIRE(lines.size() == 9);
  CHECK(lines[0] == "名称  …");
  CHECK(lines[1] == rep("─", 8));
  // The heading breaks at " · "; its first part (28 columns, no space) is
  // folded between characters, 8 columns a line: 霍林郭勒 (4 × 2), 市2020年
  // (2 + 4 + 2), 主要预期 (4 × 2), 目标; then 2020年.
  CHECK(lines[2] == "霍林郭勒");
  CHECK(lines[3] == "市2020年");
  CHECK(lines[4] == "主要预期");
  CHECK(lines[5] == "目标");
  CHECK(lines[6] == "2020年");
  CHECK(lines[7] == "a     \x1b[31m…\x1b[0m");  // 1 + 5 spaces; 未 (2) and "…" would make 9
  CHECK(lines[8] == "end");
}

TEST_CASE("render: fold_line breaks at spaces, indents what follows, and loses nothing") {
  // 30 columns: "a.yaml:3:5: error: gdp 2022:" is 28 columns, " target" would make 35. Then 26
  // columns after the indent: "target '增长5.5%左右'" is 6 + 1 + 15 = 22 ('增长5.5%左右' is
  // 1 + 4 + 4 + 4 + 1 quote and characters, 增长 and 左右 two columns each), " missed" would make 29.
  const std::string line = "a.yaml:3:5: error: gdp 2022: target '增长5.5%左右' missed";
  CHECK(fold_line(line, 30, 4) == "a.yaml:3:5: error: gdp 2022:\n    target '增长5.5%左右'\n    missed");
  // 24: "a.yaml:3:5: error: gdp" is 22, then 20 a line: "2022: target" 12, "'增长5.5%左右'" 15, "missed"
  CHECK(fold_line(line, 24, 4) == "a.yaml:3:5: error: gdp\n    2022: target\n    '增长5.5%左右'\n    missed");
  // a word wider than the room is broken between characters: 中文 are 2 columns each
  CHECK(fold_line("中文中文中文", 5, 2) == "中文\n  中\n  文\n  中\n  文");
  // Two blanks at a break leave none at the end of the line ("ab", not "ab ");
  // leading blanks are no break: "   ab" (5 columns), then "cdef".
  CHECK(fold_line("ab  cd", 4, 0) == "ab\ncd");
  CHECK(fold_line("   abcdef", 5, 0) == "   ab\ncdef");
  CHECK(fold_line(line, 0, 4) == line);    // 0: no limit
  CHECK(fold_line(line, 200, 4) == line);  // fits: as it is
  for (std::size_t w : {8u, 13u, 30u, 41u}) {
    std::istringstream folded(fold_line(line, w, 4));
    std::string kept;  // every character but the spaces, in order: nothing lost
    for (std::string part; std::getline(folded, part);) {
      CHECK(utf8::display_width(part) <= w);
      for (char c : part)
        if (c != ' ') kept += c;
    }
    std::string all;
    for (char c : line)
      if (c != ' ') all += c;
    CHECK(kept == all);
  }
}
