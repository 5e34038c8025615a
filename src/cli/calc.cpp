#include "cli/commands.h"

#include <fmt/format.h>

#include "compute/calc.h"
#include "util/guard.h"
#include "util/utf8.h"

namespace zhibiao::cli {

CLI::App* setup_calc(CLI::App& app, CalcOptions& o) {
  auto* sub = app.add_subcommand("calc", "calculator over quantities: + - * / ( ), N%, growth(), cagr()");
  sub->add_option("EXPR", o.expr, "the expression (several words are joined with spaces)")->required();
  sub->add_option("--precision", o.precision, "decimals to show (default: exact, at most 8)")->check(CLI::Range(0, 12));
  sub->add_option("--rounding", o.rounding, "half-up (四舍五入) or half-even (GB/T 8170)")
      ->check(CLI::IsMember({"half-up", "half-even"}))
      ->capture_default_str();
  sub->footer(examples({"zhibiao calc '143.63亿 * (1 + 5%)'        # 150.8115亿",
                        "zhibiao calc 'growth(143.63, 150.2)' --precision 2   # 4.57%",
                        "zhibiao calc 'cagr(568845, 900309, 5)' --precision 2  # 9.62%"}));
  return sub;
}

int run_calc(const CalcOptions& o) {
  std::string expr;
  for (const auto& part : o.expr) expr += (expr.empty() ? "" : " ") + part;
  auto result = calculate(expr);
  if (!result) {
    std::size_t col = result.error().offset;
    std::string message = fmt::format("calc:1:{}: error: {}\n  {}\n  {}^\n", col + 1, result.error().message,
                                      utf8::sanitize(expr), std::string(col, ' '));
    std::fputs(guard::defuse_commands(message).c_str(), stderr);
    return kBadInput;
  }
  Rounding rounding = o.rounding == "half-even" ? Rounding::HalfEven : Rounding::HalfUp;
  // Exact up to 8 decimals; a smaller non-zero result gets the digits it needs.
  int places = 8;
  while (places < 30 && sgn(result->value) != 0 && sgn(round_to(result->value, places, rounding)) == 0) places += 4;
  std::string number = o.precision ? format_fixed(result->value, *o.precision, rounding)
                                   : format_trimmed(result->value, places, rounding);
  print(number + result->unit + "\n");
  return kOk;
}

}  // namespace zhibiao::cli
