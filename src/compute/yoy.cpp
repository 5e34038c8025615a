#include "compute/yoy.h"

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

}  // namespace

std::vector<YoySeries> year_over_year(const Dataset& ds, std::optional<int> from, std::optional<int> to, int month) {
  std::vector<YoySeries> out;
  for (const auto& ind : ds.indicators) {
    YoySeries s;
    s.dataset = &ds;
    s.indicator = &ind;
    s.month = month;
    const bool rate = ind.unit.is_rate();
    // The growth that a year contributes: reported where given, else from levels.
    std::vector<std::optional<Decimal>> growth;
    for (const Period* period : periods_of(ind, month)) {
      const Period& p = *period;
      if ((from && p.year < *from) || (to && p.year > *to)) continue;
      YoyPoint pt;
      pt.year = p.year;
      pt.value = p.actual;
      pt.reported_growth_pct = p.reported_growth;
      const YoyPoint* prev = s.points.empty() ? nullptr : &s.points.back();
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
      s.points.push_back(pt);
    }
    if (s.points.empty()) continue;
    s.first_year = s.points.front().year;
    s.last_year = s.points.back().year;
    const auto& base = s.points.front().value;
    if (!rate && base && sgn(*base) > 0)
      for (auto& pt : s.points)
        if (pt.value) {
          pt.index = *pt.value / *base * 100;
          pt.index->canonicalize();
        }
    const auto& last = s.points.back().value;
    if (!rate && base && last) s.cagr_pct = cagr(*base, *last, Decimal(s.last_year - s.first_year));
    if (!rate && s.points.size() > 1) {
      Decimal chained = 1;
      bool complete = true;
      for (std::size_t i = 1; i < s.points.size(); ++i) {
        if (!growth[i] || s.points[i].gap) {
          complete = false;
          break;
        }
        chained *= 1 + *growth[i] / 100;
      }
      if (complete) {
        chained = (chained - 1) * 100;
        chained.canonicalize();
        s.chained_growth_pct = chained;
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace zhibiao
