#include "compute/yoy.h"

#include <algorithm>

#include "compute/growth.h"
#include "compute/warning.h"

namespace zhibiao {

namespace {

// What a series runs over: the years, or the part-years ending in `month`
// (the same months of consecutive years).
std::vector<const Period*> periods_of(const Indicator& ind, int month) {
  std::vector<const Period*> out;
  for (const Period& p : month == 12 ? ind.periods : ind.part_years)
    if (p.month == month) out.push_back(&p);
  return out;
}

// The points of `ind` in [from, to]; `growth` gets the growth each year
// contributes: reported where given, else from levels (pp for rates).
std::vector<YoyPoint> points_of(const Indicator& ind, std::optional<int> from, std::optional<int> to, int month,
                                std::vector<std::optional<Decimal>>& growth) {
  const bool rate = ind.unit.is_rate();
  std::vector<YoyPoint> points;
  for (const Period* period : periods_of(ind, month)) {
    const Period& p = *period;
    if ((from && p.year < *from) || (to && p.year > *to)) continue;
    YoyPoint pt;
    pt.year = p.year;
    pt.value = p.actual;
    pt.reported_growth_pct = p.reported_growth;
    const YoyPoint* prev = points.empty() ? nullptr : &points.back();
    if (prev && prev->year != p.year - 1) pt.gap = true;
    if (prev && !pt.gap) {
      if (pt.value && prev->value) pt.change = *pt.value - *prev->value;
      pt.growth_pct = computed_growth(ind.unit, prev->value, pt.value);
    }
    pt.mismatch = !rate && ind.basis == Basis::Current && pt.growth_pct && pt.reported_growth_pct &&
                  abs(*pt.growth_pct - *pt.reported_growth_pct) > growth_mismatch_tolerance_pp();
    growth.push_back(rate ? pt.growth_pct : pt.reported_growth_pct ? pt.reported_growth_pct : pt.growth_pct);
    if (!rate && prev && !pt.gap && growth.size() >= 2 && growth[growth.size() - 2] && growth.back())
      pt.two_year_avg_pct = two_year_average(*growth[growth.size() - 2], *growth.back());
    points.push_back(pt);
  }
  return points;
}

// Index and CAGR from the levels.
void add_level_figures(YoySeries& s) {
  const auto& base = s.points.front().value;
  if (base && sgn(*base) > 0)
    for (auto& pt : s.points)
      if (pt.value) {
        pt.index = *pt.value / *base * 100;
        pt.index->canonicalize();
      }
  const auto& last = s.points.back().value;
  if (base && last) s.cagr_pct = cagr(*base, *last, Decimal(s.last_year - s.first_year));
}

}  // namespace

std::optional<std::vector<Decimal>> bracketed_products(const std::vector<Decimal>& factors, int shown_places) {
  // Fixed point with kDigits decimals: lo and hi bracket every exact product
  // (floor and ceiling at each step; the factors are positive, so the
  // bracket keeps its order). A product is taken from the bracket only when
  // the bracket lies strictly inside one step of 10^-d, d = shown_places + 3
  // (an index is 100 × the product: two places more): then no rounding
  // boundary at d - 1 places or fewer (a tie, or a number of at most eight
  // places that JSON would print exactly) lies between the exact value and
  // the one returned, and both are shown alike.
  constexpr int kDigits = 60;
  const int d = shown_places + 3;
  if (d > kDigits - 10) return std::nullopt;
  mpz_class one, unit;
  mpz_ui_pow_ui(one.get_mpz_t(), 10, kDigits);
  mpz_ui_pow_ui(unit.get_mpz_t(), 10, static_cast<unsigned long>(kDigits - d));
  mpz_class lo = one, hi = one, ql, qh, rest;
  std::vector<Decimal> out{Decimal(1)};
  out.reserve(factors.size() + 1);
  for (const Decimal& f : factors) {
    if (sgn(f) <= 0) return std::nullopt;
    lo *= f.get_num();
    mpz_fdiv_q(lo.get_mpz_t(), lo.get_mpz_t(), f.get_den().get_mpz_t());
    hi *= f.get_num();
    mpz_cdiv_q(hi.get_mpz_t(), hi.get_mpz_t(), f.get_den().get_mpz_t());
    if (lo != hi) {
      mpz_fdiv_qr(ql.get_mpz_t(), rest.get_mpz_t(), lo.get_mpz_t(), unit.get_mpz_t());
      mpz_fdiv_q(qh.get_mpz_t(), hi.get_mpz_t(), unit.get_mpz_t());
      if (ql != qh || rest == 0) return std::nullopt;
    }
    Decimal p(lo, one);  // exact when lo == hi
    p.canonicalize();
    out.push_back(std::move(p));
  }
  return out;
}

namespace {

// Chained growth over the years after the first, and — when every one of
// them is a reported growth of a comparable or same-scope indicator — the
// real index and real CAGR.
void add_chained_figures(YoySeries& s, const std::vector<std::optional<Decimal>>& growth) {
  if (s.points.size() < 2) return;
  bool all_reported = s.indicator->basis != Basis::Current;
  bool any_reported = false;
  std::vector<Decimal> factors;
  factors.reserve(s.points.size() - 1);
  for (std::size_t i = 1; i < s.points.size(); ++i) {
    if (!growth[i] || s.points[i].gap) return;
    all_reported = all_reported && s.points[i].reported_growth_pct.has_value();
    any_reported = any_reported || s.points[i].reported_growth_pct.has_value();
    factors.push_back(1 + *growth[i] / 100);
  }
  // Exact products gain a few digits a year, so a long series costs
  // quadratic time in them: past kExactSteps they are bracketed instead
  // (bracketed_products), and exact again only when the bracket cannot
  // decide a shown digit.
  constexpr std::size_t kExactSteps = 30;
  std::optional<std::vector<Decimal>> products;
  if (factors.size() > kExactSteps) {
    const Indicator& ind = *s.indicator;
    products = bracketed_products(factors, std::max({kMaxShownPlaces, ind.pct_places + 1, ind.places}));
  }
  if (!products) {
    products.emplace();
    products->reserve(factors.size() + 1);
    products->push_back(Decimal(1));
    for (const Decimal& f : factors) {
      Decimal next = products->back() * f;
      next.canonicalize();
      products->push_back(std::move(next));
    }
  }
  const Decimal& chained = products->back();
  Decimal pct = (chained - 1) * 100;
  pct.canonicalize();
  s.chained_growth_pct = pct;
  s.chained_is_real = all_reported;
  s.chained_is_nominal = s.indicator->basis == Basis::Current || !any_reported;
  if (!all_reported) return;
  for (std::size_t i = 0; i < s.points.size(); ++i) s.points[i].real_index = (*products)[i] * 100;
  s.real_cagr_pct = cagr(Decimal(1), chained, Decimal(s.last_year - s.first_year));
}

}  // namespace

std::vector<YoySeries> year_over_year(const Dataset& ds, std::optional<int> from, std::optional<int> to, int month) {
  std::vector<YoySeries> out;
  for (const auto& ind : ds.indicators) {
    YoySeries s;
    s.dataset = &ds;
    s.indicator = &ind;
    std::vector<std::optional<Decimal>> growth;
    s.month = month;
    s.points = points_of(ind, from, to, month, growth);
    if (s.points.empty()) continue;
    s.first_year = s.points.front().year;
    s.last_year = s.points.back().year;
    if (!ind.unit.is_rate()) {
      add_level_figures(s);
      add_chained_figures(s, growth);
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace zhibiao
