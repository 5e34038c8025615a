#pragma once
// Choosing and ordering the rows a table shows (--only, --id, --sort): pure
// functions over the rows of report and check, plan and progress.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compute/evaluate.h"
#include "compute/judge.h"
#include "compute/plan.h"
#include "compute/progress.h"
#include "compute/yoy.h"

namespace zhibiao {

enum class SortKey {
  File,      // as the files list them (the default)
  Status,    // the worst first: missed, within tolerance, met, pending, no target (and the like)
  Variance,  // the furthest behind first: the variance in pp, else in % of the target level
  Name,      // by name (code-point order), then file order
};

struct Selection {
  std::vector<std::string> statuses;  // the status names of JSON (met, missed, within_tolerance …); empty: all
  std::vector<std::string> names;     // indicator ids or names (Chinese or English); empty: all
  SortKey sort = SortKey::File;
  bool english_names = false;  // --sort name by the English names

  bool empty() const { return statuses.empty() && names.empty() && sort == SortKey::File; }
};

// Whether `ind` is one of `names`: its id, its name or its English name.
bool names_indicator(const Indicator& ind, const std::vector<std::string>& names);

// The status names --only accepts for each kind of row (those of JSON).
const std::vector<std::string_view>& row_statuses();       // report, check
const std::vector<std::string_view>& plan_row_statuses();  // plan
const std::vector<std::string_view>& progress_statuses();  // progress

// Keeps the rows `s` chooses, in its order (a stable sort: equals keep file order).
void select_rows(std::vector<Row>& rows, const Selection& s);
void select_rows(std::vector<PlanRow>& rows, const Selection& s);
void select_rows(std::vector<ProgressRow>& rows, const Selection& s);

// The report's rows chosen and ordered, its summary counting those shown.
void select_report(Report& report, const Selection& s);
void select_plan(PlanReport& report, const Selection& s);
// Each file's rows chosen and ordered (within the file), its summary recounted.
void select_progress(std::vector<FileProgress>& files, const Selection& s);
// check --id: the file judged on the indicators `names` names alone — the
// rows, plan rows and warnings of the others dropped, the summary and the
// verdict recounted (a year problem stays an error).
void narrow_file(FileReport& file, const std::vector<std::string>& names, const JudgeOptions& o);
// check --only and --sort: the file's rows and plan rows chosen and ordered
// for display, the summary counting those shown; the verdict is untouched.
void select_file(FileReport& file, const Selection& s);
// Series of the indicators `s` names, by name when it says so.
void select_series(std::vector<YoySeries>& series, const Selection& s);

}  // namespace zhibiao
