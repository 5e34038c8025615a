#include <memory>

#include "cli/commands.h"
#include "compute/judge.h"
#include "compute/select.h"
#include "render/messages.h"
#include "render/report.h"

namespace zhibiao::cli {

namespace {

int run_report(const CommonOptions& o) {
  Diagnostics problems;
  Catalog catalog = catalog_of(o, problems);
  auto datasets = load_files(o.files, catalog, problems, o.max_errors);
  RenderOptions r = render_options(o);
  Selection selection = selection_of(o, catalog, datasets, problems);
  Verdict verdict = has_errors(problems) ? Verdict::Error : Verdict::Pass;
  Report report;
  for (const auto& ds : datasets) {
    FileReport fr = judge_file(ds, judge_options(o));
    if (fr.year_problem) {
      problems.push_back({ds.file, {}, Severity::Error, year_problem_message(*fr.year_problem)});
      verdict = Verdict::Error;
    }
    for (const Row& row : fr.rows) {  // report warns of the shown year only; lint and check of every year
      Diagnostics w = warning_diagnostics(ds, row.warnings, r);
      problems.insert(problems.end(), w.begin(), w.end());
    }
    report.add(std::move(fr));
  }
  select_report(report, selection);
  limit_problems(problems, o.max_errors);
  print_diagnostics(problems);
  if (verdict == Verdict::Error) return kBadInput;
  print(render_report(report, r));
  return kOk;
}

}  // namespace

Runner setup_report(CLI::App& sub) {
  auto o = std::make_shared<CommonOptions>();
  add_common_options(sub, *o, {Format::Table, Format::Markdown, Format::Csv, Format::Tsv, Format::Json},
                     kFiles | kNumbers | kYear | kBom | kJudge | kMaxErrors | kWidth);
  add_select_options(sub, *o, row_statuses());
  sub.footer(examples({"zhibiao report examples/huolinguole-2020.yaml",
                       "zhibiao report --year 2016 examples/national-2013-2018.yaml --format json",
                       "zhibiao report a.yaml b.yaml --format csv --bom > 对比.csv"}));
  return [o] { return run_report(*o); };
}

}  // namespace zhibiao::cli
