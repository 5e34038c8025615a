// The indicator catalog (src/parse/catalog.h, SPEC §4): reading entries,
// looking them up by id, name and alias, --catalog folders, and every
// problem a catalog file can have, located.
#include <doctest/doctest.h>

#include "test_support.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "parse/catalog.h"
#include "parse/catalog_data.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {
namespace fs = std::filesystem;

struct Read {
  Catalog catalog;
  Diagnostics problems;
};
Read read(const std::string& text) {
  Read r;
  read_catalog(text, "c.yaml", r.catalog, r.problems);
  return r;
}
// The one problem of `text`, as the user sees it.
std::string only_problem(const std::string& text) {
  Read r = read(text);
  REQUIRE(r.problems.size() == 1);
  return format_diagnostic(r.problems[0]);
}

// A fresh folder under the temporary folder, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() /
           ("zhibiao-catalog-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
  }
  static int& counter() {
    static int n = 0;
    return n;
  }
};

const std::string kEntry = lines({
    "indicators:",
    "  - id: steel_output",
    "    name: 粗钢产量",
    "    name_en: Crude steel output",
    "    aliases: [钢产量, 粗钢]",
    "    unit: 万吨",
    "    direction: 逆向",
    "    basis: 可比价",
});
}  // namespace

TEST_CASE("catalog: an entry is read with every field") {
  Read r = read(kEntry);
  REQUIRE(r.problems.empty());
  REQUIRE(r.catalog.entries().size() == 1);
  const CatalogEntry* e = r.catalog.find("steel_output");
  REQUIRE(e != nullptr);
  CHECK(e->name == "粗钢产量");
  CHECK(e->name_en == "Crude steel output");
  CHECK(e->aliases == std::vector<std::string>{"钢产量", "粗钢"});
  // 万吨: base 吨, magnitude 10^4
  CHECK(e->unit.text == "万吨");
  CHECK(e->unit.base == "吨");
  CHECK(e->unit.exponent == 4);
  CHECK(e->direction == Direction::Down);  // 逆向
  CHECK(e->basis == Basis::Comparable);    // 可比价
  CHECK(e->values == IndicatorValues::Levels);
}

TEST_CASE("catalog: defaults are up, current, levels") {
  Read r = read(lines({"indicators:", "  - {id: a, name: 甲, unit: 元}"}));
  REQUIRE(r.problems.empty());
  const CatalogEntry* e = r.catalog.find("a");
  REQUIRE(e != nullptr);
  CHECK(e->direction == Direction::Up);
  CHECK(e->basis == Basis::Current);
  CHECK(e->values == IndicatorValues::Levels);
  CHECK(e->aliases.empty());
  CHECK(e->name_en.empty());
}

TEST_CASE("catalog: find by id, find_by_name by name or alias") {
  Read r = read(kEntry);
  const CatalogEntry* e = r.catalog.find("steel_output");
  CHECK(r.catalog.find_by_name("粗钢产量") == e);
  CHECK(r.catalog.find_by_name("钢产量") == e);
  CHECK(r.catalog.find_by_name("粗钢") == e);
  // ids are not names, names are not ids, and nothing is matched in part
  CHECK(r.catalog.find_by_name("steel_output") == nullptr);
  CHECK(r.catalog.find("粗钢产量") == nullptr);
  CHECK(r.catalog.find_by_name("钢") == nullptr);
  CHECK(r.catalog.find("steel") == nullptr);
}

TEST_CASE("catalog: put replaces an entry with the same id, in its place") {
  Catalog c;
  c.put({"a", "甲", "", {}, parse_unit("元"), Direction::Up, Basis::Current, IndicatorValues::Levels, {}});
  c.put({"b", "乙", "", {}, parse_unit("人"), Direction::Up, Basis::Current, IndicatorValues::Levels, {}});
  c.put(
      {"a", "甲二", "", {"别名"}, parse_unit("万元"), Direction::Down, Basis::SameScope, IndicatorValues::Growth, {}});
  REQUIRE(c.entries().size() == 2);
  CHECK(c.entries()[0].id == "a");  // kept first
  CHECK(c.entries()[0].name == "甲二");
  CHECK(c.entries()[1].id == "b");
  CHECK(c.find("a")->direction == Direction::Down);
  CHECK(c.find_by_name("甲") == nullptr);  // the old name is gone
  CHECK(c.find_by_name("别名") == c.find("a"));
}

TEST_CASE("catalog: the built-in catalog holds SPEC §4's ids") {
  Catalog c = builtin_catalog();
  for (const char* id : {"gdp", "industrial_value_added", "fixed_asset_investment", "retail_sales", "disposable_income",
                         "urban_disposable_income", "rural_disposable_income", "public_budget_revenue",
                         "new_urban_jobs", "registered_unemployment_rate", "surveyed_unemployment_rate", "cpi",
                         "good_air_days_ratio", "energy_intensity_reduction", "tourism_revenue"})
    CHECK_MESSAGE(c.find(id) != nullptr, id);
  CHECK(c.find("gdp")->name == "地区生产总值");
  CHECK(c.find("gdp")->basis == Basis::Comparable);
  CHECK(c.find("registered_unemployment_rate")->direction == Direction::Down);
  CHECK(c.find("energy_intensity_reduction")->values == IndicatorValues::Reduction);
  // 规上工业增加值 is an alias (README, "Catalog lookup")
  CHECK(c.find_by_name("规上工业增加值") == c.find("industrial_value_added"));
}

TEST_CASE("catalog: parse_direction, parse_basis, parse_values") {
  CHECK(parse_direction("up") == Direction::Up);
  CHECK(parse_direction("正向") == Direction::Up);
  CHECK(parse_direction("down") == Direction::Down);
  CHECK(parse_direction("逆向") == Direction::Down);
  CHECK_FALSE(parse_direction("Up").has_value());
  CHECK_FALSE(parse_direction("higher").has_value());
  CHECK_FALSE(parse_direction("").has_value());

  CHECK(parse_basis("comparable") == Basis::Comparable);
  CHECK(parse_basis("可比价") == Basis::Comparable);
  CHECK(parse_basis("current") == Basis::Current);
  CHECK(parse_basis("现价") == Basis::Current);
  CHECK(parse_basis("same_scope") == Basis::SameScope);
  CHECK(parse_basis("同口径") == Basis::SameScope);
  CHECK_FALSE(parse_basis("real").has_value());

  CHECK(parse_values("levels") == IndicatorValues::Levels);
  CHECK(parse_values("growth") == IndicatorValues::Growth);
  CHECK(parse_values("reduction") == IndicatorValues::Reduction);
  CHECK_FALSE(parse_values("level").has_value());
}

TEST_CASE("catalog: every kind of problem, as the whole located message") {
  // the top level is not a mapping
  CHECK(only_problem(lines({"- id: a"})) == "c.yaml:1:1: error: a catalog file is a mapping with 'indicators:'");
  // an unknown top-level key, with a did-you-mean
  Read top = read(lines({"indicator:", "  - {id: a, name: 甲, unit: 元}"}));
  REQUIRE(top.problems.size() == 1);
  CHECK(format_diagnostic(top.problems[0]) ==
        "c.yaml:1:1: error: unknown key 'indicator' in the catalog (did you mean 'indicators'?)");
  // 'indicators' not a list
  CHECK(only_problem(lines({"indicators: {id: a}"})) == "c.yaml:1:13: error: 'indicators' must be a list");
  // an entry that is not a mapping
  CHECK(only_problem(lines({"indicators:", "  - gdp"})) == "c.yaml:2:5: error: a catalog entry must be a mapping");
  // an unknown key in an entry, listing the known keys
  CHECK(only_problem(lines({"indicators:", "  - {id: a, name: 甲, unit: 元, colour: red}"})) ==
        "c.yaml:2:31: error: unknown key 'colour' in a catalog entry (known keys: id, name, name_en, aliases, "
        "aliases_en, unit, direction, basis, values)");
  // aliases_en not a mapping
  CHECK(only_problem(lines({"indicators:", "  - {id: a, name: 甲, unit: 元, aliases_en: [乙]}"})) ==
        "c.yaml:2:43: error: 'aliases_en' must be a mapping of aliases to English names ({国内生产总值: Gross "
        "domestic product})");
  // aliases not a list
  CHECK(only_problem(lines({"indicators:", "  - id: a", "    name: 甲", "    unit: 元", "    aliases: 乙"})) ==
        "c.yaml:5:14: error: 'aliases' must be a list");
  // the words of direction, basis and values
  CHECK(only_problem(lines({"indicators:", "  - id: a", "    name: 甲", "    unit: 元", "    direction: higher"})) ==
        "c.yaml:5:16: error: direction must be 'up' or 'down'");
  CHECK(only_problem(lines({"indicators:", "  - id: a", "    name: 甲", "    unit: 元", "    basis: real"})) ==
        "c.yaml:5:12: error: basis must be 'comparable', 'current' or 'same_scope'");
  CHECK(only_problem(lines({"indicators:", "  - id: a", "    name: 甲", "    unit: 元", "    values: rates"})) ==
        "c.yaml:5:13: error: values must be 'levels', 'growth' or 'reduction'");
  // a missing id, name or unit, located at the entry
  CHECK(only_problem(lines({"# x", "indicators:", "  - id: a", "    name: 甲"})) ==
        "c.yaml:3:5: error: a catalog entry needs 'id', 'name' and 'unit'");
  // a value that must be a single one (the schema's text())
  // ("  - {id: a, name: 甲, unit: 元, " is 39 characters: the list starts at column 40)
  CHECK(only_problem(lines({"indicators:", "  - {id: a, name: 甲, unit: 元, name_en: [x]}"})) ==
        "c.yaml:2:40: error: name_en must be a single value here, not a list");
  // YAML-level problems come through from the reader, located in the catalog file
  CHECK(only_problem(lines({"indicators:", "  - {id: a, id: b, name: 甲, unit: 元}"})) ==
        "c.yaml:2:13: error: duplicate key 'id' (first at 2:6)");
}

TEST_CASE("catalog: an entry with a problem is not added; the good ones are") {
  Read r = read(lines({
      "indicators:",
      "  - {id: a, name: 甲, unit: 元, direction: sideways}",
      "  - {id: b, name: 乙, unit: 人}",
      "  - {id: c, name: 丙}",
  }));
  CHECK(r.problems.size() == 2);
  CHECK(r.catalog.find("a") == nullptr);
  CHECK(r.catalog.find("b") != nullptr);
  CHECK(r.catalog.find("c") == nullptr);
}

TEST_CASE("catalog: load_catalog adds every *.yaml and *.yml of a folder, in name order") {
  TempDir dir;
  dir.write("a.yaml", lines({"indicators:", "  - {id: gdp, name: 本地生产总值, unit: 万元, aliases: [本地GDP]}",
                             "  - {id: x, name: 甲, unit: 元}"}));
  // read after a.yaml: its x replaces a.yaml's
  dir.write("b.yml", lines({"indicators:", "  - {id: x, name: 甲二, unit: 人}"}));
  dir.write("c.txt", lines({"indicators:", "  - {id: y, name: 乙, unit: 元}"}));  // not a catalog file
  dir.write("d.yaml.bak", "not: [yaml");
  Diagnostics problems;
  Catalog c = load_catalog(builtin_catalog(), dir.path.string(), problems);
  CHECK(problems.empty());
  // the built-in gdp overridden, in place
  REQUIRE(c.find("gdp") != nullptr);
  CHECK(c.find("gdp")->name == "本地生产总值");
  CHECK(c.find("gdp")->unit.text == "万元");
  CHECK(c.find("gdp")->basis == Basis::Current);  // a catalog entry replaces the whole entry
  CHECK(c.find_by_name("本地GDP") == c.find("gdp"));
  CHECK(c.find_by_name("国内生产总值") == nullptr);  // the built-in aliases went with it
  CHECK(c.find("x")->name == "甲二");
  CHECK(c.find("y") == nullptr);
  // the rest of the built-in catalog is still there
  CHECK(c.find("cpi") != nullptr);
  CHECK(c.entries().size() == builtin_catalog().entries().size() + 1);
}

TEST_CASE("catalog: load_catalog without a folder, with a file, with a bad file") {
  Diagnostics none;
  CHECK(load_catalog(builtin_catalog(), std::nullopt, none).entries().size() == builtin_catalog().entries().size());
  CHECK(none.empty());

  TempDir dir;
  dir.write("plain.yaml", "indicators: []\n");
  Diagnostics problems;
  const std::string file = (dir.path / "plain.yaml").string();
  Catalog c = load_catalog(Catalog{}, file, problems);
  REQUIRE(problems.size() == 1);
  CHECK(format_diagnostic(problems[0]) == file + ": error: the catalog must be a folder of *.yaml files");
  CHECK(c.entries().empty());

  // a problem in a catalog file names that file
  dir.write("broken.yaml", lines({"indicators:", "  - {id: a, name: 甲}"}));
  Diagnostics bad;
  load_catalog(Catalog{}, dir.path.string(), bad);
  REQUIRE(bad.size() == 1);
  CHECK(format_diagnostic(bad[0]) ==
        (dir.path / "broken.yaml").string() + ":2:5: error: a catalog entry needs 'id', 'name' and 'unit'");
}

TEST_CASE("catalog: an alias may have its own English name (issue 15)") {
  Read r = read(lines({"indicators:", "  - id: gdp", "    name: 地区生产总值", "    name_en: Gross regional product",
                       "    aliases: [国内生产总值, GDP]", "    aliases_en: {国内生产总值: Gross domestic product}",
                       "    unit: 亿元"}));
  REQUIRE(r.problems.empty());
  const CatalogEntry* e = r.catalog.find("gdp");
  REQUIRE(e != nullptr);
  CHECK(english_name(*e, "国内生产总值") == "Gross domestic product");
  CHECK(english_name(*e, "地区生产总值") == "Gross regional product");
  CHECK(english_name(*e, "GDP") == "Gross regional product");  // an alias without its own: the entry's
  // the built-in catalog says so for the national name
  Catalog builtin = builtin_catalog();
  REQUIRE(builtin.find("gdp") != nullptr);
  CHECK(english_name(*builtin.find("gdp"), "国内生产总值") == "Gross domestic product");
}
