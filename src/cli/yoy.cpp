#include <memory>

#include "cli/commands.h"
#include "compute/select.h"
#include "compute/yoy.h"
#include "render/yoy.h"

namespace zhibiao::cli {

namespace {

struct YoyOptions {
  CommonOptions common;
  std::optional<int> from, to;
  int months = 12;  // --months N: the part-years January to N (SPEC §8)
};

int run_yoy(const YoyOptions& o) {
  Diagnostics problems;
  Catalog catalog = catalog_of(o.common, problems);
  auto datasets = load_files(o.common.files, catalog, problems, o.common.max_errors);
  Selection selection = selection_of(o.common, catalog, datasets, problems);
  limit_problems(problems, o.common.max_errors);
  print_diagnostics(problems);
  if (has_errors(problems)) return kBadInput;
  if (o.from && o.to && *o.from > *o.to) {
    std::fprintf(stderr, "zhibiao yoy: error: --from %d is after --to %d\n", *o.from, *o.to);
    return kBadInput;
  }
  std::vector<YoySeries> series;
  for (const auto& ds : datasets) {
    auto s = year_over_year(ds, o.from, o.to, o.months);
    series.insert(series.end(), s.begin(), s.end());
  }
  select_series(series, selection);
  if (series.empty() && (o.from || o.to)) {
    std::fprintf(stderr, "zhibiao yoy: error: no figures between %s and %s\n",
                 o.from ? std::to_string(*o.from).c_str() : "the first year",
                 o.to ? std::to_string(*o.to).c_str() : "the last year");
    return kBadInput;
  }
  print(render_yoy(series, render_options(o.common)));
  return kOk;
}

}  // namespace

Runner setup_yoy(CLI::App& sub) {
  auto o = std::make_shared<YoyOptions>();
  add_common_options(sub, o->common, {Format::Table, Format::Markdown, Format::Csv, Format::Tsv, Format::Json},
                     kFiles | kNumbers | kBom | kMaxErrors | kWidth);
  add_select_options(sub, o->common, {});
  sub.add_option("--from", o->from, "first year of the span")->check(CLI::Range(1000, 9999));
  sub.add_option("--to", o->to, "last year of the span")->check(CLI::Range(1000, 9999));
  sub.add_option("--months", o->months,
                 "compare part-years: January to month N of consecutive years (9 = 1-9月, 2024Q3, 2024-09); "
                 "default 12, the years")
      ->check(CLI::Range(1, 12));
  sub.footer(examples({"zhibiao yoy examples/national-2013-2018.yaml",
                       "zhibiao yoy examples/national-2013-2018.yaml --from 2015 --to 2018 --format json",
                       "zhibiao yoy data.yaml --format csv --bom > 历年.csv"}));
  return [o] { return run_yoy(*o); };
}

}  // namespace zhibiao::cli
