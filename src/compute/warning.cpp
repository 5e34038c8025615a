#include "compute/warning.h"

#include "compute/growth.h"

namespace zhibiao {

const Decimal& growth_mismatch_tolerance_pp() {
  static const Decimal tolerance(1, 10);
  return tolerance;
}

Warning make_warning(WarningKind kind, const Indicator& ind, int year, Mark at) {
  Warning w;
  w.kind = kind;
  w.indicator = &ind;
  w.year = year;
  w.at = at;
  return w;
}

Warnings period_warnings(const Indicator& ind, const Period& p) {
  Warnings out;
  if (ind.unit.is_rate()) return out;
  const Period* prev = find_period(ind, p.year - 1);
  auto computed = prev ? computed_growth(ind.unit, prev->actual, p.actual) : std::nullopt;
  if (!computed) return out;
  if (ind.basis == Basis::Current && p.reported_growth &&
      abs(*computed - *p.reported_growth) > growth_mismatch_tolerance_pp()) {
    Warning w = make_warning(WarningKind::GrowthMismatch, ind, p.year, p.growth_at);
    w.reported = *p.reported_growth;
    w.computed = *computed;
    out.push_back(std::move(w));
  }
  if (ind.basis == Basis::Comparable && !p.reported_growth && p.target && p.target->measure == Measure::Growth) {
    Warning w = make_warning(WarningKind::NominalGrowth, ind, p.year, p.target_at);
    w.computed = *computed;
    out.push_back(std::move(w));
  }
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
