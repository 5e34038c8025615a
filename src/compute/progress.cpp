#include "compute/progress.h"

#include <algorithm>

#include "compute/growth.h"

namespace zhibiao {

namespace {

bool has_figure(const Period& p) { return p.actual || p.reported_growth; }

// The part-year of `ind` for exactly (year, month), or nullptr.
const Period* find_part_year(const Indicator& ind, const PartYear& at) {
  for (const Period& p : ind.part_years)
    if (p.year == at.year && p.month == at.month) return &p;
  return nullptr;
}

// The latest part-year of `ind` with a figure in the as-of year up to its month.
const Period* latest_up_to(const Indicator& ind, const PartYear& as_of) {
  const Period* found = nullptr;
  for (const Period& p : ind.part_years)
    if (p.year == as_of.year && p.month <= as_of.month && has_figure(p)) found = &p;
  return found;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Months gone ÷ 12, or days gone ÷ the year's days, in percent.
Decimal time_share(const PartYear& at, bool by_days) {
  if (!by_days) return Decimal(at.month * 100, 12);
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int days = 0;
  for (int m = 0; m < at.month; ++m) days += kDays[m] + (m == 1 && leap(at.year));
  return Decimal(days * 100, leap(at.year) ? 366 : 365);
}

// The cumulative growth over the same months of last year, chosen as SPEC §3
// chooses a year's: the reported one unless a current-basis indicator has
// both levels.
std::optional<Decimal> cumulative_growth(const Indicator& ind, const Period& p, const Period* same_last_year) {
  auto computed = computed_growth(ind.unit, same_last_year ? same_last_year->actual : std::nullopt, p.actual);
  if (p.reported_growth && (ind.basis != Basis::Current || !computed)) return p.reported_growth;
  return computed;
}

// +1 when more is better for the target, -1 for a ceiling or a fall.
int good_side(const Target& t) { return t.comparison == Comparison::AtMost ? -1 : 1; }

// The target's own number: a range's lower bound, a 左右 target's centre.
const Decimal& own_number(const Target& t) { return t.kind == TargetKind::Range ? t.low : t.value; }

Pace by_gap(const Decimal& gap) {
  if (gap > pace_band_pp()) return Pace::Ahead;
  if (gap < -pace_band_pp()) return Pace::Behind;
  return Pace::OnTrack;
}

bool meets_number(const Target& t, const Decimal& x) {
  if (t.kind == TargetKind::Range) return t.low <= x && x <= t.high;
  if (t.comparison == Comparison::AtLeast) return t.strict ? x > t.value : x >= t.value;
  return t.strict ? x < t.value : x <= t.value;
}

// g against G, and what the rest of the year needs: with last year's level Y
// and same-months level X₋₁, w = X₋₁ ÷ Y and g_rest = (G − w·g) ÷ (1 − w).
void growth_pace(ProgressRow& r, const Period* same_last_year, const Period* last_year) {
  const Target& t = r.target();
  r.target_growth_pct = own_number(t);
  if (!r.growth_pct) return;
  r.pace_gap_pp = (*r.growth_pct - own_number(t)) * good_side(t);
  r.status = by_gap(*r.pace_gap_pp);
  if (!same_last_year || !same_last_year->actual || !last_year || !last_year->actual) return;
  const Decimal &before = *same_last_year->actual, &year = *last_year->actual;
  if (sgn(before) <= 0 || year <= before) return;
  Decimal w = before / year;
  r.required_rest_pct = (own_number(t) - w * *r.growth_pct) / (1 - w);
  r.required_rest_pct->canonicalize();
}

// A level L (年计划710亿元): the share of it done against the time share; for
// a rate, the level against the target's own number (a rate has no pace).
void level_pace(ProgressRow& r, const std::optional<Decimal>& level, const Judging& judging) {
  const Target& t = r.target();
  if (!level || !r.actual) return;
  if (r.indicator->unit.is_rate()) {
    Target own = t;
    own.value = *level;
    const Target& judged = t.measure == Measure::Level ? t : own;
    r.status = meets_number(judged, judged_figure(*r.actual, judged, judging)) ? Pace::OnTrack : Pace::Behind;
    return;
  }
  if (sgn(*level) <= 0) return;
  r.plan_share_pct = *r.actual / *level * 100;
  r.plan_share_pct->canonicalize();
  r.pace_gap_pp = (*r.plan_share_pct - *r.time_share_pct) * good_side(t);
  r.status = by_gap(*r.pace_gap_pp);
}

// A relative target (与经济增长基本同步): this cumulative growth against the
// other indicator's at the same part-year, without the tolerance.
void relative_pace(ProgressRow& r) {
  const Indicator* other = find_indicator(*r.dataset, r.year_entry->reference_id());
  const Period* theirs = other ? find_part_year(*other, r.at) : nullptr;
  if (!theirs || !r.growth_pct) return;
  auto g = cumulative_growth(*other, *theirs, find_part_year(*other, {r.at.year - 1, r.at.month}));
  if (!g) return;
  r.target_growth_pct = g;
  r.pace_gap_pp = *r.growth_pct - *g;
  bool strict = r.target().relation == Relation::Above;
  r.status = (strict ? *r.growth_pct > *g : *r.growth_pct >= *g) ? Pace::OnTrack : Pace::Behind;
}

void judge_pace(ProgressRow& r, const Judging& judging) {
  const Indicator& ind = *r.indicator;
  const Target& t = r.target();
  const Period* same_last_year = find_part_year(ind, {r.at.year - 1, r.at.month});
  const Period* last_year = find_period(ind, r.at.year - 1);
  r.growth_pct = cumulative_growth(ind, *r.period, same_last_year);
  switch (t.kind) {
    case TargetKind::Relative: return relative_pace(r);
    case TargetKind::Direction:
      if (r.growth_pct) r.status = sgn(*r.growth_pct) * t.sign > 0 ? Pace::OnTrack : Pace::Behind;
      return;
    default: break;
  }
  if (t.measure == Measure::Growth) return growth_pace(r, same_last_year, last_year);
  if (t.measure == Measure::Level) return level_pace(r, own_number(t), judging);
  // A change over last year (+1pp, 〔1〕): a level over last year's.
  std::optional<Decimal> level;
  if (last_year && last_year->actual) level = *last_year->actual + own_number(t);
  level_pace(r, level, judging);
}

ProgressRow row_for(const Dataset& ds, const Indicator& ind, const Period& year_entry, const ProgressOptions& o,
                    const PartYear& as_of) {
  ProgressRow r;
  r.dataset = &ds;
  r.indicator = &ind;
  r.year_entry = &year_entry;
  r.at = as_of;
  if (ind.part_years.empty() || year_entry.target->kind == TargetKind::Bool) {
    r.status = Pace::AnnualOnly;
    return r;
  }
  r.period = latest_up_to(ind, as_of);
  if (!r.period) return r;  // pending
  r.at = {r.period->year, r.period->month};
  r.actual = r.period->actual;
  r.time_share_pct = time_share(r.at, o.by_days);
  r.time_share_pct->canonicalize();
  judge_pace(r, o.judging);
  return r;
}

}  // namespace

const char* to_string(Pace p) {
  switch (p) {
    case Pace::Ahead: return "ahead";
    case Pace::OnTrack: return "on_track";
    case Pace::Behind: return "behind";
    case Pace::AnnualOnly: return "annual_only";
    case Pace::Pending: return "pending";
  }
  return "pending";
}

const Decimal& pace_band_pp() {
  static const Decimal band(1, 10);
  return band;
}

void ProgressSummary::add(Pace p) {
  ++total;
  switch (p) {
    case Pace::Ahead: ++ahead; break;
    case Pace::OnTrack: ++on_track; break;
    case Pace::Behind: ++behind; break;
    case Pace::AnnualOnly: ++annual_only; break;
    case Pace::Pending: ++pending; break;
  }
}

ProgressSummary& ProgressSummary::operator+=(const ProgressSummary& o) {
  total += o.total;
  ahead += o.ahead;
  on_track += o.on_track;
  behind += o.behind;
  annual_only += o.annual_only;
  pending += o.pending;
  return *this;
}

std::optional<PartYear> latest_part_year(const Dataset& ds, std::optional<int> year) {
  std::optional<PartYear> latest;
  for (const Indicator& ind : ds.indicators)
    for (const Period& p : ind.part_years)
      if (has_figure(p) && (!year || p.year == *year) && (!latest || *latest < PartYear{p.year, p.month}))
        latest = PartYear{p.year, p.month};
  return latest;
}

FileProgress progress(const Dataset& ds, const ProgressOptions& o) {
  FileProgress fp;
  fp.dataset = &ds;
  fp.as_of = o.as_of ? o.as_of : latest_part_year(ds);
  if (!fp.as_of) {  // no part-year at all: the latest year with a target, every row annual_only
    for (const Indicator& ind : ds.indicators)
      for (const Period& p : ind.periods)
        if (p.target && (!fp.as_of || fp.as_of->year < p.year)) fp.as_of = PartYear{p.year, 12};
    if (!fp.as_of) return fp;
  }
  for (const Indicator& ind : ds.indicators) {
    const Period* entry = find_period(ind, fp.as_of->year);
    if (!entry || !entry->target || entry->target->kind == TargetKind::None) continue;
    fp.rows.push_back(row_for(ds, ind, *entry, o, *fp.as_of));
    fp.summary.add(fp.rows.back().status);
  }
  return fp;
}

}  // namespace zhibiao
