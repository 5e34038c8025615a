#include "parse/target.h"

#include <algorithm>
#include <array>
#include <string>

#include <fmt/format.h>

#include "parse/quantity.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

using namespace std::string_view_literals;

// Words that carry no meaning of their own before a number (SPEC §2.2).
constexpr std::array kLeadWords = {"年计划"sv, "全年"sv, "计划"sv, "预期"sv, "目标"sv,   "力争"sv,
                                   "确保"sv,   "达到"sv, "实现"sv, "完成"sv, "稳定在"sv, "保持在"sv,
                                   "控制在"sv, "再"sv,   "新增"sv, "为"sv};
constexpr std::array kRiseWords = {"增长"sv, "提高"sv, "增加"sv, "提升"sv, "上升"sv};
constexpr std::array kFallWords = {"下降"sv, "减少"sv, "压减"sv, "降低"sv, "压缩"sv};
constexpr std::array kAtLeastPrefixes = {">="sv, "≥"sv, ">"sv, "不低于"sv, "不少于"sv};
constexpr std::array kAtMostPrefixes = {"<="sv, "≤"sv, "<"sv, "不超过"sv, "不高于"sv};
constexpr std::array kAroundPrefixes = {"~"sv, "≈"sv, "约"sv};
constexpr std::array kAtLeastSuffixes = {"及以上"sv, "以上"sv};
constexpr std::array kAtMostSuffixes = {"以内"sv, "以下"sv};
constexpr std::array kAroundSuffixes = {"左右"sv, "上下"sv};
constexpr std::array kRangeSeparators = {"-"sv, "~"sv, "至"sv, "–"sv, "—"sv, "到"sv};

template <std::size_t N>
bool take_prefix(std::string_view& s, const std::array<std::string_view, N>& words) {
  for (auto w : words)
    if (s.size() > w.size() && s.substr(0, w.size()) == w) {
      s.remove_prefix(w.size());
      return true;
    }
  return false;
}

template <std::size_t N>
bool take_suffix(std::string_view& s, const std::array<std::string_view, N>& words) {
  for (auto w : words)
    if (s.size() > w.size() && s.substr(s.size() - w.size()) == w) {
      s.remove_suffix(w.size());
      return true;
    }
  return false;
}

struct Words {
  int sign = 0;  // +1 rise word or '+', -1 fall word or '-'
  std::optional<Comparison> comparison;
  bool around = false;
};

Comparison by_direction(Direction d) { return d == Direction::Up ? Comparison::AtLeast : Comparison::AtMost; }

Comparison flip(Comparison c) { return c == Comparison::AtLeast ? Comparison::AtMost : Comparison::AtLeast; }

ParseError error_for(std::string_view text) { return ParseError{not_a_target_message(text)}; }

// One number with its unit, as the operand of a target.
struct Operand {
  QuantityText q;
};

Expected<Operand> operand(std::string_view core, std::string_view original) {
  auto q = parse_quantity(core);
  if (!q) return error_for(original);
  return Operand{*q};
}

}  // namespace

std::string not_a_target_message(std::string_view text) {
  return fmt::format("target '{}' is not a target expression (write e.g. +5%, 93%以上, 3.4%以内, 6%-6.5%)",
                     utf8::excerpt(text));
}

Decimal default_tolerance(const Target& t, const Unit& unit) {
  if (t.measure != Measure::Level || unit.is_rate()) return Decimal(1, 2);
  Decimal tol = abs(t.value) / 100;
  tol.canonicalize();
  return tol;
}

Expected<Target> parse_target(std::string_view text, const Unit& unit, Direction direction) {
  std::string norm;
  for (char c : utf8::needs_normalizing(text) ? utf8::normalize(text).text : std::string(text))
    if (c != ' ' && c != '\t') norm += c;
  std::string_view s = norm;
  Target t;
  t.text = std::string(text);

  if (s == "完成" || s == "done" || s == "true" || s == "完成任务") {
    t.kind = TargetKind::Bool;
    return t;
  }
  if (s == "清零") {
    t.kind = TargetKind::Level;
    t.value = 0;
    t.comparison = Comparison::AtMost;
    return t;
  }

  Words w;
  for (bool more = true; more;) {
    more = false;
    if (take_prefix(s, kLeadWords)) more = true;
    if (take_prefix(s, kRiseWords)) {
      w.sign = w.sign ? w.sign : 1;
      more = true;
    }
    if (take_prefix(s, kFallWords)) {
      w.sign = -1;
      more = true;
    }
    if (take_prefix(s, kAtLeastPrefixes)) {
      w.comparison = Comparison::AtLeast;
      more = true;
    }
    if (take_prefix(s, kAtMostPrefixes)) {
      w.comparison = Comparison::AtMost;
      more = true;
    }
    if (take_prefix(s, kAroundPrefixes)) {
      w.around = true;
      more = true;
    }
  }
  for (bool more = true; more;) {
    more = false;
    if (take_suffix(s, kAtLeastSuffixes)) {
      w.comparison = Comparison::AtLeast;
      more = true;
    }
    if (take_suffix(s, kAtMostSuffixes)) {
      w.comparison = Comparison::AtMost;
      more = true;
    }
    if (take_suffix(s, kAroundSuffixes)) {
      w.around = true;
      more = true;
    }
  }
  if (s.empty()) return error_for(text);

  // A range: two operands around a separator that follows the first number.
  std::optional<std::string_view> second;
  std::string_view first = s;
  {
    std::size_t pos = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    if (!scan_number(s, pos)) return error_for(text);
    std::size_t best = std::string_view::npos, len = 0;
    for (auto sep : kRangeSeparators) {
      std::size_t at = s.find(sep, pos);
      if (at != std::string_view::npos && at < best) {
        best = at;
        len = sep.size();
      }
    }
    if (best != std::string_view::npos) {
      first = s.substr(0, best);
      second = s.substr(best + len);
    }
  }
  auto a = operand(first, text);
  if (!a) return a.error();
  QuantityText qa = a->q;
  std::optional<QuantityText> qb;
  if (second) {
    auto b = operand(*second, text);
    if (!b) return b.error();
    qb = b->q;
    if (qa.unit.empty() && !qa.has_magnitude) {  // "6-6.5%": the unit is shared
      qa.unit = qb->unit;
      qa.exponent = qb->exponent;
      qa.has_magnitude = qb->has_magnitude;
    }
    if (qa.unit != qb->unit) return error_for(text);
    if (w.around || w.comparison) return error_for(text);  // "6%-6.5%以上" says two things
  }

  // The sign: a rise or fall word, or an explicit sign on the number.
  int sign = w.sign;
  if (qa.has_sign) {
    int explicit_sign = sgn(qa.number) < 0 ? -1 : 1;
    if (sign != 0 && sign != explicit_sign) return error_for(text);
    sign = explicit_sign;
  }
  auto signed_value = [&](const QuantityText& q) {
    Decimal v = abs(q.number);
    return sign < 0 ? Decimal(-v) : v;
  };

  // What the number constrains.
  if (qa.unit == "pp") {
    if (!unit.is_rate())
      return ParseError{
          fmt::format("target '{}': percentage points (pp) apply only to % indicators; "
                      "write a growth such as +5%",
                      utf8::excerpt(text))};
    t.measure = Measure::ChangePp;
  } else if ((qa.unit == "%" || qa.unit == "‰") && !unit.is_rate()) {
    if (qa.unit == "‰") return error_for(text);
    if (qa.has_magnitude)
      return ParseError{fmt::format("target '{}': a magnitude (万, 亿) on a percentage", utf8::excerpt(text))};
    t.measure = Measure::Growth;
  } else {
    t.measure = Measure::Level;
    if (sign != 0) {
      if (unit.is_rate())
        return ParseError{
            fmt::format("target '{}' is a signed percentage on a % indicator: relative or points? "
                        "write the change in percentage points (e.g. +2pp, 提高2个百分点) or the level (e.g. 93%以上)",
                        utf8::excerpt(text))};
      return ParseError{
          fmt::format("target '{}': a change in the indicator's unit is not a target; write the level "
                      "(e.g. 1450人以上) or a growth (e.g. 增长5%)",
                      utf8::excerpt(text))};
    }
  }

  auto value_of = [&](const QuantityText& q) -> Expected<Decimal> {
    if (t.measure != Measure::Level) return signed_value(q);
    auto v = in_unit(q, unit);
    if (!v) return ParseError{fmt::format("target '{}': {}", utf8::excerpt(text), v.error().message)};
    return *v;
  };

  auto va = value_of(qa);
  if (!va) return va.error();
  if (qb) {
    auto vb = value_of(*qb);
    if (!vb) return vb.error();
    t.kind = TargetKind::Range;
    t.low = std::min(*va, *vb);
    t.high = std::max(*va, *vb);
    return t;
  }
  t.value = *va;
  // A growth or pp change is met by rising at least that much (SPEC §2.2),
  // a fall by falling at least that much; 以上/以内 after a fall speak of the
  // size of the fall. A bare level takes its side from the direction.
  bool fall = sign < 0;
  if (w.comparison) t.comparison = fall ? flip(*w.comparison) : *w.comparison;
  else if (fall) t.comparison = Comparison::AtMost;
  else t.comparison = t.measure == Measure::Level ? by_direction(direction) : Comparison::AtLeast;
  if (w.around) {
    t.kind = TargetKind::Around;
    t.comparison = by_direction(direction);
    t.tolerance = default_tolerance(t, unit);
    return t;
  }
  t.kind = t.measure == Measure::Growth     ? TargetKind::Growth
           : t.measure == Measure::ChangePp ? TargetKind::ChangePp
                                            : TargetKind::Level;
  return t;
}

}  // namespace zhibiao
