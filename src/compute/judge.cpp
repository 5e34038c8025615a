#include "compute/judge.h"

#include <algorithm>

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

// A plan file (SPEC §7): a plan target missed in the end year fails; one
// behind its pace is a warning, as are figures the pace could not use.
void judge_plan_targets(const Dataset& ds, const JudgeOptions& o, FileReport& fr) {
  fr.plan_rows = judge_plan(ds, PlanOptions{o.year, std::nullopt});
  for (const PlanRow& r : fr.plan_rows) {
    fr.warnings.insert(fr.warnings.end(), r.warnings.begin(), r.warnings.end());
    if (r.status == PlanStatus::Behind)
      fr.warnings.push_back({WarningKind::PlanBehind,
                             r.indicator,
                             r.year,
                             r.indicator->plan_target_at,
                             r.gap.value_or(0),
                             {},
                             r.gap_unit == GapUnit::PctOfPath});
    bool counts = !o.binding_only || r.indicator->attribute == Attribute::Binding;
    if (r.status == PlanStatus::Missed && counts) fr.verdict = Verdict::Fail;
  }
}

}  // namespace

FileReport judge_file(const Dataset& ds, const JudgeOptions& o) {
  FileReport fr;
  fr.dataset = &ds;
  fr.warnings = consistency_warnings(ds);
  fr.year = evaluated_year(ds, o.year, fr.year_problem);
  if (fr.year) fr.rows = evaluate(ds, *fr.year, o.judging);
  for (const Row& r : fr.rows) {
    fr.summary.add(r);
    if (row_fails(r, o)) fr.verdict = Verdict::Fail;
  }
  if (ds.plan) judge_plan_targets(ds, o, fr);
  if (o.strict && !fr.warnings.empty()) fr.verdict = worst(fr.verdict, Verdict::Fail);
  if (fr.year_problem) fr.verdict = Verdict::Error;
  return fr;
}

}  // namespace zhibiao
