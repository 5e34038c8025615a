#pragma once
// The year in progress (SPEC §8, 序时进度): a pure function from a dataset and
// a point in the year to each annual target's pace at its latest part-year.
#include <optional>
#include <vector>

#include "compute/evaluate.h"
#include "model/dataset.h"
#include "model/part_year.h"

namespace zhibiao {

// SPEC §8 statuses: 超序时 / 符合序时 / 慢于序时 / 按年度统计 / 待定.
enum class Pace {
  Ahead,       // beyond the pace by more than the band
  OnTrack,     // within the band (a rate: meets the target's own number)
  Behind,      // short of the pace by more than the band (a rate: does not meet it)
  AnnualOnly,  // the indicator has no part-year figure at all
  Pending,     // it has some, but none in the as-of year up to that month
};

const char* to_string(Pace p);

// The band of on_track: 0.1 pp either side of the pace.
const Decimal& pace_band_pp();

struct ProgressOptions {
  std::optional<PartYear> as_of;  // default: the latest part-year with a figure in the file
  bool by_days = false;           // time share in days, not months
  Judging judging;                // --judge: a rate's level against its target, rounded as written or whole
};

// One indicator with an annual target, at its own latest part-year not after
// the as-of point. Percentages are percent; null where a figure does not apply.
struct ProgressRow {
  const Dataset* dataset = nullptr;
  const Indicator* indicator = nullptr;
  const Period* year_entry = nullptr;  // the year's own entry, which holds the target
  const Period* period = nullptr;      // the part-year judged; nullptr when annual_only or pending
  PartYear at;                         // the part-year judged, else the as-of point
  std::optional<Decimal> actual;       // the cumulative level X
  std::optional<Decimal> time_share_pct;
  std::optional<Decimal> plan_share_pct;  // X ÷ L × 100, level targets of non-% indicators
  // Positive when ahead: plan share − time share (level targets), g − G
  // (growth targets; turned for a fall target).
  std::optional<Decimal> pace_gap_pp;
  std::optional<Decimal> growth_pct;         // the cumulative growth g (reported, else from levels)
  std::optional<Decimal> target_growth_pct;  // G (a range: its lower bound); a relative target: the other's g
  std::optional<Decimal> required_rest_pct;  // growth the rest of the year needs: (G − w·g) ÷ (1 − w)
  Pace status = Pace::Pending;

  const Target& target() const { return *year_entry->target; }
};

struct ProgressSummary {
  int total = 0, ahead = 0, on_track = 0, behind = 0, annual_only = 0, pending = 0;
  void add(Pace p);
  ProgressSummary& operator+=(const ProgressSummary& other);
};

struct FileProgress {
  const Dataset* dataset = nullptr;
  // The point judged: asked, or the latest part-year with a figure, or (with
  // no part-year at all) the end of the latest year with a target.
  std::optional<PartYear> as_of;
  std::vector<ProgressRow> rows;
  ProgressSummary summary;
};

// The latest part-year with a figure (an actual or a reported growth) in
// `ds`, within `year` when given.
std::optional<PartYear> latest_part_year(const Dataset& ds, std::optional<int> year = std::nullopt);

// Every indicator of `ds` with a numeric target in the as-of year, in file order.
FileProgress progress(const Dataset& ds, const ProgressOptions& o);

}  // namespace zhibiao
