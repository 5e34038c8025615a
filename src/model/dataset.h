#pragma once
// Plain data read from a data file: indicators and their yearly figures.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/decimal.h"
#include "model/target.h"
#include "model/unit.h"
#include "util/diagnostic.h"

namespace zhibiao {

// The figures of one indicator for one year (or, in a simple-form file
// without `year`, for the baseline or the current period).
struct Period {
  int year = 0;
  std::optional<Decimal> actual;           // in the indicator's unit
  std::optional<bool> done;                // actual of a qualitative target
  std::optional<Decimal> reported_growth;  // percent, as published
  // Shared: a report repeats its targets, and each distinct one is parsed once.
  std::shared_ptr<const Target> target;
  std::string note;
  // Where each figure was written, for messages.
  Mark actual_at, growth_at, target_at;
};

struct Indicator {
  std::string id;
  std::string name;
  std::string name_en;
  Unit unit;
  Direction direction = Direction::Up;
  Basis basis = Basis::Current;
  std::string note;
  Mark at;                      // the `- id:` line
  bool series_form = false;     // written with `series:` (else baseline/target/actual)
  std::vector<Period> periods;  // ascending years, no repeats
  int places = 0;               // widest decimals of its written levels
  int pct_places = 1;           // widest decimals of its written growths and pp (at least 1)
};

struct Dataset {
  std::string file;
  std::string title, region, source;
  std::optional<int> year;      // simple form: the current year
  bool has_year_labels = true;  // false: simple form without `year`
  std::vector<Indicator> indicators;
};

// The period of `ind` for `year`, or nullptr.
const Period* find_period(const Indicator& ind, int year);

}  // namespace zhibiao
