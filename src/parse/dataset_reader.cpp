#include "parse/dataset_reader.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "parse/quantity.h"
#include "parse/schema.h"
#include "parse/source.h"
#include "parse/target.h"
#include "parse/yaml_reader.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

using namespace std::string_view_literals;

constexpr std::array kTopKeys = {"title"sv, "region"sv, "source"sv, "year"sv, "indicators"sv};
constexpr std::array kIndicatorKeys = {"id"sv,       "name"sv,   "name_en"sv, "unit"sv,      "direction"sv, "basis"sv,
                                       "baseline"sv, "target"sv, "actual"sv,  "tolerance"sv, "note"sv,      "series"sv};
constexpr std::array kPeriodKeys = {"actual"sv, "growth"sv, "target"sv, "tolerance"sv, "note"sv};
constexpr std::array kValueKeys = {"value"sv, "growth"sv};
constexpr std::array kSimpleKeys = {"baseline"sv, "target"sv, "actual"sv, "tolerance"sv};

// Words that mean a qualitative target was or was not achieved.
std::optional<bool> done_word(std::string_view s) {
  if (s == "true" || s == "完成" || s == "已完成" || s == "done" || s == "yes") return true;
  if (s == "false" || s == "未完成" || s == "not done" || s == "no") return false;
  return std::nullopt;
}

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

// The raw, located figures of one period, before the indicator's unit and
// direction are known.
struct RawPeriod {
  int year = 0;
  const Node* actual = nullptr;
  const Node* growth = nullptr;
  const Node* target = nullptr;
  const Node* tolerance = nullptr;
  const Node* note = nullptr;
};

class DatasetReader {
 public:
  DatasetReader(const std::string& file, const Catalog& catalog, Diagnostics& problems, std::size_t max_errors)
      : r_(file, problems, max_errors), catalog_(catalog) {}

  std::optional<Dataset> read(const Node& root) {
    Dataset ds;
    ds.file = r_.file();
    if (!root.is_map()) {
      r_.error(root.at, fmt::format("the top level must be a mapping with 'indicators:', not {}", kind_name(root)));
      return std::nullopt;
    }
    r_.check_keys(root, kTopKeys, "the file");
    if (const Node* n = find_key(root, "title")) ds.title = r_.text(*n, "title", true).value_or("");
    if (const Node* n = find_key(root, "region")) ds.region = r_.text(*n, "region").value_or("");
    if (const Node* n = find_key(root, "source")) ds.source = r_.text(*n, "source", true).value_or("");
    if (const Node* n = find_key(root, "year")) {
      if (n->is_null()) r_.error(n->at, "year is empty: write a year such as 2020, or leave the key out");
      if (auto t = r_.text(*n, "year")) {
        if (auto y = parse_year(*t)) ds.year = *y;
        else r_.error(n->at, fmt::format("year '{}' is not a year such as 2020", utf8::excerpt(*t)));
      }
    }
    ds.has_year_labels = true;
    const Node* list = find_key(root, "indicators");
    if (!list) {
      r_.error(root.at, "no 'indicators:' list in the file");
    } else if (!list->is_sequence()) {
      r_.error(list->at, fmt::format("'indicators' must be a list, not {}", kind_name(*list)));
    } else {
      if (list->items.empty()) r_.error(list->at, "'indicators' is empty");
      std::map<std::string, Mark> ids;
      for (const Node& item : list->items)
        if (auto ind = indicator(item, ds)) {
          auto [it, fresh] = ids.emplace(ind->id, ind->at);
          if (!fresh)
            r_.error(ind->at,
                     fmt::format("duplicate id '{}' (first at {}:{})", ind->id, it->second.line, it->second.column));
          ds.indicators.push_back(std::move(*ind));
        }
    }
    if (has_errors(r_.problems())) return std::nullopt;
    return ds;
  }

 private:
  std::optional<Indicator> indicator(const Node& item, Dataset& ds) {
    if (!item.is_map()) {
      r_.error(item.at, fmt::format("an indicator must be a mapping with 'id:', not {}", kind_name(item)));
      return std::nullopt;
    }
    r_.check_keys(item, kIndicatorKeys, "an indicator");
    Indicator ind;
    ind.at = item.at;
    const Node* id = find_key(item, "id");
    auto id_text = id ? r_.text(*id, "id") : std::nullopt;
    if (!id_text) {
      r_.error(item.at, "an indicator needs an 'id' (lower-case letters, digits, _)");
      return std::nullopt;
    }
    if (!valid_id(*id_text)) {
      r_.error(id->at,
               fmt::format("id '{}' must match [a-z][a-z0-9_]* (e.g. gdp, new_urban_jobs)", utf8::excerpt(*id_text)));
      return std::nullopt;
    }
    ind.id = *id_text;
    auto scalar = [&](std::string_view key) -> std::optional<std::string> {
      const Node* n = find_key(item, key);
      return n ? r_.text(*n, key) : std::nullopt;
    };
    auto name = scalar("name");
    const CatalogEntry* entry = catalog_.find(ind.id);
    if (!entry && name) entry = catalog_.find_by_name(*name);
    if (entry) {
      ind.name = entry->name;
      ind.name_en = entry->name_en;
      ind.unit = entry->unit;
      ind.direction = entry->direction;
      ind.basis = entry->basis;
    }
    if (name) ind.name = *name;
    if (auto en = scalar("name_en")) ind.name_en = *en;
    if (const Node* n = find_key(item, "note")) ind.note = r_.text(*n, "note", true).value_or("");
    bool bad_unit = false;  // reported already
    if (auto unit = scalar("unit")) {
      const Mark at = find_key(item, "unit")->at;
      auto why = unit->empty() || unit->size() > 64 ? std::optional<std::string>("unit must not be empty")
                                                    : unit_problem(*unit);
      if (why) r_.error(at, *why);
      else ind.unit = parse_unit(*unit);
      bad_unit = why.has_value();
    }
    if (auto d = scalar("direction")) {
      if (auto v = parse_direction(*d)) ind.direction = *v;
      else
        r_.error(find_key(item, "direction")->at,
                 fmt::format("direction '{}' must be 'up' or 'down'", utf8::excerpt(*d)));
    }
    if (auto b = scalar("basis")) {
      if (auto v = parse_basis(*b)) ind.basis = *v;
      else
        r_.error(find_key(item, "basis")->at,
                 fmt::format("basis '{}' must be 'comparable' or 'current'", utf8::excerpt(*b)));
    }
    bool complete = true;
    if (ind.name.empty()) {
      r_.error(item.at, fmt::format("indicator '{}' needs a 'name' (its id is not in the catalog)", ind.id));
      complete = false;
    }
    if (ind.name_en.empty()) ind.name_en = ind.id;

    std::vector<RawPeriod> raw;
    if (const Node* series = find_key(item, "series")) {
      ind.series_form = true;
      for (auto key : kSimpleKeys)
        if (const Node* n = find_key(item, key))
          r_.error(n->at, fmt::format("'{}' and 'series' do not go together: put it in the series", key));
      raw = series_periods(*series);
    } else {
      raw = simple_periods(item, ds);
    }
    if (bad_unit) {
      complete = false;
    } else if (ind.unit.text.empty() && !qualitative_only(raw)) {
      r_.error(item.at, fmt::format("indicator '{}' needs a 'unit' (its id is not in the catalog)", ind.id));
      complete = false;
    }
    if (!complete) return std::nullopt;
    ind.periods.reserve(raw.size());
    for (const RawPeriod& rp : raw) period(rp, ind, ind.periods.emplace_back());
    if (ind.unit.is_rate()) ind.pct_places = std::max(ind.pct_places, ind.places);  // pp as precise as levels
    check_growth_baselines(ind);
    return ind;
  }

  // True when every figure is a qualitative target or outcome (完成), which
  // needs no unit.
  static bool qualitative_only(const std::vector<RawPeriod>& raw) {
    auto is_word = [](const Node* n, bool target) {
      if (!n || n->is_null()) return true;
      if (!n->is_scalar()) return false;
      return target ? (n->text == "完成" || n->text == "done" || n->text == "true") : done_word(n->text).has_value();
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
    r_.check_keys(n, kValueKeys, fmt::format("'{}'", what));
    p.actual = find_key(n, "value");
    p.growth = find_key(n, "growth");
  }

  std::vector<RawPeriod> series_periods(const Node& series) {
    std::vector<RawPeriod> out;
    if (!series.is_map()) {
      r_.error(series.at, fmt::format("'series' must be a mapping of years (2019: …), not {}", kind_name(series)));
      return out;
    }
    if (series.map_size() == 0) r_.error(series.at, "'series' is empty");
    std::optional<int> last;
    for (std::size_t i = 0; i < series.map_size(); ++i) {
      const Node& k = series.key(i);
      auto year = parse_year(k.text);
      if (!year) {
        r_.error(k.at, fmt::format("series key '{}' is not a year such as 2020", utf8::excerpt(k.text)));
        continue;
      }
      if (last && *year <= *last) {  // a repeated year is already a duplicate key
        if (*year < *last)
          r_.error(k.at, fmt::format("year {} is out of order: series years must ascend (after {})", *year, *last));
        continue;
      }
      last = year;
      RawPeriod p;
      p.year = *year;
      const Node& v = series.value(i);
      if (v.is_map()) {
        r_.check_keys(v, kPeriodKeys, fmt::format("series year {}", *year));
        p.actual = find_key(v, "actual");
        p.growth = find_key(v, "growth");
        p.target = find_key(v, "target");
        p.tolerance = find_key(v, "tolerance");
        p.note = find_key(v, "note");
      } else if (v.is_sequence()) {
        r_.error(v.at, fmt::format("series year {} must be a value or a mapping, not a list", *year));
      } else {
        p.actual = &v;
      }
      out.push_back(p);
    }
    return out;
  }

  // Fills `p`, built in place: a Period holds several numbers, and moving
  // one costs as much as making it.
  void period(const RawPeriod& rp, Indicator& ind, Period& p) {
    p.year = rp.year;
    if (rp.note) p.note = r_.text(*rp.note, "note", true).value_or("");
    if (rp.target) {
      p.target_at = rp.target->at;
      if (auto t = r_.text(*rp.target, "target")) {
        Expected<std::shared_ptr<const Target>> target = parsed_target(*t, ind);
        if (target) {
          p.target = *target;
          note_places(ind, **target);
        } else {
          r_.error(rp.target->at, target.error().message);
        }
      }
    }
    if (rp.tolerance) tolerance(*rp.tolerance, ind, p);
    if (rp.growth) {
      p.growth_at = rp.growth->at;
      if (auto t = r_.text(*rp.growth, "growth")) {
        auto q = parse_quantity(*t);
        auto g = q ? percent_value(*q) : Expected<Decimal>(q.error());
        if (g) {
          widen(ind.pct_places, *g);
          p.reported_growth = std::move(g.value());
        } else {
          r_.error(rp.growth->at,
                   fmt::format("growth '{}': {} (write e.g. 4.8%)", utf8::excerpt(*t), g.error().message));
        }
      }
    }
    if (rp.actual) actual(*rp.actual, ind, p);
  }

  // Reports repeat their targets ("增长6%" year after year, county after
  // county): each distinct (text, unit, direction) is parsed once per thread
  // and shared, in a cache of bounded size (emptied when it is full). Returned
  // by value: the next call may empty the cache.
  Expected<std::shared_ptr<const Target>> parsed_target(const std::string& text, const Indicator& ind) {
    std::string key = text;
    key += '\x1F';
    key += ind.unit.text;
    key += '\x1F';
    key += ind.direction == Direction::Up ? 'u' : 'd';
    using Cache = std::unordered_map<std::string, Expected<std::shared_ptr<const Target>>>;
    thread_local Cache cache;
    constexpr std::size_t kMaxCachedTargets = 4096;
    auto it = cache.find(key);
    if (it == cache.end()) {
      if (cache.size() >= kMaxCachedTargets) cache.clear();
      auto parsed = parse_target(text, ind.unit, ind.direction);
      Expected<std::shared_ptr<const Target>> shared =
          parsed ? Expected<std::shared_ptr<const Target>>(std::make_shared<const Target>(std::move(parsed.value())))
                 : Expected<std::shared_ptr<const Target>>(parsed.error());
      it = cache.emplace(std::move(key), std::move(shared)).first;
    }
    return it->second;
  }

  void actual(const Node& n, Indicator& ind, Period& p) {
    p.actual_at = n.at;
    auto t = r_.text(n, "a figure");
    if (!t) return;
    bool qualitative = p.target && p.target->kind == TargetKind::Bool;
    if (auto done = done_word(*t)) {
      if (qualitative) p.done = *done;
      else
        r_.error(n.at,
                 fmt::format("'{}' is a yes/no outcome, but the target is not qualitative (完成)", utf8::excerpt(*t)));
      return;
    }
    if (qualitative) {
      r_.error(n.at,
               fmt::format("the target is qualitative (完成): the actual must be true/false/完成/未完成, not '{}'",
                           utf8::excerpt(*t)));
      return;
    }
    auto q = parse_quantity(*t);
    auto v = q ? in_unit(*q, ind.unit) : Expected<Decimal>(q.error());
    if (!v) {
      r_.error(n.at, fmt::format("value '{}': {}", utf8::excerpt(*t), v.error().message));
      return;
    }
    widen(ind.places, *v);
    p.actual = std::move(v.value());
  }

  void tolerance(const Node& n, const Indicator& ind, Period& p) {
    auto t = r_.text(n, "tolerance");
    if (!t) return;
    if (!p.target || p.target->kind != TargetKind::Around) {
      r_.error(n.at, "'tolerance' applies only to a 左右 (around) target");
      return;
    }
    auto q = parse_quantity(*t);
    if (!q || sgn(q->number) < 0) {
      r_.error(n.at, fmt::format("tolerance '{}' is not a size such as 0.5pp", utf8::excerpt(*t)));
      return;
    }
    auto own = std::make_shared<Target>(*p.target);  // this year's own tolerance
    Target& target = *own;
    p.target = own;
    if (target.measure != Measure::Level || ind.unit.is_rate()) {
      auto v = percent_value(*q);
      if (!v)
        return r_.error(n.at, fmt::format("tolerance '{}' of a growth or % target is in percentage points "
                                          "(e.g. 0.5pp)",
                                          utf8::excerpt(*t)));
      target.tolerance = *v;
    } else if (q->unit == "%") {
      target.tolerance = abs(target.value) * q->number / 100;
    } else {
      auto v = in_unit(*q, ind.unit);
      if (!v)
        return r_.error(n.at, fmt::format("tolerance '{}' of a level target is in the indicator's unit "
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
      if (!p.target || p.target->measure == Measure::Level) continue;
      const bool judged_by_report = p.reported_growth && p.target->measure == Measure::Growth;
      if (judged_by_report) continue;
      const Period* prev = find_period(ind, p.year - 1);
      if (!prev || !prev->actual) {
        if (p.actual)
          r_.error(p.target_at, fmt::format("target '{}' of '{}' is a change over last year, but there is no "
                                            "baseline (nor a reported growth) to judge it by",
                                            utf8::excerpt(p.target->text), ind.id));
        continue;
      }
      if (p.target->measure == Measure::Growth && sgn(*prev->actual) <= 0)
        r_.error(prev->actual_at,
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

  SchemaReader r_;
  const Catalog& catalog_;
};

}  // namespace

std::optional<Dataset> read_dataset(std::string_view text, const std::string& file, const Catalog& catalog,
                                    Diagnostics& problems, std::size_t max_errors) {
  Diagnostics found;  // this file's problems only
  std::optional<Dataset> ds;
  if (auto root = read_yaml(text, file, found, max_errors))
    ds = DatasetReader(file, catalog, found, max_errors).read(*root);
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
