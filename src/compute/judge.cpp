#include "compute/judge.h"

#include <algorithm>

#include "compute/progress.h"

namespace zhibiao {

Verdict worst(Verdict a, Verdict b) { return std::max(a, b); }

std::optional<int> evaluated_year(const Dataset& ds, std::optional<int> requested,
                                  std::optional<YearProblem>& problem) {
  if (requested) {
    if (!ds.has_year_labels) {
      problem = YearProblem{YearProblem::NoYearLabels, *requested};
      return std::nullopt;
    }
    for (const auto& ind : ds.indicators)
      if (find_period(ind, *requested)) return requested;
    problem = YearProblem{YearProblem::NoFiguresIn, *requested};
    return std::nullopt;
  }
  std::optional<int> latest_target, latest;
  for (const auto& ind : ds.indicators)
    for (const auto& p : ind.periods) {
      if (p.target && (!latest_target || p.year > *latest_target)) latest_target = p.year;
      if (!latest || p.year > *latest) latest = p.year;
    }
  if (latest_target) return latest_target;
  if (!latest) problem = YearProblem{YearProblem::NoFigures, 0};
  return latest;
}

void Report::add(FileReport&& fr) {
  files.push_back(fr.dataset->file);
  summary += fr.summary;
  rows.insert(rows.end(), std::make_move_iterator(fr.rows.begin()), std::make_move_iterator(fr.rows.end()));
}

bool row_fails(const Row& r, const JudgeOptions& o) {
  if (o.binding_only && r.indicator->attribute != Attribute::Binding) return false;
  return r.status == Status::Missed || (r.status == Status::Pending && !o.allow_pending);
}

namespace {

// The judged year's part-years slower than its targets need (SPEC §8), for
// indicators whose full-year actual is not yet in.
Warnings pace_warnings(const Dataset& ds, int year) {
  Warnings out;
  auto as_of = latest_part_year(ds, year);
  if (!as_of) return out;
  for (const ProgressRow& r : progress(ds, ProgressOptions{as_of, false, {}}).rows) {
    if (r.status != Pace::Behind || r.year_entry->actual || r.year_entry->done) continue;
    Warning w = make_warning(WarningKind::BehindPace, *r.indicator, r.at.year,
                             r.period->actual ? r.period->actual_at : r.period->growth_at);
    w.month = r.at.month;
    w.pace_gap_pp = r.pace_gap_pp;
    out.push_back(std::move(w));
  }
  return out;
}

// A plan file (SPEC §7): its plan targets judged (one missed in the end year
// fails, see judged_verdict); one behind its pace is a warning, as are
// figures the pace could not use.
void judge_plan_targets(const Dataset& ds, const JudgeOptions& o, FileReport& fr) {
  fr.plan_rows = judge_plan(ds, PlanOptions{o.year, std::nullopt, o.judging});
  for (const PlanRow& r : fr.plan_rows) {
    fr.warnings.insert(fr.warnings.end(), r.warnings.begin(), r.warnings.end());
    if (r.status == PlanStatus::Behind) {
      Warning w = make_warning(WarningKind::PlanBehind, *r.indicator, r.year, r.indicator->plan_target_at);
      w.reported = r.gap.value_or(0);
      w.pct_of_path = r.gap_unit == GapUnit::PctOfPath;
      fr.warnings.push_back(std::move(w));
    }
  }
}

}  // namespace

FileReport judge_file(const Dataset& ds, const JudgeOptions& o) {
  FileReport fr;
  fr.dataset = &ds;
  fr.warnings = consistency_warnings(ds);
  fr.year = evaluated_year(ds, o.year, fr.year_problem);
  if (fr.year) fr.rows = evaluate(ds, *fr.year, o.judging);
  if (fr.year) {
    Warnings pace = pace_warnings(ds, *fr.year);
    fr.warnings.insert(fr.warnings.end(), pace.begin(), pace.end());
  }
  for (const Row& r : fr.rows) fr.summary.add(r);
  if (ds.plan) judge_plan_targets(ds, o, fr);
  fr.verdict = judged_verdict(fr, o);
  return fr;
}

Verdict judged_verdict(const FileReport& fr, const JudgeOptions& o) {
  if (fr.year_problem) return Verdict::Error;
  if (o.strict && !fr.warnings.empty()) return Verdict::Fail;
  for (const Row& r : fr.rows)
    if (row_fails(r, o)) return Verdict::Fail;
  for (const PlanRow& r : fr.plan_rows)
    if (r.status == PlanStatus::Missed && (!o.binding_only || r.indicator->attribute == Attribute::Binding))
      return Verdict::Fail;
  return Verdict::Pass;
}

}  // namespace zhibiao
