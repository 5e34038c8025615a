#include "cli/commands.h"

#include "parse/dataset_reader.h"
#include "render/roll.h"

namespace zhibiao::cli {

CLI::App* setup_roll(CLI::App& app, RollOptions& o) {
  auto* sub =
      app.add_subcommand("roll", "print next year's file: this year's actuals become baselines (never writes FILE)");
  sub->add_option("FILE", o.common.files, "the data file to roll forward (- for standard input)")
      ->required()
      ->expected(1);
  sub->add_option("--to", o.to, "the year of the new file")->required()->check(CLI::Range(1001, 9999));
  sub->add_option("--catalog", o.common.catalog, "a folder of indicator definitions");
  sub->footer(examples(
      {"zhibiao roll 2020.yaml --to 2021 > 2021.yaml", "zhibiao roll examples/national-2013-2018.yaml --to 2019"}));
  return sub;
}

int run_roll(const RollOptions& o) {
  Diagnostics problems;
  Catalog catalog = load_catalog(o.common.catalog, problems);
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

}  // namespace zhibiao::cli
