#include "model/dataset.h"

#include <algorithm>

namespace zhibiao {

const Period* find_period(const Indicator& ind, int year) {
  // Periods ascend by year: a binary search keeps long series linear overall.
  auto it =
      std::lower_bound(ind.periods.begin(), ind.periods.end(), year, [](const Period& p, int y) { return p.year < y; });
  return it != ind.periods.end() && it->year == year ? &*it : nullptr;
}

const Indicator* find_indicator(const Dataset& ds, std::string_view id) {
  for (const auto& ind : ds.indicators)
    if (ind.id == id) return &ind;
  return nullptr;
}

}  // namespace zhibiao
