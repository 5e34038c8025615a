#pragma once
// The target grammar of SPEC §2.2 and §2.3, as reports word targets: "+5%",
// "增长6%-6.5%", "93%以上", "控制在3.4%以内", "5%左右", "提高2个百分点", "清零",
// ">7", "与经济增长基本同步", "提高到55%", "继续下降", "〔13.5〕", "翻一番".
#include <string>
#include <string_view>

#include "model/target.h"
#include "model/unit.h"
#include "util/expected.h"

namespace zhibiao {

// What a target's words mean depends on the indicator.
struct TargetContext {
  Unit unit;
  Direction direction = Direction::Up;
  // The indicator's values are themselves yearly rates of change (SPEC §7
  // `values: growth|reduction`): 降低3%左右 is then a level of its rate.
  bool rate_values = false;
};

// Reads `text` as a target. A percentage is a growth for a non-% indicator
// and a level for a % indicator; levels are returned in the unit.
Expected<Target> parse_target(std::string_view text, const TargetContext& context);

// Default tolerance of a 左右 target (SPEC §2.2): 0.5 pp for growth, pp and
// rate targets; 1% of the target for other levels.
Decimal default_tolerance(const Target& t, const Unit& unit);

// The message for text that is no target expression.
std::string not_a_target_message(std::string_view text);

}  // namespace zhibiao
