#include "cli/common.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <utility>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
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
    case Format::Xlsx: return "xlsx";
  }
  return "table";
}

}  // namespace

bool takes_bom(Format f) { return f == Format::Csv; }

int exit_status(Verdict v) {
  switch (v) {
    case Verdict::Pass: return kOk;
    case Verdict::Fail: return kFailed;
    case Verdict::Error: return kBadInput;
  }
  return kBadInput;
}

void add_number_options(CLI::App& sub, std::optional<int>& precision, Rounding& rounding, const char* precision_help) {
  sub.add_option("--precision", precision, precision_help)->check(CLI::Range(0, 12))->type_name("N");
  add_choice(sub, "--rounding", rounding, {{"half-up", Rounding::HalfUp}, {"half-even", Rounding::HalfEven}},
             say("half-up (四舍五入) or half-even (GB/T 8170)", "half-up（四舍五入）或 half-even（GB/T 8170 修约）"));
}

void add_common_options(CLI::App& sub, CommonOptions& o, std::initializer_list<Format> formats, unsigned set) {
  if (set & kFiles)
    sub.add_option("FILE", o.files, say("data files (YAML); - reads standard input", "数据文件（YAML）；- 读标准输入"))
        ->required();
  if (set & kPaths)
    sub.add_option("PATH", o.files,
                   say("data files or folders (searched for *.yaml, *.yml); - reads standard input",
                       "数据文件或文件夹（查找其中的 *.yaml、*.yml）；- 读标准输入"))
        ->required();
  std::map<std::string, Format> format_words;
  for (Format f : formats) format_words[format_word(f)] = f;
  add_choice(sub, "--format", o.format, format_words, say("output format", "输出格式"));
  add_choice(sub, "--lang", o.lang, {{"zh", Lang::Zh}, {"en", Lang::En}},
             say("language of headers, names and this help", "表头、指标名称和本帮助的语言"));
  sub.add_option("--catalog", o.catalog,
                 say("a folder of indicator definitions that add to or override the built-in catalog",
                     "指标定义文件夹：补充或覆盖内置指标目录"))
      ->type_name("DIR");
  if (set & kMaxErrors)
    sub.add_option("--max-errors", o.max_errors,
                   say("problems shown per file; the rest are counted in a last line (0: no limit)",
                       "每个文件最多显示的问题数，其余在最后一行计数（0：不限）"))
        ->capture_default_str()
        ->type_name("N");
  if (set & kOutput)
    sub.add_option("-o,--output", o.output,
                   say("write to FILE instead of standard output (never one of the input files); --format xlsx "
                       "needs it on a terminal",
                       "写入 FILE 而非标准输出（不可为输入文件）；在终端上 --format xlsx 必须用它"))
        ->type_name("FILE");
  if (set & kBom) {
    sub.add_flag("--bom", o.bom,
                 say("start CSV output with a UTF-8 BOM (for Excel)", "CSV 输出以 UTF-8 BOM 开头（供 Excel 打开）"));
    // After every option is read, whatever their order: --bom with a format
    // that has no BOM would be silently ignored, so it is a usage error.
    sub.parse_complete_callback([&o] {
      if (o.bom && !takes_bom(o.format))
        throw CLI::ValidationError(
            "--bom", std::string("only --format csv starts with a BOM, not --format ") + format_word(o.format));
    });
  }
  if (set & kYear)
    sub.add_option(
           "--year", o.year,
           say("the year to evaluate (default: the latest year with a target)", "评价的年份（默认：有目标的最近一年）"))
        ->check(CLI::Range(1000, 9999))
        ->type_name("YEAR");
  if (set & kJudge)
    add_choice(sub, "--judge", o.judging.rounded, {{"exact", false}, {"rounded", true}},
               say("compare the full value (exact, default) or the value rounded as published (rounded, GB/T 8170 "
                   "修约值比较法)",
                   "exact 用全数值比较（默认）；rounded 用公布时的修约值比较（GB/T 8170 修约值比较法）"));
  if (set & kWidth)
    sub.add_option("--width", o.width,
                   say("fit tables to N columns, dropping the least important columns first (default: the "
                       "terminal's width on a terminal, else unlimited; 0: unlimited)",
                       "表格宽度不超过 N 列，先省去最不重要的列（默认：终端上为终端宽度，否则不限；0：不限）"))
        ->check(CLI::Range(0, 100000))
        ->type_name("N");
  if (!(set & kNumbers)) return;
  add_number_options(
      sub, o.precision, o.rounding,
      say("decimals to show (default: as the figures are written)", "显示的小数位数（默认：与数据写法一致）"));
  add_choice(sub, "--color", o.color,
             {{"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}},
             say("colour status words: auto (only on a terminal, not with NO_COLOR)",
                 "状态着色：auto（仅在终端上，且未设置 NO_COLOR）"));
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
    sub.add_option("--only", o.selection.statuses,
                   say("show only the rows of this status (repeatable)", "只显示此状态的行（可重复）"))
        ->transform(status_word)
        ->allow_extra_args(false)  // one word each time: `--only missed FILE` leaves FILE a file
        ->type_name("{" + list + "}");
  sub.add_option(
         "--id", o.selection.names,
         say("show only this indicator: id, name or alias (repeatable)", "只显示此指标：id、名称或别名（可重复）"))
      ->allow_extra_args(false)  // one word each time: `--id gdp a.yaml b.yaml` reads both files
      ->type_name("ID");
  if (statuses.empty()) {  // rows without a status: by name only
    add_choice(sub, "--sort", o.selection.sort, {{"name", SortKey::Name}},
               say("order of the series: name", "序列的顺序：name（按名称）"));
    return;
  }
  add_choice(sub, "--sort", o.selection.sort,
             {{"status", SortKey::Status}, {"variance", SortKey::Variance}, {"name", SortKey::Name}},
             say("order of the rows: status (the worst first), variance (the furthest behind first), name; default: "
                 "as in the files",
                 "行的顺序：status（最差的在前）、variance（差距最大的在前）、name；默认：按文件中的顺序"));
}

Selection resolve_selection(const CommonOptions& o, const Catalog& catalog) {
  Selection s = o.selection;
  s.english_names = o.lang == Lang::En;
  for (const std::string& word : o.selection.names)
    if (const CatalogEntry* e = catalog.find_by_name(word)) s.names.push_back(e->id);
  return s;
}

std::vector<bool> ids_named(const CommonOptions& o, const Catalog& catalog, const Dataset& ds) {
  std::vector<bool> named;
  for (const std::string& word : o.selection.names) {
    const CatalogEntry* e = catalog.find_by_name(word);
    bool found = false;
    for (const Indicator& ind : ds.indicators) found = found || names_indicator(ind, {word}) || (e && ind.id == e->id);
    named.push_back(found);
  }
  return named;
}

Diagnostics unnamed_ids(const CommonOptions& o, const std::vector<bool>& named) {
  Diagnostics usage;
  for (std::size_t i = 0; i < o.selection.names.size(); ++i)
    if (i >= named.size() || !named[i])
      usage.push_back({"zhibiao",
                       {},
                       Severity::Error,
                       "--id '" + utf8::sanitize(o.selection.names[i]) +
                           "' names no indicator of the files (an id, name or alias)"});
  return usage;
}

std::optional<Selection> selection_of(const CommonOptions& o, const Catalog& catalog,
                                      const std::vector<Dataset>& datasets, const Diagnostics& problems) {
  if (datasets.empty() || o.selection.names.empty()) return resolve_selection(o, catalog);
  std::vector<bool> named(o.selection.names.size(), false);
  for (const Dataset& ds : datasets) {
    std::vector<bool> here = ids_named(o, catalog, ds);
    for (std::size_t i = 0; i < named.size(); ++i) named[i] = named[i] || here[i];
  }
  Diagnostics usage = unnamed_ids(o, named);
  if (usage.empty()) return resolve_selection(o, catalog);
  print_diagnostics(problems);
  print_diagnostics(usage);
  return std::nullopt;
}

RenderOptions render_options(const CommonOptions& o) {
  RenderOptions r;
  r.format = o.format;
  r.lang = o.lang;
  r.precision = o.precision;
  r.rounding = o.rounding;
  const char* no_color = std::getenv("NO_COLOR");
  // --output FILE is no terminal, whatever standard output is.
  const bool terminal = (!o.output || *o.output == "-") && isatty(STDOUT_FILENO);
  r.color = o.color == ColorMode::Always || (o.color == ColorMode::Auto && terminal && !(no_color && *no_color));
  r.bom = o.bom;
  r.width = o.width ? *o.width : terminal ? terminal_width() : 0;
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
  share_places(out);
  return out;
}

void print_diagnostics(const Diagnostics& ds) {
  for (const auto& d : ds) std::fprintf(stderr, "%s\n", guard::defuse_commands(format_diagnostic(d)).c_str());
}

namespace {

int write_errno = 0;      // of the first failed write to standard output; none after it
std::string output_file;  // what standard output was turned into (redirect_output), for messages

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
  if (!output_file.empty())
    std::fprintf(stderr, "zhibiao: error: cannot write '%s': %s\n", utf8::sanitize(output_file).c_str(),
                 std::strerror(write_errno));
  else std::fprintf(stderr, "zhibiao: error: write error: %s\n", std::strerror(write_errno));
  return kBadInput;
}

namespace {

bool to_standard_output(const CommonOptions& o) { return !o.output || *o.output == "-"; }

// Whether `a` and `b` are the same file (device and inode), both existing.
bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {
  }, sb{};
  return stat(a.c_str(), &sa) == 0 && stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// Whether `path` is the file standard input reads (`zhibiao check - --output
// x.yaml < x.yaml` would empty it before reading it).
bool is_standard_input(const std::string& path) {
  struct stat sa {
  }, sin{};
  return stat(path.c_str(), &sa) == 0 && fstat(STDIN_FILENO, &sin) == 0 && S_ISREG(sin.st_mode) &&
         sa.st_dev == sin.st_dev && sa.st_ino == sin.st_ino;
}

// The files --output must not name: the inputs and the --catalog files.
std::vector<std::string> read_files(const CommonOptions& o) {
  std::vector<std::string> out;
  for (const auto& f : o.files)
    if (f != "-") out.push_back(f);
  if (o.catalog) {
    std::error_code ec;
    for (std::filesystem::directory_iterator it(*o.catalog, ec), end; !ec && it != end; it.increment(ec))
      out.push_back(it->path().string());
  }
  return out;
}

}  // namespace

int check_output(const CommonOptions& o, const char* command) {
  if (to_standard_output(o)) {
    if (o.format == Format::Xlsx && isatty(STDOUT_FILENO)) {
      std::fprintf(stderr,
                   "zhibiao %s: error: --format xlsx writes a binary workbook, not for a terminal: give --output "
                   "FILE.xlsx (or redirect standard output to a file)\n",
                   command);
      return kBadInput;
    }
    return kOk;
  }
  const bool reads_stdin = std::find(o.files.begin(), o.files.end(), "-") != o.files.end();
  if (reads_stdin && is_standard_input(*o.output)) {
    std::fprintf(stderr,
                 "zhibiao %s: error: --output '%s' is the file read from standard input: refusing to "
                 "overwrite it\n",
                 command, utf8::sanitize(*o.output).c_str());
    return kBadInput;
  }
  for (const auto& f : read_files(o))
    if (*o.output == f || same_file(*o.output, f)) {
      std::fprintf(stderr, "zhibiao %s: error: --output '%s' is one of the files read: refusing to overwrite it\n",
                   command, utf8::sanitize(*o.output).c_str());
      return kBadInput;
    }
  return kOk;
}

int emit(const CommonOptions& o, const std::string& output) {
  const bool workbook = o.format == Format::Xlsx;
  if (to_standard_output(o)) {
    if (workbook) print_commands(output);  // bytes of a zip archive: nothing to defuse
    else print(output);
    return kOk;
  }
  const std::string bytes = workbook ? output : guard::defuse_commands(output);
  const std::string& path = *o.output;
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  int error = fd < 0 ? errno : 0;
  for (std::size_t done = 0; !error && done < bytes.size();) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) error = n < 0 ? errno : EIO;
    else done += static_cast<std::size_t>(n);
  }
  if (fd >= 0 && close(fd) != 0 && !error) error = errno;
  if (!error) return kOk;
  std::fprintf(stderr, "zhibiao: error: cannot write '%s': %s\n", utf8::sanitize(path).c_str(), std::strerror(error));
  return kBadInput;
}

int redirect_output(const CommonOptions& o) {
  if (to_standard_output(o)) return kOk;
  const std::string& path = *o.output;
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  int error = fd < 0 ? errno : 0;
  if (!error && std::fflush(stdout) == 0 && dup2(fd, STDOUT_FILENO) < 0) error = errno;
  if (fd >= 0) close(fd);
  if (!error) {
    output_file = path;
    return kOk;
  }
  std::fprintf(stderr, "zhibiao: error: cannot write '%s': %s\n", utf8::sanitize(path).c_str(), std::strerror(error));
  return kBadInput;
}

}  // namespace zhibiao::cli
