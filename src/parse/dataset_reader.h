#pragma once
// Reads a data file (SPEC §2) into a Dataset, reporting every problem.
#include <optional>
#include <string>
#include <string_view>

#include "model/dataset.h"
#include "parse/catalog.h"
#include "util/diagnostic.h"

namespace zhibiao {

// The dataset in `text`, or nullopt when the file has errors (all of them
// appended to `problems`).
std::optional<Dataset> read_dataset(std::string_view text, const std::string& file, const Catalog& catalog,
                                    Diagnostics& problems);

// read_source + read_dataset.
std::optional<Dataset> load_dataset(const std::string& path, const Catalog& catalog, Diagnostics& problems);

}  // namespace zhibiao
