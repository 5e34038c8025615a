#include "cli/commands.h"

#include <algorithm>
#include <filesystem>

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
  add_common_options(*sub, o.common, {"table", "json", "junit", "github"});
  sub->add_flag("--strict", o.strict, "fail on warnings too");
  sub->add_flag("--allow-pending,!--no-allow-pending", o.allow_pending,
                "indicators with a target but no actual do not fail (default on)");
  sub->footer(examples({"zhibiao check data/                       # every *.yaml below data/",
                        "zhibiao check data/ --format github         # annotations in a GitHub Actions log",
                        "zhibiao check data/ --format junit > zhibiao.xml --strict"}));
  return sub;
}

int run_check(const CheckOptions& o) {
  Diagnostics setup;
  Catalog catalog = load_catalog(o.common.catalog, setup);
  std::vector<std::string> files = expand(o.common.files, setup);
  CheckResult result;
  result.strict = o.strict;
  result.allow_pending = o.allow_pending;
  bool error = has_errors(setup), failed = false;
  if (!setup.empty()) result.files.push_back(FileCheck{"zhibiao", {}, setup, {}});
  // Datasets live here so that the rows can point into them.
  std::vector<Dataset> datasets;
  datasets.reserve(files.size());
  for (const auto& path : files) {
    FileCheck fc;
    fc.file = path;
    if (auto ds = load_dataset(path, catalog, fc.problems)) {
      datasets.push_back(std::move(*ds));
      const Dataset& d = datasets.back();
      auto w = consistency_warnings(d);
      fc.problems.insert(fc.problems.end(), w.begin(), w.end());
      auto year = evaluated_year(d, o.common.year);
      if (!year) fc.problems.push_back({path, {}, Severity::Error, year.error().message});
      else fc.rows = evaluate(d, *year);
      for (const auto& r : fc.rows) fc.summary.add(r.status);
    }
    error = error || has_errors(fc.problems);
    if (o.strict && !fc.problems.empty()) failed = true;
    for (const auto& r : fc.rows) failed = failed || row_fails(r, result);
    result.files.push_back(std::move(fc));
  }
  RenderOptions r = render_options(o.common);
  if (r.format == Format::Table)
    for (const auto& f : result.files) print_diagnostics(f.problems);
  print(render_check(result, r));
  if (error) return kBadInput;
  return failed ? kFailed : kOk;
}

}  // namespace zhibiao::cli
