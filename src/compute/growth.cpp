#include "compute/growth.h"

#include <cmath>

namespace zhibiao {

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

std::optional<Decimal> two_year_average(const Decimal& a_pct, const Decimal& b_pct) {
  Decimal product = (1 + a_pct / 100) * (1 + b_pct / 100);
  if (sgn(product) < 0) return std::nullopt;
  long double root = std::sqrt(to_long_double(product));
  if (!std::isfinite(root)) return std::nullopt;
  return from_long_double((root - 1.0L) * 100.0L);
}

std::optional<Decimal> cagr(const Decimal& first, const Decimal& last, const Decimal& years) {
  if (sgn(first) <= 0 || sgn(last) < 0 || sgn(years) <= 0) return std::nullopt;
  long double ratio = to_long_double(Decimal(last / first));
  long double root = std::pow(ratio, 1.0L / to_long_double(years));
  // Beyond long double's range the answer would be a silent 0 or inf: none.
  if (!std::isfinite(ratio) || !std::isfinite(root) || (ratio == 0.0L && sgn(last) != 0)) return std::nullopt;
  return from_long_double((root - 1.0L) * 100.0L);
}

}  // namespace zhibiao
