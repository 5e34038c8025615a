#include <memory>

#include "cli/commands.h"
#include "parse/extract.h"
#include "parse/source.h"
#include "render/extract.h"
#include "util/encoding.h"

namespace zhibiao::cli {

namespace {

struct ExtractOptions {
  std::string file;
  std::optional<int> year;
  std::optional<std::string> catalog;
};

int run_extract(const ExtractOptions& o) {
  Diagnostics problems;
  CommonOptions common;
  common.catalog = o.catalog;
  Catalog catalog = catalog_of(common, problems);
  auto bytes = read_source(o.file, problems);
  std::optional<std::string> text;
  if (bytes) {
    text = decode_utf8_or_gbk(*bytes);
    if (!text) problems.push_back({o.file, {}, Severity::Error, "the report is neither UTF-8 nor GBK text"});
  }
  print_diagnostics(problems);
  if (has_errors(problems) || !text) return kBadInput;
  print(render_extract(extract_report(*text, catalog, o.year)));
  return kOk;
}

}  // namespace

Runner setup_extract(CLI::App& sub) {
  auto o = std::make_shared<ExtractOptions>();
  sub.add_option("REPORT", o->file, "the work report as text, UTF-8 or GBK (- for standard input)")->required();
  sub.add_option("--year", o->year, "the year of the targets, when the text does not say it")
      ->check(CLI::Range(1001, 9999));
  sub.add_option("--catalog", o->catalog, "a folder of indicator definitions (their names and aliases are matched)");
  sub.footer(examples({"zhibiao extract report.txt > draft.yaml && zhibiao lint draft.yaml",
                       "zhibiao extract report-gbk.txt --year 2020", "curl -s URL | zhibiao extract -"}));
  return [o] { return run_extract(*o); };
}

}  // namespace zhibiao::cli
