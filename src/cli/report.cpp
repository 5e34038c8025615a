#include "cli/commands.h"

#include "compute/evaluate.h"
#include "render/report.h"

namespace zhibiao::cli {

CLI::App* setup_report(CLI::App& app, CommonOptions& o) {
  auto* sub =
      app.add_subcommand("report", "variance table: baseline, target, target level, actual, growth, variance, status");
  add_common_options(*sub, o, {"table", "markdown", "csv", "tsv", "json"},
                     kFiles | kNumbers | kYear | kBom | kMaxErrors);
  sub->footer(examples({"zhibiao report examples/huolinguole-2020.yaml",
                        "zhibiao report --year 2016 examples/national-2013-2018.yaml --format json",
                        "zhibiao report a.yaml b.yaml --format csv --bom > 对比.csv"}));
  return sub;
}

int run_report(const CommonOptions& o) {
  Diagnostics problems;
  Catalog catalog = load_catalog(o.catalog, problems);
  auto datasets = load_files(o.files, catalog, problems, o.max_errors);
  Report report;
  for (const auto& ds : datasets) {
    report.files.push_back(ds.file);
    auto year = evaluated_year(ds, o.year);
    if (!year) {
      problems.push_back({ds.file, {}, Severity::Error, year.error().message});
      continue;
    }
    for (Row& row : evaluate(ds, *year)) {
      report.summary.add(row.status);
      problems.insert(problems.end(), row.warnings.begin(), row.warnings.end());
      report.rows.push_back(std::move(row));
    }
  }
  limit_problems(problems, o.max_errors);
  print_diagnostics(problems);
  if (has_errors(problems)) return kBadInput;
  print(render_report(report, render_options(o)));
  return kOk;
}

}  // namespace zhibiao::cli
