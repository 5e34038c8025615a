#include "cli/commands.h"

#include <cstdio>

namespace zhibiao::cli {

namespace {

constexpr const char* kTargets = R"(zhibiao help targets — how targets are written and judged

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
  完成国家下达的目标任务  完成省下达目标

Real reports word targets in more ways; all are read as written:

  增长6.5%，在实际工作中争取更好结果  the clause after ， , ； ; or 、 is the target's
                                    note and means nothing more
  >7%  高于7%  超过7%                 strictly above: 7.0 misses >7%, meets 7%以上
  <5.5  低于5.5%  不满5.5%            strictly below (<5.5 on a % indicator is 5.5%):
                                    5.5 misses <5.5, meets 5.5%以内
  与经济增长基本同步  与gdp增长同步   relative: this growth against another indicator's
  居民收入增长与经济增长基本同步      growth in the file and year (by id, name or alias;
                                    经济 is gdp): 2.9 against GDP 3.0 is met, within
                                    the 0.5 pp tolerance (基本达标)
  高于gdp增长  快于地区生产总值增长   strictly faster; 不低于gdp增长: at least as fast
  提高到55%  提升至24.1%  增加到1.2亿元 a level to reach: at least 55
  下降到3%  降低到3%  降至3%  压减到3% a level to reach: at most 3
  稳步增长  持续增长  保持增长        direction only: met when growth > 0
  继续下降  持续下降  稳中有降        direction only: met when growth < 0
  保持在合理区间  各年度视情提出      no numeric target: status no_target, the words
  保持稳定  不设具体目标              shown in the target column
  年均增长5%  年均5%以上              average annual growth (plans); in a yearly file,
                                    plain growth of 5%
  累计下降13.5%  五年累计降低18%      cumulative change over a plan's years; in a yearly
                                    file, a change of -13.5% against the baseline
  〔13.5〕  [13.5]  〔1〕               a plan's five-year cumulative in the indicator's
                                    own measure (values: reduction: a compounded
                                    fall; a % indicator: pp; else its unit: 〔1〕 on
                                    life expectancy is one year more); sign by direction
  翻一番  比2010年翻一番  翻两番      the level ×2 (×4) of the base: growth of 100% (300%)

Lead words carry no meaning of their own before a number: 年计划 全年 计划 预期
目标 力争 确保 达到 实现 完成 稳定在 保持在 控制在 再 新增 (力争增长6%, 新增900万人以上).
A signed percentage on a % indicator (+3% for 空气质量优良天数比例) is an error:
write +3pp or 93%以上; on an indicator of yearly rates (values: reduction) 降低3%左右
is a level of its rate. Words that say two things (≥≤5%, 5%以上以内, 5%左右左右),
a range written high-low (7%-6%) and a fall beyond 100% are errors. Anything
else is an error located file:line:col.

Figures may be qualified as reports write outcomes: 1.9万亿元左右, 增长11%以上,
预计增长5.2%, 约, 初步, 超, 近. The number is used as written and marked ≈ (JSON
"estimate": true). A target met only through its tolerance (左右, 基本同步) is
基本达标 (JSON "within_tolerance": true); --judge rounded compares the figure
rounded as published (4.96% against 增长5% → 5.0 → met; GB/T 8170 修约值比较法).
)";

constexpr const char* kUnits = R"(zhibiao help units — quantities

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

constexpr const char* kFormats = R"(zhibiao help formats — output formats

  --format table     aligned columns (a Han character is two columns wide),
                     coloured status (--color auto|always|never, NO_COLOR), summary
  --format markdown  a Markdown table
  --format csv       RFC 4180, CRLF line ends; raw numbers; --bom for Excel (only with csv)
  --format tsv       tab-separated; raw numbers
  --format json      one object (report, check, yoy, lint, indicators)
  --format xlsx      report, yoy, plan, progress, check: an Excel workbook, one
                     sheet; needs --output FILE on a terminal
  --format junit     check: one testsuite per file, one testcase per indicator
  check's csv, tsv and markdown: one row per problem and per indicator of the
                     judged year (file, line, indicator, name, year, target,
                     status, message)
  --format github    check: ::error file=F,line=L,col=C::message annotations
  --output FILE      report, yoy, plan, progress, check: write FILE instead of
                     standard output (any format; never one of the inputs)

CSV, TSV and XLSX are for machines: numbers as JSON has them (150.8115,
-0.2: no +, %, pp or thousands separators), units in the headers, the same
columns whatever the data. report and yoy share their names: 文件 编号 指标
单位 年份 (File ID Indicator Unit Year), 增速(%) for an amount's growth and
增速(百分点) for a rate's (Growth (%), Growth (pp)); report adds 基期值 目标
目标值 目标下限 目标上限 实际值 差额 差额(百分点) 完成率(%) 状态, yoy 数值 变化
公布增速(%) 公布增速(百分点) 指数 可比价指数 两年平均增速(%). --precision
changes only a workbook's number format, never a value. In a workbook the
status cells are filled: met green, missed red, 基本达标 amber, pending grey.

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

constexpr const char* kTables = R"(zhibiao help tables — the statistics tables `zhibiao import` reads (SPEC §9)

The wide table the national data portal (and most provincial ones) exports,
as CSV (UTF-8, UTF-8 with a BOM, or GBK: found from the bytes) or XLSX (the
first sheet):

  数据库：年度数据                       lines above the header are ignored
  时间：最近5年
  指标,2024年,2023年,2022年             the header: 指标, then one column per period
  国内生产总值(亿元),1349084,1260582,…   name(unit); () or （）
  人口出生率(‰),6.77,6.39,…
  注：…                                  notes: this row and all after it
  数据来源：国家统计局                   → source: 国家统计局

  columns     2024年 or 2024 (a year), 2024年第三季度, 2024年9月 (a quarter or a
              month), 2024年1-9月, 2024年前三季度, 2024Q3 (cumulative spans); any order
  rows        国内生产总值累计值(亿元), …_累计值: cumulative: quarter and month
              columns become part-year keys (2024-09); Q4 and December are the year
              国内生产总值当季值, …_当期值: single quarters or months: skipped (a note)
              rows without 累计: their quarter and month figures are skipped (a note)
  cells       figures as written (1349084.3, "1,015,986"); blank, …, --, — : none;
              anything else is an error at its cell: file:row:col (CSV) or
              file:Sheet1!C7 (XLSX), exit 2
  ids         the catalog's (国内生产总值 → gdp, by name or alias), else x1, x2, …

  zhibiao import tests/data/nbs-annual.csv > x.yaml && zhibiao yoy x.yaml
)";

int run_help(const CLI::App& app, const std::string& topic) {
  if (topic == "targets") print(kTargets);
  else if (topic == "units") print(kUnits);
  else if (topic == "formats") print(kFormats);
  else if (topic == "tables") print(kTables);
  // The whole program's help: app.help() would show the selected subcommand's (help's own).
  else
    print(app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal) +
          say("\nTopics: zhibiao help targets | units | formats | tables\n",
              "\n主题：zhibiao help targets | units | formats | tables（说明为英文）\n"));
  return kOk;
}

}  // namespace

Runner setup_help(CLI::App& sub) {
  auto topic = std::make_shared<std::string>();
  sub.add_option("TOPIC", *topic, say("targets, units, formats or tables", "targets、units、formats 或 tables"))
      ->check(CLI::IsMember({"targets", "units", "formats", "tables"}));
  // Read before the App is built (help_lang_of); declared so that it is allowed.
  auto lang = std::make_shared<std::string>();
  sub.add_option("--lang", *lang, say("language of the help: en or zh", "帮助的语言：en 或 zh"))
      ->check(CLI::IsMember({"zh", "en"}));
  sub.footer(examples({{"zhibiao help targets", "how targets are written and judged", "目标的写法与评价方法"},
                       {"zhibiao help units", "quantities and units", "数量与单位"},
                       {"zhibiao help formats", "output formats", "输出格式"},
                       {"zhibiao help tables", "the statistics tables import reads", "import 读取的统计表"},
                       {"zhibiao help --lang zh", "the subcommands in Chinese", "中文的子命令列表"}}));
  const CLI::App* app = sub.get_parent();
  return [topic, app, lang] { return run_help(*app, *topic); };
}

}  // namespace zhibiao::cli
