#pragma once
// Exact arithmetic for indicator values. A Decimal is a GMP rational
// (mpq_class): every sum, difference, product and quotient of decimal figures
// is exact (0.1 + 0.2 == 0.3, 1.21 / 1.1 == 1.1) and rounding happens only
// when a number is shown, half-up (四舍五入) or half-even (GB/T 8170).
#include <optional>
#include <string>
#include <string_view>

#include <gmpxx.h>

namespace zhibiao {

using Decimal = mpq_class;

enum class Rounding { HalfUp, HalfEven };

// Parses plain ASCII decimal text: digits, optionally '.' and more digits,
// with an optional leading '-' or '+'. nullopt for anything else.
std::optional<Decimal> decimal_from_text(std::string_view text);

// 10^n for any integer n.
Decimal pow10(int n);

// `value` rounded to `places` decimal places (ties away from zero for
// HalfUp, to the even digit for HalfEven).
Decimal round_to(const Decimal& value, int places, Rounding rounding);

// Fixed notation with exactly `places` decimals ("-0.00" is printed "0.00").
std::string format_fixed(const Decimal& value, int places, Rounding rounding);

// Rounded to at most `max_places` decimals, trailing zeros dropped
// ("150.8115", "100", "4.5743").
std::string format_trimmed(const Decimal& value, int max_places, Rounding rounding);

// The number of decimals the exact value needs, or nullopt when it needs more
// than `limit` (1/3 needs infinitely many).
std::optional<int> exact_places(const Decimal& value, int limit = 12);

long double to_long_double(const Decimal& value);

// A long double result of an irrational function (a root), taken as a
// decimal rounded to 12 places.
Decimal from_long_double(long double value);

}  // namespace zhibiao
