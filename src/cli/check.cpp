#include "cli/commands.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <functional>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>
#include <utility>

#include <sys/stat.h>

#include <fmt/format.h>

#include "compute/evaluate.h"
#include "parse/dataset_reader.h"
#include "render/check.h"
#include "util/utf8.h"

namespace zhibiao::cli {

namespace {

using FolderId = std::pair<dev_t, ino_t>;

// The *.yaml and *.yml files below `folder` appended to `found`. Symlinks
// are followed, to files and to folders alike; each folder is searched once
// (by device and inode, `seen`), and a link back to a folder being searched
// (`above`) is reported once, not followed round. Whatever cannot be read
// is a problem: a folder that cannot be listed, a *.yaml link that dangles
// or loops (its read fails later), a link that loops.
void search_folder(const std::filesystem::path& folder, std::set<FolderId>& seen, std::set<FolderId>& above,
                   std::vector<std::string>& found, Diagnostics& problems) {
  namespace fs = std::filesystem;
  auto problem = [&](const fs::path& p, std::string why) {
    problems.push_back({utf8::sanitize(p.string()), {}, Severity::Error, std::move(why)});
  };
  struct stat st {};
  if (stat(folder.c_str(), &st) != 0) return problem(folder, fmt::format("cannot read: {}", std::strerror(errno)));
  const FolderId id{st.st_dev, st.st_ino};
  if (above.count(id)) return problem(folder, "a link back to a folder it is in (a loop): not followed");
  if (!seen.insert(id).second) return;  // reached by another link: searched already
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) return problem(folder, "cannot read the folder: " + ec.message());
  std::vector<fs::path> files, folders;
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    auto ext = p.extension();
    const bool yaml = ext == ".yaml" || ext == ".yml";
    std::error_code type_ec;
    const fs::file_status target = fs::status(p, type_ec);  // through links
    if (fs::is_directory(target)) folders.push_back(p);
    else if (yaml) files.push_back(p);  // not a regular file or a broken link: read_source says why
    else if (type_ec && it->is_symlink() && type_ec != std::errc::no_such_file_or_directory)
      problem(p, "cannot follow the link: " + type_ec.message());  // a looping link may have been a folder
  }
  if (ec) problem(folder, "cannot read the folder: " + ec.message());
  std::sort(files.begin(), files.end());
  std::sort(folders.begin(), folders.end());
  for (const auto& f : files) found.push_back(f.string());
  above.insert(id);
  for (const auto& d : folders) search_folder(d, seen, above, found, problems);
  above.erase(id);
}

// PATHs as files: folders searched (search_folder), files as given.
std::vector<std::string> expand(const std::vector<std::string>& paths, Diagnostics& problems) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p == "-" || !fs::is_directory(p, ec)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    std::set<FolderId> seen, above;
    const std::size_t before = problems.size();
    search_folder(p, seen, above, found, problems);
    std::sort(found.begin(), found.end());
    if (found.empty() && problems.size() == before)
      problems.push_back({utf8::sanitize(p), {}, Severity::Error, "no .yaml or .yml files in this folder"});
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace

CLI::App* setup_check(CLI::App& app, CheckOptions& o) {
  auto* sub = app.add_subcommand("check", "lint + evaluate targets; exit 0 all met, 1 a target missed, 2 bad input");
  add_common_options(*sub, o.common, {"table", "json", "junit", "github"}, kPaths | kNumbers | kYear | kMaxErrors);
  sub->add_flag("--strict", o.strict, "fail on warnings too");
  sub->add_flag("--allow-pending,!--no-allow-pending", o.allow_pending,
                "indicators with a target but no actual do not fail (default on)");
  sub->add_option("--jobs,-j", o.jobs,
                  "files checked in parallel (default: the number of cores); output order is stable")
      ->check(CLI::Range(1, 256));
  sub->footer(examples({"zhibiao check data/                       # every *.yaml below data/",
                        "zhibiao check data/ --format github         # annotations in a GitHub Actions log",
                        "zhibiao check --strict --format junit data/ > zhibiao.xml"}));
  return sub;
}

namespace {

// Loads, evaluates and renders one file; its dataset lives only this long.
FileOutput check_file(const std::string& path, const Catalog& catalog, const CheckOptions& o,
                      const CheckSettings& settings, const RenderOptions& r) {
  FileCheck fc;
  fc.file = utf8::sanitize(path);
  std::optional<Dataset> ds = load_dataset(path, catalog, fc.problems, o.common.max_errors);
  if (ds) {
    auto w = consistency_warnings(*ds);
    fc.problems.insert(fc.problems.end(), w.begin(), w.end());
    auto year = evaluated_year(*ds, o.common.year);
    if (!year) fc.problems.push_back({fc.file, {}, Severity::Error, year.error().message});
    else fc.rows = evaluate(*ds, *year);
  }
  limit_problems(fc.problems, o.common.max_errors);
  return render_check_file(fc, settings, r);
}

// Runs `work(i)` for i in [0, n) on `jobs` threads and hands the results to
// `emit` in order of i. At most a few results wait at a time, so memory does
// not grow with n.
void ordered_parallel(std::size_t n, unsigned jobs, const std::function<FileOutput(std::size_t)>& work,
                      const std::function<void(const FileOutput&)>& emit) {
  if (jobs <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) emit(work(i));
    return;
  }
  const std::size_t window = 4 * jobs;
  std::vector<std::optional<FileOutput>> slots(n);
  std::mutex m;
  std::condition_variable ready, room;
  std::size_t next = 0, emitted = 0;
  std::exception_ptr failure;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(m);
        room.wait(lock, [&] { return next >= n || next < emitted + window || failure; });
        if (next >= n || failure) return;
        i = next++;
      }
      std::optional<FileOutput> out;
      try {
        out = work(i);
      } catch (...) {
        std::lock_guard lock(m);
        failure = std::current_exception();
        ready.notify_all();
        room.notify_all();
        return;
      }
      std::lock_guard lock(m);
      slots[i] = std::move(out);
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (std::size_t i = 0; i < n; ++i) {
    std::optional<FileOutput> out;
    {
      std::unique_lock lock(m);
      ready.wait(lock, [&] { return slots[i].has_value() || failure; });
      if (failure) break;
      out = std::move(slots[i]);
      slots[i].reset();
      ++emitted;
      room.notify_all();
    }
    emit(*out);
  }
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

int run_check(const CheckOptions& o) {
  Diagnostics setup;
  Catalog catalog = load_catalog(o.common.catalog, setup);
  std::vector<std::string> files = expand(o.common.files, setup);
  CheckSettings settings{o.strict, o.allow_pending};
  RenderOptions r = render_options(o.common);
  std::vector<std::string> shown;  // the file names as output shows them
  for (const auto& f : files) shown.push_back(utf8::sanitize(f));
  CheckWriter writer(r, std::move(shown));
  bool error = false, failed = false;
  auto emit = [&](const FileOutput& f) {
    error = error || f.error;
    failed = failed || f.failed;
    if (r.format == Format::Table) print_diagnostics(f.problems);
    if (r.format == Format::Github) print_commands(writer.add(f));
    else print(writer.add(f));
  };
  print(writer.begin());
  // Problems before any data file (the catalog, the folders): each under
  // the file or folder it concerns, in the order found.
  limit_problems(setup, o.common.max_errors);
  std::vector<FileCheck> setup_parts;
  std::unordered_map<std::string, std::size_t> part_of;
  for (auto& d : setup) {
    auto [it, fresh] = part_of.try_emplace(d.file, setup_parts.size());
    if (fresh) setup_parts.push_back(FileCheck{d.file, {}, {}});
    setup_parts[it->second].problems.push_back(std::move(d));
  }
  for (const auto& fc : setup_parts) emit(render_check_file(fc, settings, r));
  unsigned jobs = o.jobs ? *o.jobs : std::max(1u, std::thread::hardware_concurrency());
  ordered_parallel(
      files.size(), jobs, [&](std::size_t i) { return check_file(files[i], catalog, o, settings, r); }, emit);
  print(writer.end());
  if (error) return kBadInput;
  return failed ? kFailed : kOk;
}

}  // namespace zhibiao::cli
