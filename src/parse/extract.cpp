#include "parse/extract.h"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "parse/quantity.h"
#include "parse/target.h"
#include "parse/words.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

using namespace std::string_view_literals;
constexpr auto npos = std::string_view::npos;

// ---------------------------------------------------------------------------
// The words of extraction, all in one place.
// ---------------------------------------------------------------------------

// Short forms: a name holding the first also goes by the second.
constexpr std::array kShortForms = {
    std::pair{"规模以上"sv, "规上"sv},
    std::pair{"限额以上"sv, "限上"sv},
    std::pair{"地区生产总值"sv, "国内生产总值"sv},
    std::pair{"社会消费品零售总额"sv, "社消零"sv},
    std::pair{"居民人均可支配收入"sv, "居民收入"sv},
    std::pair{"降低"sv, "下降"sv},
};
// Name endings reports leave out (空气质量优良天数稳定在93%以上): the unit
// check still keeps 337天 away from the % indicator.
constexpr std::array kDroppedEndings = {"比例"sv, "比率"sv};
// Words that may stand before an indicator's name at a clause's start.
constexpr std::array kLeadIns = {"完成"sv, "实现"sv, "全年"sv, "年内"sv, "今年"sv, "力争"sv, "确保"sv,
                                 "全市"sv, "全区"sv, "全县"sv, "全省"sv, "全国"sv, "其中"sv};
// Between a name and a value of the review, meaning nothing more.
constexpr std::array kValueLeads = {"平均为"sv, "达到"sv,   "完成"sv, "实现"sv, "控制在"sv,
                                    "保持在"sv, "稳定在"sv, "为"sv,   "达"sv};
// Before a level reached (下降到12.5%): the figure is the level, not a change.
constexpr std::array kToLeads = {"下降到"sv, "降低到"sv, "降到"sv,   "降至"sv,   "压缩到"sv, "压减到"sv, "减少到"sv,
                                 "提高到"sv, "提升到"sv, "提升至"sv, "增加到"sv, "上升到"sv, "上升至"sv, "增长到"sv};
constexpr std::array kRiseWords = {"增长"sv, "上涨"sv, "增加"sv, "提高"sv, "提升"sv, "上升"sv};
constexpr std::array kFallWords = {"下降"sv, "减少"sv, "降低"sv, "回落"sv};
// Before 增长/下降: a growth at constant prices. It is the reported growth of
// a comparable-price indicator (GDP); of a current-price one it is not.
constexpr auto kReal = "实际"sv;
// "More than" before a figure: 突破20万亿元 is the qualified value 20万亿元以上.
constexpr std::array kAboveLeads = {"突破"sv, "超过"sv, "超"sv};
// Of a target: 突破12亿元 is 12亿元以上 (超过 stays: a strict comparison).
constexpr auto kBreakthrough = "突破"sv;
// Kept as written before and after a value (SPEC §2.3 qualified values).
constexpr std::array kQualifierLeads = {"预计"sv, "初步"sv, "约"sv, "近"sv};
constexpr std::array kQualifierTails = {"左右"sv, "以上"sv, "以下"sv};
constexpr auto kWithin = "以内"sv;  // of an outcome: 以下
// Figures of one name, or names of one 分别 clause: 143.63亿元、增长4.5%.
constexpr std::array kListSeparators = {"、"sv, "和"sv, "及"sv};
constexpr auto kValueSeparator = "、"sv;
constexpr auto kRespectively = "分别"sv;
// Bounds that keep hostile text linear: items of one 分别 clause, bytes of a
// shared ending looked for.
constexpr std::size_t kMaxRespective = 20;
constexpr std::size_t kMaxNameBytes = 120;
// Where a clause ends. An ASCII or full-width comma between digits is a
// thousands separator (45,752元) and ends nothing.
constexpr std::array kClauseEnds = {"。"sv, "！"sv, "？"sv, "；"sv, "："sv, ";"sv, ":"sv, "!"sv, "?"sv};
constexpr std::array kCommas = {"，"sv, ","sv};
constexpr std::array kSentenceEnds = {"。"sv, "！"sv, "？"sv};
// The parts of a report.
constexpr auto kTargetsMarker = "主要预期目标"sv;
constexpr std::array kReviewMarkers = {"回顾"sv, "工作总结"sv};
constexpr auto kYear = "年"sv;
constexpr auto kMonth = "月"sv;
// Full-width figures read as ASCII ones (５．２％ → 5.2%), so that every
// figure meets the same grammar; the notes quote them so.
constexpr std::array kFullWidthFigures = {std::pair{"０"sv, '0'}, std::pair{"１"sv, '1'}, std::pair{"２"sv, '2'},
                                          std::pair{"３"sv, '3'}, std::pair{"４"sv, '4'}, std::pair{"５"sv, '5'},
                                          std::pair{"６"sv, '6'}, std::pair{"７"sv, '7'}, std::pair{"８"sv, '8'},
                                          std::pair{"９"sv, '9'}, std::pair{"．"sv, '.'}, std::pair{"％"sv, '%'}};
constexpr auto kReportTitle = "年政府工作报告"sv;
constexpr std::array kHeadingNumerals = {"一"sv, "二"sv, "三"sv, "四"sv, "五"sv,
                                         "六"sv, "七"sv, "八"sv, "九"sv, "十"sv};
constexpr auto kHeadingMark = "、"sv;

template <std::size_t N>
std::optional<std::string_view> take_prefix(std::string_view& s, const std::array<std::string_view, N>& words) {
  for (auto w : words)
    if (s.size() > w.size() && s.starts_with(w)) {
      s.remove_prefix(w.size());
      return w;
    }
  return std::nullopt;
}

template <std::size_t N>
std::optional<std::string_view> take_suffix(std::string_view& s, const std::array<std::string_view, N>& words) {
  for (auto w : words)
    if (s.size() > w.size() && s.ends_with(w)) {
      s.remove_suffix(w.size());
      return w;
    }
  return std::nullopt;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alnum(char c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  while (s.starts_with("\u3000")) s.remove_prefix(3);
  while (s.ends_with("\u3000")) s.remove_suffix(3);
  return s;
}

// The byte length of a separator at s[i], 0 when there is none.
std::size_t clause_end_at(std::string_view s, std::size_t i) {
  for (auto w : kClauseEnds)
    if (s.substr(i, w.size()) == w) return w.size();
  for (auto w : kCommas)
    if (s.substr(i, w.size()) == w) {
      bool between_digits = i > 0 && is_digit(s[i - 1]) && i + w.size() < s.size() && is_digit(s[i + w.size()]);
      return between_digits ? 0 : w.size();
    }
  return 0;
}

// Splits `s` at any of `words`, dropping empty parts.
template <std::size_t N>
std::vector<std::string_view> split_at(std::string_view s, const std::array<std::string_view, N>& words) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    for (auto w : words)
      if (s.substr(i, w.size()) == w) len = w.size();
    if (len == 0) {
      ++i;
      continue;
    }
    if (i > start) out.push_back(s.substr(start, i - start));
    start = i += len;
  }
  if (start < s.size()) out.push_back(s.substr(start));
  return out;
}

}  // namespace

std::vector<std::string> split_clauses(std::string_view line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t len = clause_end_at(line, i);
    if (len == 0) {
      ++i;
      continue;
    }
    if (auto c = trim(line.substr(start, i - start)); !c.empty()) out.emplace_back(c);
    start = i += len;
  }
  if (auto c = trim(line.substr(start)); !c.empty()) out.emplace_back(c);
  return out;
}

std::vector<std::string> report_names(const CatalogEntry& e) {
  std::vector<std::string> out{e.name};
  out.insert(out.end(), e.aliases.begin(), e.aliases.end());
  for (std::size_t i = 0, n = out.size(); i < n; ++i) {
    for (auto [long_form, short_form] : kShortForms)
      if (auto at = out[i].find(long_form); at != std::string::npos)
        out.push_back(std::string(out[i]).replace(at, long_form.size(), short_form));
  }
  for (std::size_t i = 0, n = out.size(); i < n; ++i) {
    std::string_view s = out[i];
    if (take_suffix(s, kDroppedEndings)) out.emplace_back(s);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// Every name in report text, longest first; a name that two indicators go by
// is dropped (which one is meant would be a guess), unless it is one's own
// name or alias.
class NameIndex {
 public:
  explicit NameIndex(const Catalog& catalog) {
    std::map<std::string, const CatalogEntry*, std::less<>> own;
    std::map<std::string, const CatalogEntry*, std::less<>> derived;
    std::map<std::string, bool, std::less<>> ambiguous;
    for (const auto& e : catalog.entries()) {
      own.emplace(e.name, &e);
      for (const auto& a : e.aliases) own.emplace(a, &e);
    }
    for (const auto& e : catalog.entries())
      for (auto& n : report_names(e)) {
        if (own.contains(n)) continue;
        auto [it, fresh] = derived.emplace(n, &e);
        if (!fresh && it->second != &e) ambiguous[n] = true;
      }
    for (auto& [n, e] : own) by_name_.emplace(n, e);
    for (auto& [n, e] : derived)
      if (!ambiguous.contains(n)) by_name_.emplace(n, e);
    for (auto& [n, e] : by_name_) by_first_[std::string(first_char(n))].emplace_back(n, e);
    for (auto& [c, names] : by_first_)
      std::stable_sort(names.begin(), names.end(),
                       [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }

  // The longest name at s[pos] (ASCII names not inside an ASCII word).
  std::optional<std::pair<std::size_t, const CatalogEntry*>> at(std::string_view s, std::size_t pos) const {
    auto names = by_first_.find(first_char(s.substr(pos)));
    if (names == by_first_.end()) return std::nullopt;
    for (const auto& [n, e] : names->second) {
      if (s.substr(pos, n.size()) != n) continue;
      bool ascii = is_ascii_alnum(n.front());
      if (ascii && pos > 0 && is_ascii_alnum(s[pos - 1])) continue;
      if (ascii && pos + n.size() < s.size() && is_ascii_alnum(s[pos + n.size()])) continue;
      return std::pair{n.size(), e};
    }
    return std::nullopt;
  }

  const CatalogEntry* exact(std::string_view name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? nullptr : it->second;
  }

 private:
  static std::string_view first_char(std::string_view s) {
    std::size_t len = s.empty() ? 0 : utf8::sequence_length(s, 0);
    return s.substr(0, len ? len : 1);
  }

  std::map<std::string, const CatalogEntry*, std::less<>> by_name_;
  // Names by their first character, longest first: a report's text is
  // scanned once, character by character.
  std::map<std::string, std::vector<std::pair<std::string, const CatalogEntry*>>, std::less<>> by_first_;
};

struct Found {
  const CatalogEntry* entry;
  std::size_t begin, end;
};

// The names in a clause, left to right, not overlapping.
std::vector<Found> find_names(std::string_view s, const NameIndex& index) {
  std::vector<Found> out;
  for (std::size_t i = 0; i < s.size();) {
    if (auto m = index.at(s, i)) {
      out.push_back({m->second, i, i + m->first});
      i += m->first;
    } else {
      std::size_t len = utf8::sequence_length(s, i);
      i += len ? len : 1;
    }
  }
  return out;
}

// What a clause says of one indicator.
struct Placement {
  const CatalogEntry* entry = nullptr;
  std::optional<std::string> baseline, growth, target;
};
using Placements = std::vector<Placement>;

ParseError failure(std::string reason) { return ParseError{std::move(reason)}; }

// A value or a reported growth of the review, as written.
struct ValueText {
  bool growth = false;
  std::string text;
};

// The qualifiers around a figure: 突破/超过 → 以上, 以内 → 以下; 约, 预计,
// 左右 … kept. Fails when the figure says two things (超过…以下).
Expected<std::pair<std::string, std::string>> take_qualifiers(std::string_view& s, std::string before) {
  std::string after;
  if (take_prefix(s, kAboveLeads)) after = "以上";
  if (auto w = take_prefix(s, kQualifierLeads); w && before.empty()) before = *w;
  std::string_view tail;
  if (s.size() > kWithin.size() && s.ends_with(kWithin)) {
    s.remove_suffix(kWithin.size());
    tail = "以下";
  } else if (auto w = take_suffix(s, kQualifierTails)) {
    tail = *w;
  }
  if (!tail.empty() && !after.empty()) return failure("一个数字有两个限定");
  if (!tail.empty()) after = tail;
  return std::pair{before, after};
}

ParseError unit_mismatch(std::string_view figure, const CatalogEntry& e) {
  std::size_t last = figure.find_last_of("0123456789");
  std::string_view unit = last == npos ? figure : figure.substr(last + 1);
  return failure("单位“" + std::string(unit) + "”与" + e.name + "的“" + e.unit.text + "”不符");
}

// Why a clause's words are no target: a figure in another unit, or not a
// target at all.
ParseError not_a_target(std::string_view s, const CatalogEntry& e) {
  std::size_t first = s.find_first_of("0123456789");
  if (first == npos) return failure("读不出目标");
  std::string_view figure = s.substr(first);
  if (figure.ends_with(kWithin)) figure.remove_suffix(kWithin.size());
  take_suffix(figure, kQualifierTails);
  auto q = parse_quantity(figure);
  if (q && !q->unit.empty() && !in_unit(*q, e.unit)) return unit_mismatch(figure, e);
  return failure("读不出目标");
}

Expected<ValueText> read_value(std::string_view s, const CatalogEntry& e) {
  while (take_prefix(s, kValueLeads)) {}
  auto estimate = take_prefix(s, kQualifierLeads);  // 预计增长5.2%
  if (s.starts_with(kReal)) {
    if (e.basis == Basis::Current) return failure("实际增长扣除了价格因素，不是现价的增长");
    s.remove_prefix(kReal.size());
  }
  bool to_level = take_prefix(s, kToLeads).has_value();
  auto rise = to_level ? std::nullopt : take_prefix(s, kRiseWords);
  auto fall = to_level || rise ? std::nullopt : take_prefix(s, kFallWords);
  auto qualifiers = take_qualifiers(s, std::string(estimate.value_or("")));
  if (!qualifiers) return qualifiers.error();
  auto [before, after] = *qualifiers;
  auto q = parse_quantity(s);
  if (!q || !has_digit(s)) return failure("读不出数字");
  if (rise || fall) {
    if (q->unit != (e.unit.is_rate() ? "pp" : "%")) return failure("增减幅的单位不符");
    return ValueText{true, before + (fall ? "下降" : "") + std::string(s) + after};
  }
  if (q->unit.empty()) return failure("数字没有单位");
  if (!in_unit(*q, e.unit)) return unit_mismatch(s, e);
  return ValueText{false, before + std::string(s) + after};
}

// Whether the number of a level target carries its unit (1450人, not 1450):
// a bare number's unit would be a guess.
bool level_has_unit(std::string_view t) {
  std::size_t last = t.find_last_of("0123456789");
  std::string_view rest = last == npos ? ""sv : t.substr(last + 1);
  take_suffix(rest, kQualifierTails);
  if (rest.ends_with(kWithin)) rest.remove_suffix(kWithin.size());
  return !rest.empty();
}

Expected<std::string> read_target(std::string_view s, const CatalogEntry& e) {
  std::string text(s);
  if (s.starts_with(kBreakthrough)) text = std::string(s.substr(kBreakthrough.size())) + "以上";
  if (text.empty()) return failure("名称后没有目标");
  if (text.find(kValueSeparator) != npos) return failure("一个目标只能有一个数字");
  TargetContext context{e.unit, e.direction, e.values != IndicatorValues::Levels};
  auto t = parse_target(text, context);
  if (!t) return not_a_target(text, e);
  bool level = t->measure == Measure::Level && t->kind != TargetKind::Relative;
  if (level && has_digit(text) && !e.unit.is_rate() && !level_has_unit(text)) return failure("数字没有单位");
  return text;
}

// The figures after one name: a target (plan), or a value and a reported
// growth joined by 、 (review).
Expected<Placement> place_figures(std::string_view s, const CatalogEntry& e, ClauseRole role) {
  Placement p;
  p.entry = &e;
  if (role == ClauseRole::Plan) {
    auto t = read_target(s, e);
    if (!t) return t.error();
    p.target = *t;
    return p;
  }
  auto pieces = split_at(s, std::array{kValueSeparator});
  if (pieces.empty()) return failure("名称后没有数字");
  for (auto piece : pieces) {
    auto v = read_value(piece, e);
    if (!v) return v.error();
    auto& slot = v->growth ? p.growth : p.baseline;
    if (slot) return failure("同一指标有两个数字");
    slot = v->text;
  }
  return p;
}

bool only_lead_ins(std::string_view s) {
  while (take_prefix(s, kLeadIns)) {}
  for (auto w : kLeadIns)
    if (s == w) return true;
  return s.empty();
}

// The indicators of a 分别 clause's items (A、B分别…), where the items may
// share an ending (高技术制造业、装备制造业增加值: 高技术制造业增加值).
Expected<std::vector<const CatalogEntry*>> respective_entries(std::vector<std::string_view> items,
                                                              const NameIndex& index) {
  std::string_view last = items.back();
  std::size_t from = last.size() > kMaxNameBytes ? last.size() - kMaxNameBytes : 0;
  for (std::size_t k = from; k < last.size(); k += std::max<std::size_t>(1, utf8::sequence_length(last, k))) {
    std::string_view shared = k == 0 ? ""sv : last.substr(k);
    std::vector<const CatalogEntry*> out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      std::string name(items[i]);
      if (i + 1 < items.size()) name += shared;
      if (const CatalogEntry* e = index.exact(name)) out.push_back(e);
    }
    if (out.size() == items.size()) return out;
  }
  return failure("分别之前不全是指标名称");
}

// The figures of a 分别 clause (增长5.2%、7.6%; 压缩到30个和22个工作日): the
// words before the first number go with each, and so does the last one's
// unit when the others have none or a shorter one.
std::vector<std::string> respective_figures(std::string_view s) {
  std::size_t first = s.find_first_of("0123456789");
  if (first == npos) return {};
  std::string_view verb = s.substr(0, first);
  auto pieces = split_at(s.substr(first), kListSeparators);
  if (pieces.empty()) return {};
  auto unit_of = [](std::string_view p) { return p.substr(p.find_last_of("0123456789.") + 1); };
  std::string_view last_unit = unit_of(pieces.back());
  std::vector<std::string> out;
  for (auto p : pieces) {
    std::string figure = std::string(verb) + std::string(p);
    std::string_view unit = unit_of(p);
    if (unit.size() < last_unit.size() && last_unit.starts_with(unit)) figure += last_unit.substr(unit.size());
    out.push_back(figure);
  }
  return out;
}

Expected<Placements> place_respectively(std::string_view c, ClauseRole role, const NameIndex& index) {
  std::size_t at = c.find(kRespectively);
  std::string_view head = c.substr(0, at);
  while (take_prefix(head, kLeadIns)) {}
  auto items = split_at(head, kListSeparators);
  if (items.size() < 2) return failure("分别之前不足两项");
  if (items.size() > kMaxRespective) return failure("分别之前项目太多");
  auto entries = respective_entries(items, index);
  if (!entries) return entries.error();
  auto figures = respective_figures(c.substr(at + kRespectively.size()));
  if (figures.size() != items.size()) return failure("分别之后的数字与名称数目不同");
  Placements out;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    auto p = place_figures(figures[i], *(*entries)[i], role);
    if (!p) return p.error();
    out.push_back(*p);
  }
  return out;
}

// Each name of a clause with the figures up to the next name; a plan clause
// is first read whole (居民收入增长与地区生产总值增长同步 names two).
Expected<Placements> place_names(std::string_view c, const std::vector<Found>& found, ClauseRole role) {
  if (role == ClauseRole::Plan)
    if (auto whole = read_target(c.substr(found[0].end), *found[0].entry)) {
      Placement p;
      p.entry = found[0].entry;
      p.target = *whole;
      return Placements{p};
    }
  Placements out;
  for (std::size_t i = 0; i < found.size(); ++i) {
    std::size_t end = i + 1 < found.size() ? found[i + 1].begin : c.size();
    std::string_view s = c.substr(found[i].end, end - found[i].end);
    if (i + 1 < found.size() && !take_suffix(s, kListSeparators)) return failure("名称后有其他文字");
    auto p = place_figures(s, *found[i].entry, role);
    if (!p) return p.error();
    out.push_back(*p);
  }
  return out;
}

// What one clause says: no placement when it names no indicator; an error
// (the reason) when it names one but cannot be read.
Expected<Placements> place_clause(std::string_view c, ClauseRole role, const NameIndex& index) {
  auto found = find_names(c, index);
  if (c.find(kRespectively) != npos && (!found.empty() || has_digit(c))) {
    auto r = place_respectively(c, role, index);
    if (r || !found.empty()) return r;
    return Placements{};
  }
  if (found.empty()) return Placements{};
  if (!only_lead_ins(c.substr(0, found[0].begin))) return failure("名称前有其他文字");
  return place_names(c, found, role);
}

// One clause of the report and where it stands.
struct Clause {
  int line = 0;
  int sentence = 0;  // clauses of one sentence share it
  std::string text;
  ClauseRole role = ClauseRole::Plan;
  bool key = false;  // in the 主要预期目标 sentence: every clause is a target
};

bool is_heading(std::string_view line) {
  line = trim(line);
  if (!take_prefix(line, kHeadingNumerals)) return false;
  while (take_prefix(line, kHeadingNumerals)) {}
  return line.starts_with(kHeadingMark);
}

// The four ASCII digits that end `s`, as a year.
std::optional<int> year_ending(std::string_view s) {
  if (s.size() < 4) return std::nullopt;
  s = s.substr(s.size() - 4);
  if (!std::all_of(s.begin(), s.end(), is_digit)) return std::nullopt;
  return std::stoi(std::string(s));
}

// The first year written "2019年" in `s`.
std::optional<int> first_year(std::string_view s) {
  for (std::size_t at = s.find(kYear); at != npos; at = s.find(kYear, at + 1))
    if (auto y = year_ending(s.substr(0, at))) return y;
  return std::nullopt;
}

// The year of the targets: "2020年政府工作报告", "2020年主要预期目标", the
// review's heading "一、2019年工作回顾" (+1), or the date line under the title.
std::optional<int> report_year(const std::vector<std::string_view>& lines, std::optional<std::size_t> review) {
  for (auto l : lines)
    if (auto at = l.find(kReportTitle); at != npos)
      if (auto y = year_ending(l.substr(0, at))) return y;
  for (auto l : lines)
    if (auto at = l.find(kTargetsMarker); at != npos) {
      auto clauses = split_clauses(l.substr(0, at));
      if (!clauses.empty())
        if (auto y = first_year(clauses.back())) return y;
    }
  if (review)
    if (auto y = first_year(lines[*review])) return *y + 1;
  for (std::size_t i = 0; i < lines.size() && i < 5; ++i)
    if (auto y = first_year(lines[i]); y && lines[i].find(kMonth) != npos) return y;
  return std::nullopt;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// The clauses of one line; those of the 主要预期目标 sentence after its colon
// are key.
void add_line_clauses(std::string_view line, int number, ClauseRole role, int& sentence, std::vector<Clause>& out) {
  for (auto s : split_at(line, kSentenceEnds)) {
    ++sentence;
    bool targets = role == ClauseRole::Plan && s.find(kTargetsMarker) != npos;
    std::size_t colon = std::min(s.find("："), s.find(":"));
    if (!targets || colon == npos) colon = s.size();
    for (auto& c : split_clauses(s.substr(0, colon))) out.push_back({number, sentence, c, role, false});
    for (auto& c : split_clauses(s.substr(colon))) out.push_back({number, sentence, c, role, true});
  }
}

struct Document {
  std::optional<int> year;
  std::vector<Clause> clauses;  // review first, then the plan's key clauses, then the rest
};

// Review: the lines under "一、…回顾" up to the next heading; plan: all
// after them (the whole text when there is no review heading).
Document read_document(std::string_view text) {
  auto lines = split_lines(text);
  std::optional<std::size_t> review;
  std::size_t plan = 0;
  for (std::size_t i = 0; i < lines.size() && !review; ++i)
    if (is_heading(lines[i]) &&
        std::any_of(kReviewMarkers.begin(), kReviewMarkers.end(), [&](auto m) { return lines[i].find(m) != npos; }))
      review = i;
  if (review) {
    plan = *review + 1;
    while (plan < lines.size() && !is_heading(lines[plan])) ++plan;
  }
  Document d{report_year(lines, review), {}};
  int sentence = 0;
  if (review)
    for (std::size_t i = *review + 1; i < plan; ++i)
      add_line_clauses(lines[i], int(i + 1), ClauseRole::Review, sentence, d.clauses);
  for (std::size_t i = plan; i < lines.size(); ++i)
    add_line_clauses(lines[i], int(i + 1), ClauseRole::Plan, sentence, d.clauses);
  std::stable_partition(d.clauses.begin(), d.clauses.end(),
                        [](const Clause& c) { return c.role == ClauseRole::Review || c.key; });
  return d;
}

std::string quote(int line, std::string_view clause) {
  return "第" + std::to_string(line) + "行：" + std::string(clause);
}

// Gathers placements into the draft, one indicator per id; a figure that
// differs from one already placed is not placed.
class Draft {
 public:
  explicit Draft(ExtractResult& r) : r_(r) {}

  void place(const Clause& c, const Placements& ps) {
    for (const auto& p : ps) {
      ExtractedIndicator& ind = indicator(*p.entry);
      std::string note = quote(c.line, c.text);
      bool same = true;
      for (auto [mine, theirs] : {std::pair{&ind.baseline, &p.baseline}, std::pair{&ind.baseline_growth, &p.growth},
                                  std::pair{&ind.target, &p.target}})
        if (*theirs && *mine && **mine != **theirs) same = false;
      if (!same) {
        unplaced(c, p.entry->name + "已有不同的数字");
        continue;
      }
      for (auto [mine, theirs] : {std::pair{&ind.baseline, &p.baseline}, std::pair{&ind.baseline_growth, &p.growth},
                                  std::pair{&ind.target, &p.target}})
        if (*theirs) *mine = *theirs;
      if (ind.notes.empty() || ind.notes.back() != note) ind.notes.push_back(note);
      last_ = Last{c.sentence, static_cast<std::size_t>(&ind - r_.indicators.data())};
    }
    if (ps.size() != 1) last_.reset();
  }

  // A review clause that is only a growth (国内生产总值超过126万亿元，增长5.2%)
  // belongs to the indicator just placed in the same sentence when that one
  // has a value and no growth yet.
  bool continue_last(const Clause& c) {
    if (!last_ || last_->sentence != c.sentence || c.role != ClauseRole::Review) return false;
    ExtractedIndicator* ind = &r_.indicators[last_->index];
    if (!ind->baseline || ind->baseline_growth) return false;
    std::string_view s = c.text;
    if (!take_prefix(s, kRiseWords) && !take_prefix(s, kFallWords)) return false;
    auto v = read_value(c.text, *entry_of_[ind->id]);
    if (!v || !v->growth) return false;
    ind->baseline_growth = v->text;
    ind->notes.back() += "，" + c.text;
    last_.reset();
    return true;
  }

  void unplaced(const Clause& c, std::string reason) { r_.unplaced.push_back({c.line, c.text, std::move(reason)}); }
  void forget_last() { last_.reset(); }

 private:
  ExtractedIndicator& indicator(const CatalogEntry& e) {
    for (auto& ind : r_.indicators)
      if (ind.id == e.id) return ind;
    entry_of_[e.id] = &e;
    r_.indicators.push_back({e.id, e.name, e.unit.text, {}, {}, {}, {}});
    return r_.indicators.back();
  }

  ExtractResult& r_;
  std::map<std::string, const CatalogEntry*> entry_of_;
  // The indicator the last clause placed alone, by index (the vector grows).
  struct Last {
    int sentence;
    std::size_t index;
  };
  std::optional<Last> last_;
};

void extract_clause_into(const Clause& c, const NameIndex& index, Draft& draft) {
  auto placed = place_clause(c.text, c.role, index);
  if (!placed) {
    draft.forget_last();
    if (has_digit(c.text) || c.key) draft.unplaced(c, placed.error().message);
    return;
  }
  if (!placed->empty()) return draft.place(c, *placed);
  if (draft.continue_last(c)) return;
  draft.forget_last();
  if (c.key) draft.unplaced(c, "没有可对应的指标");
}

// `s` with full-width digits, points and percent signs made ASCII.
std::string ascii_figures(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) != 0xEF) {  // every full-width form starts so
      out += s[i++];
      continue;
    }
    auto hit = std::find_if(kFullWidthFigures.begin(), kFullWidthFigures.end(),
                            [&](const auto& f) { return s.substr(i, f.first.size()) == f.first; });
    if (hit == kFullWidthFigures.end()) {
      out += s[i++];
    } else {
      out += hit->second;
      i += hit->first.size();
    }
  }
  return out;
}

}  // namespace

ExtractResult extract_report(std::string_view text, const Catalog& catalog, std::optional<int> year) {
  NameIndex index(catalog);
  Document d = read_document(ascii_figures(text));
  ExtractResult r;
  r.year = year ? year : d.year;
  Draft draft(r);
  for (const auto& c : d.clauses) extract_clause_into(c, index, draft);
  std::stable_sort(r.unplaced.begin(), r.unplaced.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
  return r;
}

ExtractResult extract_clause(std::string_view clause, ClauseRole role, const Catalog& catalog, int line) {
  NameIndex index(catalog);
  ExtractResult r;
  Draft draft(r);
  extract_clause_into({line, 1, std::string(clause), role, false}, index, draft);
  return r;
}

}  // namespace zhibiao
