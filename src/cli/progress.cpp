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
  ProgressOptions p;
  p.by_days = o.by_days;
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
  auto datasets = load_files(o.common.files, catalog, problems);
  Selection selection = selection_of(o.common, catalog, datasets, problems);
  print_diagnostics(problems);
  std::vector<FileProgress> files;
  for (const auto& ds : datasets) files.push_back(progress(ds, p));
  select_progress(files, selection);
  if (has_errors(problems)) return kBadInput;
  print(render_progress(files, render_options(o.common)));
  return kOk;
}

}  // namespace

Runner setup_progress(CLI::App& sub) {
  auto o = std::make_shared<ProgressCliOptions>();
  add_common_options(sub, o->common, {Format::Table, Format::Markdown, Format::Csv, Format::Tsv, Format::Json},
                     kFiles | kNumbers | kBom | kWidth);
  add_select_options(sub, o->common, progress_statuses());
  sub.add_option("--as-of", o->as_of,
                 "the point in the year: 2024-09, 2024Q3, 2024H1, 2024年1-9月 … (default: the latest part-year "
                 "with a figure in each file)");
  sub.add_flag("--by-days", o->by_days, "time share in days gone, not months gone");
  sub.footer(examples({"zhibiao progress examples/progress-2024.yaml --as-of 2024-09",
                       "zhibiao progress examples/progress-2024.yaml --as-of 2024Q3 --format json",
                       "zhibiao progress plan.yaml --by-days --format csv --bom > 序时进度.csv"}));
  return [o] { return run_progress(*o); };
}

}  // namespace zhibiao::cli
