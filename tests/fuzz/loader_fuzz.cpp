// libFuzzer target: any bytes as a data file go through the loader, and
// whatever loads goes through evaluation, year-over-year and the renderers.
// A text the plain block-style reader takes must also give, node for node and
// problem for problem, what yaml-cpp gives (else the fuzzer stops on it).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "compute/judge.h"
#include "compute/yoy.h"
#include "parse/catalog.h"
#include "parse/catalog_data.h"
#include "parse/dataset_reader.h"
#include "parse/yaml_fast.h"
#include "parse/yaml_reader.h"
#include "render/report.h"
#include "render/yoy.h"

namespace {

bool same(const zhibiao::Node& a, const zhibiao::Node& b) {
  if (a.kind != b.kind || a.text != b.text || a.quoted != b.quoted || a.at.line != b.at.line ||
      a.at.column != b.at.column || a.items.size() != b.items.size())
    return false;
  for (std::size_t i = 0; i < a.items.size(); ++i)
    if (!same(a.items[i], b.items[i])) return false;
  return true;
}

void check_plain_reader(std::string_view text) {
  using namespace zhibiao;
  if (!is_plain_yaml(text)) return;
  Diagnostics ours, theirs;
  auto a = read_yaml(text, "fuzz.yaml", ours);
  auto b = read_yaml_with_yaml_cpp(text, "fuzz.yaml", theirs);
  bool agree = a.has_value() == b.has_value() && (!a || same(*a, *b)) && ours.size() == theirs.size();
  for (std::size_t i = 0; agree && i < ours.size(); ++i)
    agree = format_diagnostic(ours[i]) == format_diagnostic(theirs[i]);
  if (!agree) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zhibiao;
  check_plain_reader(std::string_view(reinterpret_cast<const char*>(data), size));
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
