// libFuzzer target: any bytes as a data file go through the loader, and
// whatever loads goes through evaluation, year-over-year and the renderers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "compute/judge.h"
#include "compute/yoy.h"
#include "parse/catalog.h"
#include "parse/catalog_data.h"
#include "parse/dataset_reader.h"
#include "render/report.h"
#include "render/yoy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zhibiao;
  static const Catalog catalog = [] {
    Diagnostics ignored;
    return load_catalog(builtin_catalog(), std::nullopt, ignored);
  }();
  Diagnostics problems;
  auto ds = read_dataset(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.yaml", catalog, problems);
  if (!ds) return 0;
  Report report;
  report.add(judge_file(*ds, JudgeOptions{}));
  for (Format f : {Format::Table, Format::Json, Format::Csv}) {
    RenderOptions o;
    o.format = f;
    (void)render_report(report, o);
  }
  RenderOptions o;
  (void)render_yoy(year_over_year(*ds, std::nullopt, std::nullopt), o);
  return 0;
}
