#include "cli/commands.h"
namespace zhibiao::cli {
CLI::App* setup_yoy(CLI::App& app, YoyOptions& o) {
  auto* sub = app.add_subcommand("yoy", "year-over-year table of series");
  add_common_options(*sub, o.common, {"table", "markdown", "csv", "tsv", "json"});
  return sub;
}
int run_yoy(const YoyOptions&) { return kBadInput; }
}  // namespace zhibiao::cli
