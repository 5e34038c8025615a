#pragma once
// The target grammar of SPEC §2.2, as reports word targets: "+5%",
// "增长6%-6.5%", "93%以上", "控制在3.4%以内", "5%左右", "提高2个百分点", "清零".
#include <string_view>

#include "model/target.h"
#include "model/unit.h"
#include "util/expected.h"

namespace zhibiao {

// Reads `text` as a target for an indicator in `unit` with `direction`.
// A percentage is a growth for a non-% indicator and a level for a %
// indicator; levels are returned in `unit`.
Expected<Target> parse_target(std::string_view text, const Unit& unit, Direction direction);

// Default tolerance of a 左右 target (SPEC §2.2): 0.5 pp for growth, pp and
// rate targets; 1% of the target for other levels.
Decimal default_tolerance(const Target& t, const Unit& unit);

// The message for text that is no target expression.
std::string not_a_target_message(std::string_view text);

}  // namespace zhibiao
