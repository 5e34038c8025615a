#include "render/extract.h"

#include <fmt/format.h>

#include "util/utf8.h"

namespace zhibiao {

namespace {

// A double-quoted YAML scalar: safe for any text (%, :, #, quotes).
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : utf8::sanitize(s)) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

std::string render_indicator(const ExtractedIndicator& ind) {
  std::string out = fmt::format("  - id: {}\n    name: {}\n", ind.id, quoted(ind.name));
  if (!ind.unit.empty()) out += fmt::format("    unit: {}\n", quoted(ind.unit));
  if (ind.baseline && ind.baseline_growth)
    out +=
        fmt::format("    baseline: {{value: {}, growth: {}}}\n", quoted(*ind.baseline), quoted(*ind.baseline_growth));
  else if (ind.baseline) out += fmt::format("    baseline: {}\n", quoted(*ind.baseline));
  else if (ind.baseline_growth) out += fmt::format("    baseline: {{growth: {}}}\n", quoted(*ind.baseline_growth));
  if (ind.target) out += fmt::format("    target: {}\n", quoted(*ind.target));
  out += fmt::format("    note: {}\n", quoted(join(ind.notes, "；")));
  return out;
}

}  // namespace

std::string render_extract(const ExtractResult& r) {
  std::string out =
      "# zhibiao extract: a draft from a work report's text. Check every figure\n"
      "# against the report (each note quotes its clause and line) before use.\n";
  if (r.year) out += fmt::format("year: {}\n", *r.year);
  else out += "# 年份未能从文本读出：用 --year 指定\n";
  out += r.indicators.empty() ? "indicators: []\n" : "indicators:\n";
  for (const auto& ind : r.indicators) out += render_indicator(ind);
  for (const auto& u : r.unplaced)
    out += fmt::format("# 未识别: 第{}行：{}（{}）\n", u.line, utf8::sanitize(u.clause), utf8::sanitize(u.reason));
  return out;
}

}  // namespace zhibiao
