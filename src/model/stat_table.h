#pragma once
// A statistics table (SPEC §9) read for `zhibiao import`: indicators with
// figures by period, each figure's text exactly as the table wrote it.
#include <string>
#include <vector>

#include "model/part_year.h"

namespace zhibiao {

struct StatFigure {
  PartYear period;   // a year, or January to a month for cumulative (累计值) rows
  std::string text;  // the cell as written: "1349084.3", "1,015,986"
};

struct StatIndicator {
  std::string id;                   // the catalog's id where the name matches, else x1, x2, …
  std::string name;                 // the row's name without its unit and 累计值 marker
  std::string unit;                 // from the parentheses in the row's name; may be empty
  std::vector<StatFigure> figures;  // ascending by period
};

struct StatTable {
  std::string source;  // from a 数据来源：… line under the table, if any
  std::vector<StatIndicator> indicators;
};

}  // namespace zhibiao
