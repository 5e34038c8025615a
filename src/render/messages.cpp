#include "render/messages.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/part_year.h"

namespace zhibiao {

namespace {

std::string target_text(const Indicator& ind) { return ind.plan_target ? ind.plan_target->text : ""; }

}  // namespace

std::string year_label(const Dataset& ds, int year, Lang lang) {
  if (ds.has_year_labels) return std::to_string(year);
  bool zh = lang == Lang::Zh;
  if (year <= 0) return zh ? "基期" : "baseline";
  return zh ? "本期" : "current";
}

namespace {

std::string behind_pace_message(const Indicator& ind, const Warning& w, const RenderOptions& o) {
  const Period* entry = find_period(ind, w.year);
  std::string target = entry && entry->target ? entry->target->text : "";
  std::string where = fmt::format("{} {}", ind.id, part_year_key(PartYear{w.year, w.month}));
  if (!w.pace_gap_pp)
    return fmt::format("{}: behind the pace: the level does not meet the {} target '{}'", where, w.year, target);
  return fmt::format("{}: behind the pace of the {} target '{}' by {} pp", where, w.year, target,
                     show(o, abs(*w.pace_gap_pp), 1));
}

}  // namespace

Diagnostic warning_diagnostic(const Dataset& ds, const Warning& w, const RenderOptions& o) {
  const Indicator& ind = *w.indicator;
  auto pct = [&](const Decimal& v) { return show(o, v, ind.pct_places); };
  std::string where = fmt::format("{} {}", ind.id, year_label(ds, w.year, Lang::En));
  std::string message;
  switch (w.kind) {
    case WarningKind::GrowthMismatch:
      message = fmt::format(
          "{}: reported growth {}% differs from {}% computed from the levels (by more than 0.1 pp; basis is current)",
          where, pct(w.reported), pct(w.computed));
      break;
    case WarningKind::NominalGrowth:
      message = fmt::format("{}: judged on nominal growth {}% because no reported (comparable-price) growth was given",
                            where, pct(w.computed));
      break;
    case WarningKind::BehindPace: message = behind_pace_message(ind, w, o); break;
    case WarningKind::PlanBehind:
      message =
          fmt::format("{}: plan target '{}' is behind its pace by {}{}", where, target_text(ind),
                      show(o, abs(w.reported), std::max(2, ind.pct_places)), w.pct_of_path ? "% of the path" : " pp");
      break;
    case WarningKind::PlanNoBase:
      message = fmt::format("{}: plan target '{}' has no {} (base-year) figure: its pace cannot be judged", ind.id,
                            target_text(ind), w.year);
      break;
    case WarningKind::PlanChainGap:
      message = fmt::format("{}: no figure for {}: plan target '{}' is judged on the years before it", ind.id, w.year,
                            target_text(ind));
      break;
  }
  return Diagnostic{ds.file, w.at, Severity::Warning, std::move(message)};
}

Diagnostics warning_diagnostics(const Dataset& ds, const Warnings& ws, const RenderOptions& o) {
  Diagnostics out;
  out.reserve(ws.size());
  for (const Warning& w : ws) out.push_back(warning_diagnostic(ds, w, o));
  return out;
}

std::string calc_error_message(const CalcError& e) {
  switch (e.kind) {
    case CalcError::PointsAsQuantity: return "pp is a change of a rate, not a quantity to compute with";
    case CalcError::MagnitudeOnPercent: return "a magnitude (万, 亿) on a percentage";
    case CalcError::UnitsDoNotAdd: return fmt::format("cannot add '{}' and '{}'", e.left, e.right);
    case CalcError::DivisionByZero: return "division by zero";
    case CalcError::OldValueNotPositive: return fmt::format("{}: the old value must be above 0", e.left);
    case CalcError::NewValueNegative: return fmt::format("{}: the new value must not be below 0", e.left);
    case CalcError::YearsNotPositive: return fmt::format("{}: years must be above 0", e.left);
    case CalcError::OutOfRange: return fmt::format("{}: the numbers are out of range", e.left);
  }
  return "";
}

std::string year_problem_message(const YearProblem& p) {
  switch (p.kind) {
    case YearProblem::NoYearLabels: return "a year can be chosen only in a file with 'year:' or a series";
    case YearProblem::NoFiguresIn: return fmt::format("no figures for {} in the file", p.year);
    case YearProblem::NoFigures: return "no figures in the file";
  }
  return "";
}

Diagnostics file_report_diagnostics(const FileReport& fr, const RenderOptions& o) {
  Diagnostics out;
  if (fr.year_problem) out.push_back({fr.dataset->file, {}, Severity::Error, year_problem_message(*fr.year_problem)});
  Diagnostics w = warning_diagnostics(*fr.dataset, fr.warnings, o);
  out.insert(out.end(), w.begin(), w.end());
  return out;
}

}  // namespace zhibiao
