#include "cli/commands.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>
#include <thread>
#include <unordered_map>
#include <utility>

#include <sys/stat.h>

#include <fmt/format.h>

#include "compute/judge.h"
#include "compute/select.h"
#include "parse/dataset_reader.h"
#include "render/check.h"
#include "render/messages.h"
#include "util/ordered_parallel.h"
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

struct CheckOptions {
  CommonOptions common;
  bool strict = false;
  bool allow_pending = true;
  bool binding_only = false;
  std::optional<unsigned> jobs;
};

// One file checked, and which --id words name one of its indicators.
struct Checked {
  FileOutput output;
  std::vector<bool> named;
  bool loaded = false;
};

// Loads, judges and renders one file; its dataset lives only this long.
// --id decides what counts (rows, failures, warnings; the file's own
// errors always count); --only and --sort only what is shown and in which
// order, after the verdict is taken.
Checked check_file(const std::string& path, const Catalog& catalog, const CheckOptions& o, const Selection& selection,
                   const JudgeOptions& j, const RenderOptions& r) {
  Checked out;
  FileCheck fc;
  fc.file = utf8::sanitize(path);
  std::optional<Dataset> ds = load_dataset(path, catalog, fc.problems, o.common.max_errors);
  std::optional<FileReport> report, judged;
  if (ds) {
    out.loaded = true;
    report = judge_file(*ds, j);
    if (!selection.names.empty()) {
      out.named = ids_named(o.common, catalog, *ds);
      narrow_file(*report, selection.names, j);
    }
    Diagnostics found = file_report_diagnostics(*report, r);
    fc.problems.insert(fc.problems.end(), found.begin(), found.end());
    fc.verdict = report->verdict;
    if (!selection.empty()) judged = *report;  // what the failures and the summary come from
    select_file(*report, selection);
    fc.report = &*report;
    if (judged) fc.judged = &*judged;
  }
  limit_problems(fc.problems, o.common.max_errors);
  out.output = render_check_file(fc, j, r);
  return out;
}

int run_check(const CheckOptions& o) {
  Diagnostics setup;
  Catalog catalog = catalog_of(o.common, setup);
  std::vector<std::string> files = expand(o.common.files, setup);
  {
    CommonOptions read = o.common;  // --output must name none of the files found in the folders either
    read.files.insert(read.files.end(), files.begin(), files.end());
    if (int status = check_output(read, "check"); status != kOk) return status;
  }
  // A workbook is written whole at the end (emit); any other format as it goes.
  const bool workbook = o.common.format == Format::Xlsx;
  if (!workbook)
    if (int status = redirect_output(o.common); status != kOk) return status;
  JudgeOptions judge = judge_options(o.common);
  judge.strict = o.strict;
  judge.allow_pending = o.allow_pending;
  judge.binding_only = o.binding_only;
  RenderOptions r = render_options(o.common);
  const Selection selection = resolve_selection(o.common, catalog);
  std::vector<std::string> shown;  // the file names as output shows them
  for (const auto& f : files) shown.push_back(utf8::sanitize(f));
  CheckWriter writer(r, std::move(shown));
  Verdict verdict = Verdict::Pass;
  std::vector<bool> named(o.common.selection.names.size(), false);
  bool any_loaded = false;
  auto emit_part = [&](const FileOutput& f) {
    verdict = worst(verdict, f.verdict);
    print_diagnostics(f.problems);  // on standard error in every format (SPEC §5.2), and in the output's own form too
    if (r.format == Format::Github) print_commands(writer.add(f));  // zhibiao's own commands, data escaped in them
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
    if (fresh) setup_parts.push_back(FileCheck{d.file, nullptr, nullptr, {}, Verdict::Error});
    setup_parts[it->second].problems.push_back(std::move(d));
  }
  for (const auto& fc : setup_parts) emit_part(render_check_file(fc, judge, r));
  unsigned jobs = o.jobs ? *o.jobs : std::max(1u, std::thread::hardware_concurrency());
  ordered_parallel<Checked>(
      files.size(), jobs, [&](std::size_t i) { return check_file(files[i], catalog, o, selection, judge, r); },
      [&](const Checked& c) {
        any_loaded = any_loaded || c.loaded;
        for (std::size_t w = 0; w < c.named.size(); ++w) named[w] = named[w] || c.named[w];
        emit_part(c.output);
      });
  // An --id naming no indicator of any file read is a usage error, as in
  // report; check streams, so it can say so only after the files' output
  // (a workbook, written at the end, is then not written).
  Diagnostics usage = any_loaded ? unnamed_ids(o.common, named) : Diagnostics{};
  if (!workbook) print(writer.end());
  if (!usage.empty()) {
    print_diagnostics(usage);
    return kBadInput;
  }
  if (workbook)
    if (int status = emit(o.common, writer.end()); status != kOk) return status;
  return exit_status(verdict);
}

}  // namespace

Runner setup_check(CLI::App& sub) {
  auto o = std::make_shared<CheckOptions>();
  add_common_options(sub, o->common,
                     {Format::Table, Format::Markdown, Format::Csv, Format::Tsv, Format::Json, Format::Junit,
                      Format::Github, Format::Xlsx},
                     kPaths | kNumbers | kYear | kJudge | kMaxErrors | kBom | kWidth | kOutput);
  add_select_options(sub, o->common, row_statuses());
  // What counts for the exit status differs from report: --id narrows it, --only does not.
  sub.get_option("--id")->description(
      say("check only this indicator: id, name or alias (repeatable); the others neither show nor count",
          "只检查此指标：id、名称或别名（可重复）；其余指标既不显示也不计入结果"));
  sub.get_option("--only")->description(
      say("list only the rows of this status (repeatable); failures, summaries and the exit status are unchanged",
          "只列出此状态的行（可重复）；不影响未达标提示、汇总和退出码"));
  sub.get_option("--width")->description(
      say("fit the summaries to N columns and fold longer failure lines, never cut (default: the terminal's width "
          "on a terminal, else unlimited; 0: unlimited)",
          "汇总行适应 N 列，过长的未达标提示折行而不截断（默认：终端上为终端宽度，否则不限；0：不限）"));
  sub.add_flag("--strict", o->strict, say("fail on warnings too", "有警告也判为不通过"));
  sub.add_flag("--binding-only", o->binding_only,
               say("fail only on missed binding (约束性) targets", "只有约束性目标未达标才判为不通过"));
  // Two options, each with its meaning on its own help line; they exclude each other.
  auto* allow = sub.add_flag_callback(
      "--allow-pending", [o] { o->allow_pending = true; },
      say("a target with no actual yet passes (default)", "有目标尚无实际值的指标不算失败（默认）"));
  auto* no_allow = sub.add_flag_callback(
      "--no-allow-pending", [o] { o->allow_pending = false; },
      say("a target with no actual yet fails (exit 1)", "有目标尚无实际值的指标算失败（退出码 1）"));
  allow->excludes(no_allow);
  sub.add_option("-j,--jobs", o->jobs,
                 say("files checked in parallel (default: the number of cores); output order is stable",
                     "并行检查的文件数（默认：CPU 核数）；输出顺序不变"))
      ->check(CLI::Range(1, 256))
      ->type_name("N");
  sub.footer(examples(
      {{"zhibiao check data/", "every *.yaml below data/", "data/ 下的每个 *.yaml"},
       {"zhibiao check data/ --format github", "annotations for GitHub Actions", "GitHub Actions 日志中的标注"},
       {"zhibiao check data/ --format csv --bom > 结果.csv", "one row per indicator and problem",
        "每个指标、每个问题一行"},
       {"zhibiao check --strict --format junit data/ > zhibiao.xml", "JUnit XML for CI", "供 CI 使用的 JUnit XML"},
       {"zhibiao check data/ --id gdp", "only GDP's targets count", "只检查 GDP 的目标（退出码也只看它）"}}));
  return [o] { return run_check(*o); };
}

}  // namespace zhibiao::cli
