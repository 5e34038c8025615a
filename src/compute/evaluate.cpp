#include "compute/evaluate.h"

#include <fmt/format.h>

namespace zhibiao {

namespace {

// Reported growth may differ from levels by this much before it is suspect.
const Decimal kGrowthTolerancePp(1, 10);

std::string pct(const Decimal& v) { return format_trimmed(v, 2, Rounding::HalfUp); }

std::string year_label(const Dataset& ds, int year) {
  if (ds.has_year_labels) return std::to_string(year);
  return year <= 0 ? "baseline" : "current";
}

const Period* previous(const Indicator& ind, const Period& p) {
  const Period* before = find_period(ind, p.year - 1);
  return before;
}

// Messages for SPEC §3 warnings of period `p`, each with where it points.
std::vector<std::pair<Mark, std::string>> period_warnings(const Dataset& ds, const Indicator& ind, const Period& p) {
  std::vector<std::pair<Mark, std::string>> out;
  if (ind.unit.is_rate()) return out;
  const Period* prev = previous(ind, p);
  auto computed = prev ? computed_growth(ind.unit, prev->actual, p.actual) : std::nullopt;
  if (ind.basis == Basis::Current && computed && p.reported_growth &&
      abs(*computed - *p.reported_growth) > kGrowthTolerancePp)
    out.emplace_back(p.growth_at, fmt::format("{} {}: reported growth {}% differs from {}% computed from the levels "
                                              "(by more than 0.1 pp; basis is current)",
                                              ind.id, year_label(ds, p.year), pct(*p.reported_growth), pct(*computed)));
  if (ind.basis == Basis::Comparable && computed && !p.reported_growth && p.target &&
      p.target->measure == Measure::Growth)
    out.emplace_back(p.target_at,
                     fmt::format("{} {}: judged on nominal growth {}% because no reported (comparable-price) "
                                 "growth was given",
                                 ind.id, year_label(ds, p.year), pct(*computed)));
  return out;
}

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

void Summary::add(Status s) {
  ++total;
  switch (s) {
    case Status::Met: ++met; break;
    case Status::Missed: ++missed; break;
    case Status::Pending: ++pending; break;
    case Status::NoTarget: ++no_target; break;
  }
}

std::optional<Decimal> computed_growth(const Unit& unit, const std::optional<Decimal>& before,
                                       const std::optional<Decimal>& after) {
  if (!before || !after) return std::nullopt;
  if (unit.base == "‰") return Decimal((*after - *before) / 10);  // ‰ points in percentage points
  if (unit.is_rate()) return Decimal(*after - *before);
  if (sgn(*before) <= 0) return std::nullopt;
  Decimal g = (*after / *before - 1) * 100;
  g.canonicalize();
  return g;
}

Expected<int> evaluated_year(const Dataset& ds, std::optional<int> requested) {
  std::optional<int> latest_target, latest;
  for (const auto& ind : ds.indicators)
    for (const auto& p : ind.periods) {
      if (p.target && (!latest_target || p.year > *latest_target)) latest_target = p.year;
      if (!latest || p.year > *latest) latest = p.year;
    }
  if (requested) {
    if (!ds.has_year_labels) return ParseError{"--year needs a file with 'year:' or a series"};
    for (const auto& ind : ds.indicators)
      if (find_period(ind, *requested)) return *requested;
    return ParseError{fmt::format("no figures for {} in the file", *requested)};
  }
  if (latest_target) return *latest_target;
  if (latest) return *latest;
  return ParseError{"no figures in the file"};
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
      for (auto& [at, message] : period_warnings(ds, ind, *p))
        row.warnings.push_back({ds.file, at, Severity::Warning, std::move(message)});
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Diagnostics consistency_warnings(const Dataset& ds) {
  Diagnostics out;
  for (const auto& ind : ds.indicators)
    for (const auto& p : ind.periods)
      for (auto& [at, message] : period_warnings(ds, ind, p))
        out.push_back({ds.file, at, Severity::Warning, std::move(message)});
  return out;
}

}  // namespace zhibiao
