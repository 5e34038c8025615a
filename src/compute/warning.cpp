#include "compute/warning.h"

#include "compute/growth.h"

namespace zhibiao {

const Decimal& growth_mismatch_tolerance_pp() {
  static const Decimal tolerance(1, 10);
  return tolerance;
}

Warnings period_warnings(const Indicator& ind, const Period& p) {
  Warnings out;
  if (ind.unit.is_rate()) return out;
  const Period* prev = find_period(ind, p.year - 1);
  auto computed = prev ? computed_growth(ind.unit, prev->actual, p.actual) : std::nullopt;
  if (!computed) return out;
  if (ind.basis == Basis::Current && p.reported_growth &&
      abs(*computed - *p.reported_growth) > growth_mismatch_tolerance_pp())
    out.push_back({WarningKind::GrowthMismatch, &ind, p.year, p.growth_at, *p.reported_growth, *computed, 12, {}});
  if (ind.basis == Basis::Comparable && !p.reported_growth && p.target && p.target->measure == Measure::Growth)
    out.push_back({WarningKind::NominalGrowth, &ind, p.year, p.target_at, Decimal(), *computed, 12, {}});
  return out;
}

Warnings consistency_warnings(const Dataset& ds) {
  Warnings out;
  for (const auto& ind : ds.indicators)
    for (const auto& p : ind.periods) {
      Warnings w = period_warnings(ind, p);
      out.insert(out.end(), w.begin(), w.end());
    }
  return out;
}

}  // namespace zhibiao
