#include "parse/quantity.h"

#include <array>
#include <numeric>

#include <fmt/format.h>

#include "util/utf8.h"

namespace zhibiao {

namespace {
constexpr std::size_t kMaxDigits = 60;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Characters that cannot be part of a unit word.
bool forbidden_in_unit(char c) {
  return is_digit(c) || std::string_view("+-*()<>=~,.;:'\"[]{}#&!|^\\").find(c) != std::string_view::npos;
}
// mpz_set_ui takes an unsigned long: 64 bits on the LP64 systems zhibiao is
// built for. A 32-bit build stops here rather than cut numbers silently;
// it would need mpz_import instead.
static_assert(sizeof(unsigned long) >= sizeof(unsigned long long), "mpz_set_ui takes 64 bits");

// The usual case, in machine words: whole / 10^places in lowest terms, set
// straight into the fraction (no GMP arithmetic, no canonicalize).
void set_short(NumberText& n, unsigned long long whole) {
  static constexpr auto kPow10 = [] {
    std::array<unsigned long long, 20> p{};  // 10^0 .. 10^19
    p[0] = 1;
    for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
    return p;
  }();
  unsigned long long den = kPow10[n.places];
  unsigned long long g = std::gcd(whole, den);
  if (g > 1) {
    whole /= g;
    den /= g;
  }
  mpz_set_ui(n.value.get_num_mpz_t(), whole);
  mpz_set_ui(n.value.get_den_mpz_t(), den);
}

// Long numbers: the digits of `written` as text, for GMP; false when more
// than kMaxDigits are significant.
bool set_long(NumberText& n, std::string_view written, std::size_t ndigits) {
  std::string digits;
  digits.reserve(ndigits);
  for (char c : written)
    if (is_digit(c)) digits += c;
  std::size_t significant = digits.find_first_not_of('0');
  if (significant != std::string::npos && digits.size() - significant > kMaxDigits) return false;
  mpz_set_str(n.value.get_num_mpz_t(), digits.c_str(), 10);
  if (n.places > 0) {
    mpz_set(n.value.get_den_mpz_t(), pow10(n.places).get_num_mpz_t());
    n.value.canonicalize();
  }
  return true;
}
}  // namespace

Expected<NumberText> scan_number(std::string_view s, std::size_t& pos) {
  const std::size_t start = pos;
  std::size_t ndigits = 0;
  unsigned long long whole = 0;  // the digits as an integer, while they fit (up to 19 digits)
  int places = -1;
  std::size_t group = 0;  // digits since the last separator
  bool grouped = false;
  while (pos < s.size()) {
    char c = s[pos];
    if (is_digit(c)) {
      if (++ndigits <= 19) whole = whole * 10 + static_cast<unsigned long long>(c - '0');
      if (places >= 0) ++places;
      else ++group;
    } else if (c == ',' && places < 0 && ndigits > 0 && pos + 1 < s.size() && is_digit(s[pos + 1])) {
      if ((grouped && group != 3) || (!grouped && group > 3)) return ParseError{"misplaced thousands separator", pos};
      grouped = true;
      group = 0;
    } else if (c == '.' && places < 0 && ndigits > 0) {
      places = 0;
    } else {
      break;
    }
    ++pos;
  }
  if (ndigits == 0) return ParseError{"a number is expected", start};
  if (grouped && group != 3) return ParseError{"misplaced thousands separator", start};
  if (places == 0) return ParseError{"a digit is expected after the decimal point", pos};
  if (ndigits > 2 * kMaxDigits)
    return ParseError{fmt::format("a number with more than {} digits", 2 * kMaxDigits), start};
  NumberText n;
  n.places = places < 0 ? 0 : places;
  if (ndigits <= 19) set_short(n, whole);
  else if (!set_long(n, s.substr(start, pos - start), ndigits))
    return ParseError{fmt::format("a number with more than {} digits", kMaxDigits), start};
  return n;
}

Expected<QuantityText> parse_quantity(std::string_view text) {
  // Most figures need no folding: then offsets in `s` are offsets in `text`.
  std::optional<utf8::Normalized> norm;
  if (utf8::needs_normalizing(text)) norm = utf8::normalize(text);
  std::string_view s = norm ? std::string_view(norm->text) : text;
  auto at = [&](std::size_t i) {
    if (!norm) return i < text.size() ? i : text.size();
    return norm->origin[i < norm->origin.size() ? i : norm->origin.size() - 1];
  };
  std::size_t pos = 0;
  while (pos < s.size() && is_space(s[pos])) ++pos;
  QuantityText q;
  bool negative = false;
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    q.has_sign = true;
    negative = s[pos] == '-';
    ++pos;
  }
  auto number = scan_number(s, pos);
  if (!number) return ParseError{number.error().message, at(number.error().offset)};
  q.number = std::move(number.value().value);  // gmpxx's move assignment swaps: no copy
  if (negative) mpq_neg(q.number.get_mpq_t(), q.number.get_mpq_t());
  while (pos < s.size() && is_space(s[pos])) ++pos;  // "143.63 亿元"
  std::size_t end = s.size();
  while (end > pos && is_space(s[end - 1])) --end;
  std::string_view rest(s.data() + pos, end - pos);
  std::size_t before = rest.size();
  q.exponent = take_magnitude(rest);
  q.has_magnitude = rest.size() != before;
  pos += before - rest.size();
  for (std::size_t i = 0; i < rest.size(); ++i)
    if (forbidden_in_unit(rest[i]) || is_space(rest[i]))
      return ParseError{fmt::format("unexpected '{}' after the number", utf8::sanitize(rest.substr(i, 1))),
                        at(pos + i)};
  if (!rest.empty() && take_magnitude(rest) != 0) return ParseError{"two magnitudes in one quantity", at(pos)};
  // "5%%", "%元": a percent sign is a whole unit or none.
  bool percent_sign = rest.find('%') != std::string_view::npos || rest.find("‰") != std::string_view::npos;
  if (percent_sign && rest != "%" && rest != "‰" && rest != "％")
    return ParseError{fmt::format("unit '{}' is not a unit (a percent sign stands alone)", utf8::sanitize(rest)),
                      at(pos)};
  q.unit = canonical_unit_word(rest);
  return q;
}

Expected<Decimal> in_unit(const QuantityText& q, const Unit& unit) {
  if (q.unit == "pp" && unit.base != "pp") return ParseError{"percentage points (pp) are a change, not a value"};
  if (unit.is_rate()) {
    if (q.has_magnitude) return ParseError{fmt::format("a magnitude (万, 亿) on a percentage")};
    if (!q.unit.empty() && q.unit != unit.base)
      return ParseError{fmt::format("unit '{}' does not match the indicator's unit '{}'", q.unit, unit.text)};
    return q.number;
  }
  if (q.unit == "%" || q.unit == "‰") return ParseError{fmt::format("a percentage is not a level in '{}'", unit.text)};
  if (q.unit.empty() && !q.has_magnitude) return q.number;
  if (!q.unit.empty() && q.unit != unit.base)
    return ParseError{fmt::format("unit '{}' does not match the indicator's unit '{}'", q.unit, unit.text)};
  Decimal v = q.number * pow10(q.exponent - unit.exponent);
  v.canonicalize();
  return v;
}

Expected<Decimal> percent_value(const QuantityText& q) {
  if (q.has_magnitude) return ParseError{"a magnitude (万, 亿) on a percentage"};
  if (q.unit.empty() || q.unit == "%" || q.unit == "pp") return q.number;
  return ParseError{fmt::format("'{}' is not a percentage", q.unit)};
}

}  // namespace zhibiao
