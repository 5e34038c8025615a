#include "cli/common.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <utility>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "parse/catalog_data.h"
#include "parse/dataset_reader.h"
#include "util/guard.h"
#include "util/utf8.h"

namespace zhibiao::cli {

namespace {

// CLI11 parses a word into an enum through a map of the accepted words.
template <class E>
CLI::Option* add_choice(CLI::App& sub, const std::string& name, E& value, const std::map<std::string, E>& words,
                        const std::string& help) {
  std::string shown, list;
  for (const auto& [word, v] : words) {
    if (v == value) shown = word;
    list += (list.empty() ? "" : ",") + word;
  }
  // Word to number for CLI11's enum conversion; help and errors show only
  // the words (--format {csv,json,table}=table).
  CLI::Validator to_enum(
      [words, list](std::string& text) -> std::string {
        auto it = words.find(text);
        if (it == words.end()) return text + " not in {" + list + "}";
        text = std::to_string(static_cast<int>(it->second));
        return "";
      },
      "");
  return sub.add_option(name, value, help)->transform(to_enum)->type_name("{" + list + "}")->default_str(shown);
}

const char* format_word(Format f) {
  switch (f) {
    case Format::Table: return "table";
    case Format::Markdown: return "markdown";
    case Format::Csv: return "csv";
    case Format::Tsv: return "tsv";
    case Format::Json: return "json";
    case Format::Junit: return "junit";
    case Format::Github: return "github";
  }
  return "table";
}

}  // namespace

int exit_status(Verdict v) {
  switch (v) {
    case Verdict::Pass: return kOk;
    case Verdict::Fail: return kFailed;
    case Verdict::Error: return kBadInput;
  }
  return kBadInput;
}

void add_number_options(CLI::App& sub, std::optional<int>& precision, Rounding& rounding, const char* precision_help) {
  sub.add_option("--precision", precision, precision_help)->check(CLI::Range(0, 12));
  add_choice(sub, "--rounding", rounding, {{"half-up", Rounding::HalfUp}, {"half-even", Rounding::HalfEven}},
             "half-up (四舍五入) or half-even (GB/T 8170)");
}

void add_common_options(CLI::App& sub, CommonOptions& o, std::initializer_list<Format> formats, unsigned set) {
  if (set & kFiles) sub.add_option("FILE", o.files, "data files (YAML); - reads standard input")->required();
  if (set & kPaths)
    sub.add_option("PATH", o.files, "data files or folders (searched for *.yaml, *.yml); - reads standard input")
        ->required();
  std::map<std::string, Format> format_words;
  for (Format f : formats) format_words[format_word(f)] = f;
  add_choice(sub, "--format", o.format, format_words, "output format");
  add_choice(sub, "--lang", o.lang, {{"zh", Lang::Zh}, {"en", Lang::En}}, "language of headers and names");
  sub.add_option("--catalog", o.catalog,
                 "a folder of indicator definitions that add to or override the built-in catalog");
  if (set & kMaxErrors)
    sub.add_option("--max-errors", o.max_errors,
                   "problems shown per file; the rest are counted in a last line (0: no limit)")
        ->capture_default_str();
  if (set & kBom) sub.add_flag("--bom", o.bom, "start CSV output with a UTF-8 BOM (for Excel)");
  if (set & kYear)
    sub.add_option("--year", o.year, "the year to evaluate (default: the latest year with a target)")
        ->check(CLI::Range(1000, 9999));
  if (set & kJudge)
    add_choice(sub, "--judge", o.judging.rounded, {{"exact", false}, {"rounded", true}},
               "compare the full value (exact, default) or the value rounded as published (rounded, GB/T 8170 "
               "修约值比较法)");
  if (set & kWidth)
    sub.add_option("--width", o.width,
                   "fit tables to N columns, dropping the least important columns first (default: the terminal's "
                   "width on a terminal, else unlimited; 0: unlimited)");
  if (!(set & kNumbers)) return;
  add_number_options(sub, o.precision, o.rounding, "decimals to show (default: as the figures are written)");
  add_choice(sub, "--color", o.color,
             {{"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}},
             "colour status words: auto (only on a terminal, not with NO_COLOR)");
}

namespace {

// The Chinese status words --only also takes, by their JSON names.
const std::map<std::string, std::string, std::less<>> kStatusWords = {{"达标", "met"},
                                                                      {"未达标", "missed"},
                                                                      {"待定", "pending"},
                                                                      {"无目标", "no_target"},
                                                                      {"基本达标", "within_tolerance"},
                                                                      {"提前实现", "achieved"},
                                                                      {"快于预期", "ahead"},
                                                                      {"基本符合预期", "on_track"},
                                                                      {"滞后", "behind"},
                                                                      {"超序时", "ahead"},
                                                                      {"符合序时", "on_track"},
                                                                      {"慢于序时", "behind"},
                                                                      {"按年度统计", "annual_only"}};

// The terminal's width: COLUMNS when set to a number, else the terminal's own, else 80.
std::size_t terminal_width() {
  if (const char* c = std::getenv("COLUMNS"); c && *c) {
    char* end = nullptr;
    long n = std::strtol(c, &end, 10);
    if (*end == '\0' && n > 0 && n < 10000) return static_cast<std::size_t>(n);
  }
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

}  // namespace

void add_select_options(CLI::App& sub, CommonOptions& o, const std::vector<std::string_view>& statuses) {
  std::string list;
  for (auto s : statuses) list += (list.empty() ? "" : ",") + std::string(s);
  CLI::Validator status_word(
      [statuses, list](std::string& text) -> std::string {
        std::string word = text;
        if (auto it = kStatusWords.find(word); it != kStatusWords.end()) word = it->second;
        std::replace(word.begin(), word.end(), '-', '_');
        if (std::find(statuses.begin(), statuses.end(), word) == statuses.end())
          return text + " not in {" + list + "} (or their Chinese words: 达标, 未达标 …)";
        text = word;
        return "";
      },
      "");
  if (!statuses.empty())
    sub.add_option("--only", o.selection.statuses, "show only the rows of this status (repeatable)")
        ->transform(status_word)
        ->type_name("{" + list + "}");
  sub.add_option("--id", o.selection.names, "show only this indicator: id, name or alias (repeatable)")
      ->type_name("ID");
  if (statuses.empty()) {  // rows without a status: by name only
    add_choice(sub, "--sort", o.selection.sort, {{"name", SortKey::Name}}, "order of the series: name");
    return;
  }
  add_choice(sub, "--sort", o.selection.sort,
             {{"status", SortKey::Status}, {"variance", SortKey::Variance}, {"name", SortKey::Name}},
             "order of the rows: status (the worst first), variance (the furthest behind first), name; default: as "
             "in the files");
}

Selection selection_of(const CommonOptions& o, const Catalog& catalog, const std::vector<Dataset>& datasets,
                       Diagnostics& problems) {
  Selection s = o.selection;
  s.english_names = o.lang == Lang::En;
  for (const std::string& word : o.selection.names) {
    const CatalogEntry* e = catalog.find_by_name(word);
    if (e) s.names.push_back(e->id);
    bool found = false;
    for (const Dataset& ds : datasets)
      for (const Indicator& ind : ds.indicators)
        found = found || names_indicator(ind, {word}) || (e && ind.id == e->id);
    if (!found && !datasets.empty())
      problems.push_back(
          {"zhibiao",
           {},
           Severity::Error,
           "--id '" + utf8::sanitize(word) + "' names no indicator of the files (an id, name or alias)"});
  }
  return s;
}

RenderOptions render_options(const CommonOptions& o) {
  RenderOptions r;
  r.format = o.format;
  r.lang = o.lang;
  r.precision = o.precision;
  r.rounding = o.rounding;
  const char* no_color = std::getenv("NO_COLOR");
  r.color =
      o.color == ColorMode::Always || (o.color == ColorMode::Auto && isatty(STDOUT_FILENO) && !(no_color && *no_color));
  r.bom = o.bom;
  r.width = o.width ? *o.width : isatty(STDOUT_FILENO) ? terminal_width() : 0;
  return r;
}

JudgeOptions judge_options(const CommonOptions& o) {
  JudgeOptions j;
  j.year = o.year;
  j.judging = o.judging;
  j.judging.rounding = o.rounding;
  return j;
}

Catalog catalog_of(const CommonOptions& o, Diagnostics& problems) {
  return load_catalog(builtin_catalog(), o.catalog, problems);
}

std::vector<Dataset> load_files(const std::vector<std::string>& files, const Catalog& catalog, Diagnostics& problems,
                                std::size_t max_errors) {
  std::vector<Dataset> out;
  bool stdin_read = false;
  for (const auto& f : files) {
    if (f == "-" && std::exchange(stdin_read, true)) {
      problems.push_back({f, {}, Severity::Error, "standard input can be read only once"});
      continue;
    }
    if (auto ds = load_dataset(f, catalog, problems, max_errors)) out.push_back(std::move(*ds));
  }
  return out;
}

void print_diagnostics(const Diagnostics& ds) {
  for (const auto& d : ds) std::fprintf(stderr, "%s\n", guard::defuse_commands(format_diagnostic(d)).c_str());
}

namespace {

int write_errno = 0;  // of the first failed write to standard output; none after it

void write_out(std::string_view text) {
  if (write_errno || text.empty()) return;
  errno = 0;
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) write_errno = errno ? errno : EIO;
}

}  // namespace

void print(const std::string& text) { write_out(guard::defuse_commands(text)); }

void print_commands(const std::string& text) { write_out(text); }

void prepare_output() {
  std::signal(SIGPIPE, SIG_IGN);
  for (int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    int mode = fd == STDERR_FILENO ? O_WRONLY : O_RDONLY;
    int opened = open("/dev/null", mode);  // the lowest free descriptor: `fd`
    if (opened != fd && opened >= 0) close(opened);
  }
}

int finish_output(int status) {
  errno = 0;
  if (std::fflush(stdout) != 0 && !write_errno) write_errno = errno ? errno : EIO;
  if (std::ferror(stdout) && !write_errno) write_errno = EIO;
  errno = 0;
  if (std::fclose(stdout) != 0 && !write_errno) write_errno = errno ? errno : EIO;
  if (!write_errno || write_errno == EPIPE) return status;
  std::fprintf(stderr, "zhibiao: error: write error: %s\n", std::strerror(write_errno));
  return kBadInput;
}

std::string examples(std::initializer_list<const char*> lines) {
  std::string out = "\nExamples:\n";
  for (const char* l : lines) out += std::string("  ") + l + "\n";
  return out;
}

}  // namespace zhibiao::cli
