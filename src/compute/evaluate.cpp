#include "compute/evaluate.h"

#include "compute/growth.h"

namespace zhibiao {

namespace {

// A target bound turned into a level of the indicator.
std::optional<Decimal> as_level(const Target& t, const Decimal& v, const std::optional<Decimal>& baseline) {
  switch (t.measure) {
    case Measure::Level: return v;
    case Measure::Growth:
      if (!baseline) return std::nullopt;
      return *baseline * (1 + v / 100);
    case Measure::ChangePp:
      if (!baseline) return std::nullopt;
      return *baseline + v;
  }
  return std::nullopt;
}

// Signed distance of x outside [low, high]; 0 inside.
Decimal outside(const Decimal& x, const Decimal& low, const Decimal& high) {
  if (x < low) return x - low;
  if (x > high) return x - high;
  return 0;
}

bool meets(const Target& t, const Decimal& x) {
  switch (t.kind) {
    case TargetKind::Range: return t.low <= x && x <= t.high;
    case TargetKind::Around:
      return t.comparison == Comparison::AtLeast ? x >= t.value - t.tolerance : x <= t.value + t.tolerance;
    default: return t.comparison == Comparison::AtLeast ? x >= t.value : x <= t.value;
  }
}

void judge(Row& row) {
  const Target* t = row.target();
  if (!t) {
    row.status = Status::NoTarget;
    return;
  }
  if (t->kind == TargetKind::Bool) {
    const auto& done = row.period->done;
    row.status = !done ? Status::Pending : *done ? Status::Met : Status::Missed;
    return;
  }
  if (t->kind == TargetKind::Range) {
    row.target_low = as_level(*t, t->low, row.baseline);
    row.target_high = as_level(*t, t->high, row.baseline);
  } else {
    row.target_value = as_level(*t, t->value, row.baseline);
  }
  if (row.actual) {
    if (row.target_value) row.variance = *row.actual - *row.target_value;
    else if (row.target_low && row.target_high) row.variance = outside(*row.actual, *row.target_low, *row.target_high);
  }
  const bool by_growth = t->measure != Measure::Level;
  const std::optional<Decimal>& x = by_growth ? row.growth_pct : row.actual;
  if (by_growth && row.growth_pct)
    row.variance_pp =
        t->kind == TargetKind::Range ? outside(*row.growth_pct, t->low, t->high) : Decimal(*row.growth_pct - t->value);
  if (!x) {
    row.status = Status::Pending;
    return;
  }
  row.status = meets(*t, *x) ? Status::Met : Status::Missed;
}

}  // namespace

const char* to_string(Status s) {
  switch (s) {
    case Status::Met: return "met";
    case Status::Missed: return "missed";
    case Status::Pending: return "pending";
    case Status::NoTarget: return "no_target";
  }
  return "no_target";
}

Summary& Summary::operator+=(const Summary& o) {
  total += o.total;
  met += o.met;
  missed += o.missed;
  pending += o.pending;
  no_target += o.no_target;
  return *this;
}

void Summary::add(Status s) {
  ++total;
  switch (s) {
    case Status::Met: ++met; break;
    case Status::Missed: ++missed; break;
    case Status::Pending: ++pending; break;
    case Status::NoTarget: ++no_target; break;
  }
}

std::vector<Row> evaluate(const Dataset& ds, int year) {
  std::vector<Row> rows;
  for (const auto& ind : ds.indicators) {
    const Period* p = find_period(ind, year);
    const Period* prev = find_period(ind, year - 1);
    if (!p && !prev) continue;
    Row row;
    row.dataset = &ds;
    row.indicator = &ind;
    row.period = p;
    row.year = year;
    if (prev) row.baseline = prev->actual;
    if (p) {
      row.actual = p->actual;
      row.reported_growth_pct = p->reported_growth;
    }
    row.computed_growth_pct = computed_growth(ind.unit, row.baseline, row.actual);
    if (ind.unit.is_rate()) row.growth_pct = row.computed_growth_pct;
    else if (row.reported_growth_pct && (ind.basis == Basis::Comparable || !row.computed_growth_pct))
      row.growth_pct = row.reported_growth_pct;
    else row.growth_pct = row.computed_growth_pct;
    if (p) {
      judge(row);
      row.warnings = period_warnings(ind, *p);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace zhibiao
