#include "parse/target.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "parse/quantity.h"
#include "parse/words.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

using namespace std::string_view_literals;

// Words that carry no meaning of their own before a number (SPEC §2.2).
constexpr std::array kLeadWords = {"年计划"sv, "全年"sv, "计划"sv, "预期"sv, "目标"sv,   "力争"sv,
                                   "确保"sv,   "达到"sv, "实现"sv, "完成"sv, "稳定在"sv, "保持在"sv,
                                   "控制在"sv, "再"sv,   "新增"sv, "为"sv,   "五年"sv};
constexpr std::array kRiseWords = {"增长"sv, "提高"sv, "增加"sv, "提升"sv, "上升"sv};
// 降 alone last: 降低 and 降至 are read whole first.
constexpr std::array kFallWords = {"下降"sv, "减少"sv, "压减"sv, "降低"sv, "压缩"sv, "降"sv};
constexpr std::array kToWords = {"到"sv, "至"sv};
constexpr std::array kAtLeastPrefixes = {">="sv, "≥"sv, "不低于"sv, "不少于"sv};
constexpr std::array kAbovePrefixes = {">"sv, "高于"sv, "超过"sv};
constexpr std::array kAtMostPrefixes = {"<="sv, "≤"sv, "不超过"sv, "不高于"sv};
constexpr std::array kBelowPrefixes = {"<"sv, "低于"sv, "不满"sv};
constexpr std::array kAroundPrefixes = {"~"sv, "≈"sv, "约"sv};
constexpr std::array kAverageWords = {"年均"sv};
constexpr std::array kCumulativeWords = {"累计"sv};
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

ParseError error_for(std::string_view text) { return ParseError{not_a_target_message(text)}; }

ParseError says_two_things(std::string_view text) {
  return ParseError{fmt::format(
      "target '{}' says two things (two comparisons, two 左右, or a range with 以上/以内/左右): write one of them",
      utf8::excerpt(text))};
}

// The words around a target's number, each kind at most once.
struct Words {
  int sign = 0;  // +1 a rise word, -1 a fall word
  std::optional<Comparison> comparison;
  bool strict = false;
  bool around = false;
  bool to_level = false;  // 提高到, 降至: a level to reach, not a change by
  PlanForm plan_form = PlanForm::Plain;
  bool twice = false;  // a kind of word seen twice: says two things
};

void set_comparison(Words& w, Comparison c, bool strict) {
  if (w.comparison) w.twice = true;
  w.comparison = c;
  w.strict = strict;
}

void set_sign(Words& w, int sign) {
  if (w.sign != 0) w.twice = true;
  w.sign = sign;
}

// One word from the front of `s` into `w`; false when none is there.
bool take_lead(std::string_view& s, Words& w) {
  if (take_prefix(s, kLeadWords)) return true;
  if (take_prefix(s, kAverageWords)) return (w.plan_form = PlanForm::AverageGrowth), true;
  if (take_prefix(s, kCumulativeWords)) return (w.plan_form = PlanForm::Cumulative), true;
  if (take_prefix(s, kRiseWords)) return set_sign(w, 1), true;
  if (take_prefix(s, kFallWords)) return set_sign(w, -1), true;
  if (w.sign != 0 && !w.to_level && take_prefix(s, kToWords)) return (w.to_level = true), true;
  if (take_prefix(s, kAtLeastPrefixes)) return set_comparison(w, Comparison::AtLeast, false), true;
  if (take_prefix(s, kAbovePrefixes)) return set_comparison(w, Comparison::AtLeast, true), true;
  if (take_prefix(s, kAtMostPrefixes)) return set_comparison(w, Comparison::AtMost, false), true;
  if (take_prefix(s, kBelowPrefixes)) return set_comparison(w, Comparison::AtMost, true), true;
  if (take_prefix(s, kAroundPrefixes)) {
    if (w.around) w.twice = true;
    w.around = true;
    return true;
  }
  return false;
}

bool take_trail(std::string_view& s, Words& w) {
  if (take_suffix(s, kAtLeastSuffixes)) return set_comparison(w, Comparison::AtLeast, false), true;
  if (take_suffix(s, kAtMostSuffixes)) return set_comparison(w, Comparison::AtMost, false), true;
  if (take_suffix(s, kAroundSuffixes)) {
    if (w.around) w.twice = true;
    w.around = true;
    return true;
  }
  return false;
}

Words take_words(std::string_view& s) {
  Words w;
  while (take_lead(s, w)) {}
  while (take_trail(s, w)) {}
  return w;
}

// Text with spaces dropped and full-width forms folded, split at the first
// clause break (，；、 or a comma that is no thousands separator): the rest
// is the target's note.
std::pair<std::string, std::string> core_and_note(std::string_view text) {
  std::string norm;
  for (char c : utf8::needs_normalizing(text) ? utf8::normalize(text).text : std::string(text))
    if (c != ' ' && c != '\t') norm += c;
  std::size_t cut = std::string::npos, skip = 0;
  for (std::size_t i = 0; i < norm.size() && cut == std::string::npos; ++i) {
    bool digit_next = i + 1 < norm.size() && norm[i + 1] >= '0' && norm[i + 1] <= '9';
    bool digit_before = i > 0 && norm[i - 1] >= '0' && norm[i - 1] <= '9';
    if (norm[i] == ';' || (norm[i] == ',' && !(digit_before && digit_next))) cut = i, skip = 1;
    else if (norm.compare(i, 3, "、") == 0) cut = i, skip = 3;
  }
  if (cut == std::string::npos) return {norm, ""};
  return {norm.substr(0, cut), norm.substr(cut + skip)};
}

// Targets without a number: 完成…, 保持在合理区间, 稳步增长/继续下降, 清零.
bool word_target(std::string_view s, Target& t) {
  if (is_done_target(s)) {
    t.kind = TargetKind::Bool;
  } else if (is_no_target(s)) {
    t.kind = TargetKind::None;
  } else if (int sign = direction_word(s)) {
    t.kind = TargetKind::Direction;
    t.measure = Measure::Growth;
    t.sign = sign;
  } else if (s == "清零") {
    t.kind = TargetKind::Level;
    t.value = 0;
    t.comparison = Comparison::AtMost;
  } else {
    return false;
  }
  return true;
}

// The reference of a relative target: the words before 增长/增速 (经济, gdp,
// 地区生产总值); empty when there are none or they hold a number.
std::string reference_words(std::string_view s) {
  for (auto end : {"增长"sv, "增速"sv})
    if (s.size() > end.size() && s.substr(s.size() - end.size()) == end) s.remove_suffix(end.size());
  if (s.empty() || has_digit(s)) return "";
  return std::string(s);
}

// 与经济增长基本同步, 和gdp增长同步; 高于/快于/不低于gdp增长. Text before the
// marker names the subject (居民收入增长) and is ignored.
bool relative_target(std::string_view s, Target& t) {
  if (has_digit(s)) return false;
  constexpr auto npos = std::string_view::npos;
  for (auto tail : {"基本保持同步"sv, "保持同步"sv, "基本同步"sv, "同步"sv}) {
    if (!s.ends_with(tail)) continue;
    std::string_view head = s.substr(0, s.size() - tail.size());
    std::size_t with = head.rfind("与"), and_ = head.rfind("和");
    std::size_t at = with == npos ? and_ : and_ == npos ? with : std::max(with, and_);
    if (at == npos) return false;
    t.reference = reference_words(head.substr(at + 3));
    t.relation = Relation::InStep;
    t.tolerance = Decimal(1, 2);
    break;
  }
  if (t.reference.empty())
    for (auto [marker, relation] : {std::pair{"不低于"sv, Relation::AtLeast}, std::pair{"高于"sv, Relation::Above},
                                    std::pair{"快于"sv, Relation::Above}, std::pair{"超过"sv, Relation::Above}}) {
      std::size_t at = s.find(marker);
      if (at == npos) continue;
      t.reference = reference_words(s.substr(at + marker.size()));
      t.relation = relation;
      break;
    }
  if (t.reference.empty()) return false;
  t.kind = TargetKind::Relative;
  t.measure = Measure::Growth;
  return true;
}

}  // namespace

namespace {

// The numbers of a target as written: one, or two around a range separator.
struct Operands {
  QuantityText first;
  std::optional<QuantityText> second;
  int places = 0;  // decimals of the first number as written
};

Expected<Operands> operands(std::string_view s, std::string_view text) {
  std::size_t pos = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  auto number = scan_number(s, pos);
  if (!number) return error_for(text);
  Operands out;
  out.places = number->places;
  std::size_t best = std::string_view::npos, len = 0;
  for (auto sep : kRangeSeparators) {
    std::size_t at = s.find(sep, pos);
    if (at != std::string_view::npos && at < best) best = at, len = sep.size();
  }
  auto a = parse_quantity(best == std::string_view::npos ? s : s.substr(0, best));
  if (!a) return error_for(text);
  out.first = *a;
  if (best == std::string_view::npos) return out;
  auto b = parse_quantity(s.substr(best + len));
  if (!b) return error_for(text);
  if (out.first.unit.empty() && !out.first.has_magnitude) {  // "6-6.5%": the unit is shared
    out.first.unit = b->unit;
    out.first.exponent = b->exponent;
    out.first.has_magnitude = b->has_magnitude;
  }
  if (out.first.unit != b->unit) return error_for(text);
  out.second = *b;
  return out;
}

// The sign: a rise or fall word, or an explicit sign on the number (not both,
// unless they agree).
Expected<int> sign_of(const Words& w, const QuantityText& q, std::string_view text) {
  if (!q.has_sign) return w.sign;
  int written = sgn(q.number) < 0 ? -1 : 1;
  if (w.sign != 0 && w.sign != written) return error_for(text);
  return written;
}

// What the number constrains: a growth, a pp change, or a level.
Expected<Measure> measure_of(const Operands& ops, int sign, const Words& w, const TargetContext& c,
                             std::string_view text) {
  const std::string& u = ops.first.unit;
  const bool rate = c.unit.is_rate();
  if (u == "pp") {
    if (!rate)
      return ParseError{
          fmt::format("target '{}': percentage points (pp) apply only to % indicators; write a growth such as +5%",
                      utf8::excerpt(text))};
    return Measure::ChangePp;
  }
  if ((u == "%" || u == "‰") && !rate && !w.to_level) {
    if (u == "‰") return error_for(text);
    if (ops.first.has_magnitude)
      return ParseError{fmt::format("target '{}': a magnitude (万, 亿) on a percentage", utf8::excerpt(text))};
    return Measure::Growth;
  }
  if (sign != 0 && !w.to_level && !c.rate_values) {
    if (rate && ops.first.has_sign)
      return ParseError{
          fmt::format("target '{}' is a signed percentage on a % indicator: relative or points? write the change in "
                      "percentage points (e.g. +2pp, 提高2个百分点) or the level (e.g. 93%以上)",
                      utf8::excerpt(text))};
    if (rate) {
      std::string n = format_trimmed(abs(ops.first.number), 12, Rounding::HalfUp);
      return ParseError{
          fmt::format("target '{}': on a % indicator write the level ({}{}) or the change in "
                      "percentage points ({}{}pp)",
                      utf8::excerpt(text), n, w.around ? "%左右" : "%", sign < 0 ? "-" : "+", n)};
    }
    return ParseError{
        fmt::format("target '{}': a change in the indicator's unit is not a target; write the level "
                    "(e.g. 1450人以上) or a growth (e.g. 增长5%)",
                    utf8::excerpt(text))};
  }
  return Measure::Level;
}

Expected<Decimal> value_of(const QuantityText& q, Measure m, int sign, const TargetContext& c, std::string_view text) {
  if (m != Measure::Level) return sign < 0 ? Decimal(-abs(q.number)) : Decimal(abs(q.number));
  auto v = in_unit(q, c.unit);
  if (!v) return ParseError{fmt::format("target '{}': {}", utf8::excerpt(text), v.error().message)};
  return *v;
}

// Which side of the bound meets a single-number target. A growth or pp change
// is met by rising at least that much (SPEC §2.2), a fall by falling at least
// that much; 以上/以内 after a fall speak of the size of the fall. A bare level
// takes its side from the direction; 提高到/降至 from the word.
Comparison comparison_of(const Words& w, int sign, Measure m, Direction d) {
  auto flip = [](Comparison c) { return c == Comparison::AtLeast ? Comparison::AtMost : Comparison::AtLeast; };
  if (w.to_level) return sign < 0 ? Comparison::AtMost : Comparison::AtLeast;
  bool fall = sign < 0 && m != Measure::Level;
  if (w.comparison) return fall ? flip(*w.comparison) : *w.comparison;
  if (fall) return Comparison::AtMost;
  if (m == Measure::Level) return d == Direction::Up ? Comparison::AtLeast : Comparison::AtMost;
  return Comparison::AtLeast;
}

Expected<Target> range_target(Target t, const Operands& ops, const Words& w, const TargetContext& c,
                              std::string_view text) {
  if (w.around || w.comparison) return says_two_things(text);
  auto lo = value_of(ops.first, t.measure, w.sign, c, text);
  if (!lo) return lo.error();
  auto hi = value_of(*ops.second, t.measure, w.sign, c, text);
  if (!hi) return hi.error();
  if (abs(*lo) > abs(*hi))
    return ParseError{fmt::format("target '{}': the range's bounds are the wrong way round: write the smaller first",
                                  utf8::excerpt(text))};
  t.kind = TargetKind::Range;
  t.low = std::min(*lo, *hi);
  t.high = std::max(*lo, *hi);
  return t;
}

// 〔13.5〕 / [13.5]: the plan's cumulative in the indicator's own measure;
// the sign follows the direction (down: a fall).
bool bracket_target(std::string_view s, const TargetContext& c, Target& t) {
  std::string_view inner;
  if (s.starts_with("〔") && s.ends_with("〕") && s.size() > 6) inner = s.substr(3, s.size() - 6);
  else if (s.starts_with("[") && s.ends_with("]") && s.size() > 2) inner = s.substr(1, s.size() - 2);
  else return false;
  std::size_t pos = 0;
  auto n = scan_number(inner, pos);
  if (!n || pos != inner.size()) return false;
  const bool down = c.direction == Direction::Down;
  t.value = down ? Decimal(-n->value) : n->value;
  t.places = n->places;
  t.comparison = down ? Comparison::AtMost : Comparison::AtLeast;
  if (c.rate_values) {
    t.kind = TargetKind::Growth;
    t.measure = Measure::Growth;
    t.plan_form = PlanForm::Cumulative;
  } else {
    t.kind = c.unit.is_rate() ? TargetKind::ChangePp : TargetKind::Level;
    t.measure = c.unit.is_rate() ? Measure::ChangePp : Measure::Change;
    t.plan_form = PlanForm::OwnMeasure;
  }
  return true;
}

// 翻一番 / 翻两番 (比2010年翻一番): the level ×2 / ×4, i.e. growth of 100% / 300%.
bool doubling_target(std::string_view s, Target& t) {
  int times = s.ends_with("翻一番") || s.ends_with("翻番") ? 1 : s.ends_with("翻两番") ? 2 : 0;
  if (!times) return false;
  std::string_view head = s.substr(0, s.size() - (s.ends_with("翻番") ? 6 : 9));
  if (!head.empty() && !(head.starts_with("比") && head.ends_with("年") && has_digit(head))) return false;
  t.kind = TargetKind::Growth;
  t.measure = Measure::Growth;
  t.value = times == 1 ? 100 : 300;
  t.comparison = Comparison::AtLeast;
  t.plan_form = PlanForm::Doubling;
  return true;
}

TargetKind kind_of(Measure m) {
  switch (m) {
    case Measure::Growth: return TargetKind::Growth;
    case Measure::ChangePp: return TargetKind::ChangePp;
    default: return TargetKind::Level;
  }
}

Expected<Target> numeric_target(std::string_view s, std::string_view text, const TargetContext& c, Target t) {
  Words w = take_words(s);
  if (w.twice) return says_two_things(text);
  if (s.empty()) return error_for(text);
  if (bracket_target(s, c, t) || doubling_target(s, t)) return t;
  auto ops = operands(s, text);
  if (!ops) return ops.error();
  auto sign = sign_of(w, ops->first, text);
  if (!sign) return sign.error();
  auto measure = measure_of(*ops, *sign, w, c, text);
  if (!measure) return measure.error();
  t.measure = *measure;
  t.places = ops->places;
  t.plan_form = w.plan_form;
  if (ops->second) return range_target(std::move(t), *ops, w, c, text);
  auto v = value_of(ops->first, t.measure, *sign, c, text);
  if (!v) return v.error();
  if (t.measure == Measure::Growth && *v < -100)
    return ParseError{
        fmt::format("target '{}': a fall of more than 100% leaves less than nothing", utf8::excerpt(text))};
  t.value = *v;
  t.comparison = comparison_of(w, *sign, t.measure, c.direction);
  t.strict = w.strict && !w.to_level;
  t.kind = kind_of(t.measure);
  if (w.around) {
    if (w.comparison) return says_two_things(text);
    t.kind = TargetKind::Around;
    t.comparison = c.direction == Direction::Up ? Comparison::AtLeast : Comparison::AtMost;
    t.tolerance = default_tolerance(t, c.unit);
  }
  return t;
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

Expected<Target> parse_target(std::string_view text, const TargetContext& c) {
  auto [core, note] = core_and_note(text);
  Target t;
  t.text = std::string(text);
  t.note = std::move(note);
  if (core.empty()) return error_for(text);
  if (word_target(core, t) || relative_target(core, t)) return t;
  return numeric_target(core, text, c, std::move(t));
}

}  // namespace zhibiao
