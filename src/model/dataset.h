#pragma once
// Plain data read from a data file: indicators and their yearly figures.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/decimal.h"
#include "model/stored_decimal.h"
#include "model/target.h"
#include "model/unit.h"
#include "util/diagnostic.h"

namespace zhibiao {

// What an indicator's yearly values are (SPEC §7 `values:`).
enum class IndicatorValues {
  Levels,     // the level itself (the default)
  Growth,     // each year's growth rate, in percent
  Reduction,  // each year's rate of fall, in percent (能耗降低 2.7 means a 2.7% fall)
};

// Text few periods have, behind one pointer: 8 bytes in every period rather
// than 64 for two empty strings (a file of 2,000 indicators over ten years
// holds 20,000 periods). Copied deeply, as strings are.
class PeriodText {
 public:
  PeriodText() = default;
  PeriodText(const PeriodText& other) : text_(other.text_ ? std::make_unique<Text>(*other.text_) : nullptr) {}
  PeriodText(PeriodText&&) noexcept = default;
  PeriodText& operator=(const PeriodText& other) { return *this = PeriodText(other); }
  PeriodText& operator=(PeriodText&&) noexcept = default;

  const std::string& note() const { return text_ ? text_->note : none(); }
  const std::string& reference_id() const { return text_ ? text_->reference_id : none(); }
  void set_note(std::string note) { text().note = std::move(note); }
  void set_reference_id(std::string id) { text().reference_id = std::move(id); }

 private:
  struct Text {
    std::string note, reference_id;
  };
  static const std::string& none() {
    static const std::string empty;
    return empty;
  }
  Text& text() {
    if (!text_) text_ = std::make_unique<Text>();
    return *text_;
  }
  std::unique_ptr<Text> text_;
};

// The figures of one indicator for one year (or, in a simple-form file
// without `year`, for the baseline or the current period).
struct Period {
  int year = 0;
  // A part-year (SPEC §8): January to this month, cumulative; 12 = the whole year.
  int month = 12;
  StoredDecimal actual;           // in the indicator's unit
  std::optional<bool> done;       // actual of a qualitative target
  bool estimate = false;          // a figure was qualified (左右, 以上, 约, 预计 …): used as written
  StoredDecimal reported_growth;  // percent (pp for a rate), as published
  // Shared: a report repeats its targets, and each distinct one is parsed once.
  std::shared_ptr<const Target> target;
  // Where each figure was written, for messages.
  Mark actual_at, growth_at, target_at;

  // The period's `note:`, or "".
  const std::string& note() const { return text_.note(); }
  // A relative target's reference (与经济增长基本同步): the other indicator's
  // id, resolved when the whole file is read; or "".
  const std::string& reference_id() const { return text_.reference_id(); }
  void set_note(std::string note) { text_.set_note(std::move(note)); }
  void set_reference_id(std::string id) { text_.set_reference_id(std::move(id)); }

 private:
  PeriodText text_;
};

struct Indicator {
  std::string id;
  std::string name;
  std::string name_en;
  Unit unit;
  Direction direction = Direction::Up;
  Basis basis = Basis::Current;
  std::optional<Attribute> attribute;  // 约束性 / 预期性, when the file says
  IndicatorValues values = IndicatorValues::Levels;
  std::string note;
  Mark at;                   // the `- id:` line
  bool series_form = false;  // written with `series:` (else baseline/target/actual)
  std::vector<Period> periods;
  // Part-years (2024-09, 2024Q3, 2024H1), cumulative from January, ascending
  // by (year, month); kept apart so that every rule over years ignores them.
  std::vector<Period> part_years;
  // A plan file's target for the plan's end year against its base year
  // (SPEC §7), written beside the series.
  std::shared_ptr<const Target> plan_target;
  Mark plan_target_at;  // ascending years, no repeats
  int places = 0;       // widest decimals of its written levels
  int pct_places = 1;   // widest decimals of its written growths and pp (at least 1)
  // A relative plan target's other indicator (高于GDP增长: gdp), resolved when
  // the whole file is read.
  std::string plan_reference_id;
};

// A multi-year plan (SPEC §7): its name, base year and end year.
struct Plan {
  std::string name;
  int base = 0, end = 0;
};

struct Dataset {
  std::string file;
  std::string title, region, source;
  std::optional<int> year;      // simple form: the current year
  std::optional<Plan> plan;     // a plan file (`plan:`)
  bool has_year_labels = true;  // false: simple form without `year`
  std::vector<Indicator> indicators;
};

// The period of `ind` for `year`, or nullptr.
const Period* find_period(const Indicator& ind, int year);

// The indicator with `id`, or nullptr.
const Indicator* find_indicator(const Dataset& ds, std::string_view id);

// Files shown together show an indicator's figures alike: every indicator
// with the same id, name and unit takes the widest `places` and `pct_places`
// of them, so that one target level is not 105 in one file and 105.00 in the
// next. (The national 国内生产总值 and a city's 地区生产总值 stay apart.)
void share_places(std::vector<Dataset>& datasets);

}  // namespace zhibiao
