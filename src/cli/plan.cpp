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
  if (int status = check_output(o.common, "plan"); status != kOk) return status;
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
    std::vector<PlanRow> rows = judge_plan(ds, PlanOptions{o.common.year, band, judge_options(o.common).judging});
    for (const PlanRow& row : rows) {
      Diagnostics w = warning_diagnostics(ds, row.warnings, r);
      problems.insert(problems.end(), w.begin(), w.end());
    }
    report.add(ds, std::move(rows));
  }
  auto selection = selection_of(o.common, catalog, datasets, problems);  // none: --id named nothing
  if (!selection) return kBadInput;
  select_plan(report, *selection);
  print_diagnostics(problems);
  // A bad file's problems go to standard error; the good files are still shown (SPEC §5).
  int status = report.files.empty() ? kOk : emit(o.common, render_plan(report, r));
  return has_errors(problems) ? kBadInput : status;
}

}  // namespace

Runner setup_plan(CLI::App& sub) {
  auto o = std::make_shared<PlanCliOptions>();
  add_common_options(sub, o->common,
                     {Format::Table, Format::Markdown, Format::Csv, Format::Tsv, Format::Json, Format::Xlsx},
                     kFiles | kNumbers | kBom | kOutput | kWidth | kJudge);
  add_select_options(sub, o->common, plan_row_statuses());
  sub.add_option("--year", o->common.year,
                 say("judge the plan as of this year (default: the file's latest year)",
                     "评价到哪一年（默认：文件中最近的年份）"))
      ->check(CLI::Range(1000, 9999))
      ->type_name("YEAR");
  sub.add_option("--pace-band", o->pace_band,
                 say("how far from the on-pace path still counts as on track: pp for rates, percentages and "
                     "cumulative changes, % of the path for levels (default 0.1)",
                     "离按进度应达值多远仍算正常：比率、百分比和累计变化按百分点，总量按路径的百分比（默认 0.1）"))
      ->type_name("BAND");
  sub.footer(
      examples({{"zhibiao plan examples/plan-14th.yaml"},
                {"zhibiao plan examples/plan-14th.yaml --year 2023 --format json", "as of 2023, as JSON",
                 "截至 2023 年，JSON 格式"},
                {"zhibiao plan plan.yaml --pace-band 0.5 --format csv --bom > 规划进度.csv", "a wider band, for Excel",
                 "放宽正常范围，供 Excel 打开"},
                {"zhibiao plan plan.yaml --format xlsx --output 规划进度.xlsx", "an Excel workbook", "Excel 工作簿"}}));
  return [o] { return run_plan(*o); };
}

}  // namespace zhibiao::cli
