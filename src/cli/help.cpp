#include "cli/commands.h"

#include <cstdio>

namespace zhibiao::cli {

namespace {

constexpr const char* kTargets = R"(zhibiao help targets — how targets are written and judged (SPEC §2.2)

A target is written as a report words it. A percentage is a GROWTH target for
an indicator in 亿元, 元, 人 …, and a LEVEL target for a % indicator.

  written                           meaning, and how it is judged
  ───────────────────────────────── ─────────────────────────────────────────────────
  +5%  5%  增长5%  提高5%  +5%以上    growth of at least 5%: baseline 143.63 -> target
                                    level 143.63 × 1.05 = 150.8115; met when growth >= 5
                                    (comparable-price indicators such as GDP: the
                                    reported growth judges, not the levels)
  -20%  下降20%  压减20%  降低20%     a fall of at least 20%: met when growth <= -20,
  减少20%  再压减20%以上              whatever the indicator's direction
  ≥93%  >=93%  93%以上  不低于93%     a % indicator at 93 or more: actual 93.5 is met
  达到93%以上  ＞＝９３％
  ≤3.4%  3.4%以内  3.4%以下           a % indicator at 3.4 or less: 3.5 is missed
  不超过3.4%  控制在3.4%以内
  1450人  10亿元以上  1450            a level in the indicator's unit; bare: by direction
                                    (up: at least, down: at most); 1000万人 = 1000 in 万人
  +2pp  提高2个百分点  -1pp           change of a % indicator in percentage points:
                                    4.0% -> 6.1% is +2.1 pp, met against +2pp
  6%-6.5%  6%~6.5%  6%至6.5%  6%–6.5% a range, bounds included: growth 6.7 against
  增长6%-6.5%                         6.5%-7% is met (variance_pp 0)
  5%左右  ~5%  ≈5%  控制在3%左右      around: up -> met when >= 5 - tolerance; down ->
                                    met when <= 5 + tolerance. Tolerance: 0.5 pp for
                                    growth and % targets, 1% of the target for other
                                    levels (1200万人左右 -> 12万人); `tolerance:` overrides
  0  清零                             level 0 (清零: at most 0)
  完成  done  true                    qualitative: actual true/false/完成/未完成

Lead words carry no meaning of their own before a number: 年计划 全年 计划 预期
目标 力争 确保 达到 实现 完成 稳定在 保持在 控制在 再 新增 (力争增长6%, 新增900万人以上).
A signed percentage on a % indicator (+3% for 空气质量优良天数比例) is an error:
write +3pp or 93%以上. Anything else is an error located file:line:col.
)";

constexpr const char* kUnits = R"(zhibiao help units — quantities (SPEC §1)

  quantity  := sign? number magnitude? unit?
  sign      := + - − ＋ －
  number    := digits, optional decimal point; "," or "，" as thousands separators
               (45,752); full-width digits and "．" (７.８８)
  magnitude := 万亿 (10^12) | 亿 (10^8) | 万 (10^4)
  unit      := % ％ ‰ pp 个百分点 | any other word (元 人 人次 吨 亩 公里 …)

  143.63亿元 = 143.63 × 10^8 元 · 7.88万人次 = 78 800 人次 · 3.4% · 13800

An indicator's unit may carry a magnitude (亿元 is 元 at 10^8). A figure:
  - without a unit is in the indicator's unit: 143.63 in 亿元 is 143.63亿元;
  - with a magnitude but no unit takes the base unit: 1000万 in 万人 is 1000万人;
  - with a unit must have the same base unit, any magnitude: 103000万元 = 10.3亿元;
    10.3亿吨 for an indicator in 元 is an error.
% indicators hold rates; their changes are percentage points (pp).
Arithmetic is exact (0.1 + 0.2 = 0.3); rounding only for display, half-up
(2.675 -> 2.68) or --rounding half-even (GB/T 8170: 2.665 -> 2.66).
)";

constexpr const char* kFormats = R"(zhibiao help formats — output formats (SPEC §5, §5.3)

  --format table     aligned columns (a Han character is two columns wide),
                     coloured status (--color auto|always|never, NO_COLOR), summary
  --format markdown  a Markdown table
  --format csv       RFC 4180, CRLF line ends; --bom for Excel
  --format tsv       tab-separated
  --format json      one object (report, check, yoy, lint, indicators)
  --format junit     check: one testsuite per file, one testcase per indicator
  --format github    check: ::error file=F,line=L,col=C::message annotations

report/check JSON: {"files": [...], "indicators": [{file, id, name, name_en,
unit, direction, basis, year, baseline, actual, target, target_kind
(growth|level|change_pp|range|around|bool), target_value, target_low,
target_high, growth_pct, computed_growth_pct, reported_growth_pct, variance,
variance_pp, status (met|missed|pending|no_target), warnings, line}],
"summary": {total, met, missed, pending, no_target}}; check adds "problems":
[{file, line, column, severity (error|warning|failure), message}].

yoy JSON: {"indicators": [{file, id, name, unit, basis, points: [{year, value,
change, growth_pct, reported_growth_pct, index, two_year_avg_pct, gap,
mismatch}], cagr_pct, chained_growth_pct, first_year, last_year}]}

Levels are in the indicator's unit; percentages are percent (4.8 means 4.8%);
missing values are null. Numbers are exact when they need at most 8
decimals, otherwise rounded to 4.
)";

int run_help(const CLI::App& app, const std::string& topic) {
  if (topic == "targets") print(kTargets);
  else if (topic == "units") print(kUnits);
  else if (topic == "formats") print(kFormats);
  else print(app.help() + "\nTopics: zhibiao help targets | units | formats\n");
  return kOk;
}

}  // namespace

Runner setup_help(CLI::App& sub) {
  auto topic = std::make_shared<std::string>();
  sub.add_option("TOPIC", *topic, "targets, units or formats")->check(CLI::IsMember({"targets", "units", "formats"}));
  sub.footer(examples({"zhibiao help targets", "zhibiao help units", "zhibiao help formats"}));
  const CLI::App* app = sub.get_parent();
  return [topic, app] { return run_help(*app, *topic); };
}

}  // namespace zhibiao::cli
