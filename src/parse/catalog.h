#pragma once
// The indicator catalog (SPEC §4): standard definitions that data files may
// lean on. The built-in one is compiled in; --catalog DIR adds or overrides.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/dataset.h"
#include "model/target.h"
#include "model/unit.h"
#include "util/diagnostic.h"

namespace zhibiao {

struct CatalogEntry {
  std::string id;
  std::string name;
  std::string name_en;
  std::vector<std::string> aliases;
  Unit unit;
  Direction direction = Direction::Up;
  Basis basis = Basis::Current;
  IndicatorValues values = IndicatorValues::Levels;  // yearly rates (能耗降低) or levels
  // English names of aliases that name the indicator differently
  // (国内生产总值: Gross domestic product, where the entry is 地区生产总值,
  // Gross regional product): a file that names it so is shown by it.
  std::vector<std::pair<std::string, std::string>> aliases_en;
};

// The English name of an indicator that a file calls `name`: the alias's own
// English name if the catalog gives one (aliases_en), else the entry's.
const std::string& english_name(const CatalogEntry& e, std::string_view name);

class Catalog {
 public:
  // Adds `e`, replacing an entry with the same id.
  void put(CatalogEntry e);
  const CatalogEntry* find(std::string_view id) const;
  // The entry whose name or one of whose aliases is `name`.
  const CatalogEntry* find_by_name(std::string_view name) const;
  const std::vector<CatalogEntry>& entries() const { return entries_; }

 private:
  std::vector<CatalogEntry> entries_;
};

// Reads catalog YAML text into `catalog`, reporting problems against `file`.
void read_catalog(std::string_view text, const std::string& file, Catalog& catalog, Diagnostics& problems);

// `catalog` (the built-in one, see catalog_data.h), plus every *.yaml in
// `dir` when given.
Catalog load_catalog(Catalog catalog, const std::optional<std::string>& dir, Diagnostics& problems);

// "up"/"down" (and 正向/逆向).
std::optional<Direction> parse_direction(std::string_view s);
// "levels"/"growth"/"reduction" (SPEC §7 `values:`).
std::optional<IndicatorValues> parse_values(std::string_view s);
// "comparable"/"current"/"same_scope" (and 可比价/现价/同口径).
std::optional<Basis> parse_basis(std::string_view s);

}  // namespace zhibiao
