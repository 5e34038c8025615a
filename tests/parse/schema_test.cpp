// The schema readers' shared helpers (src/parse/schema.h): unknown keys with a
// did-you-mean or the list of known keys, scalar text with its located
// errors, and years.
#include <doctest/doctest.h>

#include "test_support.h"

#include <array>
#include <string>
#include <string_view>

#include "parse/schema.h"
#include "parse/yaml_reader.h"

using namespace zhibiao;
using namespace zhibiao::test;
using namespace std::string_view_literals;

namespace {
// The tree of `text`, which must read without problems.
Node tree(const std::string& text) {
  Diagnostics problems;
  auto root = read_yaml(text, "t.yaml", problems);
  REQUIRE_MESSAGE(problems.empty(), (problems.empty() ? std::string() : format_diagnostic(problems[0])));
  REQUIRE(root.has_value());
  return *root;
}
constexpr std::array kKeys = {"id"sv, "name"sv, "unit"sv};
}  // namespace

TEST_CASE("schema: an unknown key close to a known one is named with a did-you-mean") {
  // "nmae" → "name": two substitutions (m↔a), within the distance of 2
  Node root = tree(lines({"id: gdp", "nmae: 地区生产总值"}));
  Diagnostics problems;
  SchemaReader r("t.yaml", problems);
  r.check_keys(root, kKeys, "an indicator");
  REQUIRE(problems.size() == 1);
  CHECK(format_diagnostic(problems[0]) ==
        "t.yaml:2:1: error: unknown key 'nmae' in an indicator (did you mean 'name'?)");
}

TEST_CASE("schema: an unknown key far from every known one lists the known keys") {
  // "colour" is 5+ edits from id, name and unit: no guess, the whole list in order
  Node root = tree(lines({"id: gdp", "  # comment", "colour: red"}));
  Diagnostics problems;
  SchemaReader r("t.yaml", problems);
  r.check_keys(root, kKeys, "the file");
  REQUIRE(problems.size() == 1);
  CHECK(format_diagnostic(problems[0]) ==
        "t.yaml:3:1: error: unknown key 'colour' in the file (known keys: id, name, unit)");
}

TEST_CASE("schema: every unknown key is reported, known ones are not") {
  Node root = tree(lines({"idd: a", "name: b", "untt: c", "zzz: d"}));
  Diagnostics problems;
  SchemaReader r("t.yaml", problems);
  r.check_keys(root, kKeys, "x");
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].at.line == 1);
  CHECK(problems[0].message == "unknown key 'idd' in x (did you mean 'id'?)");
  CHECK(problems[1].at.line == 3);
  CHECK(problems[1].message == "unknown key 'untt' in x (did you mean 'unit'?)");
  CHECK(problems[2].at.line == 4);
}

TEST_CASE("schema: text() of null, a scalar, a mapping and a list") {
  Node root = tree(lines({"a:", "b: 143.63", "c: {x: 1}", "d: [1, 2]"}));
  Diagnostics problems;
  SchemaReader r("t.yaml", problems);
  CHECK_FALSE(r.text(root.value(0), "a").has_value());  // null: no value and no error
  CHECK(problems.empty());
  CHECK(r.text(root.value(1), "b") == std::optional<std::string>("143.63"));  // the text as written
  CHECK_FALSE(r.text(root.value(2), "unit").has_value());
  CHECK_FALSE(r.text(root.value(3), "name").has_value());
  REQUIRE(problems.size() == 2);
  // the flow mapping starts at its brace, line 3 column 4
  CHECK(format_diagnostic(problems[0]) == "t.yaml:3:4: error: unit must be a single value here, not a mapping");
  CHECK(format_diagnostic(problems[1]) == "t.yaml:4:4: error: name must be a single value here, not a list");
}

TEST_CASE("schema: text() refuses control characters written as escapes") {
  // "\a" is BEL (0x07), "\n" a line break, "\t" a tab; the quote is at column 7
  Node root = tree(lines({R"(name: "a\ab")", R"(note: "a\nb")", R"(tabs: "a\tb")"}));
  Diagnostics problems;
  SchemaReader r("t.yaml", problems);
  CHECK_FALSE(r.text(root.value(0), "name").has_value());
  CHECK_FALSE(r.text(root.value(0), "name", true).has_value());  // BEL is never allowed
  CHECK_FALSE(r.text(root.value(1), "note").has_value());
  REQUIRE(problems.size() == 3);
  CHECK(format_diagnostic(problems[0]) == "t.yaml:1:7: error: name holds a control character (0x07)");
  CHECK(format_diagnostic(problems[2]) ==
        "t.yaml:2:7: error: note holds a control character (0x0A): write it on one line");
  // line breaks and tabs only where multiline (notes, titles)
  CHECK(r.text(root.value(1), "note", true) == std::optional<std::string>("a\nb"));
  CHECK(r.text(root.value(2), "tabs", true) == std::optional<std::string>("a\tb"));
  CHECK_FALSE(r.text(root.value(2), "tabs").has_value());
  REQUIRE(problems.size() == 4);
  CHECK(problems[3].message == "tabs holds a control character (0x09)");
}

TEST_CASE("schema: text() refuses line separators, C1 controls and bidi overrides") {
  Node root = tree(lines({R"(a: "x\u2028y")", R"(b: "x\u0085y")", R"(c: "x\u202Ey")", R"(d: "甲\u00A0乙")"}));
  Diagnostics problems;
  SchemaReader r("t.yaml", problems);
  CHECK_FALSE(r.text(root.value(0), "title", true).has_value());  // not even in multiline text
  CHECK_FALSE(r.text(root.value(1), "name").has_value());
  CHECK_FALSE(r.text(root.value(2), "name").has_value());
  CHECK(r.text(root.value(3), "name") == std::optional<std::string>("甲\u00A0乙"));  // no-break space is text
  REQUIRE(problems.size() == 3);
  CHECK(format_diagnostic(problems[0]) ==
        "t.yaml:1:4: error: title holds a line or paragraph separator (U+2028/U+2029)");
  CHECK(format_diagnostic(problems[1]) == "t.yaml:2:4: error: name holds U+0085, a C1 control character");
  CHECK(format_diagnostic(problems[2]) ==
        "t.yaml:3:4: error: name holds U+202E, a bidi control that reorders the text shown");
}

TEST_CASE("schema: errors past max_errors are counted, not kept") {
  Node root = tree(lines({"a1: 1", "a2: 2", "a3: 3"}));
  Diagnostics problems;
  SchemaReader r("t.yaml", problems, 2);
  r.check_keys(root, kKeys, "x");
  // two kept, the third counted in a last entry
  REQUIRE(problems.size() == 3);
  CHECK(problems[1].at.line == 2);
  CHECK(problems[2].more == 1);
}

TEST_CASE("schema: did_you_mean chooses the closest candidate within 2 edits") {
  constexpr std::array words = {"baseline"sv, "target"sv, "actual"sv, "tolerance"sv};
  CHECK(did_you_mean("basline", words) == std::optional<std::string_view>("baseline"));  // one deletion
  CHECK(did_you_mean("tagret", words) == std::optional<std::string_view>("target"));     // two substitutions
  CHECK(did_you_mean("actaul", words) == std::optional<std::string_view>("actual"));
  CHECK(did_you_mean("target", words) == std::optional<std::string_view>("target"));  // distance 0
  CHECK_FALSE(did_you_mean("tgrt", words).has_value());  // "target": 2 insertions... and a third
  CHECK_FALSE(did_you_mean("growth", words).has_value());
  CHECK_FALSE(did_you_mean("", words).has_value());  // 6 or more from each
  CHECK_FALSE(did_you_mean("x", {}).has_value());
  // the first of two at the same distance wins: "ab" is 1 from "a" and from "b"
  constexpr std::array ab = {"a"sv, "b"sv};
  CHECK(did_you_mean("ab", ab) == std::optional<std::string_view>("a"));
  // a word longer than 64 bytes is not compared at all
  std::string longer(65, 'a');
  std::string same(65, 'a');
  const std::array<std::string_view, 1> one = {same};
  CHECK_FALSE(did_you_mean(longer, one).has_value());
}

TEST_CASE("schema: parse_year takes four digits 1000..9999 only") {
  CHECK(parse_year("2020") == std::optional<int>(2020));
  CHECK(parse_year("1000") == std::optional<int>(1000));
  CHECK(parse_year("9999") == std::optional<int>(9999));
  CHECK_FALSE(parse_year("0999").has_value());
  CHECK_FALSE(parse_year("999").has_value());
  CHECK_FALSE(parse_year("10000").has_value());
  CHECK_FALSE(parse_year("2020年").has_value());
  CHECK_FALSE(parse_year("+202").has_value());
  CHECK_FALSE(parse_year("20.2").has_value());
  CHECK_FALSE(parse_year("").has_value());
  CHECK_FALSE(parse_year("２０２０").has_value());  // full-width digits are not a year key
}
