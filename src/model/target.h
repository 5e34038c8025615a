#pragma once
// A target as a report states it, reduced to what it means for judging.
#include <optional>
#include <string>

#include "model/decimal.h"

namespace zhibiao {

enum class Direction { Up, Down };         // up: higher is better
enum class Basis { Current, Comparable };  // 现价 / 可比价

// The words of SPEC §5.3 `target_kind`.
enum class TargetKind { Growth, Level, ChangePp, Range, Around, Bool };

// What the number of a target constrains.
enum class Measure {
  Level,     // the value itself, in the indicator's unit
  Growth,    // growth over the baseline, in percent
  ChangePp,  // change of a rate over the baseline, in percentage points
};

enum class Comparison { AtLeast, AtMost };

struct Target {
  std::string text;  // as written, for display
  TargetKind kind = TargetKind::Level;
  Measure measure = Measure::Level;
  // Growth, Level, ChangePp: the bound and which side of it meets the target.
  // Around: the centre, and `comparison` says which side the tolerance opens.
  Decimal value;
  Comparison comparison = Comparison::AtLeast;
  // Range: inclusive bounds (low <= high).
  Decimal low, high;
  // Around: the tolerance, in the measure's own terms (pp for growth and
  // rates, the unit for levels).
  Decimal tolerance;
};

const char* to_string(TargetKind k);
const char* to_string(Direction d);
const char* to_string(Basis b);

}  // namespace zhibiao
