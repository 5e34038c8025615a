#include <memory>
#include <optional>

#include "cli/commands.h"
#include "cli/help_format.h"
#include "parse/csv_reader.h"
#include "parse/source.h"
#include "parse/stat_table.h"
#include "parse/xlsx_reader.h"
#include "render/import.h"
#include "util/encoding.h"
#include "util/utf8.h"

namespace zhibiao::cli {

namespace {

struct ImportOptions {
  std::string file;
  std::optional<std::string> region;
  std::optional<std::string> catalog;
  std::size_t max_errors = kDefaultMaxErrors;
};

// A decoding error's byte offset as line:column in `bytes` (the column counts
// bytes: the text is not known to be UTF-8 there).
Mark mark_of(std::string_view bytes, std::size_t offset) {
  Mark m{1, 1};
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') ++m.line, m.column = 1;
    else ++m.column;
  }
  return m;
}

// The table in `bytes`: an XLSX workbook when they start like a ZIP archive,
// else CSV text in UTF-8 (with or without a BOM) or GBK.
std::optional<SheetTable> read_table(const std::string& bytes, const std::string& file, Diagnostics& problems,
                                     std::size_t max_errors) {
  if (looks_like_zip(bytes)) return read_xlsx(bytes, file, problems);
  auto text = encoding::to_utf8(bytes);
  if (!text) {
    problems.push_back({file, mark_of(bytes, text.error().offset), Severity::Error, text.error().message});
    return std::nullopt;
  }
  return read_csv(text->text, file, problems, max_errors);
}

int run_import(const ImportOptions& o) {
  if (o.region && utf8::sanitize(*o.region) != *o.region) {
    print_diagnostics(
        {{"--region", {}, Severity::Error, "the region holds control characters or bytes that are not UTF-8"}});
    return kBadInput;
  }
  Diagnostics problems;
  CommonOptions common;
  common.catalog = o.catalog;
  Catalog catalog = catalog_of(common, problems);
  const std::string file = utf8::sanitize(o.file);
  std::optional<StatTable> table;
  if (!has_errors(problems))
    if (auto bytes = read_source(o.file, problems))
      if (auto t = read_table(*bytes, file, problems, o.max_errors))
        table = read_stat_table(*t, catalog, file, problems, o.max_errors);
  limit_problems(problems, o.max_errors);
  print_diagnostics(problems);
  if (has_errors(problems) || !table) return kBadInput;
  if (table->indicators.empty()) {
    print_diagnostics({{file, {}, Severity::Error, "the table has no indicator with figures"}});
    return kBadInput;
  }
  print(render_import(*table, o.region));
  return kOk;
}

}  // namespace

Runner setup_import(CLI::App& sub) {
  auto o = std::make_shared<ImportOptions>();
  sub.add_option("FILE", o->file,
                 say("a table exported from a statistics portal: CSV (UTF-8 or GBK) or XLSX; - reads standard input",
                     "统计数据门户导出的表：CSV（UTF-8 或 GBK）或 XLSX；- 读标准输入"))
      ->required();
  sub.add_option("--region", o->region,
                 say("the region the figures are of (the data file's region:)", "数据所属地区（数据文件的 region:）"));
  sub.add_option("--catalog", o->catalog,
                 say("a folder of indicator definitions whose names and aliases the rows are matched against too",
                     "指标定义文件夹，其名称与别名也用于匹配各行"))
      ->type_name("DIR");
  sub.add_option("--max-errors", o->max_errors,
                 say("problems shown; the rest are counted in a last line (0: no limit)",
                     "最多显示的问题数，其余在最后一行计数（0：不限）"))
      ->capture_default_str()
      ->type_name("N");
  sub.footer(
      examples({{"zhibiao import tests/data/nbs-annual.csv > x.yaml", "a data file from the portal's CSV",
                 "由数据门户的 CSV 生成数据文件"},
                {"zhibiao import 北京统计年鉴.xlsx --region 北京市 > beijing.yaml", "an XLSX, with the region",
                 "XLSX，并写明地区"},
                {"zhibiao import gbk.csv > x.yaml", "GBK is detected: no iconv needed", "自动识别 GBK，无需 iconv"}}));
  return [o] { return run_import(*o); };
}

}  // namespace zhibiao::cli
