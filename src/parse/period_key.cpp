#include "parse/period_key.h"

#include <array>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "util/utf8.h"

namespace zhibiao {

using namespace std::string_view_literals;

const char* const kPeriodForms =
    "write a year such as 2024, or a part of it cumulative from January: 2024-09, 2024年1-9月, 2024Q3, "
    "2024年前三季度, 2024H1, 2024年上半年";

namespace {

ParseError fail(std::string_view text, std::string_view why) {
  return {fmt::format("'{}' {} ({})", utf8::excerpt(text), why, kPeriodForms)};
}

// A run of 1 or 2 ASCII digits at the front of `s`, taken off it.
std::optional<int> small_number(std::string_view& s) {
  std::size_t n = 0;
  while (n < s.size() && n < 3 && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n > 2) return std::nullopt;
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) v = v * 10 + (s[i] - '0');
  s.remove_prefix(n);
  return v;
}

bool take(std::string_view& s, std::string_view word) {
  if (!s.starts_with(word)) return false;
  s.remove_prefix(word.size());
  return true;
}

Expected<PartYear> month_of(std::string_view text, int year, int month) {
  if (month < 1 || month > 12) return fail(text, fmt::format("names month {}, but months are 1 to 12", month));
  return PartYear{year, month};
}

// The words after 年: 前三季度, 上半年, 1-9月, 1月, 全年 …
Expected<PartYear> chinese(std::string_view text, int year, std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, int>, 9> kCumulative = {{
      {"一季度"sv, 3},
      {"第一季度"sv, 3},
      {"1季度"sv, 3},
      {"上半年"sv, 6},
      {"前两季度"sv, 6},
      {"前二季度"sv, 6},
      {"前三季度"sv, 9},
      {"全年"sv, 12},
      {"前四季度"sv, 12},
  }};
  static constexpr std::array kOneQuarter = {"二季度"sv, "第二季度"sv, "三季度"sv, "第三季度"sv,
                                             "四季度"sv, "第四季度"sv, "下半年"sv};
  for (auto [word, month] : kCumulative)
    if (s == word) return PartYear{year, month};
  for (auto word : kOneQuarter)
    if (s == word) return fail(text, "is not cumulative from January");
  if (s.ends_with("份")) s.remove_suffix("份"sv.size());
  auto first = small_number(s);
  if (!first) return fail(text, "is not a year or a part of a year");
  if (s == "月") {
    if (*first != 1) return fail(text, "is one month, not cumulative from January");
    return PartYear{year, 1};
  }
  bool dash = false;
  for (auto sep : {"-"sv, "—"sv, "–"sv, "－"sv, "~"sv, "～"sv, "至"sv, "到"sv}) dash = dash || take(s, sep);
  auto last = dash ? small_number(s) : std::nullopt;
  if (!last || s != "月") return fail(text, "is not a year or a part of a year");
  if (*first != 1) return fail(text, "does not start in January (figures are cumulative from January)");
  return month_of(text, year, *last);
}

}  // namespace

Expected<PartYear> parse_period_key(std::string_view text) {
  std::string_view s = text;
  if (s.size() < 4 || s[0] < '1' || s[0] > '9') return fail(text, "is not a year or a part of a year");
  int year = 0;
  for (int i = 0; i < 4; ++i) {
    if (s[i] < '0' || s[i] > '9') return fail(text, "is not a year or a part of a year");
    year = year * 10 + (s[i] - '0');
  }
  s.remove_prefix(4);
  if (s.empty()) return PartYear{year, 12};
  if (take(s, "年")) return chinese(text, year, s);
  const char kind = s[0];
  s.remove_prefix(1);
  auto n = small_number(s);
  if (!n || !s.empty()) return fail(text, "is not a year or a part of a year");
  if (kind == '-') return month_of(text, year, *n);
  if (kind == 'Q' || kind == 'q') {
    if (*n < 1 || *n > 4) return fail(text, fmt::format("names quarter {}, but quarters are Q1 to Q4", *n));
    return PartYear{year, *n * 3};
  }
  if (kind == 'H' || kind == 'h') {
    if (*n == 1) return PartYear{year, 6};
    if (*n == 2)
      return fail(text, fmt::format("is July to December, not cumulative from January (the whole year is {})", year));
    return fail(text, fmt::format("names half {}, but halves are H1 and H2", *n));
  }
  return fail(text, "is not a year or a part of a year");
}

}  // namespace zhibiao
