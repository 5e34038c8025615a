#include "cli/cli.h"

#include <array>
#include <cstdio>
#include <exception>
#include <map>
#include <sstream>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "parse/schema.h"
#include "util/gmp_pool.h"
#include "util/utf8.h"

namespace zhibiao::cli {

namespace {

constexpr std::array kCommands = {
    Command{"report", "variance table: baseline, target, target level, actual, growth, variance, status", setup_report},
    Command{"yoy", "year-over-year table of series: change, growth, index, two-year average, CAGR", setup_yoy},
    Command{"check", "lint + evaluate targets; exit 0 all met, 1 a target missed, 2 bad input", setup_check},
    Command{"lint", "validate data files: every problem in every file, located", setup_lint},
    Command{"calc", "calculator over quantities: + - * / ( ), N%, growth(), cagr()", setup_calc},
    Command{"indicators", "list the indicator catalog", setup_indicators},
    Command{"plan", "multi-year plan progress: achieved, on-pace path, gap, rate needed, status (SPEC §7)", setup_plan},
    Command{"roll", "print next year's file: this year's actuals become baselines (never writes FILE)", setup_roll},
    Command{"progress", "the year in progress against the annual targets: 序时进度, pace gap, what the rest needs",
            setup_progress},
    Command{"extract", "draft a data file from a work report's text: baselines, targets, notes (SPEC §9)",
            setup_extract},
    Command{"help", "explain: targets (the target grammar), units (quantities), formats (outputs)", setup_help},
};

// An unknown first word: the closest subcommand, or the list of them.
int unknown_subcommand(std::string_view word) {
  std::vector<std::string_view> names;
  for (const Command& c : kCommands) names.push_back(c.name);
  std::string hint;
  if (auto close = did_you_mean(word, names)) hint = "did you mean '" + std::string(*close) + "'?";
  else
    for (auto n : names) hint += (hint.empty() ? "one of: " : ", ") + std::string(n);
  std::fprintf(stderr, "zhibiao: error: unknown subcommand '%s' (%s)\n", utf8::sanitize(word).c_str(), hint.c_str());
  return kBadInput;
}

int parse_and_run(int argc, char** argv) {
  CLI::App app{"zhibiao (指标) — judge government-report targets with exact figures", "zhibiao"};
  app.set_version_flag("--version", std::string("zhibiao ") + ZHIBIAO_VERSION);
  app.require_subcommand(1);
  app.footer(examples({"zhibiao report examples/huolinguole-2020.yaml", "zhibiao yoy examples/national-2013-2018.yaml",
                       "zhibiao check data/ --format github", "zhibiao calc '143.63亿 * (1 + 5%)'",
                       "zhibiao roll 2020.yaml --to 2021 > 2021.yaml",
                       "zhibiao help targets        the target grammar, with examples",
                       "zhibiao SUBCOMMAND --help   for the options of each"}));
  std::map<const CLI::App*, Runner> runners;
  for (const Command& c : kCommands) {
    CLI::App* sub = app.add_subcommand(c.name, c.summary);
    runners[sub] = c.setup(*sub);
  }
  auto known = [](std::string_view word) {
    for (const Command& c : kCommands)
      if (word == c.name) return true;
    return false;
  };
  if (argc > 1 && argv[1][0] != '-' && !known(argv[1])) return unknown_subcommand(argv[1]);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    std::ostringstream out, err;  // help and version go through print(), which checks the write
    int code = app.exit(e, out, err);
    print(out.str());
    std::fputs(err.str().c_str(), stderr);
    return code == 0 ? kOk : kBadInput;
  }
  for (auto& [sub, runner] : runners)
    if (sub->parsed()) return runner();
  return kBadInput;
}

}  // namespace

std::span<const Command> commands() { return kCommands; }

int run(int argc, char** argv) {
  install_gmp_pool();
  prepare_output();
  int status = kBadInput;
  try {
    status = parse_and_run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "zhibiao: error: out of memory\n");
  } catch (const std::exception& e) { std::fprintf(stderr, "zhibiao: error: %s\n", e.what()); }
  return finish_output(status);
}

}  // namespace zhibiao::cli
