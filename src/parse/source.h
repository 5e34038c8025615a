#pragma once
// Reading a data file's bytes ("-" is standard input), with a size cap;
// anything but a regular file (a folder, a FIFO, a device) is refused by name.
#include <optional>
#include <string>

#include "util/diagnostic.h"

namespace zhibiao {

// The whole content of `path`, or nullopt with a located problem.
std::optional<std::string> read_source(const std::string& path, Diagnostics& problems);

}  // namespace zhibiao
