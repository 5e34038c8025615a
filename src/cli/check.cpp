#include "cli/commands.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <thread>

#include "compute/judge.h"
#include "parse/dataset_reader.h"
#include "render/check.h"
#include "render/messages.h"
#include "util/ordered_parallel.h"

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

struct CheckOptions {
  CommonOptions common;
  bool strict = false;
  bool allow_pending = true;
  bool binding_only = false;
  std::optional<unsigned> jobs;
};

// Loads, judges and renders one file; its dataset lives only this long.
FileOutput check_file(const std::string& path, const Catalog& catalog, const JudgeOptions& j, const RenderOptions& r) {
  FileCheck fc;
  fc.file = path;
  std::optional<Dataset> ds = load_dataset(path, catalog, fc.problems);
  std::optional<FileReport> report;
  if (ds) {
    report = judge_file(*ds, j);
    Diagnostics found = file_report_diagnostics(*report, r);
    fc.problems.insert(fc.problems.end(), found.begin(), found.end());
    fc.report = &*report;
    fc.verdict = report->verdict;
  }
  return render_check_file(fc, j, r);
}

int run_check(const CheckOptions& o) {
  Diagnostics setup;
  Catalog catalog = catalog_of(o.common, setup);
  std::vector<std::string> files = expand(o.common.files, setup);
  JudgeOptions judge = judge_options(o.common);
  judge.strict = o.strict;
  judge.allow_pending = o.allow_pending;
  judge.binding_only = o.binding_only;
  RenderOptions r = render_options(o.common);
  CheckWriter writer(r, files);
  Verdict verdict = Verdict::Pass;
  auto emit = [&](const FileOutput& f) {
    verdict = worst(verdict, f.verdict);
    if (r.format == Format::Table) print_diagnostics(f.problems);
    print(writer.add(f));
  };
  print(writer.begin());
  if (!setup.empty()) emit(render_check_file(FileCheck{"zhibiao", nullptr, setup, Verdict::Error}, judge, r));
  unsigned jobs = o.jobs ? *o.jobs : std::max(1u, std::thread::hardware_concurrency());
  ordered_parallel<FileOutput>(
      files.size(), jobs, [&](std::size_t i) { return check_file(files[i], catalog, judge, r); }, emit);
  print(writer.end());
  return exit_status(verdict);
}

}  // namespace

Runner setup_check(CLI::App& sub) {
  auto o = std::make_shared<CheckOptions>();
  add_common_options(sub, o->common, {Format::Table, Format::Json, Format::Junit, Format::Github},
                     kPaths | kNumbers | kYear | kJudge);
  sub.add_flag("--strict", o->strict, "fail on warnings too");
  sub.add_flag("--binding-only", o->binding_only, "fail only on missed binding (约束性) targets");
  sub.add_flag("--allow-pending,!--no-allow-pending", o->allow_pending,
               "indicators with a target but no actual do not fail (default on)");
  sub.add_option("--jobs,-j", o->jobs,
                 "files checked in parallel (default: the number of cores); output order is stable")
      ->check(CLI::Range(1, 256));
  sub.footer(examples({"zhibiao check data/                          # every *.yaml below data/",
                       "zhibiao check data/ --format github          # annotations in a GitHub Actions log",
                       "zhibiao check --strict --format junit data/ > zhibiao.xml"}));
  return [o] { return run_check(*o); };
}

}  // namespace zhibiao::cli
