#include "render/roll.h"

#include <fmt/format.h>

#include "render/json.h"
#include "util/utf8.h"

namespace zhibiao {

namespace {

// A figure exactly as it is, in the indicator's unit (rates with %).
std::string figure(const Decimal& v, const Unit& unit) {
  std::string s = format_fixed(v, exact_places(v, 20).value_or(12), Rounding::HalfUp);
  return unit.is_rate() ? s + "%" : s;
}

std::string percent(const Decimal& v) {
  return format_fixed(v, exact_places(v, 20).value_or(12), Rounding::HalfUp) + "%";
}

void header(std::string& out, const Indicator& ind) {
  out += fmt::format("  - id: {}\n    name: {}\n", ind.id, json_string(ind.name));
  if (ind.name_en != ind.id) out += fmt::format("    name_en: {}\n", json_string(ind.name_en));
  if (!ind.unit.text.empty()) out += fmt::format("    unit: {}\n", json_string(ind.unit.text));
  out += fmt::format("    direction: {}\n    basis: {}\n", to_string(ind.direction), to_string(ind.basis));
  if (ind.attribute) out += fmt::format("    attribute: {}\n", to_string(*ind.attribute));
  if (ind.values == IndicatorValues::Growth) out += "    values: growth\n";
  if (ind.values == IndicatorValues::Reduction) out += "    values: reduction\n";
  if (!ind.note.empty()) out += fmt::format("    note: {}\n", json_string(ind.note));
}

std::string series_entry(const Period& p, const Indicator& ind) {
  std::vector<std::string> parts;
  if (p.actual) parts.push_back("actual: " + figure(*p.actual, ind.unit));
  if (p.done) parts.push_back(std::string("actual: ") + (*p.done ? "完成" : "未完成"));
  if (p.reported_growth) parts.push_back("growth: " + percent(*p.reported_growth));
  if (p.target) parts.push_back("target: " + json_string(p.target->text));
  if (!p.note().empty()) parts.push_back("note: " + json_string(p.note()));
  return fmt::format("{{{}}}", fmt::join(parts, ", "));
}

}  // namespace

Expected<std::string> render_roll(const Dataset& ds, int to_year) {
  if (ds.plan)  // a plan's years run from base to end already (SPEC §7)
    return ParseError{"roll works on yearly files, not plans: add the new year's figures to the plan's series"};
  if (ds.year && to_year != *ds.year + 1)
    return ParseError{fmt::format("the file is for {}: roll it --to {}", *ds.year, *ds.year + 1)};
  const int from = to_year - 1;
  // The file name goes into comments: escaped, so that a line break in it
  // cannot start a line of YAML.
  const std::string file = utf8::sanitize(ds.file);
  std::string out = fmt::format(
      "# Rolled forward from {} by `zhibiao roll --to {}`: the {} actuals are the\n"
      "# baselines now; fill in the {} targets and actuals.\n",
      file, to_year, from, to_year);
  if (!ds.title.empty()) out += "title: " + json_string(ds.title) + "\n";
  if (!ds.region.empty()) out += "region: " + json_string(ds.region) + "\n";
  if (!ds.source.empty()) out += "source: " + json_string(ds.source) + "\n";
  if (ds.year || !ds.has_year_labels) out += fmt::format("year: {}\n", to_year);
  out += "indicators:\n";
  for (const Indicator& ind : ds.indicators) {
    header(out, ind);
    if (!ind.series_form) {
      const Period& last = ind.periods.back();
      if (last.actual) {
        out += fmt::format("    # baseline: the {} actual, from {}:{}:{}\n", from, file, last.actual_at.line,
                           last.actual_at.column);
        if (last.reported_growth)
          out += fmt::format("    baseline: {{value: {}, growth: {}}}\n", figure(*last.actual, ind.unit),
                             percent(*last.reported_growth));
        else out += fmt::format("    baseline: {}\n", figure(*last.actual, ind.unit));
      } else {
        out += fmt::format("    # no {} actual in {}: fill in the baseline\n    baseline:\n", from, file);
      }
      out += "    target:\n    actual:\n";
      continue;
    }
    out += "    series:\n";
    for (const Period& p : ind.periods)
      if (p.year < to_year) out += fmt::format("      {}: {}\n", p.year, series_entry(p, ind));
    out += fmt::format("      {}: {{target: ~, actual: ~}}\n", to_year);
  }
  return out;
}

}  // namespace zhibiao
