#pragma once
// One place judges a file: the year, the rows, the summary, the warnings and
// the verdict that `report`, `check` (and the commands to come) share.
#include <optional>
#include <string>
#include <vector>

#include "compute/evaluate.h"
#include "compute/plan.h"
#include "compute/warning.h"

namespace zhibiao {

struct JudgeOptions {
  std::optional<int> year;    // the year to judge; else the latest year with a target
  bool strict = false;        // a warning in any year fails the file
  bool allow_pending = true;  // a target without an actual does not fail
  bool binding_only = false;  // only binding (约束性) targets fail
  Judging judging;            // exact or on rounded figures
};

// Why no year could be judged.
struct YearProblem {
  enum Kind {
    NoYearLabels,  // a year was asked of a simple-form file without `year:`
    NoFiguresIn,   // the asked year has no figures
    NoFigures,     // the file has no figures at all
  } kind;
  int year = 0;  // NoFiguresIn: the year asked
};

// Worst first: Error beats Fail beats Pass.
enum class Verdict { Pass, Fail, Error };

Verdict worst(Verdict a, Verdict b);

struct FileReport {
  const Dataset* dataset = nullptr;
  std::optional<int> year;  // the judged year, unless `year_problem`
  std::optional<YearProblem> year_problem;
  std::vector<Row> rows;
  Summary summary;
  Warnings warnings;               // SPEC §3 warnings of every year of the file, and plan targets behind their pace
  std::vector<PlanRow> plan_rows;  // a plan file: its plan targets as of the judged year (SPEC §7)
  Verdict verdict = Verdict::Pass;
};

// Several files judged together: `report` shows them in one table.
struct Report {
  std::vector<std::string> files;
  std::vector<Row> rows;
  Summary summary;
  // Takes the rows and summary of one judged file.
  void add(FileReport&& fr);
};

// The year `report` evaluates: `requested`, else the latest year in which any
// indicator has a target, else the latest year with figures.
std::optional<int> evaluated_year(const Dataset& ds, std::optional<int> requested, std::optional<YearProblem>& problem);

// Whether a judged row fails the check: missed, or pending when that is not allowed.
bool row_fails(const Row& r, const JudgeOptions& o);

// Judges `ds`: the rows of the evaluated year, all warnings, and the verdict.
FileReport judge_file(const Dataset& ds, const JudgeOptions& o);

// The verdict of a judged file: Error for a year problem; Fail for a failing
// row, a missed plan target that counts (all, or binding ones under
// binding_only), or any warning under `strict`; else Pass.
Verdict judged_verdict(const FileReport& fr, const JudgeOptions& o);

}  // namespace zhibiao
