#include "cli/common.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

#include "parse/dataset_reader.h"
#include "util/guard.h"

namespace zhibiao::cli {

void add_common_options(CLI::App& sub, CommonOptions& o, const std::vector<std::string>& formats, unsigned set) {
  if (set & kFiles) sub.add_option("FILE", o.files, "data files (YAML); - reads standard input")->required();
  if (set & kPaths)
    sub.add_option("PATH", o.files, "data files or folders (searched for *.yaml, *.yml); - reads standard input")
        ->required();
  sub.add_option("--format", o.format, "output format")->check(CLI::IsMember(formats))->capture_default_str();
  sub.add_option("--lang", o.lang, "language of headers and names")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
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
  if (!(set & kNumbers)) return;
  sub.add_option("--precision", o.precision, "decimals to show (default: as the figures are written)")
      ->check(CLI::Range(0, 12));
  sub.add_option("--rounding", o.rounding, "half-up (四舍五入) or half-even (GB/T 8170)")
      ->check(CLI::IsMember({"half-up", "half-even"}))
      ->capture_default_str();
  sub.add_option("--color", o.color, "colour status words: auto (only on a terminal, not with NO_COLOR)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}

RenderOptions render_options(const CommonOptions& o) {
  RenderOptions r;
  if (o.format == "markdown") r.format = Format::Markdown;
  else if (o.format == "csv") r.format = Format::Csv;
  else if (o.format == "tsv") r.format = Format::Tsv;
  else if (o.format == "json") r.format = Format::Json;
  else if (o.format == "junit") r.format = Format::Junit;
  else if (o.format == "github") r.format = Format::Github;
  r.lang = o.lang == "en" ? Lang::En : Lang::Zh;
  r.precision = o.precision;
  r.rounding = o.rounding == "half-even" ? Rounding::HalfEven : Rounding::HalfUp;
  const char* no_color = std::getenv("NO_COLOR");
  r.color = o.color == "always" || (o.color == "auto" && isatty(STDOUT_FILENO) && !(no_color && *no_color));
  r.bom = o.bom;
  return r;
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
