#include "cli/commands.h"

#include <fmt/format.h>

#include "compute/evaluate.h"
#include "render/json.h"
#include "util/utf8.h"

namespace zhibiao::cli {

CLI::App* setup_lint(CLI::App& app, CommonOptions& o) {
  auto* sub = app.add_subcommand("lint", "validate data files: every problem in every file, located");
  add_common_options(*sub, o, {"table", "json"}, kFiles | kMaxErrors);
  sub->footer(examples({"zhibiao lint examples/huolinguole-2020.yaml",
                        "zhibiao lint data/*.yaml            # exit 2 on any error, 0 otherwise",
                        "cat 2020.yaml | zhibiao lint -"}));
  return sub;
}

int run_lint(const CommonOptions& o) {
  Diagnostics problems;
  Catalog catalog = load_catalog(o.catalog, problems);
  auto datasets = load_files(o.files, catalog, problems, o.max_errors);
  for (const auto& ds : datasets) {
    auto w = consistency_warnings(ds);
    problems.insert(problems.end(), w.begin(), w.end());
  }
  limit_problems(problems, o.max_errors);
  std::size_t errors = 0, warnings = 0;  // an entry that counts more stands for that many
  for (const auto& d : problems) (d.severity == Severity::Error ? errors : warnings) += d.more ? d.more : 1;
  RenderOptions r = render_options(o);
  if (r.format == Format::Json) {
    JsonWriter w(r.rounding);
    w.begin_object().key("files").begin_array();
    for (const auto& f : o.files) w.value(utf8::sanitize(f));
    w.end_array().key("problems").begin_array();
    for (const auto& d : problems) write_problem_json(w, d);
    w.end_array()
        .field("errors", static_cast<long long>(errors))
        .field("warnings", static_cast<long long>(warnings))
        .end_object();
    print(w.str());
  } else {
    print_diagnostics(problems);
    print(fmt::format("{} file{}: {} error{}, {} warning{}\n", o.files.size(), o.files.size() == 1 ? "" : "s", errors,
                      errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s"));
  }
  return errors ? kBadInput : kOk;
}

}  // namespace zhibiao::cli
