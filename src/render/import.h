#pragma once
// `zhibiao import`: a statistics table as a data file in series form (SPEC
// §2.1, §9), YAML text that `zhibiao lint` accepts.
#include <optional>
#include <string>

#include "model/stat_table.h"

namespace zhibiao {

// The data file: `region` when given, the table's source, and one indicator
// per row with id, name, unit and series (years and part-years ascending,
// each figure exactly as the table wrote it). It names neither the file nor
// its encoding, so that the same table always gives the same text.
std::string render_import(const StatTable& table, const std::optional<std::string>& region);

}  // namespace zhibiao
