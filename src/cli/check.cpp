#include "cli/commands.h"
namespace zhibiao::cli {
CLI::App* setup_check(CLI::App& app, CheckOptions& o) {
  auto* sub = app.add_subcommand("check", "lint + evaluate targets; exit status for CI");
  add_common_options(*sub, o.common, {"table", "json", "junit", "github"});
  return sub;
}
int run_check(const CheckOptions&) { return kBadInput; }
}  // namespace zhibiao::cli
