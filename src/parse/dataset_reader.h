#pragma once
// Reads a data file (SPEC §2) into a Dataset, reporting every problem.
#include <optional>
#include <string>
#include <string_view>

#include "model/dataset.h"
#include "parse/catalog.h"
#include "util/diagnostic.h"

namespace zhibiao {

// The dataset in `text`, or nullopt when the file has errors (appended to
// `problems`: the first `max_errors` of them, the rest counted; 0: all).
std::optional<Dataset> read_dataset(std::string_view text, const std::string& file, const Catalog& catalog,
                                    Diagnostics& problems, std::size_t max_errors = kDefaultMaxErrors);

// read_source + read_dataset. The dataset and the problems name the file as
// utf8::sanitize(path) does: control, bidi and invalid bytes escaped.
std::optional<Dataset> load_dataset(const std::string& path, const Catalog& catalog, Diagnostics& problems,
                                    std::size_t max_errors = kDefaultMaxErrors);

}  // namespace zhibiao
