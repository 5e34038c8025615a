#pragma once
// One setup_x (declares the subcommand and its options) and one run_x
// (does the work, returns the exit status) per subcommand.
#include <optional>
#include <string>
#include <vector>

#include "cli/common.h"

namespace zhibiao::cli {

CLI::App* setup_report(CLI::App& app, CommonOptions& o);
int run_report(const CommonOptions& o);

struct YoyOptions {
  CommonOptions common;
  std::optional<int> from, to;
};
CLI::App* setup_yoy(CLI::App& app, YoyOptions& o);
int run_yoy(const YoyOptions& o);

struct CheckOptions {
  CommonOptions common;
  bool strict = false;
  bool allow_pending = true;
  std::optional<unsigned> jobs;
};
CLI::App* setup_check(CLI::App& app, CheckOptions& o);
int run_check(const CheckOptions& o);

CLI::App* setup_lint(CLI::App& app, CommonOptions& o);
int run_lint(const CommonOptions& o);

struct CalcOptions {
  std::vector<std::string> expr;
  std::optional<int> precision;
  std::string rounding = "half-up";
};
CLI::App* setup_calc(CLI::App& app, CalcOptions& o);
int run_calc(const CalcOptions& o);

CLI::App* setup_indicators(CLI::App& app, CommonOptions& o);
int run_indicators(const CommonOptions& o);

CLI::App* setup_help(CLI::App& app, std::string& topic);
int run_help(CLI::App& app, const std::string& topic);

struct RollOptions {
  CommonOptions common;
  int to = 0;
};
CLI::App* setup_roll(CLI::App& app, RollOptions& o);
int run_roll(const RollOptions& o);

}  // namespace zhibiao::cli
