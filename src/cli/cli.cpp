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
    Command{"report", "variance table: baseline, target, target level, actual, growth, variance, status",
            "差额表：基期值、目标、目标值、实际值、增速、差额、状态", setup_report},
    Command{"yoy", "year-over-year table of series: change, growth, index, two-year average, CAGR",
            "历年同比表：增减、增速、指数、两年平均、年均增速", setup_yoy},
    Command{"check", "lint + evaluate targets; exit 0 all met, 1 a target missed, 2 bad input",
            "校验并评价目标；退出码 0 全部达标，1 有目标未达标，2 输入有误", setup_check},
    Command{"lint", "validate data files: every problem in every file, located",
            "校验数据文件：列出每个文件的每个问题及位置", setup_lint},
    Command{"calc", "calculator over quantities: + - * / ( ), N%, growth(), cagr()",
            "带单位的计算器：+ - * / ( )、N%、growth()、cagr()", setup_calc},
    Command{"indicators", "list the indicator catalog", "列出指标目录", setup_indicators},
    Command{"plan", "multi-year plan progress: achieved, on-pace path, gap, rate needed, status",
            "规划（五年规划）进度：已完成、按进度应达、差距、所需增速、状态", setup_plan},
    Command{"roll", "print next year's file: this year's actuals become baselines (never writes FILE)",
            "输出下一年的数据文件：本年实际值成为基期值（不改写 FILE）", setup_roll},
    Command{"progress", "the year in progress against the annual targets: 序时进度, pace gap, what the rest needs",
            "年内进度对照年度目标：序时进度、进度差、其余时间所需增速", setup_progress},
    Command{"extract", "draft a data file from a work report's text: baselines, targets, notes",
            "从政府工作报告文本起草数据文件：基期值、目标、说明", setup_extract},
    Command{"import", "a statistics table (CSV or XLSX, as the data portal exports it) to a data file",
            "把统计表（数据门户导出的 CSV 或 XLSX）转为数据文件", setup_import},
    Command{"help", "explain: targets (the target grammar), units (quantities), formats (outputs), tables (import)",
            "说明：targets（目标写法）、units（数量与单位）、formats（输出格式）、tables（导入的统计表）", setup_help},
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
  CLI::App app{say("zhibiao (指标) — judge government-report targets with exact figures",
                   "zhibiao（指标）— 用精确数字评价政府工作报告的目标"),
               "zhibiao"};
  prepare_help(app);
  app.set_version_flag("--version", std::string("zhibiao ") + ZHIBIAO_VERSION,
                       say("print the version and exit", "显示版本并退出"));
  app.require_subcommand(1);
  app.footer(examples({{"zhibiao report examples/huolinguole-2020.yaml"},
                       {"zhibiao yoy examples/national-2013-2018.yaml"},
                       {"zhibiao check data/ --format github"},
                       {"zhibiao calc '143.63亿 * (1 + 5%)'"},
                       {"zhibiao roll 2020.yaml --to 2021 > 2021.yaml"},
                       {"zhibiao help targets", "the target grammar, with examples", "目标的写法与示例"},
                       {"zhibiao SUBCOMMAND --help", "the options of each", "各子命令的选项"},
                       {"zhibiao --lang zh --help", "this help in Chinese", "中文帮助"}}));
  std::map<const CLI::App*, Runner> runners;
  for (const Command& c : kCommands) {
    CLI::App* sub = app.add_subcommand(c.name, say(c.summary, c.summary_zh));
    sub->group(say("Subcommands", "子命令"));
    sub->get_help_ptr()->group(say("Options", "选项"));  // made before the inherited option defaults
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

// `zhibiao --lang zh report x.yaml`: --lang is each subcommand's option, so
// one written before the subcommand's name is moved after it.
std::vector<char*> lang_after_subcommand(int argc, char** argv) {
  std::vector<char*> args(argv, argv + argc);
  std::vector<char*> lang;
  std::size_t i = 1;
  while (i < args.size()) {
    std::string_view a = args[i];
    const std::size_t n = a.starts_with("--lang=") ? 1 : a == "--lang" && i + 1 < args.size() ? 2 : 0;
    if (n == 0) break;
    lang.insert(lang.end(), args.begin() + static_cast<std::ptrdiff_t>(i),
                args.begin() + static_cast<std::ptrdiff_t>(i + n));
    args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i + n));
  }
  if (lang.empty() || i >= args.size() || args[i][0] == '-') return std::vector<char*>(argv, argv + argc);
  args.insert(args.begin() + static_cast<std::ptrdiff_t>(i + 1), lang.begin(), lang.end());
  return args;
}

}  // namespace

std::span<const Command> commands() { return kCommands; }

int run(int argc, char** argv) {
  install_gmp_pool();
  prepare_output();
  set_help_lang(help_lang_of(argc, argv));
  int status = kBadInput;
  try {
    std::vector<char*> args = lang_after_subcommand(argc, argv);
    status = parse_and_run(static_cast<int>(args.size()), args.data());
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "zhibiao: error: out of memory\n");
  } catch (const std::exception& e) { std::fprintf(stderr, "zhibiao: error: %s\n", e.what()); }
  return finish_output(status);
}

}  // namespace zhibiao::cli
