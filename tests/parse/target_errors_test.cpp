// Every error of the target grammar (src/parse/target.cpp) as its whole
// message: what the user reads after "file:line:col: error: ".
#include <doctest/doctest.h>

#include "test_support.h"

#include <string>

#include "model/unit.h"
#include "parse/target.h"

using namespace zhibiao;

namespace {
std::string error_of(const std::string& text, const char* unit, Direction d = Direction::Up) {
  auto t = parse_target(text, TargetContext{parse_unit(unit), d, false});
  REQUIRE_MESSAGE(!t.ok(), text);
  return t.error().message;
}
}  // namespace

TEST_CASE("target errors: not a target expression") {
  CHECK(error_of("增长五%", "亿元") ==
        "target '增长五%' is not a target expression (write e.g. +5%, 93%以上, 3.4%以内, 6%-6.5%)");
  // ‰ is no growth of a non-% indicator
  CHECK(error_of("增长5‰", "亿元") ==
        "target '增长5‰' is not a target expression (write e.g. +5%, 93%以上, 3.4%以内, 6%-6.5%)");
  // a long text is cut to 60 characters with …
  const std::string long_text(70, 'x');
  CHECK(error_of(long_text, "亿元") ==
        "target '" + std::string(60, 'x') +
            "…' is not a target expression (write e.g. +5%, 93%以上, 3.4%以内, 6%-6.5%)");
}

TEST_CASE("target errors: a target that says two things") {
  const char* tail = " says two things (two comparisons, two 左右, or a range with 以上/以内/左右): write one of them";
  CHECK(error_of("6%-6.5%以上", "亿元") == std::string("target '6%-6.5%以上'") + tail);
  CHECK(error_of("5%以上左右", "亿元") == std::string("target '5%以上左右'") + tail);
}

TEST_CASE("target errors: percentage points and percentages in the wrong place") {
  CHECK(error_of("+2pp", "亿元") ==
        "target '+2pp': percentage points (pp) apply only to % indicators; write a growth such as +5%");
  CHECK(error_of("5万%", "亿元") == "target '5万%': a magnitude (万, 亿) on a percentage");
  CHECK(error_of("+5%", "%", Direction::Down) ==
        "target '+5%' is a signed percentage on a % indicator: relative or points? write the change in percentage "
        "points (e.g. +2pp, 提高2个百分点) or the level (e.g. 93%以上)");
  // a rise or fall word before a percentage of a % indicator: the level or the points, with its numbers
  CHECK(error_of("提高3%", "%") ==
        "target '提高3%': on a % indicator write the level (3%) or the change in percentage points (+3pp)");
  CHECK(error_of("下降0.5%左右", "%") ==
        "target '下降0.5%左右': on a % indicator write the level (0.5%左右) or the change in percentage points "
        "(-0.5pp)");
}

TEST_CASE("target errors: levels in the wrong unit, changes in the unit") {
  CHECK(error_of("增长10亿元", "亿元") ==
        "target '增长10亿元': a change in the indicator's unit is not a target; write the level (e.g. 1450人以上) or "
        "a growth (e.g. 增长5%)");
  CHECK(error_of("10亿吨", "亿元") == "target '10亿吨': unit '吨' does not match the indicator's unit '亿元'");
  CHECK(error_of("5元以内", "%") == "target '5元以内': unit '元' does not match the indicator's unit '%'");
}

TEST_CASE("target errors: impossible numbers") {
  CHECK(error_of("6.5%-6%", "亿元") ==
        "target '6.5%-6%': the range's bounds are the wrong way round: write the smaller first");
  CHECK(error_of("下降120%", "亿元") == "target '下降120%': a fall of more than 100% leaves less than nothing");
  // exactly 100% is a fall to nothing, which can be a target (清零 is one)
  CHECK(parse_target("下降100%", TargetContext{parse_unit("亿元"), Direction::Down, false}).ok());
}
