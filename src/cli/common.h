#pragma once
// What the subcommands share: the common options, loading files, printing
// diagnostics, exit statuses. Only src/cli/ includes CLI11.
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "model/dataset.h"
#include "parse/catalog.h"
#include "render/options.h"
#include "util/diagnostic.h"

namespace zhibiao::cli {

enum Exit : int { kOk = 0, kFailed = 1, kBadInput = 2 };

struct CommonOptions {
  std::vector<std::string> files;
  std::string format = "table";
  std::string lang = "zh";
  std::optional<int> precision;
  std::string rounding = "half-up";
  std::string color = "auto";
  std::optional<std::string> catalog;
  std::optional<int> year;
  bool bom = false;
};

// Which of the common options a subcommand takes.
enum OptionSet : unsigned {
  kFiles = 1,    // FILE... (required)
  kNumbers = 2,  // --lang --precision --rounding --color
  kYear = 4,     // --year
  kBom = 8,      // --bom (CSV)
  kPaths = 16,   // PATH... : files or folders
};

// Adds --format (one of `formats`) and --catalog, and the options of `set`.
void add_common_options(CLI::App& sub, CommonOptions& o, const std::vector<std::string>& formats, unsigned set);

RenderOptions render_options(const CommonOptions& o);

// Every file as a Dataset, in the order given; the problems of all of them
// appended to `problems` (a file with errors yields no Dataset).
std::vector<Dataset> load_files(const std::vector<std::string>& files, const Catalog& catalog, Diagnostics& problems);

// Prints each diagnostic on standard error, one per line.
void print_diagnostics(const Diagnostics& ds);

// Writes text to standard output as it is.
void print(const std::string& text);

// Examples shown at the end of a subcommand's --help.
std::string examples(std::initializer_list<const char*> lines);

}  // namespace zhibiao::cli
