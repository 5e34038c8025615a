#include <memory>

#include "cli/commands.h"
#include "render/catalog.h"

namespace zhibiao::cli {

namespace {

int run_indicators(const CommonOptions& o) {
  Diagnostics problems;
  Catalog catalog = catalog_of(o, problems);
  print_diagnostics(problems);
  if (has_errors(problems)) return kBadInput;
  print(render_catalog(catalog, render_options(o)));
  return kOk;
}

}  // namespace

Runner setup_indicators(CLI::App& sub) {
  auto o = std::make_shared<CommonOptions>();
  add_common_options(sub, *o, {Format::Table, Format::Markdown, Format::Csv, Format::Tsv, Format::Json}, kBom);
  sub.footer(
      examples({{"zhibiao indicators"},
                {"zhibiao indicators --format json --lang en", "English names, as JSON", "英文名称，JSON 格式"},
                {"zhibiao indicators --catalog my-indicators/", "with your own definitions", "加上自己的指标定义"}}));
  return [o] { return run_indicators(*o); };
}

}  // namespace zhibiao::cli
