#pragma once
// Judging targets (SPEC §3): a pure function from a dataset and a year to
// report rows.
#include <optional>
#include <string>
#include <vector>

#include "compute/warning.h"
#include "model/dataset.h"

namespace zhibiao {

enum class Status { Met, Missed, Pending, NoTarget };

const char* to_string(Status s);

// One indicator in the evaluated year: every field of SPEC §5.3.
struct Row {
  const Dataset* dataset = nullptr;
  const Indicator* indicator = nullptr;
  const Period* period = nullptr;  // nullptr: no figures in the year
  int year = 0;
  // Figures as written (or a target's levels): kept compactly, as a period's.
  StoredDecimal baseline, actual;
  StoredDecimal target_value, target_low, target_high;
  std::optional<Decimal> growth_pct, computed_growth_pct;
  StoredDecimal reported_growth_pct;
  std::optional<Decimal> variance, variance_pp;
  std::optional<Decimal> completion_pct;  // 完成率: actual ÷ target level × 100 (SPEC §3)
  // Relative targets: the reference indicator and its judged growth.
  const Indicator* reference = nullptr;
  std::optional<Decimal> reference_growth_pct;
  bool by_reported_growth = false;  // judged on the reported growth (comparable, same_scope)
  bool estimate = false;            // a figure of the row was qualified (左右, 约, 预计 …)
  bool judged_rounded = false;      // judged on figures rounded as published (修约值比较法)
  Status status = Status::NoTarget;
  // Met only thanks to a tolerance (左右, 基本同步): 基本达标. Null without a
  // judged target.
  std::optional<bool> within_tolerance;
  Warnings warnings;  // SPEC §3 warnings of this year

  const Target* target() const { return period && period->target ? &*period->target : nullptr; }
};

struct Summary {
  int total = 0, met = 0, missed = 0, pending = 0, no_target = 0;
  int within_tolerance = 0;  // of the met: 基本达标
  void add(const Row& r);
  Summary& operator+=(const Summary& other);
};

// How figures are compared with targets (GB/T 8170-2008 §4.3).
struct Judging {
  bool rounded = false;  // 修约值比较法: round the judged figure as published first
  Rounding rounding = Rounding::HalfUp;
};

// The decimals a judged figure is rounded to under 修约值比较法: those of the
// target as written, at least one for growths and points.
int judged_places(const Target& t);
// `figure` as it is compared with `t`: rounded so under 修约值比较法, else whole.
Decimal judged_figure(const Decimal& figure, const Target& t, const Judging& judging);

// The rows of `ds` for `year` (indicators with no figures in `year` or the
// year before are left out).
std::vector<Row> evaluate(const Dataset& ds, int year, const Judging& judging = {});

}  // namespace zhibiao
