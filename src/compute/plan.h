#pragma once
// Plans over several years (SPEC §7): each plan target judged as of a year:
// how far the plan has come, where an even pace would be, and what the
// remaining years need. A pure function from a dataset to rows.
#include <optional>
#include <string>
#include <vector>

#include "compute/evaluate.h"
#include "compute/warning.h"
#include "model/dataset.h"

namespace zhibiao {

// How a plan target is followed (the rows of the SPEC §7 table; JSON
// `target_kind`).
enum class PlanKind {
  AverageGrowth,  // 年均 g*: achieved a = Π(1+gᵢ)^(1/n) − 1
  Cumulative,     // 累计 c*: the change compounded since the base year
  Level,          // a level T to reach (65%, 翻一番, 〔1〕): interpolated path
  Bound,          // a ceiling or floor held every year (<5.5, >7, a level the base already meets)
  Relative,       // average growth against another indicator's (与GDP增长基本同步)
  Direction,      // 持续下降: the sign of the latest change
  Bool,           // 完成: done or not in the end year
  None,           // 保持在合理区间: no numeric target
};

enum class PlanStatus {
  Achieved,  // 提前实现: the end-year target already holds
  Ahead,     // 快于预期: beyond the path by more than the band
  OnTrack,   // 基本符合预期: within the band (a bound: held)
  Behind,    // 滞后
  Pending,   // 待定: no figure after the base year (or none to pace against)
  Met,       // 达标: the end year, target met
  Missed,    // 未达标: the end year, target missed
  NoTarget,  // 无目标
};

inline constexpr int kPlanStatusCount = 8;

// What `gap` is measured in: percentage points, or percent of the path.
enum class GapUnit { Pp, PctOfPath };
// What `required` is measured in: growth per year in percent, or points.
enum class RequiredUnit { Pct, Pp };

struct PlanRow {
  const Dataset* dataset = nullptr;
  const Indicator* indicator = nullptr;
  const Target* target = nullptr;
  PlanKind kind = PlanKind::None;
  int year = 0;  // the indicator's own latest year judged (base + years_gone)
  int years_gone = 0, years_total = 0;
  std::optional<Decimal> base_value;    // L_base
  std::optional<Decimal> target_level;  // Level: T; Bound: the bound
  // Falls count positive for a fall target. `levels`: achieved and path are
  // levels in the indicator's unit; else percent.
  std::optional<Decimal> achieved, path, gap, required;
  bool levels = false;
  GapUnit gap_unit = GapUnit::Pp;
  std::optional<RequiredUnit> required_unit;
  PlanStatus status = PlanStatus::Pending;
  const Indicator* reference = nullptr;  // Relative: the other indicator
  Warnings warnings;                     // figures the pace could not use
};

struct PlanOptions {
  std::optional<int> year;  // as of this year; else the file's latest year with figures
  // --pace-band: pp for rates, percentages and cumulative changes, % of the
  // path for levels; default 0.1.
  std::optional<Decimal> pace_band;
  // --judge: the end-year verdict and a bound held every year compare the
  // figure rounded as the target is written (修约值比较法), or whole (§3).
  Judging judging;
};

// Counts of each status.
struct PlanCounts {
  int total = 0;
  int by_status[kPlanStatusCount] = {};
  int operator[](PlanStatus s) const { return by_status[static_cast<int>(s)]; }
};

// Counts for binding (约束性) indicators, expected (预期性) ones and those
// without an attribute, and all together.
struct PlanSummary {
  PlanCounts binding, expected, unmarked, all;
  void add(const PlanRow& r);
  PlanSummary& operator+=(const PlanSummary& o);
};

// Several plan files judged together: `plan` shows them in one table.
struct PlanReport {
  std::vector<std::string> files;
  std::vector<PlanRow> rows;
  PlanSummary summary;
  void add(const Dataset& ds, std::vector<PlanRow>&& rows);
};

// The default as-of year: the latest year in which any indicator has a figure.
std::optional<int> plan_year(const Dataset& ds);

// One row per indicator with a plan target, in file order. `ds.plan` must be set.
std::vector<PlanRow> judge_plan(const Dataset& ds, const PlanOptions& o);

const char* to_string(PlanKind k);
const char* to_string(PlanStatus s);

}  // namespace zhibiao
