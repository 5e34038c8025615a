#include "render/import.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/json.h"

namespace zhibiao {

namespace {

// A figure as a YAML scalar: plain when it is digits with an optional sign and
// decimals (1349084.3, -0.3), else quoted ("1,015,986", full-width digits) so
// that YAML cannot take it for anything but text.
std::string figure(const std::string& text) {
  std::string_view s = text;
  if (!s.empty() && s[0] == '-') s.remove_prefix(1);
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t dot = s.find('.');
  std::string_view whole = s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  bool plain = !whole.empty() && std::all_of(whole.begin(), whole.end(), digit) &&
               (dot == std::string_view::npos || (!frac.empty() && std::all_of(frac.begin(), frac.end(), digit)));
  return plain ? text : json_string(text);
}

}  // namespace

std::string render_import(const StatTable& table, const std::optional<std::string>& region) {
  std::string out =
      "# Imported by `zhibiao import` from a statistics table: the catalog's ids where a\n"
      "# name matched, x1, x2, … where none did (give those a direction and basis if\n"
      "# up and current are wrong). Figures are as the table wrote them.\n";
  if (region) out += "region: " + json_string(*region) + "\n";
  if (!table.source.empty()) out += "source: " + json_string(table.source) + "\n";
  out += "indicators:\n";
  for (const StatIndicator& ind : table.indicators) {
    out += fmt::format("  - id: {}\n    name: {}\n", ind.id, json_string(ind.name));
    if (!ind.unit.empty()) out += fmt::format("    unit: {}\n", json_string(ind.unit));
    out += "    series:\n";
    for (const StatFigure& f : ind.figures)
      out += fmt::format("      {}: {}\n", part_year_key(f.period), figure(f.text));
  }
  return out;
}

}  // namespace zhibiao
