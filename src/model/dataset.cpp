#include "model/dataset.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

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

void share_places(std::vector<Dataset>& datasets) {
  if (datasets.size() < 2) return;
  using Key = std::tuple<std::string, std::string, std::string>;  // id, name, unit
  std::map<Key, std::pair<int, int>> widest;                      // places, pct_places
  for (const auto& ds : datasets)
    for (const auto& ind : ds.indicators) {
      auto& [places, pct_places] =
          widest.try_emplace({ind.id, ind.name, ind.unit.text}, ind.places, ind.pct_places).first->second;
      places = std::max(places, ind.places);
      pct_places = std::max(pct_places, ind.pct_places);
    }
  for (auto& ds : datasets)
    for (auto& ind : ds.indicators) std::tie(ind.places, ind.pct_places) = widest.at({ind.id, ind.name, ind.unit.text});
}

}  // namespace zhibiao
