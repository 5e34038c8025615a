#include "compute/plan.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace zhibiao {

namespace {

const Decimal& default_band() {
  static const Decimal band(1, 10);
  return band;
}

bool has_figures(const Period& p) { return p.actual || p.reported_growth || p.done; }

std::optional<Decimal> actual_in(const Indicator& ind, int year) {
  const Period* p = find_period(ind, year);
  return p ? p->actual : std::nullopt;
}

// ratio^exponent − 1 in percent, through long double (SPEC §1: roots are
// irrational), taken back as a decimal; nullopt unless ratio > 0.
std::optional<Decimal> root_pct(const Decimal& ratio, long double exponent) {
  if (sgn(ratio) <= 0) return std::nullopt;
  long double r = std::pow(to_long_double(ratio), exponent);
  if (!std::isfinite(r)) return std::nullopt;
  return from_long_double((r - 1.0L) * 100.0L);
}

Decimal pct_of(const Decimal& ratio) { return Decimal((ratio - 1) * 100); }

// 1 + gᵢ of `year`: the yearly rate for `values: growth|reduction`; else the
// reported growth where the basis says so (comparable, same scope) or the
// levels lack, the growth from levels otherwise.
std::optional<Decimal> year_factor(const Indicator& ind, int year) {
  const Period* p = find_period(ind, year);
  if (ind.values != IndicatorValues::Levels) {
    if (!p || !p->actual) return std::nullopt;
    Decimal rate = *p->actual / 100;
    return ind.values == IndicatorValues::Growth ? Decimal(1 + rate) : Decimal(1 - rate);
  }
  const auto& before = actual_in(ind, year - 1);
  std::optional<Decimal> from_levels, reported;
  if (p && p->actual && before && sgn(*before) > 0) from_levels = Decimal(*p->actual / *before);
  if (p && p->reported_growth) reported = Decimal(1 + *p->reported_growth / 100);
  if (ind.basis != Basis::Current) return reported ? reported : from_levels;
  return from_levels ? from_levels : reported;
}

// How far an indicator's figures reach from the base year: the latest year
// whose level over the base level, P = Π(1+gᵢ), is known.
struct Chain {
  int year = 0;
  Decimal ratio = 1;
  std::optional<int> broken_at;  // the year it could not cross, when later figures exist
};

Chain chain(const Indicator& ind, int base, int last) {
  Chain c{base, 1, std::nullopt};
  const bool levels = ind.values == IndicatorValues::Levels;
  const auto& base_level = actual_in(ind, base);
  const bool direct = levels && base_level && sgn(*base_level) > 0;
  std::optional<int> unknown_since;
  for (int y = base + 1; y <= last; ++y) {
    std::optional<Decimal> next;
    const auto& level = actual_in(ind, y);
    if (direct && level && ind.basis == Basis::Current) next = Decimal(*level / *base_level);
    else if (auto f = unknown_since ? std::nullopt : year_factor(ind, y)) next = Decimal(c.ratio * *f);
    else if (direct && level) next = Decimal(*level / *base_level);
    if (!next) {
      if (!unknown_since) unknown_since = y;
      continue;
    }
    c = Chain{y, *next, std::nullopt};
    unknown_since.reset();
  }
  if (unknown_since)
    for (const Period& p : ind.periods)
      if (p.year > c.year && p.year <= last && has_figures(p)) c.broken_at = unknown_since;
  return c;
}

// The number a target asks for, in the target's own terms, and which way is
// good there (+1 up, −1 down).
struct Goal {
  Decimal value;
  int good = 1;
};

Goal goal_of(const Target& t) {
  if (t.kind == TargetKind::Range) {
    int good = sgn(t.high) <= 0 ? -1 : 1;
    return {good > 0 ? t.low : t.high, good};
  }
  return {t.value, t.comparison == Comparison::AtLeast ? 1 : -1};
}

bool beyond(const Decimal& x, int good, const Decimal& bound, bool strict) {
  if (good > 0) return strict ? x > bound : x >= bound;
  return strict ? x < bound : x <= bound;
}

// Whether x meets `t` with `goal` standing for the target's number (a level
// made from 翻一番 or 〔x〕, or the number as written).
bool meets(const Target& t, const Decimal& x, const Decimal& goal) {
  int good = goal_of(t).good;
  switch (t.kind) {
    case TargetKind::Range: return t.low <= x && x <= t.high;
    case TargetKind::Around: return good > 0 ? x >= goal - t.tolerance : x <= goal + t.tolerance;
    default: return beyond(x, good, goal, t.strict);
  }
}

struct Context {
  const Dataset& ds;
  const Indicator& ind;
  const Target& t;
  int base, end, last;
  Decimal band;
  Judging judging;
};

// Whether x, in the target's terms, meets it as --judge says (SPEC §3).
bool judged_meets(const Context& c, const Decimal& x, const Decimal& goal) {
  return meets(c.t, judged_figure(x, c.t, c.judging), goal);
}

void set_gone(PlanRow& r, const Context& c, int year) {
  r.year = year;
  r.years_gone = year - c.base;
}

// The pace against the path: achieved already, ahead, on track or behind;
// at the end year met or missed.
void pace(PlanRow& r, const Context& c, bool end_met) {
  if (r.years_gone == 0) r.status = PlanStatus::Pending;
  else if (r.years_gone >= r.years_total) r.status = end_met ? PlanStatus::Met : PlanStatus::Missed;
  else if (r.required && sgn(*r.required) <= 0) r.status = PlanStatus::Achieved;
  else if (!r.gap) r.status = PlanStatus::Pending;
  else if (*r.gap > c.band) r.status = PlanStatus::Ahead;
  else if (*r.gap >= -c.band) r.status = PlanStatus::OnTrack;
  else r.status = PlanStatus::Behind;
}

void chain_warning(PlanRow& r, const Context& c, const Chain& ch) {
  const bool no_base = c.ind.values == IndicatorValues::Levels && !actual_in(c.ind, c.base);
  if (no_base && ch.year == c.base && ch.broken_at)
    r.warnings.push_back(make_warning(WarningKind::PlanNoBase, c.ind, c.base, c.ind.plan_target_at));
  else if (ch.broken_at)
    r.warnings.push_back(make_warning(WarningKind::PlanChainGap, c.ind, *ch.broken_at, c.ind.plan_target_at));
}

// (G^times ÷ P)^(1/years) − 1 in percent: the growth per remaining year
// that brings the level from P to G^times (both over the base level).
std::optional<Decimal> required_pct(const Decimal& goal_ratio, int times, const Decimal& ratio, int years) {
  long double p = to_long_double(ratio);
  if (p <= 0.0L) return std::nullopt;
  long double r = std::pow(std::pow(to_long_double(goal_ratio), times) / p, 1.0L / years);
  if (!std::isfinite(r)) return std::nullopt;
  return from_long_double((r - 1.0L) * 100.0L);
}

// 年均 and 累计 (SPEC §7 rows 1–3), computed on the growth of the underlying
// level; `space` turns a growth into the target's terms (−1: the indicator
// holds yearly reductions, and so does its target).
void growth_row(PlanRow& r, const Context& c) {
  const int space = c.ind.values == IndicatorValues::Reduction ? -1 : 1;
  const Goal goal = goal_of(c.t);
  const bool average = r.kind == PlanKind::AverageGrowth;
  Chain ch = chain(c.ind, c.base, c.last);
  chain_warning(r, c, ch);
  set_gone(r, c, ch.year);
  r.base_value = actual_in(c.ind, c.base);
  r.required_unit = RequiredUnit::Pct;
  const int n = r.years_gone, N = r.years_total;
  const Decimal goal_ratio = 1 + space * goal.value / 100;  // 1 + g* or 1 + c*, as growth of the level
  std::optional<Decimal> x = average ? root_pct(ch.ratio, 1.0L / std::max(n, 1)) : pct_of(ch.ratio);
  std::optional<Decimal> path = average ? pct_of(goal_ratio) : root_pct(goal_ratio, static_cast<long double>(n) / N);
  if (n == 0 || !x || !path) return pace(r, c, false);
  // Shown with falls positive: a fall target written as a negative growth turns.
  const int shown = space * (c.ind.values == IndicatorValues::Levels && sgn(goal.value) < 0 ? -1 : 1);
  if (n < N)
    if (auto req = required_pct(goal_ratio, average ? N : 1, ch.ratio, N - n))
      r.required = Decimal(*req * space * goal.good);
  const Decimal x_t = *x * space, path_t = *path * space;  // in the target's terms
  r.achieved = Decimal(*x * shown);
  r.path = Decimal(*path * shown);
  r.gap = Decimal((x_t - path_t) * goal.good);
  pace(r, c, judged_meets(c, x_t, goal.value));
}

// Lₙ, the latest level, and its year set in `r`: L_base × Π(1+gᵢ) when
// the base level is known (for a comparable basis the real growths), else
// the latest level written.
std::optional<Decimal> latest_level(PlanRow& r, const Context& c) {
  const auto& base_level = actual_in(c.ind, c.base);
  if (!c.ind.unit.is_rate() && c.ind.values == IndicatorValues::Levels && base_level) {
    Chain ch = chain(c.ind, c.base, c.last);
    chain_warning(r, c, ch);
    set_gone(r, c, ch.year);
    return Decimal(*base_level * ch.ratio);
  }
  for (auto it = c.ind.periods.rbegin(); it != c.ind.periods.rend(); ++it)
    if (it->year > c.base && it->year <= c.last && it->actual) {
      set_gone(r, c, it->year);
      return it->actual;
    }
  set_gone(r, c, c.base);
  return std::nullopt;
}

// gₙ, the latest yearly growth (pp for a rate), and its year set in `r`.
std::optional<Decimal> latest_growth(PlanRow& r, const Context& c) {
  for (int y = c.last; y > c.base; --y) {
    std::optional<Decimal> g;
    if (c.ind.unit.is_rate() && c.ind.values == IndicatorValues::Levels) {
      const auto &now = actual_in(c.ind, y), &before = actual_in(c.ind, y - 1);
      if (now && before) g = Decimal(*now - *before);
    } else if (auto f = year_factor(c.ind, y)) {
      g = pct_of(*f);
    }
    if (g) {
      set_gone(r, c, y);
      return g;
    }
  }
  set_gone(r, c, c.base);
  return std::nullopt;
}

// A level T to reach (SPEC §7 rows 4–5): the path from the base level to T,
// geometric for amounts, straight for a % indicator.
void level_row(PlanRow& r, const Context& c, const std::optional<Decimal>& T) {
  const bool rate = c.ind.unit.is_rate();
  const int good = goal_of(c.t).good;
  r.levels = true;
  r.target_level = T;
  r.base_value = actual_in(c.ind, c.base);
  r.gap_unit = rate ? GapUnit::Pp : GapUnit::PctOfPath;
  r.required_unit = rate ? RequiredUnit::Pp : RequiredUnit::Pct;
  auto L = latest_level(r, c);
  const int n = r.years_gone, N = r.years_total;
  if (!L || n == 0 || !T) return pace(r, c, false);
  r.achieved = L;
  if (n < N && rate) r.required = Decimal((*T - *L) / (N - n) * good);
  else if (n < N && sgn(*L) > 0)
    if (auto req = root_pct(Decimal(*T / *L), 1.0L / (N - n))) r.required = Decimal(*req * good);
  const auto& B = r.base_value;
  if (B && rate) r.path = Decimal(*B + (*T - *B) * n / N);
  else if (B && sgn(*B) > 0)
    if (auto g = root_pct(Decimal(*T / *B), static_cast<long double>(n) / N)) r.path = Decimal(*B * (1 + *g / 100));
  if (r.path && rate) r.gap = Decimal((*L - *r.path) * good);
  else if (r.path && sgn(*r.path) != 0) r.gap = Decimal((*L - *r.path) / *r.path * 100 * good);
  pace(r, c, judged_meets(c, *L, *T));
  if (!B && r.status == PlanStatus::Pending)
    r.warnings.push_back(make_warning(WarningKind::PlanNoBase, c.ind, c.base, c.ind.plan_target_at));
}

// A ceiling or floor held every year: on track while the latest figure
// meets it.
void bound_row(PlanRow& r, const Context& c) {
  const bool growth = c.t.measure != Measure::Level;
  const bool points = growth || c.ind.unit.is_rate();
  const Goal goal = goal_of(c.t);
  r.levels = !growth;
  r.base_value = actual_in(c.ind, c.base);
  r.gap_unit = points ? GapUnit::Pp : GapUnit::PctOfPath;
  if (c.t.kind != TargetKind::Range) r.target_level = r.path = c.t.value;
  std::optional<Decimal> x = growth ? latest_growth(r, c) : latest_level(r, c);
  if (!x || r.years_gone == 0) return pace(r, c, false);
  r.achieved = x;
  const bool met = judged_meets(c, *x, c.t.value);
  if (c.t.kind == TargetKind::Range)
    r.gap = *x < c.t.low ? Decimal(*x - c.t.low) : *x > c.t.high ? Decimal(c.t.high - *x) : Decimal(0);
  else if (points) r.gap = Decimal((*x - goal.value) * goal.good);
  else if (sgn(goal.value) != 0) r.gap = Decimal((*x - goal.value) / abs(goal.value) * 100 * goal.good);
  if (r.years_gone >= r.years_total) return pace(r, c, met);
  r.status = met ? PlanStatus::OnTrack : PlanStatus::Behind;
}

// 与GDP增长基本同步, 高于GDP增长: the average growth against the other
// indicator's over the same years.
void relative_row(PlanRow& r, const Context& c) {
  r.reference = find_indicator(c.ds, c.ind.plan_reference_id);
  Chain own = chain(c.ind, c.base, c.last);
  chain_warning(r, c, own);
  set_gone(r, c, own.year);
  const int n = r.years_gone;
  if (!r.reference || n == 0) return pace(r, c, false);
  Chain other = chain(*r.reference, c.base, own.year);
  auto a = root_pct(own.ratio, 1.0L / n), b = root_pct(other.ratio, 1.0L / n);
  if (other.year != own.year || !a || !b) {
    r.status = PlanStatus::Pending;
    return;
  }
  r.achieved = a;
  r.path = b;
  r.gap = Decimal(*a - *b);
  bool met = c.t.relation == Relation::Above     ? *a > *b
             : c.t.relation == Relation::AtLeast ? *a >= *b
                                                 : *a >= *b - c.t.tolerance;
  if (n >= r.years_total) return pace(r, c, met);
  r.status = !met ? PlanStatus::Behind : *r.gap > c.band ? PlanStatus::Ahead : PlanStatus::OnTrack;
}

// 持续下降, 稳步增长: the sign of the latest yearly change.
void direction_row(PlanRow& r, const Context& c) {
  auto g = latest_growth(r, c);
  if (!g || r.years_gone == 0) return pace(r, c, false);
  r.achieved = g;
  bool met = c.t.sign > 0 ? sgn(*g) > 0 : sgn(*g) < 0;
  if (r.years_gone >= r.years_total) return pace(r, c, met);
  r.status = met ? PlanStatus::OnTrack : PlanStatus::Behind;
}

// 完成: judged only in the end year.
void bool_row(PlanRow& r, const Context& c) {
  const Period* p = c.last >= c.end ? find_period(c.ind, c.end) : nullptr;
  set_gone(r, c, p && p->done ? c.end : c.base);
  r.status = !p || !p->done ? PlanStatus::Pending : *p->done ? PlanStatus::Met : PlanStatus::Missed;
}

// The level a plan target names, from the base level where it needs one.
std::optional<Decimal> level_goal(const Target& t, const std::optional<Decimal>& base, int years) {
  if (t.plan_form == PlanForm::Plain && t.measure == Measure::Level) return t.value;
  if (!base) return std::nullopt;
  if (t.plan_form == PlanForm::Doubling) return Decimal(*base * (1 + t.value / 100));
  if (t.plan_form == PlanForm::AverageGrowth) return Decimal(*base + t.value * years);  // 年均提高x个百分点
  return Decimal(*base + t.value);
}

// Which row of the SPEC §7 table a plan target follows.
PlanKind kind_of(const Target& t, const std::optional<Decimal>& base) {
  switch (t.kind) {
    case TargetKind::None: return PlanKind::None;
    case TargetKind::Bool: return PlanKind::Bool;
    case TargetKind::Direction: return PlanKind::Direction;
    case TargetKind::Relative: return PlanKind::Relative;
    default: break;
  }
  const bool change = t.measure == Measure::ChangePp || t.measure == Measure::Change;
  switch (t.plan_form) {
    case PlanForm::AverageGrowth: return change ? PlanKind::Level : PlanKind::AverageGrowth;
    case PlanForm::Cumulative: return change ? PlanKind::Level : PlanKind::Cumulative;
    case PlanForm::Doubling:
    case PlanForm::OwnMeasure: return PlanKind::Level;
    case PlanForm::Plain: break;
  }
  if (change) return PlanKind::Level;
  if (t.measure == Measure::Growth || t.strict || t.kind == TargetKind::Range) return PlanKind::Bound;
  // A level the base year already meets is held every year (SPEC §7).
  return base && meets(t, *base, t.value) ? PlanKind::Bound : PlanKind::Level;
}

PlanRow plan_row(const Context& c) {
  PlanRow r;
  r.dataset = &c.ds;
  r.indicator = &c.ind;
  r.target = &c.t;
  r.years_total = c.end - c.base;
  const auto& base = actual_in(c.ind, c.base);
  r.kind = kind_of(c.t, base);
  r.base_value = base;
  set_gone(r, c, c.base);
  switch (r.kind) {
    case PlanKind::AverageGrowth:
    case PlanKind::Cumulative: growth_row(r, c); break;
    case PlanKind::Level: level_row(r, c, level_goal(c.t, base, r.years_total)); break;
    case PlanKind::Bound: bound_row(r, c); break;
    case PlanKind::Relative: relative_row(r, c); break;
    case PlanKind::Direction: direction_row(r, c); break;
    case PlanKind::Bool: bool_row(r, c); break;
    case PlanKind::None:
      for (const Period& p : c.ind.periods)
        if (p.year > c.base && p.year <= c.last && has_figures(p)) set_gone(r, c, p.year);
      r.status = PlanStatus::NoTarget;
      break;
  }
  return r;
}

}  // namespace

std::optional<int> plan_year(const Dataset& ds) {
  std::optional<int> latest;
  for (const auto& ind : ds.indicators)
    for (const auto& p : ind.periods)
      if (has_figures(p) && (!latest || p.year > *latest)) latest = p.year;
  return latest;
}

std::vector<PlanRow> judge_plan(const Dataset& ds, const PlanOptions& o) {
  std::vector<PlanRow> rows;
  if (!ds.plan) return rows;
  const Plan& plan = *ds.plan;
  const int last = std::min(o.year ? *o.year : plan_year(ds).value_or(plan.base), plan.end);
  const Decimal band = o.pace_band.value_or(default_band());
  for (const auto& ind : ds.indicators)
    if (ind.plan_target)
      rows.push_back(plan_row(Context{ds, ind, *ind.plan_target, plan.base, plan.end, last, band, o.judging}));
  return rows;
}

void PlanReport::add(const Dataset& ds, std::vector<PlanRow>&& more) {
  files.push_back(ds.file);
  for (PlanRow& r : more) {
    summary.add(r);
    rows.push_back(std::move(r));
  }
}

void PlanSummary::add(const PlanRow& r) {
  const auto& attribute = r.indicator->attribute;
  PlanCounts& group = !attribute ? unmarked : *attribute == Attribute::Binding ? binding : expected;
  for (PlanCounts* counts : {&group, &all}) {
    ++counts->total;
    ++counts->by_status[static_cast<int>(r.status)];
  }
}

PlanSummary& PlanSummary::operator+=(const PlanSummary& o) {
  for (auto [mine, theirs] : {std::pair{&binding, &o.binding}, std::pair{&expected, &o.expected},
                              std::pair{&unmarked, &o.unmarked}, std::pair{&all, &o.all}}) {
    mine->total += theirs->total;
    for (int i = 0; i < kPlanStatusCount; ++i) mine->by_status[i] += theirs->by_status[i];
  }
  return *this;
}

const char* to_string(PlanKind k) {
  switch (k) {
    case PlanKind::AverageGrowth: return "average_growth";
    case PlanKind::Cumulative: return "cumulative";
    case PlanKind::Level: return "level";
    case PlanKind::Bound: return "bound";
    case PlanKind::Relative: return "relative";
    case PlanKind::Direction: return "direction";
    case PlanKind::Bool: return "bool";
    case PlanKind::None: return "none";
  }
  return "none";
}

const char* to_string(PlanStatus s) {
  switch (s) {
    case PlanStatus::Achieved: return "achieved";
    case PlanStatus::Ahead: return "ahead";
    case PlanStatus::OnTrack: return "on_track";
    case PlanStatus::Behind: return "behind";
    case PlanStatus::Pending: return "pending";
    case PlanStatus::Met: return "met";
    case PlanStatus::Missed: return "missed";
    case PlanStatus::NoTarget: return "no_target";
  }
  return "pending";
}

}  // namespace zhibiao
