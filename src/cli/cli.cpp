#include "cli/cli.h"

#include <cstdio>
#include <exception>
#include <sstream>

#include "cli/commands.h"
#include "util/gmp_pool.h"
#include "util/utf8.h"

namespace zhibiao::cli {

namespace {

int run_command(int argc, char** argv) {
  install_gmp_pool();
  try {
    CLI::App app{"zhibiao (指标) — judge government-report targets with exact figures", "zhibiao"};
    app.set_version_flag("--version", std::string("zhibiao ") + ZHIBIAO_VERSION);
    app.require_subcommand(1);
    app.footer(examples({"zhibiao report examples/huolinguole-2020.yaml",
                         "zhibiao yoy examples/national-2013-2018.yaml", "zhibiao check data/ --format github",
                         "zhibiao calc '143.63亿 * (1 + 5%)'", "zhibiao roll 2020.yaml --to 2021 > 2021.yaml",
                         "zhibiao help targets        the target forms, with examples",
                         "zhibiao SUBCOMMAND --help   for the options of each"}));
    CommonOptions report, lint, indicators;
    YoyOptions yoy;
    CheckOptions check;
    CalcOptions calc;
    RollOptions roll;
    std::string help_topic;
    auto* report_cmd = setup_report(app, report);
    auto* yoy_cmd = setup_yoy(app, yoy);
    auto* check_cmd = setup_check(app, check);
    auto* lint_cmd = setup_lint(app, lint);
    auto* calc_cmd = setup_calc(app, calc);
    auto* indicators_cmd = setup_indicators(app, indicators);
    auto* roll_cmd = setup_roll(app, roll);
    auto* help_cmd = setup_help(app, help_topic);
    auto known = [&](std::string_view name) {
      for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
        if (sub->get_name() == name) return true;
      return false;
    };
    if (argc > 1 && argv[1][0] != '-' && !known(argv[1])) {
      std::fprintf(stderr,
                   "zhibiao: error: unknown subcommand '%s' (report, yoy, check, lint, calc, indicators, roll, help)\n",
                   utf8::excerpt(argv[1]).c_str());
      return kBadInput;
    }
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      std::ostringstream out, err;  // help and version go through print(), which checks the write
      int code = app.exit(e, out, err);
      print(out.str());
      std::fputs(err.str().c_str(), stderr);
      return code == 0 ? kOk : kBadInput;
    }
    if (report_cmd->parsed()) return run_report(report);
    if (yoy_cmd->parsed()) return run_yoy(yoy);
    if (check_cmd->parsed()) return run_check(check);
    if (lint_cmd->parsed()) return run_lint(lint);
    if (calc_cmd->parsed()) return run_calc(calc);
    if (indicators_cmd->parsed()) return run_indicators(indicators);
    if (roll_cmd->parsed()) return run_roll(roll);
    if (help_cmd->parsed()) return run_help(app, help_topic);
    return kBadInput;
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "zhibiao: error: out of memory\n");
  } catch (const std::exception& e) { std::fprintf(stderr, "zhibiao: error: %s\n", e.what()); }
  return kBadInput;
}

}  // namespace

int run(int argc, char** argv) {
  prepare_output();
  return finish_output(run_command(argc, argv));
}

}  // namespace zhibiao::cli
