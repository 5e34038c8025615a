#pragma once
// SPEC §3 warnings as values: compute finds them, render words them with the
// user's precision, rounding and language.
#include <optional>
#include <vector>

#include "model/dataset.h"

namespace zhibiao {

// A reported growth may differ from the growth computed from the levels by
// this much (in percentage points) before it is suspect: 0.1 pp.
const Decimal& growth_mismatch_tolerance_pp();

enum class WarningKind {
  GrowthMismatch,  // current basis: the reported growth disagrees with the levels
  NominalGrowth,   // comparable basis, no reported growth: judged on nominal growth
  BehindPace,      // a part-year slower than the year's target needs (SPEC §8), the year's actual not yet in
};

struct Warning {
  WarningKind kind = WarningKind::GrowthMismatch;
  const Indicator* indicator = nullptr;
  int year = 0;
  Mark at;           // the reported growth (mismatch) or the target (nominal)
  Decimal reported;  // GrowthMismatch: the reported growth, percent
  Decimal computed;  // growth from the levels, percent
  // BehindPace: the part-year's last month, and how far behind in pp
  // (negative; none for a rate's level, which has no pace).
  int month = 12;
  std::optional<Decimal> pace_gap_pp;
};

using Warnings = std::vector<Warning>;

// The warnings of one period of `ind`.
Warnings period_warnings(const Indicator& ind, const Period& p);

// The warnings of every year of every indicator, in file order.
Warnings consistency_warnings(const Dataset& ds);

}  // namespace zhibiao
