# End-to-end cases: exit statuses, located messages, golden outputs.
set(HL examples/huolinguole-2020.yaml)
set(NAT examples/national-2013-2018.yaml)

# --- the basics -------------------------------------------------------------
zhibiao_cli_test(version EXIT 0 ARGS --version STDOUT "^zhibiao [0-9]+\\.[0-9]+\\.[0-9]+\n$")
zhibiao_cli_test(help EXIT 0 ARGS --help STDOUT "report.*yoy.*check.*lint.*calc.*indicators.*Examples:")
foreach(sub report yoy check lint calc indicators)
  zhibiao_cli_test(help_${sub} EXIT 0 ARGS ${sub} --help STDOUT "Examples:\n  zhibiao ${sub}")
endforeach()
zhibiao_cli_test(no_subcommand EXIT 2 ARGS STDERR "subcommand")
zhibiao_cli_test(unknown_option EXIT 2 ARGS report --frobnicate ${HL})
zhibiao_cli_test(bad_format EXIT 2 ARGS report --format xml ${HL})

# --- calc (SPEC §5) -----------------------------------------------------------
zhibiao_cli_test(calc_spec EXIT 0 ARGS calc "143.63亿 * (1 + 5%)" GOLDEN tests/golden/calc_spec.out)
zhibiao_cli_test(calc_exact EXIT 0 ARGS calc "0.1 + 0.2" STDOUT "^0.3\n$")
zhibiao_cli_test(calc_divide EXIT 0 ARGS calc "1.21 / 1.1" STDOUT "^1.1\n$")
zhibiao_cli_test(calc_half_up EXIT 0 ARGS calc 2.675 --precision 2 STDOUT "^2.68\n$")
zhibiao_cli_test(calc_half_even EXIT 0 ARGS calc 2.665 --precision 2 --rounding half-even STDOUT "^2.66\n$")
zhibiao_cli_test(calc_fullwidth EXIT 0 ARGS calc "７.８８万人次 + 200人次" STDOUT "^7.9万人次\n$")
zhibiao_cli_test(calc_growth EXIT 0 ARGS calc "growth(143.63, 150.2)" --precision 2 STDOUT "^4.57%\n$")
zhibiao_cli_test(calc_cagr EXIT 0 ARGS calc "cagr(568845, 900309, 5)" --precision 2 STDOUT "^9.62%\n$")
zhibiao_cli_test(calc_bad EXIT 2 ARGS calc "1 + * 2" STDERR "^calc:1:5: error: ")
zhibiao_cli_test(calc_div0 EXIT 2 ARGS calc "1 / (2 - 2)" STDERR "division by zero")
zhibiao_cli_test(calc_units EXIT 2 ARGS calc "1亿元 + 2吨" STDERR "cannot add")
zhibiao_cli_test(calc_deep EXIT 2 ARGS calc "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1" STDERR "too deeply nested")

# --- lint ---------------------------------------------------------------------
# The shared data sit beside a checkout (and in CI); a lone clone may lack them.
if(EXISTS ${PROJECT_SOURCE_DIR}/../shared/data/national-2013-2018.yaml)
  zhibiao_cli_test(lint_shared_national EXIT 0 ARGS lint ../shared/data/national-2013-2018.yaml STDOUT "0 errors")
endif()
zhibiao_cli_test(lint_national EXIT 0 ARGS lint ${NAT} STDOUT "0 errors")
zhibiao_cli_test(lint_examples EXIT 0 ARGS lint ${HL} ${NAT} STDOUT "2 files: 0 errors, 0 warnings")
zhibiao_cli_test(lint_stdin EXIT 0 ARGS lint - STDIN ${NAT} STDOUT "0 errors")
zhibiao_cli_test(lint_bom_crlf EXIT 0 ARGS lint tests/bad/bom_crlf.yaml)
zhibiao_cli_test(lint_digits40 EXIT 0 ARGS lint tests/bad/digits40.yaml)
zhibiao_cli_test(lint_warnings EXIT 0 ARGS lint tests/data/warnings.yaml
  STDERR "tests/data/warnings.yaml:7:35: warning: retail_sales 2019: reported growth 9.0% differs from 8.0% computed.*tests/data/warnings.yaml:12:35: warning: gdp 2020: judged on nominal growth 5.0%")
# Warnings show numbers as the table does: 4.125 at 2 places is 4.12 half-even, 4.13 half-up.
zhibiao_cli_test(warning_rounding_half_even EXIT 0
  ARGS report tests/data/rounding_warning.yaml --precision 2 --rounding half-even --format csv
  STDERR "rounding_warning.yaml:9:38: warning: retail_sales 2020: reported growth 4.50% differs from 4.12% computed" STDOUT ",4.125,")
zhibiao_cli_test(warning_rounding_half_up EXIT 0
  ARGS report tests/data/rounding_warning.yaml --precision 2
  STDERR "differs from 4.13% computed")
zhibiao_cli_test(lint_every_file EXIT 2 ARGS lint tests/bad/dup_id.yaml ${NAT} tests/bad/bad_target.yaml
  STDERR "dup_id.yaml:6:5: error.*bad_target.yaml:5:13: error")
zhibiao_cli_test(lint_many_errors EXIT 2 ARGS lint tests/bad/many_errors.yaml
  STDERR "1:7: error: year '20x0'.*4:15: error: value '1,23'.*5:13: error: target '增长五%'.*7:15: error: value '3万%'.*8:5: error: unknown key 'colour'")
zhibiao_cli_test(lint_json EXIT 2 ARGS lint --format json tests/bad/dup_key.yaml
  STDOUT "\"line\": 5, \"column\": 5, \"severity\": \"error\", \"message\": \"duplicate key 'baseline' \\(first at 3:5\\)\"")

# --- the bad-input catalogue: every kind gives exit 2 and a located message ----
function(bad name regex)
  zhibiao_cli_test(bad_${name} EXIT 2 ARGS lint tests/bad/${name}.yaml STDERR "tests/bad/${name}.yaml${regex}")
endfunction()
bad(empty ": error: no data")
bad(comment_only ": error: no data")
bad(bare_scalar ":1:1: error: the top level must be a mapping")
bad(top_list ":1:1: error: the top level must be a mapping .*not a list")
bad(tabs ":2:1: error: tab used for indentation")
bad(binary ":1:12: error: not UTF-8 text")
bad(latin1 ":3:14: error: not UTF-8 text \\(byte 0xE9\\)")
bad(control ":1:9: error: control character 0x1B")
bad(laughs ":1:4: error: anchors")
bad(self_alias ":1:1: error: anchors")
bad(lone_comma ":1:1: error: ")
bad(trailing_comma ":1:4: error: ")
bad(second_doc ":5:1: error: a second YAML document")
bad(map_key ":3:7: error: a key must be a plain value")
bad(trailing_word ":5:1: error: unknown key 'not-a-key'")
bad(dup_key ":5:5: error: duplicate key 'baseline' \\(first at 3:5\\)")
bad(dup_id ":6:5: error: duplicate id 'gdp' \\(first at 2:5\\)")
bad(unknown_key ":4:5: error: unknown key 'targt' in an indicator \\(did you mean 'target'\\?\\)")
bad(wrong_type ":3:15: error: .*not a list")
bad(bad_id ":2:9: error: id 'GDP-2020' must match")
bad(zero_baseline ":4:15: error: baseline of 'tourism_revenue' is 0: growth .* undefined")
bad(negative_baseline ":4:15: error: baseline of 'public_budget_revenue' is below 0")
bad(digits70 ":3:15: error: .*more than 60 digits")
bad(magnitude_pct ":4:15: error: .*magnitude")
bad(years_order ":5:7: error: year 2018 is out of order")
bad(years_repeat ":5:7: error: duplicate key '2019'")
bad(year_key ":4:7: error: series key 'last' is not a year")
bad(mixed_series ":3:15: error: 'baseline' and 'series' do not go together")
bad(bad_target ":5:13: error: target '增长五%' is not a target expression \\(write e.g. \\+5%, 93%以上, 3.4%以内, 6%-6.5%\\)")
bad(signed_pct ":5:13: error: target '\\+3%' is a signed percentage on a % indicator.*pp")
bad(wrong_unit ":4:15: error: value '10.3亿吨': unit '吨' does not match the indicator's unit '亿元'")
bad(no_unit ":2:5: error: indicator 'mystery' needs a 'unit'")
bad(tag ":3:15: error: tags")
bad(yes_actual ":6:13: error: 'yes' is a yes/no outcome")
bad(no_indicators ":1:1: error: no 'indicators:'")
bad(deep_flow ":1:[0-9]+: error: nesting too deep")
zhibiao_cli_test(bad_missing EXIT 2 ARGS lint tests/bad/no-such-file.yaml STDERR "tests/bad/no-such-file.yaml: error: cannot open")
zhibiao_cli_test(bad_folder_as_file EXIT 2 ARGS lint tests/bad STDERR "tests/bad: error: is a folder")
zhibiao_cli_test(bad_deep_100000 EXIT 2 GENERATE deep ARGS lint {work}/input.yaml STDERR "input.yaml:1:[0-9]+: error: nesting too deep")
zhibiao_cli_test(bad_deep_map_100000 EXIT 2 GENERATE deep_map ARGS lint {work}/input.yaml STDERR "input.yaml:1:[0-9]+: error: nesting too deep")
zhibiao_cli_test(bad_too_large EXIT 2 GENERATE big ARGS lint {work}/input.yaml STDERR "input.yaml: error: file too large")
zhibiao_cli_test(many_indicators EXIT 0 GENERATE many ARGS check {work}/input.yaml STDOUT "达标 2000 ")
zhibiao_cli_test(bad_report EXIT 2 ARGS report tests/bad/bad_target.yaml STDERR ":5:13: error: target")
zhibiao_cli_test(bad_yoy EXIT 2 ARGS yoy tests/bad/dup_key.yaml STDERR ":5:5: error: duplicate key")
zhibiao_cli_test(bad_year EXIT 2 ARGS report --year 2030 ${NAT} STDERR "no figures for 2030")

# --- report (SPEC §3, §5.3) ---------------------------------------------------
# Written by hand from the SPEC §5.3 example before the program produced it.
zhibiao_cli_test(report_missed_json EXIT 0 ARGS report tests/data/missed.yaml --format json GOLDEN tests/golden/missed.json)
# Issue 3: GDP's 2020 target level 143.63 × 1.05 = 150.8115 -> 150.81, pending.
zhibiao_cli_test(report_hl_gdp EXIT 0 ARGS report ${HL} STDOUT "地区生产总值 +待定 +亿元 +2020 +143.63 +增长5% +150.81")
# Issue 3: 2016 GDP 6.7% against 6.5%-7% is met.
zhibiao_cli_test(report_nat_2016 EXIT 0 ARGS report --year 2016 ${NAT} --format json
  STDOUT "\"id\": \"gdp\".*\"target\": \"6.5%-7%\", \"target_kind\": \"range\".*\"growth_pct\": 6.7,.*\"variance_pp\": 0, \"status\": \"met\"")
# 2013: CPI 2.6 against 3.5%左右 (down: met when <= 4.0); jobs 1310 >= 900.
zhibiao_cli_test(report_nat_2013_en EXIT 0 ARGS report --year 2013 ${NAT} --lang en
  STDOUT "Consumer price index.*met.*met 4 · missed 0 · pending 0 · no target 0")
# --lang written before the subcommand is the subcommand's: the same 2013 table in English.
zhibiao_cli_test(lang_before_subcommand EXIT 0 ARGS --lang en report --year 2013 ${NAT}
  STDOUT "Consumer price index.*met.*met 4 · missed 0 · pending 0 · no target 0")
zhibiao_cli_test(lang_before_help_topic EXIT 0 ARGS --lang=zh help units STDOUT "数量与单位")
# CSV carries JSON's numbers (SPEC §5): 143.63 × 1.05 = 150.8115 whole, the
# variance 150.2 − 150.8115 = −0.6115 (JSON has it; the table leaves it out
# where the reported growth judges), growth 4.8, no + or %. Standard input's
# file name "-" is a text cell: defused like any formula-like text.
zhibiao_cli_test(report_stdin EXIT 0 ARGS report - --format csv STDIN tests/data/missed.yaml
  STDOUT "^文件,编号,指标,属性,单位,年份,基期值,目标,目标值,目标下限,目标上限,实际值,增速\\(%\\),增速\\(百分点\\),差额,差额\\(百分点\\),完成率\\(%\\),状态\r\n'-,gdp,地区生产总值,,亿元,2020,143.63,\\+5%,150.8115,,,150.2,4.8,,-0.6115,-0.2,,未达标\r\n")
zhibiao_cli_test(report_bom EXIT 0 ARGS report tests/data/missed.yaml --format csv --bom STDOUT "^﻿文件,")
# Tables for people round as asked: 150.8115 half-even at 3 → 150.812 (1 is odd).
zhibiao_cli_test(report_half_even EXIT 0 ARGS report tests/data/missed.yaml --format markdown --precision 3 --rounding half-even
  STDOUT "\\| 地区生产总值 \\| 未达标 \\| 亿元 \\| 2020 \\| 143.630 \\| \\+5% \\| 150.812 \\| 150.200 \\| 4.800% \\|  \\| -0.200 \\|")
# CSV numbers are JSON's whatever --precision: 150.8115, not 150.812.
zhibiao_cli_test(report_csv_precision EXIT 0 ARGS report tests/data/missed.yaml --format tsv --precision 1
  STDOUT "\tgdp\t地区生产总值\t\t亿元\t2020\t143.63\t\\+5%\t150.8115\t\t\t150.2\t4.8\t\t-0.6115\t-0.2\t\t未达标\n")
# English headers, the same columns; a rate's change in the pp column: 3.3 − 3.2 = 0.1.
zhibiao_cli_test(report_csv_en EXIT 0 ARGS report tests/data/missed.yaml --format csv --lang en
  STDOUT "^File,ID,Indicator,Attribute,Unit,Year,Baseline,Target,Target level,Target low,Target high,Actual,Growth \\(%\\),Growth \\(pp\\),Variance,Variance \\(pp\\),Completion \\(%\\),Status\r\n.*,registered_unemployment_rate,[^,]*,,%,2020,3.2,3.4%以内,3.4,,,3.3,,0.1,-0.1,,,met\r\n")
string(ASCII 27 ESC)
zhibiao_cli_test(report_color EXIT 0 ARGS report tests/data/missed.yaml --color always STDOUT "${ESC}\\[31m未达标")
zhibiao_cli_test(report_no_color EXIT 0 ARGS report tests/data/missed.yaml --color auto STDOUT "^[^${ESC}]*$")
zhibiao_cli_test(report_two_files EXIT 0 ARGS report tests/data/missed.yaml ${NAT} --format markdown
  STDOUT "^\\| 文件 \\| 指标 \\| 状态 .*\\| 测试：一个未达标 \\| 地区生产总值 \\| 未达标 .*\\| 全国 \\| 国内生产总值 ")
foreach(fmt table markdown csv tsv json)
  zhibiao_cli_test(golden_report_hl_${fmt} EXIT 0 ARGS report ${HL} --format ${fmt} GOLDEN tests/golden/report-huolinguole.${fmt})
  zhibiao_cli_test(golden_report_nat_${fmt} EXIT 0 ARGS report ${NAT} --year 2016 --format ${fmt} GOLDEN tests/golden/report-national-2016.${fmt})
  zhibiao_cli_test(golden_yoy_nat_${fmt} EXIT 0 ARGS yoy ${NAT} --format ${fmt} GOLDEN tests/golden/yoy-national.${fmt})
endforeach()

# --- yoy ----------------------------------------------------------------------
# 2016 GDP: two-year average √(1.069 × 1.067) − 1 = 6.79995% -> 6.8%;
# CAGR (900309 / 568845)^(1/5) − 1 = 9.62% (nominal, from levels); chained
# 1.074·1.069·1.067·1.069·1.066 − 1 = 39.60% (real, reported growths), real CAGR
# 1.3960^(1/5) − 1 = 6.90%; real index 2016: 100·1.074·1.069·1.067 = 122.5029102.
zhibiao_cli_test(yoy_gdp EXIT 0 ARGS yoy ${NAT}
  STDOUT "2016 +744127 +\\+67419 +10.0% +6.7% +130.8 +122.5 +6.8%.*现价年均增长 9.62%，可比价年均增长 6.90%，可比价累计增长 39.60%")
zhibiao_cli_test(yoy_json EXIT 0 ARGS yoy ${NAT} --format json
  STDOUT "\"year\": 2016, \"value\": 744127, \"change\": 67419, \"growth_pct\": 9.9628, \"reported_growth_pct\": 6.7, \"index\": 130.8137, \"real_index\": 122.5029102, \"two_year_avg_pct\": 6.8")
zhibiao_cli_test(yoy_span EXIT 0 ARGS yoy ${NAT} --from 2015 --to 2016 --format csv
  STDOUT "gdp,国内生产总值,亿元,2015,676708,,,,6.9,,100,100,\r\n[^\r]*gdp,国内生产总值,亿元,2016,744127,67419,9.9628,,6.7,,109.9628,106.7,6.8\r\n")
zhibiao_cli_test(yoy_gap EXIT 0 ARGS yoy tests/data/gap.yaml STDOUT "2017 +121.0 +断档")
zhibiao_cli_test(yoy_mismatch EXIT 0 ARGS yoy tests/data/warnings.yaml STDOUT "9.0%\\*.*\\* 公布增速与按数值计算的增速相差超过0.1个百分点")
zhibiao_cli_test(yoy_simple EXIT 0 ARGS yoy tests/data/missed.yaml --format json
  STDOUT "\"id\": \"gdp\".*\"points\": \\[\\{\"year\": 2019, \"value\": 143.63.*\\{\"year\": 2020, \"value\": 150.2, \"change\": 6.57,")

# --- check (SPEC §5.1) ---------------------------------------------------------
zhibiao_cli_test(check_examples EXIT 0 ARGS check ${HL} ${NAT} STDOUT "合计 2: 达标 4 · 未达标 0 · 待定 44")
zhibiao_cli_test(check_missed EXIT 1 ARGS check tests/data/missed.yaml
  STDOUT "^tests/data/missed.yaml:10:5: error: gdp \\(地区生产总值\\) 2020: target '\\+5%' missed: growth 4.8%, variance -0.2 pp\n")
zhibiao_cli_test(check_error_wins EXIT 2 ARGS check tests/data/missed.yaml tests/bad/dup_id.yaml STDERR "dup_id.yaml:6:5: error")
zhibiao_cli_test(check_no_pending EXIT 1 ARGS check ${HL} --no-allow-pending STDOUT "target '增长5%' pending: no actual yet")
zhibiao_cli_test(check_strict EXIT 1 ARGS check tests/data/warnings.yaml --strict STDERR "warning: retail_sales 2019")
zhibiao_cli_test(check_not_strict EXIT 0 ARGS check tests/data/warnings.yaml STDERR "warning: retail_sales 2019")
zhibiao_cli_test(check_strict_other_year EXIT 1 ARGS check tests/data/warnings.yaml --strict --year 2020)
zhibiao_cli_test(check_empty_folder EXIT 2 ARGS check cmake STDERR "cmake: error: no .yaml or .yml files")
zhibiao_cli_test(check_github EXIT 1 ARGS check tests/data/missed.yaml --format github
  STDOUT "^::error file=tests/data/missed.yaml,line=10,col=5::gdp \\(地区生产总值\\) 2020: target '\\+5%25' missed")
zhibiao_cli_test(check_github_error EXIT 2 ARGS check tests/bad/bad_target.yaml --format github
  STDOUT "^::error file=tests/bad/bad_target.yaml,line=5,col=13::target '增长五%25' is not")
zhibiao_cli_test(check_junit EXIT 1 ARGS check tests/data/missed.yaml --format junit
  STDOUT "<testsuite name=\"tests/data/missed.yaml\" tests=\"3\" failures=\"1\" errors=\"0\">.*<failure message=\"gdp .*<skipped")
zhibiao_cli_test(check_junit_escape EXIT 1 ARGS check tests/data/xml.yaml --format junit
  STDOUT "name=\"odd \\(&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;\\) 2020\"")
zhibiao_cli_test(check_json EXIT 1 ARGS check tests/data/missed.yaml --format json
  STDOUT "\"summary\": \\{\"total\": 3, \"met\": 1, \"missed\": 1, \"pending\": 1, \"no_target\": 0, \"within_tolerance\": 0\\}, \"problems\": \\[\\{\"file\": \"tests/data/missed.yaml\", \"line\": 10, \"column\": 5, \"severity\": \"failure\"")
zhibiao_cli_test(check_bool EXIT 1 ARGS check tests/data/qualitative.yaml STDOUT "target '完成' missed: not done.*达标 1 · 未达标 1")

# --- indicators ------------------------------------------------------------------
zhibiao_cli_test(indicators_table EXIT 0 ARGS indicators STDOUT "gdp +地区生产总值 +亿元 +正向 +可比价")
zhibiao_cli_test(indicators_json EXIT 0 ARGS indicators --format json
  STDOUT "\\{\"id\": \"registered_unemployment_rate\", \"name\": \"城镇登记失业率\", \"name_en\": \"[^\"]+\", \"unit\": \"%\", \"direction\": \"down\", \"basis\": \"current\", \"aliases\": \\[")
zhibiao_cli_test(indicators_override EXIT 0 ARGS indicators --catalog tests/data/catalog STDOUT "gdp +本地生产总值 +万元")
zhibiao_cli_test(catalog_used EXIT 0 ARGS report tests/data/uses_catalog.yaml --catalog tests/data/catalog --format csv
  STDOUT "本地生产总值,,万元,2020,100,增长5%,105,")
bad(no_baseline ":4:13: error: target .增长5%. of .retail_sales. is a change over last year, but there is no baseline")

# --- found by testing: regressions ------------------------------------------------
bad(escaped_control ":4:11: error: name holds a control character \\(0x1B\\)")
bad(null_year ":1:7: error: year is empty")
# (150.2 − 143.63) / 143.63 = 6.57 / 143.63 = 0.0457425…: a ratio of amounts has no unit.
zhibiao_cli_test(calc_ratio EXIT 0 ARGS calc "(150.2亿 - 143.63亿) / 143.63亿" STDOUT "^0.04574253\n$")
zhibiao_cli_test(calc_pct_right EXIT 0 ARGS calc "100 - 5%" STDOUT "^99.95\n$")
zhibiao_cli_test(calc_pct_left EXIT 0 ARGS calc "5% + 3%" STDOUT "^8%\n$")
zhibiao_cli_test(calc_tiny EXIT 0 ARGS calc "1/300000000" STDOUT "^0.000000003333\n$")
# 10^-36 has its first significant digit at place 36: shown, not rounded to 0.
zhibiao_cli_test(calc_1e_minus_36 EXIT 0 ARGS calc "0.000000000000000000000000000000000001"
  STDOUT "^0.000000000000000000000000000000000001\n$")
# The growth as the table shows it (5.0%, one decimal as the file writes its
# growths); the variance beside it gets the decimals it needs (-0.01, never 0).
zhibiao_cli_test(check_close_miss EXIT 1 ARGS check tests/data/close_miss.yaml STDOUT "missed: growth 5.0%, variance -0.01 pp")
# --jobs: files are checked in parallel, output stays in the order given.
zhibiao_cli_test(check_jobs_order EXIT 2 ARGS check --jobs 2 ${HL} ${NAT} tests/data tests/bad/dup_id.yaml
  STDOUT "^examples/huolinguole-2020.yaml: [^\n]*\nexamples/national-2013-2018.yaml: [^\n]*\n(tests/data/[^\n]*\n)*tests/data/xml.yaml: [^\n]*\ntests/bad/dup_id.yaml: 错误 · [^\n]*\n合计 ")
zhibiao_cli_test(check_json_errors_only EXIT 2 ARGS check tests/bad/dup_id.yaml --format json
  STDOUT "^\\{\"files\": \\[\"tests/bad/dup_id.yaml\"\\], \"indicators\": \\[\\], \"summary\": \\{\"total\": 0, [^}]*\\}, \"problems\": \\[\\{\"file\": \"tests/bad/dup_id.yaml\", \"line\": 6, \"column\": 5, \"severity\": \"error\"")

# --- help topics, roll (issue 7) ------------------------------------------------------
zhibiao_cli_test(help_targets EXIT 0 ARGS help targets STDOUT "提高2个百分点.*6%至6.5%.*清零")
zhibiao_cli_test(help_units EXIT 0 ARGS help units STDOUT "103000万元 = 10.3亿元")
zhibiao_cli_test(help_formats EXIT 0 ARGS help formats STDOUT "target_kind.*two_year_avg_pct")
zhibiao_cli_test(help_bad_topic EXIT 2 ARGS help nonsense)
# missed.yaml's 2020 actuals (150.2 with growth 4.8%; 3.3%) become the 2021 baselines.
zhibiao_cli_test(roll_simple EXIT 0 ARGS roll tests/data/missed.yaml --to 2021
  STDOUT "year: 2021\n.*# baseline: the 2020 actual, from tests/data/missed.yaml:13:21\n    baseline: \\{value: 150.2, growth: 4.8%\\}\n    target:\n    actual:\n.*baseline: 3.3%\n.*# no 2020 actual in tests/data/missed.yaml")
zhibiao_cli_test(roll_series EXIT 0 ARGS roll ${NAT} --to 2019
  STDOUT "2018: \\{actual: 900309, growth: 6.6%, target: \"6.5%左右\"\\}\n      2019: \\{target: ~, actual: ~\\}")
zhibiao_cli_test(roll_wrong_year EXIT 2 ARGS roll tests/data/missed.yaml --to 2023 STDERR "the file is for 2020: roll it --to 2021")
zhibiao_cli_test(roll_needs_to EXIT 2 ARGS roll tests/data/missed.yaml)
foreach(input tests/data/missed.yaml ${NAT} ${HL})
  string(MAKE_C_IDENTIFIER "${input}" id)
  add_test(NAME cli.roll_lints_clean_${id}
           COMMAND bash -c "set -o pipefail; '$<TARGET_FILE:zhibiao>' roll ${input} --to 2021 | '$<TARGET_FILE:zhibiao>' lint -"
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
# Round trip: the rolled file's baselines are the input's actuals.
add_test(NAME cli.roll_baselines_are_actuals
         COMMAND bash -c "'$<TARGET_FILE:zhibiao>' roll tests/data/missed.yaml --to 2021 | '$<TARGET_FILE:zhibiao>' report - --format json"
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(cli.roll_baselines_are_actuals PROPERTIES PASS_REGULAR_EXPRESSION
  "\"id\": \"gdp\".*\"year\": 2021, \"baseline\": 150.2,.*\"id\": \"registered_unemployment_rate\".*\"baseline\": 3.3,.*\"id\": \"new_urban_jobs\".*\"baseline\": null")
zhibiao_cli_test(permille_pp EXIT 0 ARGS report tests/data/permille.yaml --format json
  STDOUT "\"growth_pct\": 0.09, \"computed_growth_pct\": 0.09,.*\"target_value\": 6,|\"target_value\": 6,.*\"growth_pct\": 0.09,")
zhibiao_cli_test(stdin_twice EXIT 2 ARGS report - - STDIN tests/data/missed.yaml STDERR "-: error: standard input can be read only once")
zhibiao_cli_test(yoy_empty_span EXIT 2 ARGS yoy ${NAT} --from 2030 STDERR "no figures between 2030 and the last year")
zhibiao_cli_test(unknown_subcommand EXIT 2 ARGS bogus STDERR "unknown subcommand 'bogus'")
zhibiao_cli_test(lint_has_no_year EXIT 2 ARGS lint --year 1999 ${NAT})
zhibiao_cli_test(roll_two_year_series EXIT 0 ARGS roll tests/data/two_year_series.yaml --to 2021
  STDOUT "    series:\n      2019: \\{actual: 100\\}\n      2020: \\{actual: 105, growth: 5%, target: \"增长5%\"\\}\n      2021: \\{target: ~, actual: ~\\}\n")

# --- plan (SPEC §7, issue 13) ------------------------------------------------------
# Energy intensity 累计下降13.5%, 100 → 92.7 (2023) → 89.1774 (2024, 3.8% less):
# achieved 1 − 89.1774/100 = 10.8226% → 10.82%; path 1 − 0.865^(4/5) = 1 − 0.8904569
# = 10.9543% → 10.95%; gap 10.8226 − 10.9543 = −0.1317 pp (beyond 0.1: behind);
# required 1 − 0.865/0.891774 = 1 − 0.9699767 = 3.0023% → 3.00% in 2025.
set(PLAN_ENERGY_CELLS "单位国内生产总值能耗 +滞后 +约束性 +吨标准煤/万元 +100.0000 +累计下降13.5% +2024 +4/5 +10.82% +10.95% +-0.13pp +3.00%")
zhibiao_cli_test(plan_energy EXIT 0 ARGS plan tests/data/plan-energy.yaml
  STDOUT "^能耗强度（SPEC §7 算例） · 十四五 2020–2025 · 截至2024年\n.*${PLAN_ENERGY_CELLS}\n约束性 1：滞后 1\n$")
# GDP 翻一番 2010→2020: Π(1+gᵢ) = 1.095·1.079·1.078·1.073·1.069·1.067·1.069 = 1.6663794;
# (2 / 1.6663794)^(1/3) − 1 = 1.2002068^(1/3) − 1 = 6.27% a year in 2018–2020. Lₙ = 412119 × 1.6663794
# = 686747 against the path 412119 × 2^0.7 = 669489: 2.58% above, ahead.
zhibiao_cli_test(plan_doubling EXIT 0 ARGS plan tests/data/plan-doubling.yaml
  STDOUT "国内生产总值 +快于预期 +亿元 +412119 +比2010年翻一番 +2017 +7/10 +686747 +669489 +\\+2.58% +6.27%\n")
zhibiao_cli_test(plan_doubling_json EXIT 0 ARGS plan tests/data/plan-doubling.yaml --format json
  STDOUT "\"target_kind\": \"level\", \"base_value\": 412119, \"target_value\": 824238, .*\"required\": 6.272, \"required_unit\": \"pct\", .*\"status\": \"ahead\"")
zhibiao_cli_test(plan_markdown EXIT 0 ARGS plan tests/data/plan-energy.yaml --format markdown
  STDOUT "\\| 单位国内生产总值能耗 \\| 滞后 \\| 约束性 \\| 吨标准煤/万元 \\| 100.0000 \\| 累计下降13.5% \\| 2024 \\| 4/5 \\| 10.82% \\| 10.95% \\| -0.13pp \\| 3.00% \\|\n\n约束性 1：滞后 1\n$")
zhibiao_cli_test(plan_csv EXIT 0 ARGS plan tests/data/plan-energy.yaml --format csv
  STDOUT "^文件,编号,指标,属性,单位,目标,基期,基期值,年份,已过年数,总年数,已实现,序时进度,进度单位,差距,差距单位,尚需每年,尚需单位,状态\r\ntests/data/plan-energy.yaml,energy_intensity,单位国内生产总值能耗,约束性,吨标准煤/万元,累计下降13.5%,2020,100,2024,4,5,10.8226,10.9543,%,-0.1317,pp,3.0023,%,滞后\r\n$")
zhibiao_cli_test(plan_tsv EXIT 0 ARGS plan tests/data/plan-energy.yaml --format tsv
  STDOUT "\t2020\t100\t2024\t4\t5\t10.8226\t10.9543\t%\t-0.1317\tpp\t3.0023\t%\t滞后\n$")
zhibiao_cli_test(plan_json EXIT 0 ARGS plan tests/data/plan-energy.yaml --format json
  STDOUT "\"plan_base\": 2020, \"plan_end\": 2025, \"year\": 2024, \"years_gone\": 4, \"years_total\": 5, \"attribute\": \"binding\", \"target\": \"累计下降13.5%\", \"target_kind\": \"cumulative\", .*\"achieved\": 10.8226, \"path\": 10.9543, \"gap\": -0.1317, \"gap_unit\": \"pp\", \"required\": 3.0023, \"required_unit\": \"pct\", .*\"status\": \"behind\".*\"summary\": \\{\"total\": 1, .*\"behind\": 1,")
zhibiao_cli_test(plan_en EXIT 0 ARGS plan tests/data/plan-energy.yaml --lang en
  STDOUT "as of 2024\n.*Achieved.*\n[^\n]* behind [^\n]*\nbinding 1: behind 1\n$")
# A band of 0.2 pp holds the −0.13 pp gap: on track.
zhibiao_cli_test(plan_band EXIT 0 ARGS plan tests/data/plan-energy.yaml --pace-band 0.2 STDOUT "基本符合预期 +约束性")
zhibiao_cli_test(plan_bad_band EXIT 2 ARGS plan tests/data/plan-energy.yaml --pace-band x STDERR "--pace-band 'x' is not a number")
# As of 2023: 1 − 92.7/100 = 7.3%, path 1 − 0.865^(3/5) = 1 − 0.9166629 = 8.3337%: behind by 1.03 pp.
zhibiao_cli_test(plan_year EXIT 0 ARGS plan tests/data/plan-energy.yaml --year 2023 STDOUT "2023 +3/5 +7.30% +8.33% +-1.03pp")
zhibiao_cli_test(plan_not_a_plan EXIT 2 ARGS plan tests/data/missed.yaml STDERR "^tests/data/missed.yaml:1:1: error: no 'plan:' in this file")
zhibiao_cli_test(plan_help EXIT 0 ARGS plan --help STDOUT "--pace-band.*Examples:\n  zhibiao plan")
# check: a plan target missed in the end year fails (1 − 87/100 = 13% < 13.5%); behind its pace warns.
zhibiao_cli_test(check_plan_missed EXIT 1 ARGS check tests/data/plan-missed.yaml
  STDOUT "^tests/data/plan-missed.yaml:9:13: error: energy_intensity \\(单位国内生产总值能耗\\) 2025: plan target '累计下降13.5%' missed: achieved 13.00%\n")
zhibiao_cli_test(check_plan_behind EXIT 0 ARGS check tests/data/plan-energy.yaml
  STDERR "plan-energy.yaml:12:13: warning: energy_intensity 2024: plan target '累计下降13.5%' is behind its pace by 0.13 pp")
zhibiao_cli_test(check_plan_behind_strict EXIT 1 ARGS check tests/data/plan-energy.yaml --strict)
zhibiao_cli_test(roll_plan EXIT 2 ARGS roll tests/data/plan-energy.yaml --to 2026 STDERR "roll works on yearly files, not plans")
zhibiao_cli_test(lint_plan_example EXIT 0 ARGS lint examples/plan-14th.yaml STDOUT "0 errors, 0 warnings")
# The README's plan example: its first rows and the summary, binding first.
zhibiao_cli_test(plan_example EXIT 0 ARGS plan examples/plan-14th.yaml
  STDOUT "常住人口城镇化率 +提前实现 +预期性 +% +63.89 +65 +2024 +4/5 +67.00 +64.78 +\\+2.22pp +-2.00pp\n.*\n约束性 8：")
# --- real wordings (SPEC §2.3): examples/wordings.yaml, sentences quoted there --
set(WORDS examples/wordings.yaml)
zhibiao_cli_test(wordings_lint EXIT 0 ARGS lint ${WORDS} examples/wordings-guoluo.yaml STDOUT "2 files: 0 errors, 0 warnings")
# 福建2022: 增长6.5%，在实际工作中争取更好结果 — the clause is a note; 4.7 < 6.5 missed,
# variance 4.7 − 6.5 = −1.8 pp, no level variance (judged on the comparable growth).
zhibiao_cli_test(wordings_trailing_clause EXIT 0 ARGS report ${WORDS} --year 2022 --format csv
  STDOUT ",福建省地区生产总值,预期性,亿元,2022,48810.36,增长6.5%，在实际工作中争取更好结果,51983.0334,,,53109.85,4.7,,1126.8166,-1.8,,未达标\r\n")
# 2022 income real growth 2.9 against GDP 3.0, 与经济增长基本同步: 2.9 >= 3.0 − 0.5 → 基本达标, −0.1 pp.
zhibiao_cli_test(wordings_relative EXIT 0 ARGS report ${WORDS} --year 2022 --format csv
  STDOUT ",全国居民人均可支配收入,预期性,元,2022,35128,居民收入增长与经济增长基本同步,,,,36883,2.9,,,-0.1,,基本达标\r\n")
# 福建2022 local revenue 3383 → 3339亿元 yet 同口径增长5.5% against 增长5%: met (+0.5 pp);
# total revenue 同口径 1.9% against 5%: missed.
zhibiao_cli_test(wordings_same_scope EXIT 0 ARGS report ${WORDS} --year 2022 --format csv
  STDOUT ",福建省地方一般公共预算收入,预期性,亿元,2022,3383,增长5%,3552.15,,,3339,5.5,,-213.15,0.5,,达标\r\n[^\n]*,福建省一般公共预算总收入,[^\n]*,1.9,,-647.85,-3.1,,未达标\r\n")
# 武汉2022 new jobs 29.97万 against 22万人: 29.97 / 22 = 1.3622727… → 136.2273 (JSON's 4 decimals).
zhibiao_cli_test(wordings_completion EXIT 0 ARGS report ${WORDS} --year 2022 --format csv
  STDOUT ",武汉市城镇新增就业,预期性,万人,2022,,22万人,22,,,29.97,,,7.97,,136.2273,达标\r\n")
# <5.5 is strict: the 2022 year-end 5.5 misses it.
zhibiao_cli_test(wordings_strict EXIT 0 ARGS report ${WORDS} --year 2022 --format csv
  STDOUT "年末）,预期性,%,2022,5.1,<5.5,5.5,,,5.5,,0.4,0,,,未达标\r\n")
# 2021: energy intensity fell 2.7% against 降低3%左右 (binding): 2.7 >= 2.5 → 基本达标;
# jobs 1269 / 1100 = 1.1536363… → 115.3636, growth 1269 / 1186 − 1 = 83 / 1186 = 6.99831…% → 6.9983;
# income 稳步增长 +8.1% met; COD 继续下降 no outcome: pending.
zhibiao_cli_test(wordings_2021 EXIT 0 ARGS report ${WORDS} --year 2021 --format csv
  STDOUT ",全国居民人均可支配收入,预期性,元,2021,32189,稳步增长,,,,35128,8.1,,,,,达标\r\n[^\n]*,化学需氧量排放量（主要污染物之一）,,万吨,2021,2564.8,继续下降,,,,,,,,,,待定\r\n.*,单位国内生产总值能耗降低,约束性,%,2021,,降低3%左右,3,,,2.7,,,-0.3,,,基本达标\r\n.*,全国城镇新增就业,预期性,万人,2021,1186,1100万人以上,1100,,,1269,6.9983,,169,,115.3636,达标\r\n")
# 湖北2023: 增长6.5%左右，… with 6.0: exactly at 6.5 − 0.5 → 基本达标; 完成国家下达的目标任务 is qualitative.
zhibiao_cli_test(wordings_2023 EXIT 0 ARGS report ${WORDS} --year 2023 --format csv
  STDOUT ",湖北省地区生产总值,预期性,亿元,2023,,增长6.5%左右，在实际工作中争取更好结果,,,,55803,6,,,-0.5,,基本达标\r\n.*,湖北省单位生产总值能耗,约束性,吨标准煤/万元,2023,,完成国家下达的目标任务,,,,,,,,,,待定\r\n")
# JSON: the note, the estimate, the attribute and the rule.
zhibiao_cli_test(wordings_json EXIT 0 ARGS report ${WORDS} --year 2022 --format json
  STDOUT "\"id\": \"fujian_gdp\".*\"target_note\": \"在实际工作中争取更好结果\".*\"attribute\": \"expected\", \"judged\": \"exact\".*\"id\": \"wuhan_gdp_estimate\"[^}]*\"estimate\": true")
# --judge rounded: 4.96% against 增长5% is missed exactly, met rounded to 5.0.
zhibiao_cli_test(judge_exact EXIT 1 ARGS check tests/data/rounding.yaml STDOUT "未达标 1")
zhibiao_cli_test(judge_rounded EXIT 0 ARGS check tests/data/rounding.yaml --judge rounded STDOUT "达标 1")
# --binding-only: a missed expected target does not fail; a missed binding one does.
zhibiao_cli_test(binding_only_pass EXIT 0 ARGS check tests/data/attributes.yaml --year 2020 --binding-only)
zhibiao_cli_test(binding_only_fail EXIT 1 ARGS check tests/data/attributes.yaml --year 2021 --binding-only
  STDOUT "energy_intensity_reduction")
zhibiao_cli_test(binding_all EXIT 1 ARGS check tests/data/attributes.yaml --year 2020)
# 完成任务 on an indicator outside the catalog needs no unit (issue 11).
zhibiao_cli_test(done_task_no_unit EXIT 0 ARGS lint tests/data/done_task.yaml STDOUT "0 errors")
# yoy JSON names the periods of a simple-form file in English whatever --lang.
zhibiao_cli_test(yoy_json_periods_en EXIT 0 ARGS yoy tests/data/no_year.yaml --format json --lang en
  STDOUT "\"year\": \"baseline\".*\"year\": \"current\"")
# help targets names every form of SPEC §2.2 and §2.3 (one example of each, in order).
zhibiao_cli_test(help_targets_forms EXIT 0 ARGS help targets
  STDOUT "增长5%.*下降20%.*93%以上.*3.4%以内.*1450人.*提高2个百分点.*6%-6.5%.*5%左右.*清零.*完成.*完成国家下达的目标任务.*在实际工作中争取更好结果.*>7%.*<5.5.*与经济增长基本同步.*高于gdp增长.*提高到55%.*降至3%.*稳步增长.*继续下降.*保持在合理区间.*年均增长5%.*累计下降13.5%.*〔13.5〕.*翻一番.*1.9万亿元左右.*基本达标.*--judge rounded")

# --- hostile input (issue 18; see docs/security.md) -----------------------------------
# No line of output may start a GitHub Actions workflow command (:: after blanks).
zhibiao_cli_test(guard_report_table EXIT 0 ARGS report tests/bad/workflow_command.yaml
  STDOUT "^'::stop-commands::pwn · 2020年\n[^\n]*\n[^\n]*\n'::error file=.github/workflows/ci.yml,l…  达标    亿元 [^\n]*\n'  ::warning::x ##\\\\\\[set-env")
zhibiao_cli_test(guard_report_csv EXIT 0 ARGS report tests/bad/workflow_command.yaml --format tsv
  STDOUT "\ntests/bad/workflow_command.yaml\tforged\t::error file=[^\n]*\ntests/bad/workflow_command.yaml\tblanks\t  ::warning::x ##\\\\\\[set-env name=A;\\]b\t")
zhibiao_cli_test(guard_yoy_csv EXIT 0 ARGS yoy tests/bad/workflow_command.yaml --format csv
  STDOUT "\r\ntests/bad/workflow_command.yaml,forged,\"::error file=.github/workflows/ci.yml,line=1::all good\",亿元,2019,")
zhibiao_cli_test(guard_check_lines EXIT 1 ARGS check tests/bad/workflow_command.yaml
  STDOUT "^tests/bad/workflow_command.yaml:12:5: error: blanks \\(  ::warning::x ##\\\\\\[set-env")
# GitHub format: zhibiao's own commands, the data's escaped inside them.
zhibiao_cli_test(guard_check_github EXIT 1 ARGS check tests/bad/workflow_command.yaml --format github
  STDOUT "^::error file=tests/bad/workflow_command.yaml,line=12,col=5::blanks \\(  ::warning::x ##\\[set-env name=A;\\]b\\) 2020: target '增长5%25' missed: growth -0.6%25, variance -5.6 pp\n$")
# CSV formula injection: text cells get a ', figures (-0.6%, -5.6) stay numbers.
zhibiao_cli_test(csv_formula EXIT 0 ARGS report tests/bad/formula.yaml --format csv
  STDOUT "\r\ntests/bad/formula.yaml,gdp,'=cmd\\|' /C calc'!A0,,'@SUM\\(1\\),2020,100,增长5%,105,,,99.4,-0.6,,-5.6,-5.6,94.6667,未达标\r\n$")
zhibiao_cli_test(tsv_formula EXIT 0 ARGS yoy tests/bad/formula.yaml --format tsv
  STDOUT "\ntests/bad/formula.yaml\tgdp\t'=cmd\\|' /C calc'!A0\t'@SUM\\(1\\)\t2020\t99.4\t-0.6\t-0.6\t")
# C1 controls and bidi overrides: located errors, like C0.
bad(c1_control ":4:12: error: U\\+009B, a C1 control character")
bad(bidi ":4:19: error: U\\+202E, a bidi control")
bad(escaped_bidi ":4:11: error: name holds U\\+2066, a bidi control")
# Every byte-level problem, not only the first: four.
zhibiao_cli_test(bad_byte_problems EXIT 2 ARGS lint tests/bad/byte_problems.yaml
  STDOUT "1 file: 4 errors"
  STDERR "^[^\n]*:3:1: error: tab used[^\n]*\n[^\n]*:4:1: error: tab used[^\n]*\n[^\n]*:4:10: error: not UTF-8 text \\(byte 0xFF\\)\n[^\n]*:4:11: error: control character 0x01[^\n]*\n$")
# Catalog errors are located at their catalog file, not "zhibiao:1:1".
zhibiao_cli_test(catalog_error_located EXIT 2 ARGS check --catalog tests/data/bad_catalog tests/data/missed.yaml
  STDERR "^tests/data/bad_catalog/broken.yaml:3:5: error: a catalog entry needs" STDOUT "^tests/data/bad_catalog/broken.yaml: 错误")
zhibiao_cli_test(catalog_error_junit EXIT 2 ARGS check --catalog tests/data/bad_catalog tests/data/missed.yaml --format junit
  STDOUT "<testsuite name=\"tests/data/bad_catalog/broken.yaml\" tests=\"1\" failures=\"0\" errors=\"1\">\n    <testcase classname=\"tests/data/bad_catalog/broken.yaml\" name=\"tests/data/bad_catalog/broken.yaml:3:5\">")
# Text tables: a cell is at most 40 columns; the last column is not padded.
string(REPEAT "x" 39 x39)
string(REPEAT " " 39 blanks39)
string(REPEAT "x" 200 x200)
zhibiao_cli_test(table_cell_cap EXIT 0 ARGS report tests/data/long_name.yaml
  STDOUT "\n${x39}…  达标  亿元  2020     100  增长5%     105     106  6.0%    \\+1          \\+1.0  101.0%\nGDP${blanks39}达标  亿元")
zhibiao_cli_test(table_cell_cap_csv EXIT 0 ARGS report tests/data/long_name.yaml --format csv STDOUT ",${x200},,亿元,")
# Quadratic no more: 40 000 repeated keys, well within the default timeout.
zhibiao_cli_test(repeated_keys EXIT 2 GENERATE repeats ARGS lint {work}/input.yaml
  STDERR "input.yaml:6:5: error: duplicate key 'note' \\(first at 5:5\\)\n.*\n… 39899 more problems in [^\n]*input.yaml\n$"
  STDOUT "1 file: 39999 errors")
# --max-errors: per file, counted past the cap, in every format.
zhibiao_cli_test(max_errors_default EXIT 2 GENERATE flood ARGS lint {work}/input.yaml
  STDERR "\n… 199900 more problems in [^\n]*input.yaml\n$" STDOUT "1 file: 200000 errors")
zhibiao_cli_test(max_errors_3 EXIT 2 GENERATE flood ARGS report --max-errors 3 {work}/input.yaml
  STDERR "^[^\n]*input.yaml:1:14: error: [^\n]*\n[^\n]*\n[^\n]*input.yaml:1:18: error: [^\n]*\n… 199997 more problems in [^\n]*input.yaml\n$")
zhibiao_cli_test(max_errors_junit EXIT 2 GENERATE flood ARGS check --max-errors 1 --format junit {work}/input.yaml
  STDOUT "tests=\"2\" failures=\"0\" errors=\"2\">.*<error message=\"… 199999 more problems in [^\"]*input.yaml\">")
zhibiao_cli_test(max_errors_json EXIT 2 GENERATE flood ARGS lint --max-errors 2 --format json {work}/input.yaml
  STDOUT "\"line\": 0, \"column\": 0, \"severity\": \"error\", \"message\": \"… 199998 more problems in [^\"]*input.yaml\"}\\], \"errors\": 200000, \"warnings\": 0}")
zhibiao_cli_test(max_errors_yoy EXIT 2 ARGS yoy --max-errors 1 tests/bad/byte_problems.yaml STDERR ":3:1: error: tab used[^\n]*\n… 3 more problems in tests/bad/byte_problems.yaml\n$")
# --format xlsx and --output (issue 16): workbooks unzipped and their XML checked.
add_test(NAME cli.xlsx COMMAND bash ${PROJECT_SOURCE_DIR}/tests/cli/xlsx_test.sh $<TARGET_FILE:zhibiao> ${PROJECT_SOURCE_DIR})
# Write errors, closed pipes, FIFOs, unreadable folders, links, hostile file names.
add_test(NAME cli.hostile COMMAND bash ${PROJECT_SOURCE_DIR}/tests/cli/hostile_test.sh $<TARGET_FILE:zhibiao> ${PROJECT_SOURCE_DIR})
# Units that say nothing or drop a magnitude.
bad(unit_wan_pct ":5:11: error: unit '万%' puts a magnitude on a percentage: write %")
bad(unit_number ":5:11: error: unit '5' is a number, not a unit")
# A judged file (issue 11): met, missed, within-tolerance (基本达标), pending and
# no-target rows. Both goldens were written from this arithmetic (by a script
# over exact fractions and the documented table layout), not copied from the
# program's output:
#   gdp (comparable)  200 × 1.06 = 212; reported 6.5% ≥ 6 → 达标; variance_pp 6.5 − 6 = +0.5;
#                     level variance 215 − 212 = 3 in JSON only (judged on the reported growth),
#                     computed growth 215 / 200 − 1 = 7.5%; no 完成率 (reported growth judges)
#   retail_sales      80 × 1.05 = 84; 83.68 / 80 − 1 = 4.6% ≥ 5 − 0.5 but < 5 → 基本达标;
#                     variance 83.68 − 84 = −0.32, variance_pp −0.4; 完成率 83.68 / 84 = 99.619…% → 99.6%
#   public_budget     10 × 1.08 = 10.8; 10.5 / 10 − 1 = 5% < 8 → 未达标; variance −0.3,
#                     variance_pp −3; 完成率 10.5 / 10.8 = 97.222…% → 97.2%
#   energy_intensity_reduction (values: reduction, %): 降低3%左右 is a level of 3 ± 0.5 pp;
#                     2.7 ≥ 2.5 but < 3 → 基本达标; variance 2.7 − 3 = −0.3; change 2.7 − 3.1 = −0.4pp
#   registered_unemployment_rate: 3.6 > 3.5 → 未达标; variance +0.1; change 3.6 − 3.2 = +0.4pp
#   new_urban_jobs    1520 ≥ 1450 → 达标; variance +70; 完成率 1520 / 1450 = 104.827…% → 104.8%;
#                     growth 1520 / 1684 − 1 = −164 / 1684 = −9.7387…% → −9.7%
#   tourism_revenue   no actual → 待定; target level 10.3 × 1.1 = 11.33 (table: 11.3)
#   cpi               保持稳定 → 无目标; change 2.1 − 2.5 = −0.4pp
#   summary: 8 rows, met 4 (2 of them within tolerance), missed 2, pending 1, no target 1
zhibiao_cli_test(report_judged_table EXIT 0 ARGS report tests/data/judged.yaml GOLDEN tests/golden/report-judged.table)
zhibiao_cli_test(report_judged_json EXIT 0 ARGS report tests/data/judged.yaml --format json
  GOLDEN tests/golden/report-judged.json)
# check: the two missed rows fail (exit 1), located at their `- id:` lines
zhibiao_cli_test(check_judged EXIT 1 ARGS check tests/data/judged.yaml
  STDOUT "^tests/data/judged.yaml:15:5: error: public_budget_revenue [^\n]* missed: growth 5.0%, variance -3.0 pp\ntests/data/judged.yaml:23:5: error: registered_unemployment_rate [^\n]* missed")
include(${CMAKE_CURRENT_LIST_DIR}/progress_cases.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/extract_cases.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/import_cases.cmake)
# A quote never closed swallows every key after it in yaml-cpp 0.7: a located error.
bad(unclosed_quote ":5:11: error: the quote \" opened here is never closed")
# Option words are shown and refused as words, not as CLI11's enum numbers.
zhibiao_cli_test(bad_format_words EXIT 2 ARGS report --format xml ${HL} STDERR "--format: xml not in \\{csv,json,markdown,table,tsv,xlsx\\}")
zhibiao_cli_test(bad_format_number EXIT 2 ARGS report --format 2 ${HL})
zhibiao_cli_test(help_format_words EXIT 0 ARGS report --help STDOUT "--format \\{csv,json,markdown,table,tsv,xlsx\\}=table")
# '5%%' is no quantity (it used to print 5%%).
zhibiao_cli_test(calc_double_percent EXIT 2 ARGS calc "5%%" STDERR "^calc:1:2: error: unit '%%' is not a unit \\(a percent sign stands alone\\)\n")
# A bad growth names its hint once.
zhibiao_cli_test(growth_hint_once EXIT 2 ARGS lint tests/bad/growth_word.yaml
  STDERR "growth_word.yaml:6:33: error: growth '%以上': a number is expected \\(write e.g. 4.8%\\)\n")

# --- tables that fit (issue 15) -------------------------------------------------
# Whole outputs at 80 columns; their layout was checked by eye in an 80-column
# tmux pane. No line is wider than 80 (cli.width_fits checks every command).
zhibiao_cli_test(w80_report EXIT 0 ARGS report examples/national-2022.yaml --width 80
  GOLDEN tests/golden/report-national-2022-w80.table)
zhibiao_cli_test(w80_yoy EXIT 0 ARGS yoy ${NAT} --width 80 GOLDEN tests/golden/yoy-national-w80.table)
zhibiao_cli_test(w80_plan EXIT 0 ARGS plan examples/plan-14th.yaml --width 80 GOLDEN tests/golden/plan-14th-w80.table)
zhibiao_cli_test(w80_progress EXIT 0 ARGS progress examples/progress-2024.yaml --as-of 2024-09 --width 80
  GOLDEN tests/golden/progress-2024-w80.table)
zhibiao_cli_test(w80_two_files_en EXIT 0 ARGS report ${HL} examples/national-2022.yaml --width 80 --lang en
  GOLDEN tests/golden/report-two-files-en-w80.table)
# The demo file: GDP 3.0% against 5.5%左右 (met from 5.0): missed, 3.0 − 5.5 = −2.5 pp;
# income 2.9% against GDP's 3.0% 基本同步 (met from 2.5): 基本达标, −0.1 pp;
# jobs 1206 against 1100万人以上: 1206 ÷ 1100 = 109.6%.
zhibiao_cli_test(demo_statuses EXIT 0 ARGS report examples/national-2022.yaml --format markdown
  STDOUT "\n\\| 国内生产总值 \\| 未达标 \\|[^\n]* -2.5 \\|  \\|\n\\| 全国居民人均可支配收入 \\| 基本达标 \\|[^\n]* -0.1 \\|  \\|\n.*\n\\| 全国城镇新增就业 \\| 达标 \\|[^\n]* 109.6% \\|\n")
zhibiao_cli_test(demo_color EXIT 0 ARGS report examples/national-2022.yaml --color always
  STDOUT "${ESC}\\[31m未达标.*${ESC}\\[33m基本达标.*${ESC}\\[32m达标")
# --only, --id, --sort (the worst first: missed, within tolerance, met, pending, no target).
zhibiao_cli_test(only_missed EXIT 0 ARGS report examples/national-2022.yaml --only missed --only 基本达标
  STDOUT "\n国内生产总值 +未达标[^\n]*\n全国居民人均可支配收入 +基本达标[^\n]*\n达标 1（其中基本达标 1） · 未达标 1 · 待定 0 · 无目标 0\n$")
zhibiao_cli_test(only_bad_word EXIT 2 ARGS report examples/national-2022.yaml --only late STDERR "late not in")
zhibiao_cli_test(id_alias EXIT 0 ARGS report examples/national-2022.yaml --id GDP --id cpi --format markdown
  STDOUT "^[^\n]*\n[^\n]*\n\\| 国内生产总值 [^\n]*\n\\| 全国居民消费价格涨幅 [^\n]*\n\n")
zhibiao_cli_test(id_unknown EXIT 2 ARGS report examples/national-2022.yaml --id 不存在 STDERR "--id '不存在' names no indicator")
zhibiao_cli_test(sort_status EXIT 0 ARGS report examples/national-2022.yaml --sort status --width 80
  STDOUT "\n国内生产总值[^\n]*未达标[^\n]*\n全国居民人均可支配收…[^\n]*基本达标[^\n]*\n[^\n]*达标[^\n]*\n[^\n]*达标[^\n]*\n[^\n]*待定[^\n]*\n[^\n]*无目标")
zhibiao_cli_test(sort_name_yoy EXIT 0 ARGS yoy ${NAT} --sort name --id 城镇新增就业 --id gdp --width 80
  STDOUT "^[^\n]*\n[^\n]*\n国内生产总值[^\n]*\n.*\n城镇新增就业")
zhibiao_cli_test(plan_only_behind EXIT 0 ARGS plan examples/plan-14th.yaml --only behind --format markdown
  STDOUT "^[^\n]*\n[^\n]*\n(\\| [^|]* \\| 滞后 \\|[^\n]*\n)+\n约束性 3：滞后 3\n$")
zhibiao_cli_test(width_zero EXIT 0 ARGS yoy ${NAT} --width 0 GOLDEN tests/golden/yoy-national.table)
zhibiao_cli_test(width_negative EXIT 2 ARGS report examples/national-2022.yaml --width -3 STDERR "--width: Value -3 not in range")
# yoy's span line breaks after a "，", never cutting a figure: "  2013–2018  "
# is 2 + 9 + 2 = 13 columns, "现价年均增长 9.62%，" 12 + 1 + 5 + 2 = 20 (33),
# "可比价年均增长 6.90%，" 14 + 1 + 5 + 2 = 22 (55 ≤ 60); "可比价累计增长 39.60%"
# (14 + 1 + 6 = 21) would make 76 > 60, so it goes under the first figure,
# indented 13.
# At 30 the first figure beside the span would make 13 + 20 = 33, and under it
# the widest, "可比价年均增长 6.90%，" (22), would make 35: the figures go on lines
# of their own indented by 4 (24, 26 and 25 columns), each label with its number.
zhibiao_cli_test(width_yoy_span_30 EXIT 0 ARGS yoy ${NAT} --width 30
  STDOUT "\n  2013–2018\n    现价年均增长 9.62%，\n    可比价年均增长 6.90%，\n    可比价累计增长 39.60%\n")
zhibiao_cli_test(width_yoy_span EXIT 0 ARGS yoy ${NAT} --width 60
  STDOUT "\n  2013–2018  现价年均增长 9.62%，可比价年均增长 6.90%，\n             可比价累计增长 39.60%\n")
include(${CMAKE_CURRENT_LIST_DIR}/compose_cases.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/check_table_cases.cmake)

# yoy: a comparable indicator chained from levels only is nominal, not "partly nominal".
zhibiao_cli_test(yoy_levels_only_nominal EXIT 0 ARGS yoy tests/data/gdp-levels-only.yaml
  STDOUT "现价累计增长 21.00?%")
zhibiao_cli_test(yoy_levels_only_nominal_json EXIT 0 ARGS yoy tests/data/gdp-levels-only.yaml --format json
  STDOUT "\"chained_growth_pct\": 21, \"chained_basis\": \"nominal\"")

# --judge is common to the table commands (SPEC §5). plan: 87.46 against 87.5
# in the end year is missed exactly, met rounded to the target's one decimal
# (87.5); check on the plan file judges its end year the same way (exit 1, 0).
zhibiao_cli_test(plan_judge_exact EXIT 0 ARGS plan tests/data/plan-rounded.yaml --format json
  STDOUT "\"status\": \"missed\"")
zhibiao_cli_test(plan_judge_rounded EXIT 0 ARGS plan tests/data/plan-rounded.yaml --format json --judge rounded
  STDOUT "\"status\": \"met\"")
zhibiao_cli_test(check_plan_judge_exact EXIT 1 ARGS check tests/data/plan-rounded.yaml STDOUT "plan target '87.5' missed")
zhibiao_cli_test(check_plan_judge_rounded EXIT 0 ARGS check tests/data/plan-rounded.yaml --judge rounded
  STDOUT "^tests/data/plan-rounded.yaml: 达标 0 · 未达标 0 · 待定 0 · 无目标 1\n$")
# yoy judges nothing: --judge is accepted, so that one command line serves every table command.
zhibiao_cli_test(yoy_judge_accepted EXIT 0 ARGS yoy tests/data/gdp-levels-only.yaml --judge rounded STDOUT "现价累计增长")
