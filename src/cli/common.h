#pragma once
// What the subcommands share: the common options, loading files, printing
// diagnostics, exit statuses. Only src/cli/ includes CLI11.
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "compute/judge.h"
#include "model/dataset.h"
#include "parse/catalog.h"
#include "render/options.h"
#include "util/diagnostic.h"

namespace zhibiao::cli {

enum Exit : int { kOk = 0, kFailed = 1, kBadInput = 2 };

// SPEC §5.1: Pass 0, Fail 1, Error 2.
int exit_status(Verdict v);

enum class ColorMode { Auto, Always, Never };

struct CommonOptions {
  std::vector<std::string> files;
  Format format = Format::Table;
  Lang lang = Lang::Zh;
  std::optional<int> precision;
  Rounding rounding = Rounding::HalfUp;
  ColorMode color = ColorMode::Auto;
  std::optional<std::string> catalog;
  std::optional<int> year;
  bool bom = false;
  Judging judging;  // --judge, with --rounding
};

// Which of the common options a subcommand takes.
enum OptionSet : unsigned {
  kFiles = 1,    // FILE... (required)
  kNumbers = 2,  // --lang --precision --rounding --color
  kYear = 4,     // --year
  kBom = 8,      // --bom (CSV)
  kPaths = 16,   // PATH... : files or folders
  kJudge = 32,   // --judge exact|rounded
};

// Adds --format (one of `formats`) and --catalog, and the options of `set`.
void add_common_options(CLI::App& sub, CommonOptions& o, std::initializer_list<Format> formats, unsigned set);

// --precision and --rounding, parsed into `precision` and `rounding`.
void add_number_options(CLI::App& sub, std::optional<int>& precision, Rounding& rounding, const char* precision_help);

RenderOptions render_options(const CommonOptions& o);

// How the options say to judge a file (--year, --judge, --rounding).
JudgeOptions judge_options(const CommonOptions& o);

// The built-in catalog with --catalog's definitions added.
Catalog catalog_of(const CommonOptions& o, Diagnostics& problems);

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
