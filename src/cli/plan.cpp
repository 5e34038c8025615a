#include <memory>

#include "cli/commands.h"
#include "compute/plan.h"
#include "compute/select.h"
#include "render/messages.h"
#include "render/plan.h"

namespace zhibiao::cli {

namespace {

struct PlanCliOptions {
  CommonOptions common;
  std::optional<std::string> pace_band;
};

// --pace-band: a number of pp (of % of the path for levels), 0 or more.
std::optional<Decimal> pace_band(const PlanCliOptions& o, Diagnostics& problems) {
  if (!o.pace_band) return std::nullopt;
  auto band = decimal_from_text(*o.pace_band);
  if (!band || sgn(*band) < 0) {
    problems.push_back(
        {"zhibiao", {}, Severity::Error, "--pace-band '" + *o.pace_band + "' is not a number of 0 or more (e.g. 0.1)"});
    return std::nullopt;
  }
  return band;
}

int run_plan(const PlanCliOptions& o) {
  Diagnostics problems;
  Catalog catalog = catalog_of(o.common, problems);
  std::optional<Decimal> band = pace_band(o, problems);
  if (has_errors(problems)) {
    print_diagnostics(problems);
    return kBadInput;
  }
  auto datasets = load_files(o.common.files, catalog, problems);
  RenderOptions r = render_options(o.common);
  PlanReport report;
  for (const auto& ds : datasets) {
    if (!ds.plan) {
      problems.push_back({ds.file,
                          {1, 1},
                          Severity::Error,
                          "no 'plan:' in this file: plan needs a plan file (plan: {name: 十四五, base: 2020, end: "
                          "2025}); use report for a yearly file"});
      continue;
    }
    std::vector<PlanRow> rows = judge_plan(ds, PlanOptions{o.common.year, band});
    for (const PlanRow& row : rows) {
      Diagnostics w = warning_diagnostics(ds, row.warnings, r);
      problems.insert(problems.end(), w.begin(), w.end());
    }
    report.add(ds, std::move(rows));
  }
  select_plan(report, selection_of(o.common, catalog, datasets, problems));
  print_diagnostics(problems);
  // A bad file's problems go to standard error; the good files are still shown (SPEC §5).
  if (!report.files.empty()) print(render_plan(report, r));
  return has_errors(problems) ? kBadInput : kOk;
}

}  // namespace

Runner setup_plan(CLI::App& sub) {
  auto o = std::make_shared<PlanCliOptions>();
  add_common_options(sub, o->common, {Format::Table, Format::Markdown, Format::Csv, Format::Tsv, Format::Json},
                     kFiles | kNumbers | kBom | kWidth);
  add_select_options(sub, o->common, plan_row_statuses());
  sub.add_option("--year", o->common.year, "judge the plan as of this year (default: the file's latest year)")
      ->check(CLI::Range(1000, 9999));
  sub.add_option("--pace-band", o->pace_band,
                 "how far from the on-pace path still counts as on track: pp for rates, percentages and cumulative "
                 "changes, % of the path for levels (default 0.1)");
  sub.footer(examples({"zhibiao plan examples/plan-14th.yaml",
                       "zhibiao plan examples/plan-14th.yaml --year 2023 --format json",
                       "zhibiao plan plan.yaml --pace-band 0.5 --format csv --bom > 规划进度.csv"}));
  return [o] { return run_plan(*o); };
}

}  // namespace zhibiao::cli
