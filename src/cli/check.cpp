#include "cli/commands.h"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

#include "compute/evaluate.h"
#include "parse/dataset_reader.h"
#include "render/check.h"

namespace zhibiao::cli {

namespace {

// PATHs as files: folders searched recursively for *.yaml and *.yml, sorted.
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
    for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      auto ext = it->path().extension();
      if ((ext == ".yaml" || ext == ".yml") && it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    if (ec) problems.push_back({p, {}, Severity::Error, "cannot read the folder: " + ec.message()});
    if (found.empty() && !ec) problems.push_back({p, {}, Severity::Error, "no .yaml or .yml files in this folder"});
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace

CLI::App* setup_check(CLI::App& app, CheckOptions& o) {
  auto* sub = app.add_subcommand("check", "lint + evaluate targets; exit 0 all met, 1 a target missed, 2 bad input");
  add_common_options(*sub, o.common, {"table", "json", "junit", "github"}, kPaths | kNumbers | kYear);
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
  fc.file = path;
  std::optional<Dataset> ds = load_dataset(path, catalog, fc.problems);
  if (ds) {
    auto w = consistency_warnings(*ds);
    fc.problems.insert(fc.problems.end(), w.begin(), w.end());
    auto year = evaluated_year(*ds, o.common.year);
    if (!year) fc.problems.push_back({path, {}, Severity::Error, year.error().message});
    else fc.rows = evaluate(*ds, *year);
  }
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
  CheckWriter writer(r, files);
  bool error = false, failed = false;
  auto emit = [&](const FileOutput& f) {
    error = error || f.error;
    failed = failed || f.failed;
    if (r.format == Format::Table) print_diagnostics(f.problems);
    print(writer.add(f));
  };
  print(writer.begin());
  if (!setup.empty()) {
    FileCheck fc{"zhibiao", {}, setup};
    emit(render_check_file(fc, settings, r));
  }
  unsigned jobs = o.jobs ? *o.jobs : std::max(1u, std::thread::hardware_concurrency());
  ordered_parallel(
      files.size(), jobs, [&](std::size_t i) { return check_file(files[i], catalog, o, settings, r); }, emit);
  print(writer.end());
  if (error) return kBadInput;
  return failed ? kFailed : kOk;
}

}  // namespace zhibiao::cli
