#pragma once
// `zhibiao roll`: next year's data file from this year's, as YAML text.
#include <string>

#include "model/dataset.h"
#include "util/expected.h"

namespace zhibiao {

// The file for `to_year`: simple-form indicators get the actual of
// to_year − 1 as their baseline (a comment says where it came from) and empty
// target and actual; series gain an empty `to_year` entry. Ids, names,
// units, directions, bases, attributes, values and notes are kept. An error
// when `to_year` does not follow the file's year, or for a plan file.
Expected<std::string> render_roll(const Dataset& ds, int to_year);

}  // namespace zhibiao
