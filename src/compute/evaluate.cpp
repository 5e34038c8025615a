#include "compute/evaluate.h"

#include <algorithm>
#include <unordered_map>

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
    case Measure::Change:
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

bool beyond(const Decimal& x, Comparison c, const Decimal& bound, bool strict) {
  if (c == Comparison::AtLeast) return strict ? x > bound : x >= bound;
  return strict ? x < bound : x <= bound;
}

// Whether x meets the target, and whether only thanks to its tolerance.
std::pair<bool, bool> meets(const Target& t, const Decimal& x) {
  switch (t.kind) {
    case TargetKind::Range: return {t.low <= x && x <= t.high, false};
    case TargetKind::Around: {
      bool exact = beyond(x, t.comparison, t.value, false);
      bool loose = t.comparison == Comparison::AtLeast ? x >= t.value - t.tolerance : x <= t.value + t.tolerance;
      return {loose, loose && !exact};
    }
    case TargetKind::Direction: return {t.sign > 0 ? sgn(x) > 0 : sgn(x) < 0, false};
    default: return {beyond(x, t.comparison, t.value, t.strict), false};
  }
}

// The growth that judges a row (SPEC §3): the reported one for comparable
// and same-scope indicators, else from levels; for rates the change in pp.
void choose_growth(Row& row, const Indicator& ind) {
  row.computed_growth_pct = computed_growth(ind.unit, row.baseline, row.actual);
  const bool reported_basis = ind.basis != Basis::Current;
  if (row.reported_growth_pct && (reported_basis || !row.computed_growth_pct) &&
      !(ind.unit.is_rate() && row.computed_growth_pct)) {
    row.growth_pct = row.reported_growth_pct;
    row.by_reported_growth = reported_basis && !ind.unit.is_rate();
  } else {
    row.growth_pct = row.computed_growth_pct;
  }
}

void target_levels(Row& row, const Target& t) {
  if (t.kind == TargetKind::Range) {
    row.target_low = as_level(t, t.low, row.baseline);
    row.target_high = as_level(t, t.high, row.baseline);
  } else if (t.kind != TargetKind::Direction && t.kind != TargetKind::Relative) {
    row.target_value = as_level(t, t.value, row.baseline);
  }
  if (!row.actual) return;
  if (row.target_value) row.variance = *row.actual - *row.target_value;
  else if (row.target_low && row.target_high) row.variance = outside(*row.actual, *row.target_low, *row.target_high);
}

// 完成率 for level and growth targets of non-% indicators that should rise,
// unless the reported growth judges them.
void completion(Row& row, const Target& t) {
  const Indicator& ind = *row.indicator;
  bool applies = (t.measure == Measure::Level || t.measure == Measure::Growth) && !ind.unit.is_rate() &&
                 ind.direction == Direction::Up && !row.by_reported_growth;
  if (applies && row.actual && row.target_value && sgn(*row.target_value) > 0)
    row.completion_pct = *row.actual / *row.target_value * 100;
}

void judge_figure(Row& row, const Target& t, const Decimal& figure, const Judging& judging) {
  Decimal x = judged_figure(figure, t, judging);
  auto [met, by_tolerance] = meets(t, x);
  row.status = met ? Status::Met : Status::Missed;
  row.within_tolerance = by_tolerance;
}

void judge_relative(Row& row, const Target& t, const Judging& judging) {
  if (!row.growth_pct || !row.reference_growth_pct) {
    row.status = Status::Pending;
    return;
  }
  Decimal g = judging.rounded ? round_to(*row.growth_pct, 1, judging.rounding) : *row.growth_pct;
  Decimal ref = judging.rounded ? round_to(*row.reference_growth_pct, 1, judging.rounding) : *row.reference_growth_pct;
  row.variance_pp = *row.growth_pct - *row.reference_growth_pct;
  bool met = t.relation == Relation::Above     ? g > ref
             : t.relation == Relation::AtLeast ? g >= ref
                                               : g >= ref - t.tolerance;
  row.status = met ? Status::Met : Status::Missed;
  row.within_tolerance = met && t.relation == Relation::InStep && g < ref;
}

void judge(Row& row, const Judging& judging) {
  row.judged_rounded = judging.rounded;
  const Target* t = row.target();
  if (!t || t->kind == TargetKind::None) {
    row.status = Status::NoTarget;
    return;
  }
  if (t->kind == TargetKind::Bool) {
    const auto& done = row.period->done;
    row.status = !done ? Status::Pending : *done ? Status::Met : Status::Missed;
    if (done) row.within_tolerance = false;
    return;
  }
  if (t->kind == TargetKind::Relative) return judge_relative(row, *t, judging);
  target_levels(row, *t);
  const bool by_growth = t->measure == Measure::Growth || t->measure == Measure::ChangePp;
  const std::optional<Decimal> x = by_growth ? row.growth_pct : std::optional<Decimal>(row.actual);
  if (by_growth && row.growth_pct && t->kind != TargetKind::Direction)
    row.variance_pp =
        t->kind == TargetKind::Range ? outside(*row.growth_pct, t->low, t->high) : Decimal(*row.growth_pct - t->value);
  completion(row, *t);
  if (!x) {
    row.status = Status::Pending;
    return;
  }
  judge_figure(row, *t, *x, judging);
}

Row row_for(const Dataset& ds, const Indicator& ind, int year, const Period* p, const Period* prev) {
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
  row.estimate = (p && p->estimate) || (prev && prev->estimate);
  choose_growth(row, ind);
  return row;
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
  within_tolerance += o.within_tolerance;
  missed += o.missed;
  pending += o.pending;
  no_target += o.no_target;
  return *this;
}

void Summary::add(const Row& r) {
  ++total;
  if (r.within_tolerance.value_or(false)) ++within_tolerance;
  switch (r.status) {
    case Status::Met: ++met; break;
    case Status::Missed: ++missed; break;
    case Status::Pending: ++pending; break;
    case Status::NoTarget: ++no_target; break;
  }
}

int judged_places(const Target& t) { return t.measure == Measure::Level ? t.places : std::max(1, t.places); }

Decimal judged_figure(const Decimal& figure, const Target& t, const Judging& judging) {
  return judging.rounded ? round_to(figure, judged_places(t), judging.rounding) : figure;
}

std::vector<Row> evaluate(const Dataset& ds, int year, const Judging& judging) {
  std::vector<Row> rows;
  for (const auto& ind : ds.indicators) {
    const Period* p = find_period(ind, year);
    const Period* prev = find_period(ind, year - 1);
    if (p || prev) rows.push_back(row_for(ds, ind, year, p, prev));
  }
  // Relative targets compare with another row's judged growth: theirs first.
  std::unordered_map<std::string_view, const Row*> by_id;
  for (const Row& r : rows) by_id.emplace(r.indicator->id, &r);
  for (Row& row : rows) {
    if (!row.period) continue;
    if (const Target* t = row.target(); t && t->kind == TargetKind::Relative) {
      auto it = by_id.find(row.period->reference_id());
      if (it != by_id.end()) {
        row.reference = it->second->indicator;
        row.reference_growth_pct = it->second->growth_pct;
      }
    }
    judge(row, judging);
    row.warnings = period_warnings(*row.indicator, *row.period);
  }
  return rows;
}

}  // namespace zhibiao
