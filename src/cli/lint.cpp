#include <memory>

#include "cli/commands.h"
#include "compute/warning.h"
#include "render/lint.h"
#include "render/messages.h"

namespace zhibiao::cli {

namespace {

int run_lint(const CommonOptions& o) {
  Diagnostics problems;
  Catalog catalog = catalog_of(o, problems);
  auto datasets = load_files(o.files, catalog, problems, o.max_errors);
  RenderOptions r = render_options(o);
  for (const auto& ds : datasets) {
    Diagnostics w = warning_diagnostics(ds, consistency_warnings(ds), r);
    problems.insert(problems.end(), w.begin(), w.end());
  }
  limit_problems(problems, o.max_errors);
  if (r.format != Format::Json) print_diagnostics(problems);
  print(render_lint(o.files, problems, r));
  return has_errors(problems) ? kBadInput : kOk;
}

}  // namespace

Runner setup_lint(CLI::App& sub) {
  auto o = std::make_shared<CommonOptions>();
  add_common_options(sub, *o, {Format::Table, Format::Json}, kFiles | kMaxErrors);
  sub.footer(examples({{"zhibiao lint examples/huolinguole-2020.yaml"},
                       {"zhibiao lint data/*.yaml", "exit 2 on any error, 0 otherwise", "有错误退出码为 2，否则为 0"},
                       {"cat 2020.yaml | zhibiao lint -", "standard input", "读标准输入"}}));
  return [o] { return run_lint(*o); };
}

}  // namespace zhibiao::cli
