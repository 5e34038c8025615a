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
  sub.add_option("REPORT", o->file,
                 say("the work report as text, UTF-8 or GBK (- for standard input)",
                     "政府工作报告的文本，UTF-8 或 GBK（- 读标准输入）"))
      ->required();
  sub.add_option("--year", o->year,
                 say("the year of the targets, when the text does not say it", "目标的年份（文本中没有写明时）"))
      ->check(CLI::Range(1001, 9999))
      ->type_name("YEAR");
  sub.add_option("--catalog", o->catalog,
                 say("a folder of indicator definitions (their names and aliases are matched)",
                     "指标定义文件夹（匹配其中的名称和别名）"))
      ->type_name("DIR");
  sub.footer(examples(
      {{"zhibiao extract report.txt > draft.yaml && zhibiao lint draft.yaml", "draft, then check", "起草后校验"},
       {"zhibiao extract report-gbk.txt --year 2020", "a GBK text, the year given", "GBK 文本，指定年份"},
       {"curl -s URL | zhibiao extract -", "from standard input", "读标准输入"}}));
  return [o] { return run_extract(*o); };
}

}  // namespace zhibiao::cli
