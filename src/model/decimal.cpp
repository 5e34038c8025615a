#include "model/decimal.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

namespace zhibiao {

std::optional<Decimal> decimal_from_text(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  std::string digits;
  int places = -1;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits += c;
      if (places >= 0) ++places;
    } else if (c == '.' && places < 0) {
      places = 0;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || places == 0) return std::nullopt;
  if (text.front() == '.') return std::nullopt;
  mpz_class numerator(digits, 10);
  Decimal result(numerator, 1);
  if (places > 0) result /= pow10(places);
  result.canonicalize();
  if (negative) result = -result;
  return result;
}

namespace {
constexpr int kCachedPowers = 40;
Decimal compute_pow10(int n) {
  mpz_class p;
  mpz_ui_pow_ui(p.get_mpz_t(), 10, static_cast<unsigned long>(n < 0 ? -n : n));
  return n < 0 ? Decimal(mpz_class(1), p) : Decimal(p);
}
}  // namespace

Decimal pow10(int n) {
  // Built once (thread-safe static), read-only afterwards: the hot path of
  // every quantity parsed.
  static const auto cache = [] {
    std::vector<Decimal> powers;
    for (int i = -kCachedPowers; i <= kCachedPowers; ++i) powers.push_back(compute_pow10(i));
    return powers;
  }();
  if (n >= -kCachedPowers && n <= kCachedPowers) return cache[static_cast<std::size_t>(n + kCachedPowers)];
  return compute_pow10(n);
}

namespace {
// |value| × 10^places rounded to an integer, with the sign of value.
mpz_class scaled_integer(const Decimal& value, int places, Rounding rounding) {
  Decimal scaled = abs(value) * pow10(places);
  mpz_class whole = scaled.get_num() / scaled.get_den();  // truncates
  Decimal rest = scaled - Decimal(whole);
  int cmp_half = cmp(rest, Decimal(1, 2));
  if (cmp_half > 0 || (cmp_half == 0 && (rounding == Rounding::HalfUp || mpz_odd_p(whole.get_mpz_t())))) whole += 1;
  return sgn(value) < 0 ? mpz_class(-whole) : whole;
}
}  // namespace

Decimal round_to(const Decimal& value, int places, Rounding rounding) {
  Decimal r(scaled_integer(value, places, rounding));
  r /= pow10(places);
  r.canonicalize();
  return r;
}

std::string format_fixed(const Decimal& value, int places, Rounding rounding) {
  if (places < 0) places = 0;
  mpz_class n = scaled_integer(value, places, rounding);
  bool negative = sgn(n) < 0;
  std::string digits = mpz_class(abs(n)).get_str();
  if (places > 0) {
    if (digits.size() <= static_cast<std::size_t>(places)) digits.insert(0, places + 1 - digits.size(), '0');
    digits.insert(digits.size() - places, ".");
  }
  return negative ? "-" + digits : digits;
}

std::string format_trimmed(const Decimal& value, int max_places, Rounding rounding) {
  std::string s = format_fixed(value, max_places, rounding);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

std::optional<int> exact_places(const Decimal& value, int limit) {
  // A canonical fraction has a terminating decimal expansion exactly when its
  // denominator is 2^a·5^b; it then needs max(a, b) places.
  const mpz_class& den = value.get_den();
  if (den == 1) return 0;
  if (mpz_fits_ulong_p(den.get_mpz_t())) {  // the usual case, without a GMP number made
    unsigned long d = mpz_get_ui(den.get_mpz_t());
    unsigned long twos = 0, fives = 0;
    for (; d % 2 == 0; d /= 2) ++twos;
    for (; d % 5 == 0; d /= 5) ++fives;
    if (d != 1 || std::max(twos, fives) > static_cast<unsigned long>(limit)) return std::nullopt;
    return static_cast<int>(std::max(twos, fives));
  }
  mpz_class rest = den;
  unsigned long twos = mpz_scan1(rest.get_mpz_t(), 0);
  mpz_fdiv_q_2exp(rest.get_mpz_t(), rest.get_mpz_t(), twos);
  unsigned long fives = mpz_remove(rest.get_mpz_t(), rest.get_mpz_t(), mpz_class(5).get_mpz_t());
  if (rest != 1) return std::nullopt;
  unsigned long places = std::max(twos, fives);
  if (places > static_cast<unsigned long>(limit)) return std::nullopt;
  return static_cast<int>(places);
}

long double to_long_double(const Decimal& value) {
  // Through text: exact to long double's precision, no double in between.
  std::string s = format_fixed(value, 30, Rounding::HalfEven);
  return std::strtold(s.c_str(), nullptr);
}

Decimal from_long_double(long double value) {
  if (!std::isfinite(value)) return Decimal(0);
  std::string s = fmt::format("{:.12f}", value);
  return decimal_from_text(s).value_or(Decimal(0));
}

}  // namespace zhibiao
