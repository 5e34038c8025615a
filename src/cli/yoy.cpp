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
  if (int status = check_output(o.common, "yoy"); status != kOk) return status;
  Diagnostics problems;
  Catalog catalog = catalog_of(o.common, problems);
  if (has_errors(problems)) {  // a bad --catalog concerns every file: nothing is shown
    print_diagnostics(problems);
    return kBadInput;
  }
  auto datasets = load_files(o.common.files, catalog, problems, o.common.max_errors);
  auto selection = selection_of(o.common, catalog, datasets, problems);  // none: --id named nothing
  if (!selection) return kBadInput;
  limit_problems(problems, o.common.max_errors);
  print_diagnostics(problems);
  if (o.from && o.to && *o.from > *o.to) {
    std::fprintf(stderr, "zhibiao yoy: error: --from %d is after --to %d\n", *o.from, *o.to);
    return kBadInput;
  }
  // A bad file (even one whose only fault is a target, which yoy does not
  // use) is left out, its problems on standard error; the good files are
  // still shown and the status is 2 (SPEC §5).
  const bool bad = has_errors(problems);
  if (datasets.empty()) return kBadInput;
  std::vector<YoySeries> series;
  for (const auto& ds : datasets) {
    auto s = year_over_year(ds, o.from, o.to, o.months);
    series.insert(series.end(), s.begin(), s.end());
  }
  select_series(series, *selection);
  if (series.empty() && (o.from || o.to)) {
    std::fprintf(stderr, "zhibiao yoy: error: no figures between %s and %s\n",
                 o.from ? std::to_string(*o.from).c_str() : "the first year",
                 o.to ? std::to_string(*o.to).c_str() : "the last year");
    return kBadInput;
  }
  int status = emit(o.common, render_yoy(series, render_options(o.common)));
  return bad ? kBadInput : status;
}

}  // namespace

Runner setup_yoy(CLI::App& sub) {
  auto o = std::make_shared<YoyOptions>();
  add_common_options(sub, o->common,
                     {Format::Table, Format::Markdown, Format::Csv, Format::Tsv, Format::Json, Format::Xlsx},
                     kFiles | kNumbers | kBom | kMaxErrors | kOutput | kWidth | kJudge);
  // Common to the table commands (SPEC §5), so that one command line serves them all; yoy judges nothing.
  sub.get_option("--judge")->description(
      say("accepted as by the other table commands; yoy judges no target", "与其他表格命令一致而接受；yoy 不评价目标"));
  add_select_options(sub, o->common, {});
  sub.add_option("--from", o->from, say("first year of the span", "起始年份"))
      ->check(CLI::Range(1000, 9999))
      ->type_name("YEAR");
  sub.add_option("--to", o->to, say("last year of the span", "截止年份"))
      ->check(CLI::Range(1000, 9999))
      ->type_name("YEAR");
  sub.add_option("--months", o->months,
                 say("compare part-years: January to month N of consecutive years (9 = 1-9月, 2024Q3, 2024-09); "
                     "default 12, the years",
                     "比较各年 1 月至第 N 月的累计值（9 = 1-9月、2024Q3、2024-09）；默认 12，即全年"))
      ->check(CLI::Range(1, 12))
      ->type_name("N");
  sub.footer(examples({{"zhibiao yoy examples/national-2013-2018.yaml"},
                       {"zhibiao yoy examples/national-2013-2018.yaml --from 2015 --format json",
                        "a span of years as JSON", "一段年份，JSON 格式"},
                       {"zhibiao yoy data.yaml --format csv --bom > 历年.csv", "for Excel", "供 Excel 打开"},
                       {"zhibiao yoy data.yaml --format xlsx -o 历年.xlsx", "an Excel workbook", "Excel 工作簿"}}));
  return [o] { return run_yoy(*o); };
}

}  // namespace zhibiao::cli
