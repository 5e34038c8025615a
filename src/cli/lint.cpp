#include "cli/commands.h"

#include <fmt/format.h>

#include "compute/evaluate.h"
#include "render/json.h"

namespace zhibiao::cli {

CLI::App* setup_lint(CLI::App& app, CommonOptions& o) {
  auto* sub = app.add_subcommand("lint", "validate data files: every problem in every file, located");
  add_common_options(*sub, o, {"table", "json"}, kFiles);
  sub->footer(examples({"zhibiao lint examples/huolinguole-2020.yaml",
                        "zhibiao lint data/*.yaml            # exit 2 on any error, 0 otherwise",
                        "cat 2020.yaml | zhibiao lint -"}));
  return sub;
}

int run_lint(const CommonOptions& o) {
  Diagnostics problems;
  Catalog catalog = load_catalog(o.catalog, problems);
  auto datasets = load_files(o.files, catalog, problems);
  for (const auto& ds : datasets) {
    auto w = consistency_warnings(ds);
    problems.insert(problems.end(), w.begin(), w.end());
  }
  int errors = 0, warnings = 0;
  for (const auto& d : problems) (d.severity == Severity::Error ? errors : warnings)++;
  RenderOptions r = render_options(o);
  if (r.format == Format::Json) {
    JsonWriter w(r.rounding);
    w.begin_object().key("files").begin_array();
    for (const auto& f : o.files) w.value(f);
    w.end_array().key("problems").begin_array();
    for (const auto& d : problems) write_problem_json(w, d);
    w.end_array().field("errors", errors).field("warnings", warnings).end_object();
    print(w.str());
  } else {
    print_diagnostics(problems);
    print(fmt::format("{} file{}: {} error{}, {} warning{}\n", o.files.size(), o.files.size() == 1 ? "" : "s", errors,
                      errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s"));
  }
  return errors ? kBadInput : kOk;
}

}  // namespace zhibiao::cli
