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
  sub.add_option("FILE", o->common.files, "the data file to roll forward (- for standard input)")
      ->required()
      ->expected(1);
  sub.add_option("--to", o->to, "the year of the new file")->required()->check(CLI::Range(1001, 9999));
  sub.add_option("--catalog", o->common.catalog, "a folder of indicator definitions");
  sub.footer(examples(
      {"zhibiao roll 2020.yaml --to 2021 > 2021.yaml", "zhibiao roll examples/national-2013-2018.yaml --to 2019"}));
  return [o] { return run_roll(*o); };
}

}  // namespace zhibiao::cli
