// share_places (src/model/dataset.h): files shown together show one
// indicator with the same decimals (issue 15).
#include <doctest/doctest.h>

#include "test_support.h"

using namespace zhibiao;
using namespace zhibiao::test;

TEST_CASE("share_places: the same indicator, the widest decimals of the files") {
  std::vector<Dataset> files;
  // a: levels written without decimals, growths with one; b: levels with two, growths with two
  files.push_back(*load(lines({"year: 2020", "indicators:",
                               "  - {id: output, name: 产值, unit: 亿元, baseline: 100, target: 增长5%, actual: 106}",
                               "  - {id: other, name: 其他, unit: 亿元, baseline: 7, target: 增长5%}"}),
                        "a.yaml"));
  files.push_back(*load(lines({"year: 2020", "indicators:",
                               "  - {id: output, name: 产值, unit: 亿元, baseline: 100.25, target: 增长5.25%}",
                               // the same id in another unit or under another name is another figure
                               "  - {id: other, name: 其他, unit: 万元, baseline: 7.125, target: 增长5%}"}),
                        "b.yaml"));
  REQUIRE(files[0].indicators[0].places == 0);
  REQUIRE(files[1].indicators[0].places == 2);
  share_places(files);
  CHECK(files[0].indicators[0].places == 2);
  CHECK(files[0].indicators[0].pct_places == 2);
  CHECK(files[1].indicators[0].places == 2);
  CHECK(files[0].indicators[1].places == 0);  // 亿元 here, 万元 there: apart
  CHECK(files[1].indicators[1].places == 3);
}
