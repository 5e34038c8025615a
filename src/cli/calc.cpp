#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "compute/calc.h"
#include "render/messages.h"
#include "parse/expression.h"
#include "util/guard.h"
#include "util/utf8.h"

namespace zhibiao::cli {

namespace {

struct CalcOptions {
  std::vector<std::string> expr;
  std::optional<int> precision;
  Rounding rounding = Rounding::HalfUp;
};

// Decimals for a result without --precision: exact up to 8; a smaller
// non-zero result gets 4 significant digits (1e-36 is not shown as 0).
int result_places(const Decimal& v, Rounding rounding) {
  if (sgn(v) == 0 || sgn(round_to(v, 8, rounding)) != 0) return 8;
  // The first significant place, from the digit counts (which may be one off).
  long num_digits = static_cast<long>(mpz_sizeinbase(v.get_num_mpz_t(), 10));
  long den_digits = static_cast<long>(mpz_sizeinbase(v.get_den_mpz_t(), 10));
  int first = static_cast<int>(std::max(8L, den_digits - num_digits - 1));
  while (sgn(round_to(v, first, rounding)) == 0) ++first;
  return first + 3;
}

int run_calc(const CalcOptions& o) {
  std::string text;
  for (const auto& part : o.expr) text += (text.empty() ? "" : " ") + part;
  auto fail = [&](std::size_t col, const std::string& why) {
    std::string message =
        fmt::format("calc:1:{}: error: {}\n  {}\n  {}^\n", col + 1, why, utf8::sanitize(text), std::string(col, ' '));
    std::fputs(guard::defuse_commands(message).c_str(), stderr);
    return kBadInput;
  };
  auto expr = parse_expression(text);
  if (!expr) return fail(expr.error().offset, expr.error().message);
  auto outcome = evaluate_expression(*expr);
  if (const auto* error = std::get_if<CalcError>(&outcome)) return fail(error->column, calc_error_message(*error));
  const CalcResult& result = std::get<CalcResult>(outcome);
  std::string number = o.precision ? format_fixed(result.value, *o.precision, o.rounding)
                                   : format_trimmed(result.value, result_places(result.value, o.rounding), o.rounding);
  print(number + result.unit + "\n");
  return kOk;
}

}  // namespace

Runner setup_calc(CLI::App& sub) {
  auto o = std::make_shared<CalcOptions>();
  sub.add_option("EXPR", o->expr,
                 say("the expression (several words are joined with spaces)", "表达式（多个词以空格连接）"))
      ->required();
  add_number_options(sub, o->precision, o->rounding,
                     say("decimals to show (default: exact, at most 8)", "显示的小数位数（默认：精确值，至多 8 位）"));
  sub.footer(examples({{"zhibiao calc '143.63亿 * (1 + 5%)'", "150.8115亿"},
                       {"zhibiao calc 'growth(143.63, 150.2)' --precision 2", "4.57%"},
                       {"zhibiao calc 'cagr(568845, 900309, 5)' --precision 2", "9.62%"}}));
  return [o] { return run_calc(*o); };
}

}  // namespace zhibiao::cli
