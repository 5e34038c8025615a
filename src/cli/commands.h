#pragma once
// The subcommands. Each file src/cli/NAME.cpp defines setup_NAME: it declares
// the subcommand's options on `sub` (their storage lives in the returned
// function) and returns the function that runs it and gives the exit status.
#include <functional>
#include <span>

#include "cli/common.h"

namespace zhibiao::cli {

using Runner = std::function<int()>;

struct Command {
  const char* name;
  const char* summary;  // one line, for `zhibiao --help`
  Runner (*setup)(CLI::App& sub);
};

// Every subcommand, in the order `zhibiao --help` lists them.
std::span<const Command> commands();

Runner setup_report(CLI::App& sub);
Runner setup_yoy(CLI::App& sub);
Runner setup_check(CLI::App& sub);
Runner setup_lint(CLI::App& sub);
Runner setup_calc(CLI::App& sub);
Runner setup_indicators(CLI::App& sub);
Runner setup_roll(CLI::App& sub);
Runner setup_progress(CLI::App& sub);
Runner setup_plan(CLI::App& sub);
Runner setup_extract(CLI::App& sub);
Runner setup_help(CLI::App& sub);

}  // namespace zhibiao::cli
