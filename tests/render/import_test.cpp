// The imported table as a data file (src/render/import.h).
#include <doctest/doctest.h>

#include "render/import.h"

using namespace zhibiao;

TEST_CASE("series form with ids, names, units and figures exactly as written") {
  StatTable t;
  t.source = "国家统计局";
  t.indicators.push_back({"gdp", "国内生产总值", "亿元", {{{2023, 12}, "1260582"}, {{2024, 9}, "949746"}}});
  t.indicators.push_back({"x1", "人口出生率", "‰", {{{2024, 12}, "6.77"}}});
  t.indicators.push_back({"x2", "旅游总收入", "", {{{2020, 12}, "1,015,986"}, {{2021, 12}, "-0.30"}}});
  std::string yaml = render_import(t, std::string("全国"));
  CHECK(yaml.ends_with(
      "region: \"全国\"\n"
      "source: \"国家统计局\"\n"
      "indicators:\n"
      "  - id: gdp\n    name: \"国内生产总值\"\n    unit: \"亿元\"\n    series:\n      2023: 1260582\n"
      "      2024-09: 949746\n"
      "  - id: x1\n    name: \"人口出生率\"\n    unit: \"‰\"\n    series:\n      2024: 6.77\n"
      "  - id: x2\n    name: \"旅游总收入\"\n    series:\n      2020: \"1,015,986\"\n      2021: -0.30\n"));
  CHECK(yaml.starts_with("# Imported by `zhibiao import`"));
  CHECK(render_import(t, std::nullopt).find("region:") == std::string::npos);
}
