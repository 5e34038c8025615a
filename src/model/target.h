#pragma once
// A target as a report states it, reduced to what it means for judging.
#include <optional>
#include <string>

#include "model/decimal.h"

namespace zhibiao {

enum class Direction { Up, Down };                    // up: higher is better
enum class Basis { Current, Comparable, SameScope };  // 现价 / 可比价 / 同口径
enum class Attribute { Binding, Expected };           // 约束性 / 预期性

// The words of SPEC §5.3 and §2.3 `target_kind`.
enum class TargetKind {
  Growth,     // growth (or fall) over the baseline
  Level,      // a level in the indicator's unit
  ChangePp,   // change of a rate in percentage points
  Range,      // between two bounds, inclusive
  Around,     // 左右: a centre and a tolerance
  Bool,       // 完成: qualitative
  Relative,   // this growth against another indicator's growth (与经济增长基本同步)
  Direction,  // 稳步增长, 继续下降: the sign of the change only
  None,       // 保持在合理区间: no numeric target
};

// What the number of a target constrains.
enum class Measure {
  Level,     // the value itself, in the indicator's unit
  Growth,    // growth over the baseline, in percent
  ChangePp,  // change of a rate over the baseline, in percentage points
  Change,    // change in the indicator's unit over the baseline (〔1〕 on a level)
};

enum class Comparison { AtLeast, AtMost };

// How a relative target compares this indicator's growth with the reference's.
enum class Relation {
  InStep,   // 基本同步: at least the reference's growth less the tolerance
  Above,    // 高于, 快于: strictly above
  AtLeast,  // 不低于: at least
};

// Words of a plan target (SPEC §7) kept for `plan`; outside a plan file the
// target is judged as the plain form it also is (年均5% as growth 5%).
enum class PlanForm {
  Plain,
  AverageGrowth,  // 年均
  Cumulative,     // 累计, 〔x〕 on a rate-valued indicator
  OwnMeasure,     // 〔x〕 on a level indicator: x of its unit (or pp)
  Doubling,       // 翻一番 (×2), 翻两番 (×4)
};

struct Target {
  std::string text;  // as written, for display
  std::string note;  // a trailing clause (，在实际工作中争取更好结果): shown, no meaning
  TargetKind kind = TargetKind::Level;
  Measure measure = Measure::Level;
  // Growth, Level, ChangePp: the bound and which side of it meets the target.
  // Around: the centre, and `comparison` says which side the tolerance opens.
  Decimal value;
  Comparison comparison = Comparison::AtLeast;
  bool strict = false;  // >, 高于, 超过, <, 低于, 不满: the bound itself does not meet
  // Range: inclusive bounds (low <= high).
  Decimal low, high;
  // Around and Relative InStep: the tolerance, in the measure's own terms (pp
  // for growth and rates, the unit for levels).
  Decimal tolerance;
  // Decimals of the number as written (增长5% → 0, 3.4%以内 → 1), for
  // judging on rounded figures.
  int places = 0;
  // Relative: the other indicator as written (an id, a name or an alias).
  std::string reference;
  Relation relation = Relation::InStep;
  // Direction: +1 growth wanted (稳步增长), -1 a fall (继续下降).
  int sign = 0;
  PlanForm plan_form = PlanForm::Plain;
};

const char* to_string(TargetKind k);
const char* to_string(Direction d);
const char* to_string(Basis b);
const char* to_string(Attribute a);

}  // namespace zhibiao
