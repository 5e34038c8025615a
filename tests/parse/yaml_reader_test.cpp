// The strict YAML reader (src/parse/yaml_reader.h): a good document's tree
// with 1-based marks, and every rule it enforces as one whole located
// message (the column counted in characters of the line).
#include <doctest/doctest.h>

#include "test_support.h"

#include <string>

#include "parse/yaml_reader.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
struct Read {
  std::optional<Node> root;
  Diagnostics problems;
};
Read read(const std::string& text) {
  Read r;
  r.root = read_yaml(text, "t.yaml", r.problems);
  return r;
}
// The one problem of `text`, which must not read, as the user sees it.
std::string only_problem(const std::string& text) {
  Read r = read(text);
  CHECK_FALSE(r.root.has_value());
  REQUIRE(r.problems.size() == 1);
  return format_diagnostic(r.problems[0]);
}
std::string rep(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}
}  // namespace

TEST_CASE("yaml: a good document's tree keeps the text and 1-based marks") {
  Read r = read(lines({
      "title: 标题",
      "indicators:",
      "  - id: gdp",
      "    baseline: 143.63",
      "    note: \"q\"",
      "    target:",
  }));
  REQUIRE(r.problems.empty());
  REQUIRE(r.root.has_value());
  const Node& root = *r.root;
  REQUIRE(root.is_map());
  REQUIRE(root.map_size() == 2);
  CHECK(root.key(0).text == "title");
  CHECK(root.key(0).at.line == 1);
  CHECK(root.key(0).at.column == 1);
  // "title: " is 7 characters: the value starts at column 8
  CHECK(root.value(0).text == "标题");
  CHECK(root.value(0).at.line == 1);
  CHECK(root.value(0).at.column == 8);
  CHECK(root.key(1).at.line == 2);
  const Node& list = root.value(1);
  REQUIRE(list.is_sequence());
  REQUIRE(list.items.size() == 1);
  const Node& gdp = list.items[0];
  REQUIRE(gdp.is_map());
  REQUIRE(gdp.map_size() == 4);
  // "  - " is 4 characters: the item's first key is at 3:5
  CHECK(gdp.key(0).text == "id");
  CHECK(gdp.key(0).at.line == 3);
  CHECK(gdp.key(0).at.column == 5);
  CHECK(gdp.value(0).at.column == 9);
  // a number stays its text, exactly; "    baseline: " is 14 characters
  CHECK(gdp.value(1).is_scalar());
  CHECK(gdp.value(1).text == "143.63");
  CHECK_FALSE(gdp.value(1).quoted);
  CHECK(gdp.value(1).at.line == 4);
  CHECK(gdp.value(1).at.column == 15);
  // a quoted scalar is marked quoted, at its opening quote
  CHECK(gdp.value(2).text == "q");
  CHECK(gdp.value(2).quoted);
  CHECK(gdp.value(2).at.column == 11);
  // a key with nothing after it holds null
  CHECK(gdp.key(3).text == "target");
  CHECK(gdp.value(3).is_null());
}

TEST_CASE("yaml: columns count characters, not bytes") {
  // {名称: 地区, b: 1}: { 名 称 : ␠ 地 区 , ␠ b → b is the 10th character
  // (the 18th byte: each Han character is three bytes in UTF-8)
  Read r = read("{名称: 地区, b: 1}\n");
  REQUIRE(r.problems.empty());
  CHECK(r.root->key(1).text == "b");
  CHECK(r.root->key(1).at.column == 10);
  CHECK(r.root->value(0).at.column == 6);
}

TEST_CASE("yaml: a byte-order mark is skipped, CRLF line ends are read") {
  Read r = read(
      "\xEF\xBB\xBF"
      "a: 1\r\nb: 2\r\n");
  REQUIRE(r.problems.empty());
  REQUIRE(r.root->map_size() == 2);
  CHECK(r.root->key(0).text == "a");
  CHECK(r.root->key(0).at.column == 1);  // the BOM takes no column
  CHECK(r.root->value(1).text == "2");
  CHECK(r.root->key(1).at.line == 2);
}

TEST_CASE("yaml: a duplicate key is reported with where it was first, and the tree is still returned") {
  Read r = read(lines({"indicators:", "  - id: gdp", "    baseline: 1", "    target: 5%", "    baseline: 2"}));
  REQUIRE(r.root.has_value());
  REQUIRE(r.problems.size() == 1);
  CHECK(format_diagnostic(r.problems[0]) == "t.yaml:5:5: error: duplicate key 'baseline' (first at 3:5)");
}

TEST_CASE("yaml: duplicate keys in a large mapping are found too (the hashed check)") {
  // 20 keys k1..k20 (more than 16), then k3 again on line 21
  std::string text;
  for (int i = 1; i <= 20; ++i) text += "k" + std::to_string(i) + ": x\n";
  text += "k3: y\n";
  Read r = read(text);
  REQUIRE(r.problems.size() == 1);
  CHECK(format_diagnostic(r.problems[0]) == "t.yaml:21:1: error: duplicate key 'k3' (first at 3:1)");
}

TEST_CASE("yaml: anchors and aliases are refused") {
  // the anchor is met first, at its '&' (column 4)
  CHECK(only_problem(lines({"a: &x 1", "b: *x"})) ==
        "t.yaml:1:4: error: anchors (&name) are not supported: write the value out");
  CHECK(only_problem(lines({"a: &m {k: 1}"})) ==
        "t.yaml:1:4: error: anchors (&name) are not supported: write the value out");
  // an alias without its anchor is already a YAML syntax error, at the '*'
  CHECK(only_problem(lines({"a: 1", "b: *x"})) ==
        "t.yaml:2:4: error: YAML syntax: the referenced anchor is not defined");
}

TEST_CASE("yaml: tags are refused; plain and quoted scalars are not tagged") {
  CHECK(only_problem(lines({"a: 1", "b: !foo 2"})) == "t.yaml:2:4: error: tags (!foo) are not supported");
  CHECK(only_problem(lines({"a: !!str 143.63"})) ==
        "t.yaml:1:4: error: tags (tag:yaml.org,2002:str) are not supported");
  CHECK(only_problem(lines({"a: !!map {k: 1}"})) ==
        "t.yaml:1:4: error: tags (tag:yaml.org,2002:map) are not supported");
  Read ok = read(lines({"a: '1'", "b: \"2\"", "c: 3"}));
  CHECK(ok.problems.empty());
}

TEST_CASE("yaml: one document per file") {
  CHECK(only_problem(lines({"a: 1", "---", "b: 2"})) ==
        "t.yaml:3:1: error: a second YAML document (or text after the first): one document per file");
  // a document end marker with nothing after it is fine
  CHECK(read(lines({"---", "a: 1", "..."})).problems.empty());
}

TEST_CASE("yaml: a tab used for indentation is refused on every line") {
  Read r = read("a:\n\tb: 1\nc:\n  \td: 2\ne: \"x\ty\"\n");
  CHECK_FALSE(r.root.has_value());
  // line 4: two spaces then the tab, at column 3; a tab inside a value is no indentation
  REQUIRE(r.problems.size() == 2);
  CHECK(format_diagnostic(r.problems[0]) == "t.yaml:2:1: error: tab used for indentation (YAML indents with spaces)");
  CHECK(format_diagnostic(r.problems[1]) == "t.yaml:4:3: error: tab used for indentation (YAML indents with spaces)");
  // after "- " a tab still indents
  CHECK(only_problem("a:\n- \tb\n") == "t.yaml:2:3: error: tab used for indentation (YAML indents with spaces)");
}

TEST_CASE("yaml: bytes that are not UTF-8 text") {
  // a Latin-1 é (0xE9) after "name: ", and a lone continuation byte
  CHECK(only_problem("name: caf\xE9\n") == "t.yaml:1:10: error: not UTF-8 text (byte 0xE9)");
  CHECK(only_problem("a: \xFF\n") == "t.yaml:1:4: error: not UTF-8 text (byte 0xFF)");
  // control bytes other than tab, CR and LF
  CHECK(only_problem("a: x\x01y\n") == "t.yaml:1:5: error: control character 0x01: this is not a text file");
  CHECK(only_problem("a: \x7F\n") == "t.yaml:1:4: error: control character 0x7F: this is not a text file");
  // raw C1 controls and bidi overrides; the column counts the Han character as one
  CHECK(only_problem("a: 地\xC2\x9B\n") == "t.yaml:1:5: error: U+009B, a C1 control character: this is not plain text");
  CHECK(only_problem("a: x\xE2\x80\xAE\n") ==
        "t.yaml:1:5: error: U+202E, a bidi control that reorders the text shown: this is not plain text");
  // every one is reported, not just the first
  Read r = read("a: \xFF\nb: \x01\nc: \xFE\n");
  CHECK(r.problems.size() == 3);
}

TEST_CASE("yaml: a key must be a scalar") {
  CHECK(only_problem(lines({"indicators:", "  - id: gdp", "    ? [a, b]", "    : 1"})) ==
        "t.yaml:3:7: error: a key must be a plain value, not a list");
  CHECK(only_problem(lines({"? {k: 1}", ": 1"})) == "t.yaml:1:3: error: a key must be a plain value, not a mapping");
}

TEST_CASE("yaml: nesting is bounded at 32 levels") {
  // the top mapping is level 1: "a: " and 31 '[' make 32 levels, one more is too many
  Read ok = read("a: " + rep("[", 31) + rep("]", 31) + "\n");
  CHECK(ok.problems.empty());
  // the 32nd '[' (the 33rd container) is at column 3 + 32 = 35
  CHECK(only_problem("a: " + rep("[", 32) + rep("]", 32) + "\n") ==
        "t.yaml:1:35: error: nesting too deep (more than 32 levels)");
}

TEST_CASE("yaml: an empty file, a file of comments, and a file too large") {
  CHECK(only_problem("") == "t.yaml: error: no data: the file is empty");
  CHECK(only_problem("# only a comment\n\n") == "t.yaml: error: no data: the file is empty");
  // one byte over 8 MiB (8 × 1024 × 1024 = 8388608) is refused before parsing
  std::string big(kMaxFileBytes + 1, '#');
  CHECK(only_problem(big) == "t.yaml: error: file too large (8388609 bytes; the limit is 8 MiB)");
}

TEST_CASE("yaml: a syntax error is located") {
  // an unclosed flow list: found at the end of the text, after the last line break
  CHECK(only_problem("indicators: [1, 2\n") == "t.yaml:2:1: error: YAML syntax: end of sequence flow not found");
}

// yaml-cpp 0.7 reads an unclosed quoted scalar to the end of the file without
// an error, so the rest of the file would become the value and its figures be
// lost in silence (`check` would exit 0 on a file whose missed target was
// swallowed); the reader refuses it at the opening quote.
TEST_CASE("yaml: an unclosed quote is an error") {
  Read r = read(lines({"indicators:", "  - id: a", "    name: \"甲", "    unit: 元", "    baseline: 1"}));
  CHECK_FALSE(r.root.has_value());
  REQUIRE(r.problems.size() == 1);
  // "    name: " is 10 columns: the quote stands at column 11 of line 3
  CHECK(format_diagnostic(r.problems[0]) == "t.yaml:3:11: error: the quote \" opened here is never closed");
  // closed quotes, with escapes and '' inside, are fine
  CHECK(read(lines({"a: \"x\\\"y\"", "b: 'it''s'"})).root.has_value());
}
