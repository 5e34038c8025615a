#pragma once
// The compute layer's findings worded for people: SPEC §3 warnings and
// year problems as located diagnostics, with the user's precision, rounding
// and language.
#include <string>

#include "compute/calc.h"
#include "compute/judge.h"
#include "render/options.h"
#include "util/diagnostic.h"

namespace zhibiao {

// A year as a table shows it: "2020", or in a simple-form file without
// `year:` the two periods 基期/本期 (baseline/current).
std::string year_label(const Dataset& ds, int year, Lang lang);

Diagnostic warning_diagnostic(const Dataset& ds, const Warning& w, const RenderOptions& o);
Diagnostics warning_diagnostics(const Dataset& ds, const Warnings& ws, const RenderOptions& o);

std::string year_problem_message(const YearProblem& p);

// Why a `calc` expression has no value.
std::string calc_error_message(const CalcError& e);

// Everything judging found wrong with a file, located: the year problem (an
// error) and the warnings.
Diagnostics file_report_diagnostics(const FileReport& fr, const RenderOptions& o);

}  // namespace zhibiao
