#pragma once
// What the subcommands share: the common options, loading files, printing
// diagnostics, exit statuses. Only src/cli/ includes CLI11.
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/help_format.h"
#include "compute/judge.h"
#include "compute/select.h"
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
  Judging judging;                             // --judge, with --rounding
  std::size_t max_errors = kDefaultMaxErrors;  // per file; 0: no limit
  std::optional<std::size_t> width;            // --width; else the terminal's
  Selection selection;                         // --only, --id, --sort
  std::optional<std::string> output;           // --output FILE; none or "-": standard output
};

// Which of the common options a subcommand takes.
enum OptionSet : unsigned {
  kFiles = 1,       // FILE... (required)
  kNumbers = 2,     // --lang --precision --rounding --color
  kYear = 4,        // --year
  kBom = 8,         // --bom (CSV)
  kPaths = 16,      // PATH... : files or folders
  kMaxErrors = 32,  // --max-errors N
  kJudge = 64,      // --judge exact|rounded
  kWidth = 128,     // --width N
  kOutput = 256,    // --output FILE (and so --format xlsx)
};

// Whether --bom means something with format `f` (CSV: Excel reads its
// Chinese text right only after a BOM).
bool takes_bom(Format f);

// Adds --format (one of `formats`) and --catalog, and the options of `set`.
void add_common_options(CLI::App& sub, CommonOptions& o, std::initializer_list<Format> formats, unsigned set);

// --precision and --rounding, parsed into `precision` and `rounding`.
void add_number_options(CLI::App& sub, std::optional<int>& precision, Rounding& rounding, const char* precision_help);

// --only (of the status names `statuses`, or their Chinese words), --id and
// --sort: which rows a table shows, in which order.
void add_select_options(CLI::App& sub, CommonOptions& o, const std::vector<std::string_view>& statuses);

// The selection with each --id word that the catalog knows as a name or an
// alias also by its id. A word that names no indicator of `datasets` is a
// usage error (a typo would otherwise show an empty table): then `problems`
// and that error are printed and nothing is returned, for nothing to be shown.
std::optional<Selection> selection_of(const CommonOptions& o, const Catalog& catalog,
                                      const std::vector<Dataset>& datasets, const Diagnostics& problems);
// The parts of selection_of for a command that sees one file at a time
// (check): the selection, its --id words resolved through the catalog;
// which --id words (in order) name an indicator of `ds`; and the usage
// errors of the words that `named` (the files' answers or-ed) says name none.
Selection resolve_selection(const CommonOptions& o, const Catalog& catalog);
std::vector<bool> ids_named(const CommonOptions& o, const Catalog& catalog, const Dataset& ds);
Diagnostics unnamed_ids(const CommonOptions& o, const std::vector<bool>& named);

// The render options: --output FILE is never a terminal (no colour by
// default, no width but --width's), standard output may be.
RenderOptions render_options(const CommonOptions& o);

// How the options say to judge a file (--year, --judge, --rounding).
JudgeOptions judge_options(const CommonOptions& o);

// The built-in catalog with --catalog's definitions added.
Catalog catalog_of(const CommonOptions& o, Diagnostics& problems);

// Every file as a Dataset, in the order given; the problems of all of them
// appended to `problems` (a file with errors yields no Dataset).
// At most `max_errors` problems of each file are kept (0: all).
// An indicator shows the same decimals in every file (share_places).
std::vector<Dataset> load_files(const std::vector<std::string>& files, const Catalog& catalog, Diagnostics& problems,
                                std::size_t max_errors = kDefaultMaxErrors);

// Prints each diagnostic on standard error, one per line (a line that CI
// could take for a command defused, see util/guard.h).
void print_diagnostics(const Diagnostics& ds);

// Writes text to standard output, lines that CI could take for a command
// defused. A failed write stops all further output: a closed pipe quietly,
// any other error with a message and exit status 2 from finish_output().
void print(const std::string& text);
// The same without defusing: for the GitHub annotations zhibiao writes itself.
void print_commands(const std::string& text);

// Before anything is read or written: SIGPIPE ignored (a closed pipe is an
// error from write, EPIPE), and closed standard streams reopened on
// /dev/null (read-only for standard output, so that writing to it fails) so
// that no data file is opened as one of them.
void prepare_output();
// After the command: flushes and closes standard output. Returns `status`,
// or kBadInput after "zhibiao: error: write error: …" when any write failed
// other than on a closed pipe.
int finish_output(int status);

// Where the output may go, checked before anything is read: a workbook
// (--format xlsx) is not written to a terminal, and --output never names one
// of the input files (nor a --catalog file). kOk, or kBadInput after a
// message on standard error naming `command`.
int check_output(const CommonOptions& o, const char* command);

// Writes a command's output where the options say: to --output FILE
// (created or truncated; the same bytes standard output would have had),
// else to standard output through print() — a workbook as it is. kOk, or
// kBadInput after a message when FILE cannot be written.
int emit(const CommonOptions& o, const std::string& output);

// For a command that writes as it goes (check): standard output becomes
// --output FILE (created or truncated), so that print() writes there and
// finish_output() reports a failed write naming FILE. kOk (also without
// --output), or kBadInput after a message when FILE cannot be opened.
int redirect_output(const CommonOptions& o);

}  // namespace zhibiao::cli
