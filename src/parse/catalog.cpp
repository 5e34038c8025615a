#include "parse/catalog.h"

#include <algorithm>
#include <array>
#include <filesystem>

#include <fmt/format.h>

#include "parse/schema.h"
#include "parse/source.h"
#include "parse/yaml_reader.h"
#include "util/utf8.h"

namespace zhibiao {

using namespace std::string_view_literals;

void Catalog::put(CatalogEntry e) {
  for (auto& old : entries_)
    if (old.id == e.id) {
      old = std::move(e);
      return;
    }
  entries_.push_back(std::move(e));
}

const CatalogEntry* Catalog::find(std::string_view id) const {
  for (const auto& e : entries_)
    if (e.id == id) return &e;
  return nullptr;
}

const CatalogEntry* Catalog::find_by_name(std::string_view name) const {
  for (const auto& e : entries_)
    if (e.name == name || std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end()) return &e;
  return nullptr;
}

std::optional<Direction> parse_direction(std::string_view s) {
  if (s == "up" || s == "正向") return Direction::Up;
  if (s == "down" || s == "逆向") return Direction::Down;
  return std::nullopt;
}

std::optional<Basis> parse_basis(std::string_view s) {
  if (s == "comparable" || s == "可比价") return Basis::Comparable;
  if (s == "current" || s == "现价") return Basis::Current;
  if (s == "same_scope" || s == "同口径") return Basis::SameScope;
  return std::nullopt;
}

std::optional<IndicatorValues> parse_values(std::string_view s) {
  if (s == "levels") return IndicatorValues::Levels;
  if (s == "growth") return IndicatorValues::Growth;
  if (s == "reduction") return IndicatorValues::Reduction;
  return std::nullopt;
}

namespace {

// One key of a catalog entry into `e`; false when its value is wrong.
bool read_field(SchemaReader& r, const std::string& key, const Node& v, CatalogEntry& e) {
  if (key == "aliases") {
    if (!v.is_sequence()) return r.error(v.at, "'aliases' must be a list"), false;
    for (const Node& a : v.items)
      if (auto t = r.text(a, "an alias")) e.aliases.push_back(*t);
    return true;
  }
  if (key == "aliases_en") {
    if (!v.is_map())
      return r.error(v.at,
                     "'aliases_en' must be a mapping of aliases to English names "
                     "({国内生产总值: Gross domestic product})"),
             false;
    for (std::size_t i = 0; i < v.map_size(); ++i)
      if (auto en = r.text(v.value(i), "an English name")) e.aliases_en.emplace_back(v.key(i).text, *en);
    return true;
  }
  auto t = r.text(v, key);
  if (!t) return true;
  auto choose = [&](auto parsed, auto& out, const char* accepted) {
    if (parsed) out = *parsed;
    else r.error(v.at, fmt::format("{} must be {}", key, accepted));
    return parsed.has_value();
  };
  if (key == "id") e.id = *t;
  else if (key == "name") e.name = *t;
  else if (key == "name_en") e.name_en = *t;
  else if (key == "unit") e.unit = parse_unit(*t);
  else if (key == "direction") return choose(parse_direction(*t), e.direction, "'up' or 'down'");
  else if (key == "basis") return choose(parse_basis(*t), e.basis, "'comparable', 'current' or 'same_scope'");
  else if (key == "values") return choose(parse_values(*t), e.values, "'levels', 'growth' or 'reduction'");
  return true;
}

void read_entry(SchemaReader& r, const Node& item, Catalog& catalog) {
  static constexpr std::array keys = {"id"sv,   "name"sv,      "name_en"sv, "aliases"sv, "aliases_en"sv,
                                      "unit"sv, "direction"sv, "basis"sv,   "values"sv};
  if (!item.is_map()) return r.error(item.at, "a catalog entry must be a mapping");
  r.check_keys(item, keys, "a catalog entry");
  CatalogEntry e;
  bool ok = true;
  for (std::size_t k = 0; k < item.map_size(); ++k) ok = read_field(r, item.key(k).text, item.value(k), e) && ok;
  if (e.id.empty() || e.name.empty() || e.unit.text.empty()) {
    r.error(item.at, "a catalog entry needs 'id', 'name' and 'unit'");
    ok = false;
  }
  if (ok) catalog.put(std::move(e));
}

}  // namespace

const std::string& english_name(const CatalogEntry& e, std::string_view name) {
  for (const auto& [alias, en] : e.aliases_en)
    if (alias == name) return en;
  return e.name_en;
}

void read_catalog(std::string_view text, const std::string& file, Catalog& catalog, Diagnostics& problems) {
  auto root = read_yaml(text, file, problems);
  if (!root) return;
  SchemaReader r(file, problems);
  static constexpr std::array top_keys = {"indicators"sv};
  if (!root->is_map()) return r.error(root->at, "a catalog file is a mapping with 'indicators:'");
  r.check_keys(*root, top_keys, "the catalog");
  for (std::size_t i = 0; i < root->map_size(); ++i) {
    if (root->key(i).text != "indicators") continue;
    const Node& list = root->value(i);
    if (!list.is_sequence()) return r.error(list.at, "'indicators' must be a list");
    for (const Node& item : list.items) read_entry(r, item, catalog);
  }
}

Catalog load_catalog(Catalog catalog, const std::optional<std::string>& dir, Diagnostics& problems) {
  if (!dir) return catalog;
  std::error_code ec;
  if (!std::filesystem::is_directory(*dir, ec)) {
    problems.push_back({utf8::sanitize(*dir), {}, Severity::Error, "the catalog must be a folder of *.yaml files"});
    return catalog;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(*dir, ec)) {
    auto ext = entry.path().extension();
    if (entry.is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files)
    if (auto text = read_source(path.string(), problems))
      read_catalog(*text, utf8::sanitize(path.string()), catalog, problems);
  return catalog;
}

}  // namespace zhibiao
