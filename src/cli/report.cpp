#include <memory>

#include "cli/commands.h"
#include "compute/judge.h"
#include "compute/select.h"
#include "render/messages.h"
#include "render/report.h"

namespace zhibiao::cli {

namespace {

int run_report(const CommonOptions& o) {
  if (int status = check_output(o, "report"); status != kOk) return status;
  Diagnostics problems;
  Catalog catalog = catalog_of(o, problems);
  if (has_errors(problems)) {  // a bad --catalog concerns every file: nothing is shown
    print_diagnostics(problems);
    return kBadInput;
  }
  auto datasets = load_files(o.files, catalog, problems, o.max_errors);
  RenderOptions r = render_options(o);
  auto selection = selection_of(o, catalog, datasets, problems);  // none: --id named nothing
  if (!selection) return kBadInput;
  bool bad = has_errors(problems);
  Report report;
  for (const auto& ds : datasets) {
    FileReport fr = judge_file(ds, judge_options(o));
    if (fr.year_problem) {  // a bad file: on standard error only, not in the report
      problems.push_back({ds.file, {}, Severity::Error, year_problem_message(*fr.year_problem)});
      bad = true;
      continue;
    }
    for (const Row& row : fr.rows) {  // report warns of the shown year only; lint and check of every year
      Diagnostics w = warning_diagnostics(ds, row.warnings, r);
      problems.insert(problems.end(), w.begin(), w.end());
    }
    report.add(std::move(fr));
  }
  select_report(report, *selection);
  limit_problems(problems, o.max_errors);
  print_diagnostics(problems);
  // A bad file's problems go to standard error; the good files are still reported (SPEC §5).
  int status = !report.files.empty() || !bad ? emit(o, render_report(report, r)) : kOk;
  return bad ? kBadInput : status;
}

}  // namespace

Runner setup_report(CLI::App& sub) {
  auto o = std::make_shared<CommonOptions>();
  add_common_options(sub, *o, {Format::Table, Format::Markdown, Format::Csv, Format::Tsv, Format::Json, Format::Xlsx},
                     kFiles | kNumbers | kYear | kBom | kJudge | kMaxErrors | kOutput | kWidth);
  add_select_options(sub, *o, row_statuses());
  sub.footer(
      examples({{"zhibiao report examples/huolinguole-2020.yaml"},
                {"zhibiao report --year 2016 examples/national-2013-2018.yaml --format json", "one year as JSON",
                 "某一年，JSON 格式"},
                {"zhibiao report a.yaml b.yaml --format csv --bom > 对比.csv", "several files, for Excel",
                 "多个文件，供 Excel 打开"},
                {"zhibiao report a.yaml --format xlsx --output 报告.xlsx", "an Excel workbook", "Excel 工作簿"}}));
  return [o] { return run_report(*o); };
}

}  // namespace zhibiao::cli
