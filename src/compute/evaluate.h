#pragma once
// Judging targets (SPEC §3): a pure function from a dataset to report rows.
#include <optional>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "util/diagnostic.h"
#include "util/expected.h"

namespace zhibiao {

enum class Status { Met, Missed, Pending, NoTarget };

const char* to_string(Status s);

// One indicator in the evaluated year: every field of SPEC §5.3.
struct Row {
  const Dataset* dataset = nullptr;
  const Indicator* indicator = nullptr;
  const Period* period = nullptr;  // nullptr: no figures in the year
  int year = 0;
  std::optional<Decimal> baseline, actual;
  std::optional<Decimal> target_value, target_low, target_high;
  std::optional<Decimal> growth_pct, computed_growth_pct, reported_growth_pct;
  std::optional<Decimal> variance, variance_pp;
  Status status = Status::NoTarget;
  Diagnostics warnings;  // SPEC §3 warnings of this year

  const Target* target() const { return period && period->target ? &*period->target : nullptr; }
};

struct Summary {
  int total = 0, met = 0, missed = 0, pending = 0, no_target = 0;
  void add(Status s);
};

struct Report {
  std::vector<std::string> files;
  std::vector<Row> rows;
  Summary summary;
};

// The year `report` evaluates: `requested`, else the latest year in which any
// indicator has a target, else the latest year with figures. An error when
// the requested year has no figures at all.
Expected<int> evaluated_year(const Dataset& ds, std::optional<int> requested);

// The rows of `ds` for `year` (indicators with no figures in `year` or the
// year before are left out).
std::vector<Row> evaluate(const Dataset& ds, int year);

// SPEC §3 warnings for every year of every indicator, located.
Diagnostics consistency_warnings(const Dataset& ds);

// Growth from levels in percent; for rates, the change in percentage points
// (a ‰ rate's change of 1‰ is 0.1 pp).
std::optional<Decimal> computed_growth(const Unit& unit, const std::optional<Decimal>& before,
                                       const std::optional<Decimal>& after);

}  // namespace zhibiao
