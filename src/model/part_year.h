#pragma once
// A point in a year as statistics bureaus publish cumulative figures
// (SPEC §8): January up to the end of `month`. Month 12 is the year itself.
#include <string>

namespace zhibiao {

struct PartYear {
  int year = 0;
  int month = 12;  // the last month counted: 3 = 一季度, 6 = 上半年, 9 = 前三季度, 12 = 全年

  bool whole_year() const { return month == 12; }
  // Ordered by the last month: Q3 = H1 + 3 months = -09.
  friend bool operator<(const PartYear& a, const PartYear& b) {
    return a.year != b.year ? a.year < b.year : a.month < b.month;
  }
  friend bool operator==(const PartYear& a, const PartYear& b) = default;
};

// The canonical key (JSON `period`): "2024-09", or "2024" for a whole year.
inline std::string part_year_key(const PartYear& p) {
  std::string out = std::to_string(p.year);
  if (p.whole_year()) return out;
  return out + (p.month < 10 ? "-0" : "-") + std::to_string(p.month);
}

}  // namespace zhibiao
