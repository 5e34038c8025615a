#include <memory>

#include "cli/commands.h"
#include "render/roll.h"

namespace zhibiao::cli {

namespace {

struct RollOptions {
  CommonOptions common;
  int to = 0;
};

int run_roll(const RollOptions& o) {
  Diagnostics problems;
  Catalog catalog = catalog_of(o.common, problems);
  auto datasets = load_files(o.common.files, catalog, problems);
  print_diagnostics(problems);
  if (has_errors(problems) || datasets.empty()) return kBadInput;
  auto text = render_roll(datasets.front(), o.to);
  if (!text) {
    print_diagnostics({{datasets.front().file, {}, Severity::Error, text.error().message}});
    return kBadInput;
  }
  print(*text);
  return kOk;
}

}  // namespace

Runner setup_roll(CLI::App& sub) {
  auto o = std::make_shared<RollOptions>();
  sub.add_option(
         "FILE", o->common.files,
         say("the data file to roll forward (- for standard input)", "要滚动到下一年的数据文件（- 读标准输入）"))
      ->required()
      ->expected(1);
  sub.add_option("--to", o->to, say("the year of the new file", "新文件的年份"))
      ->required()
      ->check(CLI::Range(1001, 9999))
      ->type_name("YEAR");
  sub.add_option("--catalog", o->common.catalog, say("a folder of indicator definitions", "指标定义文件夹"))
      ->type_name("DIR");
  sub.footer(
      examples({{"zhibiao roll 2020.yaml --to 2021 > 2021.yaml", "then fill in 2021's targets", "再填入 2021 年的目标"},
                {"zhibiao roll examples/national-2013-2018.yaml --to 2019"}}));
  return [o] { return run_roll(*o); };
}

}  // namespace zhibiao::cli
