#include "model/dataset.h"

namespace zhibiao {

const Period* find_period(const Indicator& ind, int year) {
  for (const auto& p : ind.periods)
    if (p.year == year) return &p;
  return nullptr;
}

}  // namespace zhibiao
