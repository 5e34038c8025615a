#include "parse/dataset_reader.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "parse/period_key.h"
#include "parse/quantity.h"
#include "parse/schema.h"
#include "parse/source.h"
#include "parse/target.h"
#include "parse/words.h"
#include "parse/yaml_reader.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

using namespace std::string_view_literals;

constexpr std::array kTopKeys = {"title"sv, "region"sv, "source"sv, "year"sv, "plan"sv, "indicators"sv};
constexpr std::array kPlanKeys = {"name"sv, "base"sv, "end"sv};
constexpr std::array kIndicatorKeys = {"id"sv,     "name"sv,   "name_en"sv,   "unit"sv,     "direction"sv,
                                       "basis"sv,  "values"sv, "attribute"sv, "baseline"sv, "target"sv,
                                       "actual"sv, "note"sv,   "series"sv,    "tolerance"sv};
constexpr std::array kPeriodKeys = {"actual"sv, "growth"sv, "target"sv, "tolerance"sv, "note"sv};
constexpr std::array kValueKeys = {"value"sv, "growth"sv};
constexpr std::array kSimpleKeys = {"baseline"sv, "target"sv, "actual"sv, "tolerance"sv};

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z') return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// Why `text` cannot be an indicator's unit: a number (`5`), or a magnitude
// on a rate (`万%`, whose magnitude would be dropped).
std::optional<std::string> unit_problem(std::string_view text) {
  const std::string norm = utf8::normalize(text).text;
  const char first = norm.empty() ? '\0' : norm[0];
  if ((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.')
    return fmt::format("unit '{}' is a number, not a unit (write e.g. 亿元, %, 人)", utf8::excerpt(text));
  const Unit u = parse_unit(norm);
  if (u.is_rate() && u.exponent != 0)
    return fmt::format("unit '{}' puts a magnitude on a percentage: write {}", utf8::excerpt(text), u.base);
  return std::nullopt;
}

const Node* find_key(const Node& map, std::string_view key) {
  for (std::size_t i = 0; i < map.map_size(); ++i)
    if (map.key(i).text == key) return &map.value(i);
  return nullptr;
}

Node* find_key(Node& map, std::string_view key) { return const_cast<Node*>(find_key(std::as_const(map), key)); }

// The raw, located figures of one period, before the indicator's unit and
// direction are known.
struct RawPeriod {
  int year = 0;
  int month = 12;  // < 12: a part-year (SPEC §8)
  const Node* actual = nullptr;
  const Node* growth = nullptr;
  const Node* target = nullptr;
  const Node* tolerance = nullptr;
  const Node* note = nullptr;
};

std::optional<Attribute> parse_attribute(std::string_view s) {
  if (s == "binding" || s == "约束性") return Attribute::Binding;
  if (s == "expected" || s == "预期性") return Attribute::Expected;
  return std::nullopt;
}

// A figure qualified as reports write outcomes (1.9万亿元左右, 增长11%以上,
// 预计增长5.2%): the qualifiers taken off, `estimate` set when there were any.
std::string_view unqualified(std::string_view s, bool& estimate) {
  static constexpr std::array kBefore = {"约"sv, "预计"sv, "初步"sv, "超"sv, "近"sv};
  static constexpr std::array kAfter = {"左右"sv, "以上"sv, "以下"sv};
  for (bool more = true; more;) {
    more = false;
    for (auto w : kBefore)
      if (s.size() > w.size() && s.starts_with(w)) s.remove_prefix(w.size()), more = estimate = true;
    for (auto w : kAfter)
      if (s.size() > w.size() && s.ends_with(w)) s.remove_suffix(w.size()), more = estimate = true;
  }
  return s;
}

class DatasetReader {
 public:
  DatasetReader(const std::string& file, const Catalog& catalog, Diagnostics& problems, std::size_t max_errors)
      : schema_(file, problems, max_errors), catalog_(catalog) {}

  // An item of the indicators list, offered by the parser as soon as it is
  // complete (read_yaml's ItemStream). One that reads the same whatever the
  // file's header says (a mapping with a `series` and none of the keys of
  // the simple form, which depend on `year` and `plan`) is read now, its
  // problems kept apart until read() puts them in their place; the others
  // wait in the tree for the header, which may come after the list.
  bool take(std::size_t index, Node& item) {
    offered_ = index + 1;
    if (!item.is_map() || !find_key(item, "series")) return false;
    for (auto key : kSimpleKeys)
      if (find_key(item, key)) return false;
    Ahead& a = ahead_.emplace_back();
    a.index = index;
    Diagnostics* main = schema_.redirect(&a.problems);
    if (std::optional<Indicator> ind = indicator(item, scratch_)) {
      taken_.push_back(std::move(*ind));
      a.read = true;
    }
    schema_.redirect(main);
    return true;
  }

  // Takes the tree apart as it goes: each indicator's nodes are freed once
  // the indicator is read (most were read, and dropped, as the parser went),
  // so that the tree and the model it becomes are not both whole in memory.
  std::optional<Dataset> read(Node& root) {
    Dataset ds;
    ds.file = schema_.file();
    if (!root.is_map()) {
      schema_.error(root.at,
                    fmt::format("the top level must be a mapping with 'indicators:', not {}", kind_name(root)));
      return std::nullopt;
    }
    header(root, ds);
    Node* list = find_key(root, "indicators");
    if (!list) schema_.error(root.at, "no 'indicators:' list in the file");
    else if (!list->is_sequence())
      schema_.error(list->at, fmt::format("'indicators' must be a list, not {}", kind_name(*list)));
    else indicators(*list, ds);
    resolve_references(ds);
    if (has_errors(schema_.problems())) return std::nullopt;
    return ds;
  }

 private:
  void header(const Node& root, Dataset& ds) {
    schema_.check_keys(root, kTopKeys, "the file");
    if (const Node* n = find_key(root, "title")) ds.title = schema_.text(*n, "title", true).value_or("");
    if (const Node* n = find_key(root, "region")) ds.region = schema_.text(*n, "region").value_or("");
    if (const Node* n = find_key(root, "source")) ds.source = schema_.text(*n, "source", true).value_or("");
    if (const Node* n = find_key(root, "year")) {
      if (n->is_null()) schema_.error(n->at, "year is empty: write a year such as 2020, or leave the key out");
      ds.year = year_of(*n, "year");
    }
    if (const Node* n = find_key(root, "plan")) ds.plan = plan(*n);
    ds.has_year_labels = true;
  }

  std::optional<int> year_of(const Node& n, std::string_view what) {
    auto t = schema_.text(n, what);
    if (!t) return std::nullopt;
    if (auto y = parse_year(*t)) return *y;
    schema_.error(n.at, fmt::format("{} '{}' is not a year such as 2020", what, utf8::excerpt(*t)));
    return std::nullopt;
  }

  // plan: {name: 十四五, base: 2020, end: 2025}
  std::optional<Plan> plan(const Node& n) {
    if (!n.is_map()) {
      schema_.error(n.at, "'plan' must be a mapping such as {name: 十四五, base: 2020, end: 2025}");
      return std::nullopt;
    }
    schema_.check_keys(n, kPlanKeys, "'plan'");
    Plan p;
    if (const Node* name = find_key(n, "name")) p.name = schema_.text(*name, "name").value_or("");
    const Node* base = find_key(n, "base");
    const Node* end = find_key(n, "end");
    auto b = base ? year_of(*base, "base") : std::nullopt;
    auto e = end ? year_of(*end, "end") : std::nullopt;
    if (!base || !end) schema_.error(n.at, "'plan' needs 'base' and 'end' years");
    if (!b || !e) return std::nullopt;
    if (*e <= *b) {
      schema_.error(end->at, fmt::format("the plan's end {} must come after its base {}", *e, *b));
      return std::nullopt;
    }
    p.base = *b;
    p.end = *e;
    return p;
  }

  // The indicators in the list's order. Those read while parsing (most, or
  // all) are already in `taken_`, which becomes the dataset's list as it is:
  // a second array of them all would double the model's peak.
  void indicators(Node& list, Dataset& ds) {
    const std::size_t total = offered_ > 0 ? offered_ : list.items.size();
    if (total == 0) schema_.error(list.at, "'indicators' is empty");
    std::unordered_map<std::string, Mark> ids;
    auto check_id = [&](const Indicator& ind) {
      auto [it, fresh] = ids.emplace(ind.id, ind.at);
      if (!fresh)
        schema_.error(ind.at,
                      fmt::format("duplicate id '{}' (first at {}:{})", ind.id, it->second.line, it->second.column));
    };
    std::vector<Indicator> rest;       // read now, from the tree
    std::vector<std::size_t> rest_at;  // their places in the list
    std::size_t next = 0, next_ahead = 0, next_taken = 0;
    for (std::size_t i = 0; i < total; ++i) {
      if (next_ahead < ahead_.size() && ahead_[next_ahead].index == i) {  // its problems go in their place
        Ahead& a = ahead_[next_ahead++];
        append_capped(schema_.problems(), std::move(a.problems), schema_.max_errors());
        if (a.read) check_id(taken_[next_taken++]);
      } else {
        Node& item = list.items[next++];
        std::optional<Indicator> ind = indicator(item, ds);
        std::vector<Node>().swap(item.items);  // read: its nodes are no longer needed
        if (!ind) continue;
        check_id(*ind);
        rest.push_back(std::move(*ind));
        rest_at.push_back(i);
      }
    }
    merge(ds.indicators, rest, rest_at);
  }

  // `taken_` and `rest` (at the places `rest_at`) into one list, in order.
  void merge(std::vector<Indicator>& out, std::vector<Indicator>& rest, const std::vector<std::size_t>& rest_at) {
    if (rest.empty() || taken_.empty()) {
      out = std::move(rest.empty() ? taken_ : rest);
    } else {  // a list that mixes the two forms: rare
      out.reserve(taken_.size() + rest.size());
      std::size_t r = 0, t = 0;
      for (const Ahead& a : ahead_) {
        if (!a.read) continue;
        for (; r < rest.size() && rest_at[r] < a.index; ++r) out.push_back(std::move(rest[r]));
        out.push_back(std::move(taken_[t++]));
      }
      for (; r < rest.size(); ++r) out.push_back(std::move(rest[r]));
    }
    std::vector<Indicator>().swap(taken_);
    std::vector<Ahead>().swap(ahead_);
  }

  std::optional<Indicator> indicator(const Node& item, Dataset& ds) {
    auto ind = identify(item);
    if (!ind) return std::nullopt;
    bool complete = describe(item, *ind);
    std::vector<RawPeriod> raw = raw_periods(item, ds, *ind);
    if (bad_unit_) {
      complete = false;  // reported already
    } else if (ind->unit.text.empty() && !qualitative_only(raw)) {
      schema_.error(item.at, fmt::format("indicator '{}' needs a 'unit' (its id is not in the catalog)", ind->id));
      complete = false;
    }
    if (!complete) return std::nullopt;
    ind->periods.reserve(raw.size());
    for (const RawPeriod& rp : raw) period(rp, *ind, (rp.month == 12 ? ind->periods : ind->part_years).emplace_back());
    if (const Node* t = find_key(item, "target"); t && ds.plan && ind->series_form) plan_target(*t, *ind);
    if (ind->unit.is_rate()) ind->pct_places = std::max(ind->pct_places, ind->places);  // pp as precise as levels
    check_growth_baselines(*ind);
    return ind;
  }

  // The indicator with its id checked, or nullopt.
  std::optional<Indicator> identify(const Node& item) {
    if (!item.is_map()) {
      schema_.error(item.at, fmt::format("an indicator must be a mapping with 'id:', not {}", kind_name(item)));
      return std::nullopt;
    }
    schema_.check_keys(item, kIndicatorKeys, "an indicator");
    const Node* id = find_key(item, "id");
    auto id_text = id ? schema_.text(*id, "id") : std::nullopt;
    if (!id_text) {
      schema_.error(item.at, "an indicator needs an 'id' (lower-case letters, digits, _)");
      return std::nullopt;
    }
    if (!valid_id(*id_text)) {
      schema_.error(id->at, fmt::format("id '{}' must match [a-z][a-z0-9_]* (e.g. gdp, new_urban_jobs)",
                                        utf8::excerpt(*id_text)));
      return std::nullopt;
    }
    Indicator ind;
    ind.at = item.at;
    ind.id = *id_text;
    return ind;
  }

  // The catalog's definition, then the file's own keys over it. False when
  // the indicator has no name.
  bool describe(const Node& item, Indicator& ind) {
    auto name = scalar(item, "name");
    const CatalogEntry* entry = catalog_.find(ind.id);
    if (!entry && name) entry = catalog_.find_by_name(*name);
    if (entry) {
      ind.name = entry->name;
      ind.name_en = entry->name_en;
      ind.unit = entry->unit;
      ind.direction = entry->direction;
      ind.basis = entry->basis;
      ind.values = entry->values;
    }
    if (name) ind.name = *name;
    if (entry && name) ind.name_en = english_name(*entry, *name);  // 国内生产总值: Gross domestic product
    if (auto en = scalar(item, "name_en")) ind.name_en = *en;
    if (const Node* n = find_key(item, "note")) ind.note = schema_.text(*n, "note", true).value_or("");
    bad_unit_ = false;
    if (auto unit = scalar(item, "unit")) {
      auto why = unit->empty() || unit->size() > 64 ? std::optional<std::string>("unit must not be empty")
                                                    : unit_problem(*unit);
      if (why) schema_.error(find_key(item, "unit")->at, *why);
      else ind.unit = parse_unit(*unit);
      bad_unit_ = why.has_value();
    }
    choice(item, "direction", parse_direction, ind.direction, "'up' or 'down' (正向/逆向)");
    choice(item, "basis", parse_basis, ind.basis, "'comparable', 'current' or 'same_scope' (可比价/现价/同口径)");
    choice(item, "values", parse_values, ind.values, "'levels', 'growth' or 'reduction'");
    Attribute attribute{};
    if (choice(item, "attribute", parse_attribute, attribute, "'binding' or 'expected' (约束性/预期性)"))
      ind.attribute = attribute;
    if (ind.name_en.empty()) ind.name_en = ind.id;
    if (!ind.name.empty()) return true;
    schema_.error(item.at, fmt::format("indicator '{}' needs a 'name' (its id is not in the catalog)", ind.id));
    return false;
  }

  std::optional<std::string> scalar(const Node& item, std::string_view key) {
    const Node* n = find_key(item, key);
    return n ? schema_.text(*n, key) : std::nullopt;
  }

  // A key whose value is one of a few words; true when it was given and read.
  template <class T, class Parse>
  bool choice(const Node& item, std::string_view key, Parse parse, T& out, std::string_view accepted) {
    auto text = scalar(item, key);
    if (!text) return false;
    if (auto v = parse(*text)) {
      out = *v;
      return true;
    }
    schema_.error(find_key(item, key)->at, fmt::format("{} '{}' must be {}", key, utf8::excerpt(*text), accepted));
    return false;
  }

  std::vector<RawPeriod> raw_periods(const Node& item, Dataset& ds, Indicator& ind) {
    const Node* series = find_key(item, "series");
    if (!series && !ds.plan) return simple_periods(item, ds);
    ind.series_form = true;  // in a plan file, even with no figures yet (SPEC §7)
    for (auto key : kSimpleKeys)
      if (const Node* n = find_key(item, key)) {
        if (ds.plan && key == "target") continue;  // a plan's target stands beside its series (SPEC §7)
        schema_.error(n->at, series ? fmt::format("'{}' and 'series' do not go together: put it in the series", key)
                                    : fmt::format("'{}' in a plan file: write the figures in a 'series' by year", key));
      }
    return series ? series_periods(*series) : std::vector<RawPeriod>{};
  }

  // Relative targets name another indicator of the file by id, name or alias
  // (经济增长 is gdp); each is resolved to its id, or is an error at the target.
  void resolve_references(Dataset& ds) {
    for (Indicator& ind : ds.indicators) {
      if (ind.plan_target && ind.plan_target->kind == TargetKind::Relative)  // a plan's, too (SPEC §7)
        ind.plan_reference_id = resolved(ds, *ind.plan_target, ind.plan_target_at);
      for (Period& p : ind.periods)
        if (p.target && p.target->kind == TargetKind::Relative) p.set_reference_id(resolved(ds, *p.target, p.target_at));
    }
  }

  // The id of the indicator a relative target names, or "" after an error at it.
  std::string resolved(const Dataset& ds, const Target& t, Mark at) {
    if (const Indicator* other = referenced(ds, t.reference)) return other->id;
    schema_.error(at, fmt::format("target '{}': no indicator '{}' in this file to compare with (name "
                                  "it by id, name or alias, e.g. 与gdp增长基本同步)",
                                  utf8::excerpt(t.text), utf8::excerpt(t.reference)));
    return "";
  }

  const Indicator* referenced(const Dataset& ds, std::string_view words) const {
    std::string lower;
    for (char c : words) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (lower == "经济" || lower == "经济增长") lower = "gdp";
    const CatalogEntry* wanted = catalog_.find(lower);
    if (!wanted) wanted = catalog_.find_by_name(words);
    for (const Indicator& ind : ds.indicators) {
      if (ind.id == lower || ind.name == words) return &ind;
      const CatalogEntry* entry = catalog_.find(ind.id);
      if (!entry) entry = catalog_.find_by_name(ind.name);
      if (entry && entry == wanted) return &ind;
    }
    return nullptr;
  }

  // True when every figure is a qualitative target or outcome (完成), which
  // needs no unit.
  static bool qualitative_only(const std::vector<RawPeriod>& raw) {
    auto is_word = [](const Node* n, bool target) {
      if (!n || n->is_null()) return true;
      if (!n->is_scalar()) return false;
      return target ? is_done_target(n->text) : done_outcome(n->text).has_value();
    };
    for (const RawPeriod& p : raw)
      if (!is_word(p.target, true) || !is_word(p.actual, false) || p.growth) return false;
    return true;
  }

  std::vector<RawPeriod> simple_periods(const Node& item, Dataset& ds) {
    std::vector<RawPeriod> out;
    if (!ds.year) ds.has_year_labels = false;
    int year = ds.year.value_or(1);
    RawPeriod base;
    base.year = year - 1;
    if (const Node* b = find_key(item, "baseline")) split_value(*b, base, "baseline");
    RawPeriod cur;
    cur.year = year;
    if (const Node* a = find_key(item, "actual")) split_value(*a, cur, "actual");
    cur.target = find_key(item, "target");
    cur.tolerance = find_key(item, "tolerance");
    out.push_back(base);
    out.push_back(cur);
    return out;
  }

  // A value written as a quantity or as {value: …, growth: …}.
  void split_value(const Node& n, RawPeriod& p, std::string_view what) {
    if (!n.is_map()) {
      p.actual = &n;
      return;
    }
    schema_.check_keys(n, kValueKeys, fmt::format("'{}'", what));
    p.actual = find_key(n, "value");
    p.growth = find_key(n, "growth");
  }

  std::vector<RawPeriod> series_periods(const Node& series) {
    std::vector<RawPeriod> out;
    if (!series.is_map()) {
      schema_.error(series.at, fmt::format("'series' must be a mapping of years (2019: …), not {}", kind_name(series)));
      return out;
    }
    if (series.map_size() == 0) schema_.error(series.at, "'series' is empty");
    std::optional<PartYear> last;
    std::string_view last_text;
    for (std::size_t i = 0; i < series.map_size(); ++i) {
      const Node& k = series.key(i);
      auto key = parse_period_key(k.text);
      if (!key) {
        schema_.error(k.at, "series key " + key.error().message);
        continue;
      }
      if (last && !(*last < *key)) {
        if (k.text != last_text) out_of_order(k, *key, *last);  // the same text is a duplicate key already
        continue;
      }
      last = *key;
      last_text = k.text;
      out.push_back(series_entry(k, series.value(i), *key));
    }
    return out;
  }

  RawPeriod series_entry(const Node& k, const Node& v, const PartYear& key) {
    RawPeriod p;
    p.year = key.year;
    p.month = key.month;
    std::string label = key.whole_year() ? fmt::format("series year {}", key.year)
                                         : fmt::format("series key '{}'", utf8::excerpt(k.text));
    if (v.is_map()) {
      check_period_keys(v, label);
      p.actual = find_key(v, "actual");
      p.growth = find_key(v, "growth");
      p.target = find_key(v, "target");
      p.tolerance = find_key(v, "tolerance");
      p.note = find_key(v, "note");
    } else if (v.is_sequence()) {
      schema_.error(v.at, fmt::format("{} must be a value or a mapping, not a list", label));
    } else {
      p.actual = &v;
    }
    if (!key.whole_year())
      for (const Node* n : {p.target, p.tolerance})
        if (n) {
          schema_.error(n->at, fmt::format("{} is a part of {}: the year's target stands in the year's own entry "
                                           "({}: {{target: …}})",
                                           label, key.year, key.year));
          p.target = p.tolerance = nullptr;
          break;
        }
    return p;
  }

  // Series keys ascend by their last month, a year's own entry (month 12)
  // after its part-years.
  void out_of_order(const Node& k, const PartYear& key, const PartYear& last) {
    std::string text = utf8::excerpt(k.text);
    if (key == last)
      schema_.error(k.at, fmt::format("series key '{}' repeats {} (a cumulative Q4 or December is the year itself)",
                                      text, part_year_key(key)));
    else if (key.year == last.year && last.whole_year())
      schema_.error(k.at, fmt::format("series key '{}' is a part of {} but comes after the year's own entry: "
                                      "part-years go before their year (series keys ascend)",
                                      text, key.year));
    else if (key.whole_year())
      schema_.error(k.at, fmt::format("year {} is out of order: series years must ascend (after {})", key.year,
                                      part_year_key(last)));
    else
      schema_.error(k.at, fmt::format("series key '{}' is out of order: series keys must ascend (after {})", text,
                                      part_year_key(last)));
  }

  void plan_target(const Node& n, Indicator& ind) {
    ind.plan_target_at = n.at;
    auto t = schema_.text(n, "target");
    if (!t) return;
    auto target = parsed_target(*t, ind);
    if (!target) return schema_.error(n.at, target.error().message);
    ind.plan_target = *target;
    note_places(ind, **target);
  }

  // {actual: 1,143,670} is read by YAML as keys '143' and '670': say so.
  void check_period_keys(const Node& v, const std::string& label) {
    for (std::size_t i = 0; i < v.map_size(); ++i) {
      const std::string& k = v.key(i).text;
      if (!k.empty() && std::all_of(k.begin(), k.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        schema_.error(v.key(i).at, fmt::format("{}: a number with commas inside {{…}} must be quoted "
                                               "(write actual: \"1,143,670\")",
                                               label));
        return;
      }
    }
    schema_.check_keys(v, kPeriodKeys, label);
  }

  // Fills `p`, built in place: a Period holds several numbers, and moving
  // one costs as much as making it.
  void period(const RawPeriod& rp, Indicator& ind, Period& p) {
    p.year = rp.year;
    p.month = rp.month;
    if (rp.note) p.set_note(schema_.text(*rp.note, "note", true).value_or(""));
    if (rp.target) {
      p.target_at = rp.target->at;
      if (auto t = schema_.text(*rp.target, "target")) {
        Expected<std::shared_ptr<const Target>> target = parsed_target(*t, ind);
        if (target) {
          p.target = *target;
          note_places(ind, **target);
        } else {
          schema_.error(rp.target->at, target.error().message);
        }
      }
    }
    if (rp.tolerance) tolerance(*rp.tolerance, ind, p);
    if (rp.growth) growth(*rp.growth, ind, p);
    if (rp.actual) actual(*rp.actual, ind, p);
  }

  // A reported growth: 4.8%, 增长4.8%, 下降2%, 增长11%以上 (an estimate), or
  // for a rate its change, 0.93pp.
  void growth(const Node& n, Indicator& ind, Period& p) {
    p.growth_at = n.at;
    auto t = schema_.text(n, "growth");
    if (!t) return;
    std::string_view s = unqualified(*t, p.estimate);
    int sign = 1;
    for (auto [word, word_sign] : {std::pair{"同比增长"sv, 1}, std::pair{"增长"sv, 1}, std::pair{"提高"sv, 1},
                                   std::pair{"下降"sv, -1}, std::pair{"降低"sv, -1}, std::pair{"减少"sv, -1}})
      if (s.size() > word.size() && s.starts_with(word)) {
        s.remove_prefix(word.size());
        sign = word_sign;
        break;
      }
    auto q = parse_quantity(s);
    auto g = q ? percent_value(*q) : Expected<Decimal>(q.error());
    if (!g) {
      schema_.error(n.at, fmt::format("growth '{}': {} (write e.g. 4.8%)", utf8::excerpt(*t), g.error().message));
      return;
    }
    widen(ind.pct_places, *g);
    p.reported_growth = sign < 0 ? Decimal(-*g) : *g;
  }

  // Reports repeat their targets ("增长6%" year after year, county after
  // county): each distinct (text, unit, direction) is parsed once per thread
  // and shared, in a cache of bounded size (emptied when it is full). Returned
  // by value: the next call may empty the cache.
  Expected<std::shared_ptr<const Target>> parsed_target(const std::string& text, const Indicator& ind) {
    const bool rate_values = ind.values != IndicatorValues::Levels;
    using Cache = std::unordered_map<std::string, Expected<std::shared_ptr<const Target>>>;
    thread_local Cache cache;
    thread_local std::string key;  // reused: a lookup that finds allocates nothing
    key.assign(text);
    key += '\x1F';
    key += ind.unit.text;
    key += '\x1F';
    key += ind.direction == Direction::Up ? 'u' : 'd';
    key += rate_values ? 'r' : 'l';
    constexpr std::size_t kMaxCachedTargets = 4096;
    auto it = cache.find(key);
    if (it == cache.end()) {
      if (cache.size() >= kMaxCachedTargets) cache.clear();
      auto parsed = parse_target(text, TargetContext{ind.unit, ind.direction, rate_values});
      Expected<std::shared_ptr<const Target>> shared =
          parsed ? Expected<std::shared_ptr<const Target>>(std::make_shared<const Target>(std::move(parsed.value())))
                 : Expected<std::shared_ptr<const Target>>(parsed.error());
      it = cache.emplace(key, std::move(shared)).first;
    }
    return it->second;
  }

  void actual(const Node& n, Indicator& ind, Period& p) {
    p.actual_at = n.at;
    auto t = schema_.text(n, "a figure");
    if (!t) return;
    bool qualitative = p.target && p.target->kind == TargetKind::Bool;
    if (auto done = done_outcome(*t)) {
      if (qualitative) p.done = *done;
      else
        schema_.error(
            n.at, fmt::format("'{}' is a yes/no outcome, but the target is not qualitative (完成)", utf8::excerpt(*t)));
      return;
    }
    if (qualitative) {
      schema_.error(n.at,
                    fmt::format("the target is qualitative (完成): the actual must be true/false/完成/未完成, not '{}'",
                                utf8::excerpt(*t)));
      return;
    }
    auto q = parse_quantity(unqualified(*t, p.estimate));
    auto v = q ? in_unit(*q, ind.unit) : Expected<Decimal>(q.error());
    if (!v) {
      schema_.error(n.at, fmt::format("value '{}': {}", utf8::excerpt(*t), v.error().message));
      return;
    }
    widen(ind.places, *v);
    p.actual = std::move(v.value());
  }

  void tolerance(const Node& n, const Indicator& ind, Period& p) {
    auto t = schema_.text(n, "tolerance");
    if (!t) return;
    if (!p.target || (p.target->kind != TargetKind::Around && p.target->kind != TargetKind::Relative)) {
      schema_.error(n.at, "'tolerance' applies only to a 左右 (around) or 基本同步 (in step) target");
      return;
    }
    auto q = parse_quantity(*t);
    if (!q || sgn(q->number) < 0) {
      schema_.error(n.at, fmt::format("tolerance '{}' is not a size such as 0.5pp", utf8::excerpt(*t)));
      return;
    }
    auto own = std::make_shared<Target>(*p.target);  // this year's own tolerance
    Target& target = *own;
    p.target = own;
    if (target.measure != Measure::Level || ind.unit.is_rate()) {  // growth, pp and rates: in points
      auto v = percent_value(*q);
      if (!v)
        return schema_.error(n.at, fmt::format("tolerance '{}' of a growth or % target is in percentage points "
                                               "(e.g. 0.5pp)",
                                               utf8::excerpt(*t)));
      target.tolerance = *v;
    } else if (q->unit == "%") {
      target.tolerance = abs(target.value) * q->number / 100;
    } else {
      auto v = in_unit(*q, ind.unit);
      if (!v)
        return schema_.error(n.at, fmt::format("tolerance '{}' of a level target is in the indicator's unit "
                                               "(e.g. 12{}) or a % of the target",
                                               utf8::excerpt(*t), ind.unit.text));
      target.tolerance = *v;
    }
  }

  // A growth or pp target is judged against last year's value, unless a
  // reported growth judges it; from a baseline of 0 or below growth is
  // undefined (SPEC §3).
  void check_growth_baselines(const Indicator& ind) {
    for (const Period& p : ind.periods) {
      if (!p.target || p.target->measure == Measure::Level || p.target->kind == TargetKind::Relative ||
          p.target->kind == TargetKind::Direction)
        continue;
      if (p.reported_growth) continue;  // the reported growth (or pp change) judges it
      const Period* prev = find_period(ind, p.year - 1);
      if (!prev || !prev->actual) {
        if (p.actual)
          schema_.error(p.target_at, fmt::format("target '{}' of '{}' is a change over last year, but there is no "
                                                 "baseline (nor a reported growth) to judge it by",
                                                 utf8::excerpt(p.target->text), ind.id));
        continue;
      }
      if (p.target->measure == Measure::Growth && sgn(*prev->actual) <= 0)
        schema_.error(prev->actual_at,
                      fmt::format("baseline of '{}' is {}: growth from a baseline of 0 or below is undefined, so the "
                                  "growth target '{}' cannot be judged (give the reported growth, or a level target)",
                                  ind.id, sgn(*prev->actual) == 0 ? "0" : "below 0", utf8::excerpt(p.target->text)));
    }
  }

  static void widen(int& places, const Decimal& v) {
    places = std::max(places, std::min(4, exact_places(v, 4).value_or(4)));
  }

  static void note_places(Indicator& ind, const Target& t) {
    bool level = t.measure == Measure::Level;
    int& places = level ? ind.places : ind.pct_places;
    if (t.kind == TargetKind::Range) {
      widen(places, t.low);
      widen(places, t.high);
    } else if (t.kind != TargetKind::Bool) {
      widen(places, t.value);
    }
  }

  // An indicator read while the file was parsed (take).
  struct Ahead {
    std::size_t index = 0;  // in the list
    bool read = false;      // read without an error: the next one of taken_
    Diagnostics problems;
  };

  SchemaReader schema_;
  const Catalog& catalog_;
  bool bad_unit_ = false;         // the indicator being read has a unit that is an error
  std::vector<Ahead> ahead_;      // the items read while parsing, in order (only those: a list of a
                                  // million `- 1` must not cost a million of these)
  std::vector<Indicator> taken_;  // the indicators of ahead_ that were read, in order
  std::size_t offered_ = 0;       // items of the list the parser offered
  Dataset scratch_;               // the header of an indicator taken ahead: never looked at
};

}  // namespace

std::optional<Dataset> read_dataset(std::string_view text, const std::string& file, const Catalog& catalog,
                                    Diagnostics& problems, std::size_t max_errors) {
  Diagnostics found;  // this file's problems only
  std::optional<Dataset> ds;
  DatasetReader reader(file, catalog, found, max_errors);
  ItemStream stream{"indicators", [&reader](std::size_t i, Node& item) { return reader.take(i, item); }};
  if (auto root = read_yaml(text, file, found, max_errors, &stream)) ds = reader.read(*root);
  auto located_end = !found.empty() && found.back().more > 0 ? found.end() - 1 : found.end();
  std::stable_sort(found.begin(), located_end, [](const Diagnostic& a, const Diagnostic& b) {
    return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.column < b.at.column;
  });
  limit_problems(found, max_errors);
  bool failed = has_errors(found);
  problems.insert(problems.end(), found.begin(), found.end());
  if (failed) return std::nullopt;
  return ds;
}

std::optional<Dataset> load_dataset(const std::string& path, const Catalog& catalog, Diagnostics& problems,
                                    std::size_t max_errors) {
  auto text = read_source(path, problems);
  if (!text) return std::nullopt;
  return read_dataset(*text, utf8::sanitize(path), catalog, problems, max_errors);
}

}  // namespace zhibiao
