#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "compute/progress.h"
#include "compute/select.h"
#include "parse/period_key.h"
#include "render/progress.h"

namespace zhibiao::cli {

namespace {

struct ProgressCliOptions {
  CommonOptions common;
  std::optional<std::string> as_of;
  bool by_days = false;
};

int run_progress(const ProgressCliOptions& o) {
  if (int status = check_output(o.common, "progress"); status != kOk) return status;
  ProgressOptions p;
  p.by_days = o.by_days;
  p.judging = judge_options(o.common).judging;
  if (o.as_of) {
    auto at = parse_period_key(*o.as_of);
    if (!at) {
      std::fprintf(stderr, "zhibiao progress: error: --as-of %s\n", at.error().message.c_str());
      return kBadInput;
    }
    p.as_of = *at;
  }
  Diagnostics problems;
  Catalog catalog = catalog_of(o.common, problems);
  if (has_errors(problems)) {  // a bad --catalog concerns every file: nothing is shown
    print_diagnostics(problems);
    return kBadInput;
  }
  auto datasets = load_files(o.common.files, catalog, problems);
  auto selection = selection_of(o.common, catalog, datasets, problems);  // none: --id named nothing
  if (!selection) return kBadInput;
  print_diagnostics(problems);
  std::vector<FileProgress> files;
  for (const auto& ds : datasets) files.push_back(progress(ds, p));
  select_progress(files, *selection);
  // A bad file's problems go to standard error; the good files are still shown (SPEC §5).
  const bool bad = has_errors(problems);
  int status = !files.empty() || !bad ? emit(o.common, render_progress(files, render_options(o.common))) : kOk;
  return bad ? kBadInput : status;
}

}  // namespace

Runner setup_progress(CLI::App& sub) {
  auto o = std::make_shared<ProgressCliOptions>();
  add_common_options(sub, o->common,
                     {Format::Table, Format::Markdown, Format::Csv, Format::Tsv, Format::Json, Format::Xlsx},
                     kFiles | kNumbers | kBom | kOutput | kWidth | kJudge);
  add_select_options(sub, o->common, progress_statuses());
  sub.add_option("--as-of", o->as_of,
                 say("the point in the year: 2024-09, 2024Q3, 2024H1, 2024年1-9月 … (default: the latest part-year "
                     "with a figure in each file)",
                     "年内时点：2024-09、2024Q3、2024H1、2024年1-9月 …（默认：各文件有数据的最近时期）"))
      ->type_name("PERIOD");
  sub.add_flag("--by-days", o->by_days,
               say("time share in days gone, not months gone", "序时进度按已过天数而非月数计算"));
  sub.footer(examples(
      {{"zhibiao progress examples/progress-2024.yaml --as-of 2024-09"},
       {"zhibiao progress examples/progress-2024.yaml --as-of 2024Q3 --format json", "as JSON", "JSON 格式"},
       {"zhibiao progress plan.yaml --by-days --format csv --bom > 序时进度.csv", "time share by days, for Excel",
        "序时进度按天计，供 Excel 打开"},
       {"zhibiao progress plan.yaml --format xlsx --output 序时进度.xlsx", "an Excel workbook", "Excel 工作簿"}}));
  return [o] { return run_progress(*o); };
}

}  // namespace zhibiao::cli
