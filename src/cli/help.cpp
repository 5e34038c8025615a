#include "cli/commands.h"

#include <cstdio>

namespace zhibiao::cli {

namespace {

// The help topics, in English and in Chinese (--lang zh): the same things in
// both, every line at most 80 display columns (tests/cli/help_test.sh).
constexpr const char* kTargets = R"(zhibiao help targets — how targets are written and judged

A target is written as a report words it. A percentage is a GROWTH target for
an indicator in 亿元, 元, 人 …, and a LEVEL target for a % indicator. Each line
of written forms below is followed, indented, by what they mean and how they
are judged.

  +5%  5%  增长5%  提高5%  +5%以上
      growth of at least 5%: baseline 143.63 -> target level 143.63 × 1.05 =
      150.8115; met when growth >= 5 (comparable-price indicators such as GDP:
      the reported growth judges, not the levels)
  -20%  下降20%  压减20%  降低20%  减少20%  再压减20%以上
      a fall of at least 20%: met when growth <= -20, whatever the indicator's
      direction
  ≥93%  >=93%  93%以上  不低于93%  达到93%以上  ＞＝９３％
      a % indicator at 93 or more: actual 93.5 is met
  ≤3.4%  3.4%以内  3.4%以下  不超过3.4%  控制在3.4%以内
      a % indicator at 3.4 or less: 3.5 is missed
  1450人  10亿元以上  1450
      a level in the indicator's unit; bare: by direction (up: at least, down:
      at most); 1000万人 = 1000 in 万人
  +2pp  提高2个百分点  -1pp
      change of a % indicator in percentage points: 4.0% -> 6.1% is +2.1 pp,
      met against +2pp
  6%-6.5%  6%~6.5%  6%至6.5%  6%–6.5%  增长6%-6.5%
      a range, bounds included: growth 6.7 against 6.5%-7% is met
      (variance_pp 0)
  5%左右  ~5%  ≈5%  控制在3%左右
      around: up -> met when >= 5 - tolerance; down -> met when <= 5 +
      tolerance. Tolerance: 0.5 pp for growth and % targets, 1% of the target
      for other levels (1200万人左右 -> 12万人); `tolerance:` overrides
  0  清零
      level 0 (清零: at most 0)
  完成  done  true  完成国家下达的目标任务  完成省下达目标
      qualitative: actual true/false/完成/未完成

Real reports word targets in more ways; all are read as written:

  增长6.5%，在实际工作中争取更好结果
      the clause after ， , ； ; or 、 is the target's note and means nothing
      more
  >7%  高于7%  超过7%
      strictly above: 7.0 misses >7%, meets 7%以上
  <5.5  低于5.5%  不满5.5%
      strictly below (<5.5 on a % indicator is 5.5%): 5.5 misses <5.5, meets
      5.5%以内
  与经济增长基本同步  与gdp增长同步  居民收入增长与经济增长基本同步
      relative: this growth against another indicator's growth in the file and
      year (by id, name or alias; 经济 is gdp): 2.9 against GDP 3.0 is met,
      within the 0.5 pp tolerance (基本达标)
  高于gdp增长  快于地区生产总值增长
      strictly faster; 不低于gdp增长: at least as fast
  提高到55%  提升至24.1%  增加到1.2亿元
      a level to reach: at least 55
  下降到3%  降低到3%  降至3%  压减到3%
      a level to reach: at most 3
  稳步增长  持续增长  保持增长
      direction only: met when growth > 0
  继续下降  持续下降  稳中有降
      direction only: met when growth < 0
  保持在合理区间  各年度视情提出  保持稳定  不设具体目标
      no numeric target: status no_target, the words shown in the target
      column
  年均增长5%  年均5%以上
      average annual growth (plans); in a yearly file, plain growth of 5%
  累计下降13.5%  五年累计降低18%
      cumulative change over a plan's years; in a yearly file, a change of
      -13.5% against the baseline
  〔13.5〕  [13.5]  〔1〕
      a plan's five-year cumulative in the indicator's own measure (values:
      reduction: a compounded fall; a % indicator: pp; else its unit: 〔1〕 on
      life expectancy is one year more); sign by direction
  翻一番  比2010年翻一番  翻两番
      the level ×2 (×4) of the base: growth of 100% (300%)

Lead words carry no meaning of their own before a number: 年计划 全年 计划
预期 目标 力争 确保 达到 实现 完成 稳定在 保持在 控制在 再 新增 (力争增长6%,
新增900万人以上). A signed percentage on a % indicator (+3% for
空气质量优良天数比例) is an error: write +3pp or 93%以上; on an indicator of
yearly rates (values: reduction) 降低3%左右 is a level of its rate. Words that
say two things (≥≤5%, 5%以上以内, 5%左右左右), a range written high-low (7%-6%)
and a fall beyond 100% are errors. Anything else is an error located
file:line:col.

Figures may be qualified as reports write outcomes: 1.9万亿元左右, 增长11%以上,
预计增长5.2%, 约, 初步, 超, 近. The number is used as written and marked ≈
(JSON "estimate": true). A target met only through its tolerance (左右,
基本同步) is 基本达标 (JSON "within_tolerance": true); --judge rounded compares
the figure rounded as published (4.96% against 增长5% → 5.0 → met; GB/T 8170
修约值比较法).
)";

constexpr const char* kTargetsZh = R"(zhibiao help targets — 目标的写法与评价方法

目标照报告原文书写。百分数写在以亿元、元、人……为单位的指标上是增速目标，
写在 % 指标上是水平目标（比率本身应达到的数值）。下面每行列出几种写法，
其下缩进的文字说明含义和评价方法。

  +5%  5%  增长5%  提高5%  +5%以上
      增速不低于5%：基期值143.63 -> 目标值 143.63 × 1.05 = 150.8115；
      增速 >= 5 为达标（GDP 等可比价指标以公布的增速评价，不按总量计算）
  -20%  下降20%  压减20%  降低20%  减少20%  再压减20%以上
      降幅至少20%：增速 <= -20 为达标，不论指标的方向
  ≥93%  >=93%  93%以上  不低于93%  达到93%以上  ＞＝９３％
      % 指标不低于93：实际值93.5为达标
  ≤3.4%  3.4%以内  3.4%以下  不超过3.4%  控制在3.4%以内
      % 指标不高于3.4：实际值3.5为未达标
  1450人  10亿元以上  1450
      以指标单位计的水平值；只写数字时按方向（正向指标不低于，逆向不高于）；
      1000万人即以万人计的1000
  +2pp  提高2个百分点  -1pp
      % 指标以百分点计的变化：4.0% -> 6.1% 提高2.1个百分点，对 +2pp 为达标
  6%-6.5%  6%~6.5%  6%至6.5%  6%–6.5%  增长6%-6.5%
      区间，含上下限：增速6.7对 6.5%-7% 为达标（差额(百分点)为0）
  5%左右  ~5%  ≈5%  控制在3%左右
      左右：正向指标 >= 5 - 容差为达标，逆向指标 <= 5 + 容差为达标。
      容差：增速目标和 % 指标的目标为0.5个百分点，其他水平目标为目标值的1%
      （1200万人左右 -> 12万人）；可用 `tolerance:` 另行指定
  0  清零
      水平值0（清零：不高于0）
  完成  done  true  完成国家下达的目标任务  完成省下达目标
      定性目标：实际值写 true/false/完成/未完成

实际报告的写法更多，都按原文读取：

  增长6.5%，在实际工作中争取更好结果
      ， , ； ; 或 、 之后的分句是目标的备注，不另有含义
  >7%  高于7%  超过7%
      高于（不含本数）：7.0 对 >7% 为未达标，对 7%以上 为达标
  <5.5  低于5.5%  不满5.5%
      低于（不含本数；% 指标上的 <5.5 即5.5%）：5.5 对 <5.5 为未达标，
      对 5.5%以内 为达标
  与经济增长基本同步  与gdp增长同步  居民收入增长与经济增长基本同步
      相对目标：本指标的增速对照同一文件、同一年份另一指标的增速（按 id、
      名称或别名；“经济”即 gdp）：2.9 对 GDP 的3.0，在0.5个百分点的容差内，
      为达标（基本达标）
  高于gdp增长  快于地区生产总值增长
      严格快于；不低于gdp增长：不慢于
  提高到55%  提升至24.1%  增加到1.2亿元
      应达到的水平：不低于55
  下降到3%  降低到3%  降至3%  压减到3%
      应达到的水平：不高于3
  稳步增长  持续增长  保持增长
      只定方向：增速 > 0 为达标
  继续下降  持续下降  稳中有降
      只定方向：增速 < 0 为达标
  保持在合理区间  各年度视情提出  保持稳定  不设具体目标
      无数值目标：状态为无目标（no_target），原文显示在目标栏
  年均增长5%  年均5%以上
      年均增速（规划）；在年度文件中即增长5%
  累计下降13.5%  五年累计降低18%
      规划期内的累计变化；在年度文件中即比基期值变化 -13.5%
  〔13.5〕  [13.5]  〔1〕
      规划的五年累计数，按指标自身的量度（values: reduction：各年降低率
      复合累计；% 指标：百分点；其他：指标的单位，人均预期寿命的〔1〕即
      提高1岁）；正负号按方向
  翻一番  比2010年翻一番  翻两番
      基期水平的2倍（4倍）：增长100%（300%）

数字前的引导词本身没有含义：年计划 全年 计划 预期 目标 力争 确保 达到 实现
完成 稳定在 保持在 控制在 再 新增（如 力争增长6%、新增900万人以上）。% 指标上
带正负号的百分数（空气质量优良天数比例写 +3%）是错误：应写 +3pp 或 93%以上；
但在逐年数值本身是比率的指标上（values: reduction），降低3%左右 是该比率的
水平目标。重复或矛盾的限定词（≥≤5%、5%以上以内、5%左右左右）、大数在前的区间
（7%-6%）和超过100%的降幅都是错误。其他写法也是错误，报告其位置
file:line:col。

基期值、实际值和公布增速可以像报告写实际完成情况那样带限定词：1.9万亿元左右、
增长11%以上、预计增长5.2%、约、初步、超、近。数字按原文使用，并标上 ≈
（JSON 中 "estimate": true）。只靠容差才达标的目标（左右、基本同步）为
基本达标（JSON 中 "within_tolerance": true）；--judge rounded 将数值按公布的
位数修约后再比较（4.96% 对 增长5% → 5.0 → 达标；GB/T 8170 修约值比较法）。
)";

constexpr const char* kUnits = R"(zhibiao help units — quantities

  quantity  := sign? number magnitude? unit?
  sign      := + - − ＋ －
  number    := digits, optional decimal point; "," or "，" as thousands
               separators (45,752); full-width digits and "．" (７.８８)
  magnitude := 万亿 (10^12) | 亿 (10^8) | 万 (10^4)
  unit      := % ％ ‰ pp 个百分点 | any other word (元 人 人次 吨 亩 公里 …)

  143.63亿元 = 143.63 × 10^8 元 · 7.88万人次 = 78 800 人次 · 3.4% · 13800

An indicator's unit may carry a magnitude (亿元 is 元 at 10^8). A figure:
  - without a unit is in the indicator's unit: 143.63 in 亿元 is 143.63亿元;
  - with a magnitude but no unit takes the base unit: 1000万 in 万人 is
    1000万人;
  - with a unit must have the same base unit, any magnitude:
    103000万元 = 10.3亿元; 10.3亿吨 for an indicator in 元 is an error.
% indicators hold rates; their changes are percentage points (pp).
Arithmetic is exact (0.1 + 0.2 = 0.3); rounding only for display, half-up
(2.675 -> 2.68) or --rounding half-even (GB/T 8170: 2.665 -> 2.66).
)";

constexpr const char* kUnitsZh = R"(zhibiao help units — 数量与单位

  数量   := 符号? 数字 数量级? 单位?
  符号   := + - − ＋ －
  数字   := 数码，可带小数点；千位分隔符为 "," 或 "，"（45,752）；
            可用全角数码和 "．"（７.８８）
  数量级 := 万亿 (10^12) | 亿 (10^8) | 万 (10^4)
  单位   := % ％ ‰ pp 个百分点 | 其他任何词（元 人 人次 吨 亩 公里 …）

  143.63亿元 = 143.63 × 10^8 元 · 7.88万人次 = 78 800 人次 · 3.4% · 13800

指标的单位可以带数量级（亿元即 10^8 元）。一个数值：
  - 不带单位时，以指标的单位计：亿元指标的 143.63 即 143.63亿元；
  - 带数量级而不带单位时，取指标的基本单位：万人指标的 1000万 即 1000万人；
  - 带单位时，基本单位须与指标相同，数量级不限：103000万元 = 10.3亿元；
    元指标写 10.3亿吨 是错误。
% 指标存放比率，其变化以百分点（pp）计。
运算是精确的（0.1 + 0.2 = 0.3），只在显示时修约：默认四舍五入
（2.675 -> 2.68），或 --rounding half-even（GB/T 8170 四舍六入五成双：
2.665 -> 2.66）。
)";

constexpr const char* kFormats = R"(zhibiao help formats — output formats

  --format table     aligned columns (a Han character is two columns wide),
                     coloured status (--color auto|always|never, NO_COLOR),
                     summary
  --format markdown  a Markdown table
  --format csv       RFC 4180, CRLF line ends; raw numbers; --bom for Excel
                     (only with csv)
  --format tsv       tab-separated; raw numbers
  --format json      one object (report, check, yoy, plan, progress, lint,
                     indicators)
  --format xlsx      report, yoy, plan, progress, check: an Excel workbook, one
                     sheet; needs --output FILE on a terminal
  --format junit     check: one testsuite per file, one testcase per indicator
  check's csv, tsv, markdown and xlsx: one row per problem and per indicator of
                     the judged year (file, line, indicator, name, year, target,
                     status, message)
  --format github    check: ::error file=F,line=L,col=C::message annotations
  --output FILE      report, yoy, plan, progress, check: write FILE instead of
                     standard output (any format; never one of the inputs)

CSV, TSV and XLSX are for machines: numbers as JSON has them (150.8115,
-0.2: no +, %, pp or thousands separators), units in the headers, the same
columns whatever the data. report and yoy share their names: 文件 编号 指标
单位 年份 (File ID Indicator Unit Year), 增速(%) for an amount's growth and
增速(百分点) for a rate's (Growth (%), Growth (pp)); report adds 属性 基期值
目标 目标值 目标下限 目标上限 实际值 差额 差额(百分点) 完成率(%) 状态, yoy 数值
变化 公布增速(%) 公布增速(百分点) 指数 可比价指数 两年平均增速(%). --precision
changes only a workbook's number format, never a value. In a workbook the
status cells are filled: met green, missed red, 基本达标 amber, pending grey.

report/check JSON: {"files": [...], "indicators": [{file, id, name, name_en,
unit, direction, basis, year, baseline, actual, target, target_kind
(growth|level|change_pp|range|around|bool|relative|direction|none),
target_value, target_low, target_high, growth_pct, computed_growth_pct,
reported_growth_pct, variance, variance_pp, status
(met|missed|pending|no_target), completion_pct, within_tolerance, strict,
target_note, reference, reference_growth_pct, estimate, attribute, judged
(exact|rounded), warnings, line}], "summary": {total, met, missed, pending,
no_target, within_tolerance}}; check adds "problems": [{file, line, column,
severity (error|warning|failure), message}].

yoy JSON: {"indicators": [{file, id, name, unit, basis, points: [{year, value,
change, growth_pct, reported_growth_pct, index, real_index, two_year_avg_pct,
gap, mismatch}], cagr_pct, chained_growth_pct, chained_basis
(real|nominal|mixed|none), real_cagr_pct, first_year, last_year}]}

Levels are in the indicator's unit; percentages are percent (4.8 means 4.8%);
missing values are null. Numbers are exact when they need at most 8
decimals, otherwise rounded to 4.
)";

constexpr const char* kFormatsZh = R"(zhibiao help formats — 输出格式

  --format table     对齐的列（一个汉字占两列），状态着色
                     （--color auto|always|never，NO_COLOR），末尾有汇总
  --format markdown  Markdown 表格
  --format csv       RFC 4180，CRLF 换行；数字不加修饰；--bom 供 Excel 打开
                     （仅用于 csv）
  --format tsv       制表符分隔；数字不加修饰
  --format json      一个 JSON 对象（report、check、yoy、plan、progress、lint、
                     indicators）
  --format xlsx      report、yoy、plan、progress、check：Excel 工作簿，
                     一个工作表；输出到终端时须用 --output FILE
  --format junit     check：每个文件一个 testsuite，每个指标一个 testcase
  check 的 csv、tsv、markdown 和 xlsx：每个问题、所评年份的每个指标
                     各占一行（文件 行 指标 名称 年份 目标 状态 说明）
  --format github    check：::error file=F,line=L,col=C::消息 形式的注释
  --output FILE      report、yoy、plan、progress、check：写入 FILE 而非
                     标准输出（任何格式；不能是输入文件之一）

CSV、TSV 和 XLSX 供程序处理：数字与 JSON 中的相同（150.8115、-0.2：不带 +、%、
pp 或千位分隔符），单位写在表头里，列不随数据而变。report 和 yoy 的列名相同：
文件 编号 指标 单位 年份（--lang en 时为 File ID Indicator Unit Year），总量的
增速列为 增速(%)，比率的为 增速(百分点)（Growth (%)、Growth (pp)）；report
另有 属性 基期值 目标 目标值 目标下限 目标上限 实际值 差额 差额(百分点)
完成率(%) 状态，yoy 另有 数值 变化 公布增速(%) 公布增速(百分点) 指数
可比价指数 两年平均增速(%)。--precision 只改变工作簿的数字格式，从不改变数值。
工作簿的状态单元格着色：达标绿色，未达标红色，基本达标黄色，待定灰色。

report/check 的 JSON：{"files": [...], "indicators": [{file, id, name,
name_en, unit, direction, basis, year, baseline, actual, target, target_kind
(growth|level|change_pp|range|around|bool|relative|direction|none),
target_value, target_low, target_high, growth_pct, computed_growth_pct,
reported_growth_pct, variance, variance_pp, status
(met|missed|pending|no_target), completion_pct, within_tolerance, strict,
target_note, reference, reference_growth_pct, estimate, attribute, judged
(exact|rounded), warnings, line}], "summary": {total, met, missed, pending,
no_target, within_tolerance}}；check 另有 "problems": [{file, line, column,
severity (error|warning|failure), message}]。

yoy 的 JSON：{"indicators": [{file, id, name, unit, basis, points: [{year,
value, change, growth_pct, reported_growth_pct, index, real_index,
two_year_avg_pct, gap, mismatch}], cagr_pct, chained_growth_pct, chained_basis
(real|nominal|mixed|none), real_cagr_pct, first_year, last_year}]}

水平值以指标的单位计；百分数以百分数的数值表示（4.8 即 4.8%）；缺失值为 null。
数字不超过 8 位小数时为精确值，否则修约到 4 位小数。
)";

constexpr const char* kTables = R"(zhibiao help tables — the statistics tables `zhibiao import` reads

The wide table the national data portal (and most provincial ones) exports,
as CSV (UTF-8, UTF-8 with a BOM, or GBK: found from the bytes) or XLSX (the
first sheet):

  数据库：年度数据                       lines above the header are ignored
  时间：最近5年
  指标,2024年,2023年,2022年             the header: 指标, a column per period
  国内生产总值(亿元),1349084,1260582,…   name(unit); () or （）
  人口出生率(‰),6.77,6.39,…
  注：…                                  notes: this row and all after it
  数据来源：国家统计局                   → source: 国家统计局

  columns  2024年 or 2024 (a year), 2024年第三季度, 2024年9月 (a quarter or a
           month), 2024年1-9月, 2024年前三季度, 2024Q3 (cumulative spans); in
           any order
  rows     · 国内生产总值累计值(亿元), …_累计值: cumulative; quarter and month
             columns become part-year keys (2024-09); Q4 and December are
             the year
           · 国内生产总值当季值, …_当期值: single quarters or months: skipped
             (a note)
           · rows without 累计: their quarter and month figures are skipped
             (a note)
  cells    figures as written (1349084.3, "1,015,986"); blank, …, --, —: no
           figure; anything else is an error at its cell: file:row:col (CSV)
           or file:Sheet1!C7 (XLSX), exit 2
  ids      the catalog's (国内生产总值 → gdp, by name or alias), else x1, x2, …

  zhibiao import data.csv > data.yaml && zhibiao yoy data.yaml
)";

constexpr const char* kTablesZh = R"(zhibiao help tables — zhibiao import 读取的统计表

国家统计局“国家数据”网站（以及多数省级统计网站）导出的宽表，CSV（UTF-8、
带 BOM 的 UTF-8 或 GBK：按字节自动识别）或 XLSX（第一个工作表）：

  数据库：年度数据                       表头之上的行被忽略
  时间：最近5年
  指标,2024年,2023年,2022年             表头：指标，其后每个时期一列
  国内生产总值(亿元),1349084,1260582,…   名称(单位)；() 或 （）
  人口出生率(‰),6.77,6.39,…
  注：…                                  注释：此行及其后各行
  数据来源：国家统计局                   → source: 国家统计局

  列      2024年 或 2024（年份），2024年第三季度、2024年9月（季度或月份），
          2024年1-9月、2024年前三季度、2024Q3（累计时段）；顺序不限
  行      · 国内生产总值累计值(亿元)、…_累计值：累计值，季度列和月份列成为
            series 中的年内时期（2024-09）；第四季度和12月即全年
          · 国内生产总值当季值、…_当期值：单季或单月的数值，跳过（给出提示）
          · 名称中没有“累计”的行：其季度和月份数值跳过（给出提示）
  单元格  数值按原文（1349084.3、"1,015,986"）；空白、…、--、— 表示无数据；
          其他内容是错误，报告所在单元格：file:row:col（CSV）或
          file:Sheet1!C7（XLSX），退出码 2
  编号    用指标目录的 id（国内生产总值 → gdp，按名称或别名），否则为 x1、x2 …

  zhibiao import data.csv > data.yaml && zhibiao yoy data.yaml
)";

int run_help(const CLI::App& app, const std::string& topic) {
  if (topic == "targets") print(say(kTargets, kTargetsZh));
  else if (topic == "units") print(say(kUnits, kUnitsZh));
  else if (topic == "formats") print(say(kFormats, kFormatsZh));
  else if (topic == "tables") print(say(kTables, kTablesZh));
  // The whole program's help: app.help() would show the selected subcommand's (help's own).
  else
    print(app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal) +
          say("\nTopics: zhibiao help targets | units | formats | tables\n",
              "\n主题：zhibiao help targets | units | formats | tables\n"));
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
