#include "compute/select.h"

#include <algorithm>

namespace zhibiao {

namespace {

// What selecting and sorting need to know of a row.
struct Facts {
  const Indicator* indicator = nullptr;
  std::string_view status;          // its JSON name
  bool within_tolerance = false;    // report: met within the tolerance (also --only within_tolerance)
  int rank = 0;                     // --sort status: lower first
  std::optional<Decimal> standing;  // --sort variance: lower first (behind is negative)
};

bool has(const std::vector<std::string>& v, std::string_view s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// A variance turned so that below zero is always behind (a fall wanted,
// direction down, turns the sign): in pp for growths and rates, else in %
// of the target level.
std::optional<Decimal> standing_of(const Row& r) {
  std::optional<Decimal> v;
  if (r.variance_pp) v = *r.variance_pp;
  else if (r.variance && r.indicator->unit.is_rate()) v = *r.variance;
  else if (r.variance && r.target_value && *r.target_value != 0) v = *r.variance / abs(*r.target_value) * 100;
  else if (r.variance && r.target_low && r.target_high && *r.target_low != 0)
    v = *r.variance / abs(*r.target_low) * 100;
  if (v && r.indicator->direction == Direction::Down) v = -*v;
  return v;
}

Facts facts(const Row& r) {
  const bool within = r.status == Status::Met && r.within_tolerance.value_or(false);
  static constexpr int kRank[] = {2, 0, 3, 4};  // Met, Missed, Pending, NoTarget
  return {r.indicator, to_string(r.status), within, within ? 1 : kRank[static_cast<int>(r.status)], standing_of(r)};
}

Facts facts(const PlanRow& r) {
  // Achieved, Ahead, OnTrack, Behind, Pending, Met, Missed, NoTarget
  static constexpr int kRank[] = {5, 4, 3, 1, 6, 2, 0, 7};
  return {r.indicator, to_string(r.status), false, kRank[static_cast<int>(r.status)], r.gap};
}

Facts facts(const ProgressRow& r) {
  static constexpr int kRank[] = {2, 1, 0, 4, 3};  // Ahead, OnTrack, Behind, AnnualOnly, Pending
  return {r.indicator, to_string(r.status), false, kRank[static_cast<int>(r.status)], r.pace_gap_pp};
}

bool chosen(const Facts& f, const Selection& s) {
  if (!s.names.empty() && !names_indicator(*f.indicator, s.names)) return false;
  if (s.statuses.empty()) return true;
  if (f.within_tolerance && has(s.statuses, "within_tolerance")) return true;
  // "met" alone also takes the rows met within the tolerance: they are met.
  return has(s.statuses, f.status);
}

// Lower first; rows without a variance last.
bool before(const Facts& a, const Facts& b, const Selection& s) {
  switch (s.sort) {
    case SortKey::Status: return a.rank < b.rank;
    case SortKey::Variance:
      if (!a.standing || !b.standing) return a.standing.has_value() && !b.standing.has_value();
      return *a.standing < *b.standing;
    case SortKey::Name: {
      const std::string& x = s.english_names ? a.indicator->name_en : a.indicator->name;
      const std::string& y = s.english_names ? b.indicator->name_en : b.indicator->name;
      return x < y;
    }
    case SortKey::File: return false;
  }
  return false;
}

template <class R>
void select_any(std::vector<R>& rows, const Selection& s) {
  if (s.empty()) return;
  std::erase_if(rows, [&](const R& r) { return !chosen(facts(r), s); });
  if (s.sort != SortKey::File)
    std::stable_sort(rows.begin(), rows.end(), [&](const R& a, const R& b) { return before(facts(a), facts(b), s); });
}

}  // namespace

bool names_indicator(const Indicator& ind, const std::vector<std::string>& names) {
  return has(names, ind.id) || has(names, ind.name) || (!ind.name_en.empty() && has(names, ind.name_en));
}

const std::vector<std::string_view>& row_statuses() {
  static const std::vector<std::string_view> v = {"met", "missed", "pending", "no_target", "within_tolerance"};
  return v;
}

const std::vector<std::string_view>& plan_row_statuses() {
  static const std::vector<std::string_view> v = {"achieved", "ahead", "on_track", "behind",
                                                  "pending",  "met",   "missed",   "no_target"};
  return v;
}

const std::vector<std::string_view>& progress_statuses() {
  static const std::vector<std::string_view> v = {"ahead", "on_track", "behind", "annual_only", "pending"};
  return v;
}

void select_rows(std::vector<Row>& rows, const Selection& s) { select_any(rows, s); }
void select_rows(std::vector<PlanRow>& rows, const Selection& s) { select_any(rows, s); }
void select_rows(std::vector<ProgressRow>& rows, const Selection& s) { select_any(rows, s); }

void select_report(Report& report, const Selection& s) {
  if (s.empty()) return;
  select_rows(report.rows, s);
  report.summary = {};
  for (const Row& r : report.rows) report.summary.add(r);
}

void select_plan(PlanReport& report, const Selection& s) {
  if (s.empty()) return;
  select_rows(report.rows, s);
  report.summary = {};
  for (const PlanRow& r : report.rows) report.summary.add(r);
}

void select_progress(std::vector<FileProgress>& files, const Selection& s) {
  if (s.empty()) return;
  for (FileProgress& f : files) {
    select_rows(f.rows, s);
    f.summary = {};
    for (const ProgressRow& r : f.rows) f.summary.add(r.status);
  }
}

void narrow_file(FileReport& file, const std::vector<std::string>& names, const JudgeOptions& o) {
  auto other = [&](const Indicator* ind) { return ind && !names_indicator(*ind, names); };
  std::erase_if(file.rows, [&](const Row& r) { return other(r.indicator); });
  std::erase_if(file.plan_rows, [&](const PlanRow& r) { return other(r.indicator); });
  std::erase_if(file.warnings, [&](const Warning& w) { return other(w.indicator); });
  file.summary = {};
  for (const Row& r : file.rows) file.summary.add(r);
  file.verdict = judged_verdict(file, o);
}

void select_file(FileReport& file, const Selection& s) {
  if (s.empty()) return;
  select_rows(file.rows, s);
  select_rows(file.plan_rows, s);
  file.summary = {};
  for (const Row& r : file.rows) file.summary.add(r);
}

void select_series(std::vector<YoySeries>& series, const Selection& s) {
  if (!s.names.empty())
    std::erase_if(series, [&](const YoySeries& x) { return !names_indicator(*x.indicator, s.names); });
  if (s.sort == SortKey::Name)
    std::stable_sort(series.begin(), series.end(), [&](const YoySeries& a, const YoySeries& b) {
      return s.english_names ? a.indicator->name_en < b.indicator->name_en : a.indicator->name < b.indicator->name;
    });
}

}  // namespace zhibiao
