#pragma once
// Growth arithmetic shared by report, yoy and calc: growth from levels, the
// geometric two-year average and the compound annual growth rate.
#include <optional>

#include "model/decimal.h"
#include "model/unit.h"

namespace zhibiao {

// Growth from levels in percent; for rates, the change in percentage points
// (a ‰ rate's change of 1‰ is 0.1 pp). nullopt without both levels, or from a
// level of 0 or below.
std::optional<Decimal> computed_growth(const Unit& unit, const std::optional<Decimal>& before,
                                       const std::optional<Decimal>& after);

// √((1+a)(1+b))−1 for growths in percent, in percent; nullopt when the
// product is negative or beyond long double's range.
std::optional<Decimal> two_year_average(const Decimal& a_pct, const Decimal& b_pct);

// (last/first)^(1/years)−1, in percent; nullopt unless first > 0, last >= 0,
// years > 0, and the root is within long double's range.
std::optional<Decimal> cagr(const Decimal& first, const Decimal& last, const Decimal& years);

}  // namespace zhibiao
