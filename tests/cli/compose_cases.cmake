# Outputs that compose (issue 15): bad files among good ones, check as a
# table, --bom, messages with the table's figures, help.

# --- one bad file among several: the good ones still on standard output, the
# bad one's problems on standard error, exit 2. The whole output is the good
# file's alone (the golden of that file by itself): nothing of the bad file.
zhibiao_cli_test(compose_report_bad_file EXIT 2 ARGS report ${HL} tests/bad/bad_target.yaml
  GOLDEN tests/golden/report-huolinguole.table STDERR "^tests/bad/bad_target.yaml:5:13: error: target '增长五%'")
zhibiao_cli_test(compose_report_bad_file_first EXIT 2 ARGS report tests/bad/bad_target.yaml ${HL}
  GOLDEN tests/golden/report-huolinguole.table STDERR "bad_target.yaml:5:13: error")
# yoy never uses targets, but a bad target is a bad file: left out, exit 2.
zhibiao_cli_test(compose_yoy_bad_target EXIT 2 ARGS yoy ${NAT} tests/bad/bad_target.yaml
  GOLDEN tests/golden/yoy-national.table STDERR "bad_target.yaml:5:13: error")
# A year the other file lacks: that file's problem, the national one reported.
zhibiao_cli_test(compose_report_year_problem EXIT 2 ARGS report --year 2016 ${NAT} ${HL}
  GOLDEN tests/golden/report-national-2016.table STDERR "huolinguole-2020.yaml: error: no figures for 2016")
zhibiao_cli_test(compose_report_json_bad_file EXIT 2 ARGS report ${HL} tests/bad/bad_target.yaml --format json
  GOLDEN tests/golden/report-huolinguole.json)
zhibiao_cli_test(compose_plan_bad_file EXIT 2 ARGS plan examples/plan-14th.yaml tests/bad/bad_target.yaml
  STDOUT "国内生产总值" STDERR "bad_target.yaml:5:13: error")
zhibiao_cli_test(compose_progress_bad_file EXIT 2 ARGS progress examples/progress-2024.yaml tests/bad/bad_target.yaml
  STDOUT "序时进度" STDERR "bad_target.yaml:5:13: error")
# check: every format keeps the good file's results beside the bad file's
# problem, and the problem is on standard error too, as SPEC §5.2 says of
# every problem (a CI log shows it whatever the format).
zhibiao_cli_test(compose_check_json EXIT 2 ARGS check tests/data/missed.yaml tests/bad/bad_target.yaml --format json
  STDOUT "\"id\": \"gdp\", \"name\": \"地区生产总值\".*\"status\": \"missed\".*\"file\": \"tests/bad/bad_target.yaml\", \"line\": 5, \"column\": 13, \"severity\": \"error\""
  STDERR "^tests/bad/bad_target.yaml:5:13: error: target '增长五%'")
zhibiao_cli_test(compose_check_csv_stderr EXIT 2 ARGS check tests/data/missed.yaml tests/bad/bad_target.yaml --format csv
  STDOUT "\r\ntests/data/missed.yaml,10,gdp," STDERR "^tests/bad/bad_target.yaml:5:13: error: target '增长五%'")
zhibiao_cli_test(compose_check_junit EXIT 2 ARGS check tests/data/missed.yaml tests/bad/bad_target.yaml --format junit
  STDOUT "<testsuite name=\"tests/data/missed.yaml\" tests=\"3\" failures=\"1\" errors=\"0\">.*<testsuite name=\"tests/bad/bad_target.yaml\" tests=\"1\" failures=\"0\" errors=\"1\">")
zhibiao_cli_test(compose_check_github EXIT 2 ARGS check tests/data/missed.yaml tests/bad/bad_target.yaml --format github
  STDOUT "::error file=tests/data/missed.yaml,line=10,col=5::gdp .*::error file=tests/bad/bad_target.yaml,line=5,col=13::target")

# --- check as a table (csv, tsv, markdown). tests/data/missed.yaml, by hand:
# gdp (line 10) reported growth 4.8% against +5%: missed, variance 4.8 - 5 =
# -0.2 pp; unemployment (line 14) 3.3% within 3.4%: met; jobs (line 18) no
# actual: pending, not a failure (--allow-pending). Names from the catalog.
zhibiao_cli_test(check_csv EXIT 1 ARGS check tests/data/missed.yaml --format csv GOLDEN tests/golden/check-missed.csv)
zhibiao_cli_test(check_csv_bom EXIT 1 ARGS check tests/data/missed.yaml --format csv --bom STDOUT "^...文件,行,")  # three bytes: the BOM
zhibiao_cli_test(check_tsv_en EXIT 1 ARGS check tests/data/missed.yaml --format tsv --lang en
  STDOUT "^File\tLine\tIndicator\tName\tYear\tTarget\tStatus\tMessage\ntests/data/missed.yaml\t10\tgdp\tGross regional product\t2020\t\\+5%\tmissed\tgrowth 4.8%, variance -0.2 pp\n")
# Two files: one header, the rows of each, the bad file's problem as a row.
zhibiao_cli_test(check_markdown_two EXIT 2 ARGS check tests/data/missed.yaml tests/bad/bad_target.yaml --format markdown
  STDOUT "^\\| 文件 \\| 行 \\| 指标 \\| 名称 \\| 年份 \\| 目标 \\| 状态 \\| 说明 \\|\n\\| --- \\| ---: \\| --- \\| --- \\| ---: \\| --- \\| --- \\| --- \\|\n\\| tests/data/missed.yaml \\| 10 \\| gdp [^\n]*\n[^\n]*\n[^\n]*\n\\| tests/bad/bad_target.yaml \\| 5 \\| +\\| +\\| +\\| +\\| 错误 \\| target '增长五%'[^\n]*\n\n合计 2: 达标 1")
zhibiao_cli_test(check_no_pending_csv EXIT 1 ARGS check tests/data/missed.yaml --format csv --no-allow-pending
  STDOUT "new_urban_jobs,城镇新增就业,2020,1450人,待定,no actual yet\r\n$")
# --color colours the failure lines (bold location, red "error:").
zhibiao_cli_test(check_color EXIT 1 ARGS check tests/data/missed.yaml --color always
  STDOUT "^.\\[1mtests/data/missed.yaml:10:5:.\\[0m .\\[1;31merror:.\\[0m gdp")
zhibiao_cli_test(check_no_color EXIT 1 ARGS check tests/data/missed.yaml --color never
  STDOUT "^tests/data/missed.yaml:10:5: error: gdp")
zhibiao_cli_test(check_both_pending_flags EXIT 2 ARGS check tests/data/missed.yaml --allow-pending --no-allow-pending
  STDERR "excludes")

# --- --bom only where it means something (CSV).
zhibiao_cli_test(bom_table EXIT 2 ARGS report ${HL} --bom STDERR "--bom: only --format csv starts with a BOM, not --format table")
zhibiao_cli_test(bom_json_before EXIT 2 ARGS yoy --bom ${NAT} --format json STDERR "not --format json")
zhibiao_cli_test(bom_check_tsv EXIT 2 ARGS check --format tsv --bom tests/data/missed.yaml STDERR "not --format tsv")
zhibiao_cli_test(bom_csv EXIT 0 ARGS report ${HL} --format csv --bom STDOUT "^...文件,编号,指标,")  # the BOM, then the header

# --- messages show figures as the table does (tests/data/check_rounding.yaml)
zhibiao_cli_test(check_message_places EXIT 1 ARGS check tests/data/check_rounding.yaml
  STDOUT "gdp \\(地区生产总值\\) 2020: target '增长5%' missed: growth 4.3%, variance -0.8 pp\n.*output \\(产值\\) 2020: target '增长5%' missed: growth 4.6%, variance -0.4 pp\n")
zhibiao_cli_test(check_message_half_even EXIT 1 ARGS check tests/data/check_rounding.yaml --rounding half-even
  STDOUT "missed: growth 4.2%, variance -0.8 pp\n")
zhibiao_cli_test(check_message_precision EXIT 1 ARGS check tests/data/check_rounding.yaml --precision 3
  STDOUT "output [^\n]* missed: growth 4.574%, variance -0.426 pp\n")
# One indicator, the same decimals in every file: 105 alone, 105.00 beside
# places_b.yaml's 105.26 (100.25 × 1.05 = 105.2625).
zhibiao_cli_test(places_alone EXIT 0 ARGS report tests/data/places_a.yaml --format markdown STDOUT "\\| 100 \\| 增长5% \\| 105 \\| 106 \\|")
zhibiao_cli_test(places_shared EXIT 0 ARGS report tests/data/places_a.yaml tests/data/places_b.yaml --format markdown
  STDOUT "places_a.yaml \\| 产值 [^\n]* \\| 100.00 \\| 增长5% \\| 105.00 \\| 106.00 \\|.*places_b.yaml \\| 产值 [^\n]* \\| 100.25 \\| 增长5% \\| 105.26 \\| 106.00 \\|")

# --- English names: the file's name decides (国内生产总值 is the national figure).
zhibiao_cli_test(name_en_national EXIT 0 ARGS report ${NAT} --lang en STDOUT "Gross domestic product")
zhibiao_cli_test(name_en_regional EXIT 0 ARGS report tests/data/missed.yaml --lang en STDOUT "Gross regional product")

# --- help: one line per flag, Chinese with --lang zh; help_test.sh checks
# widths, aligned example comments and that no help points to a missing document.
zhibiao_cli_test(help_pending_lines EXIT 0 ARGS check --help
  STDOUT "\n  --allow-pending +a target with no actual yet passes \\(default\\)\n  --no-allow-pending +a target with no actual yet fails \\(exit 1\\)\n")
zhibiao_cli_test(help_zh EXIT 0 ARGS --lang zh --help STDOUT "用法.*子命令:\n  report +差额表")
zhibiao_cli_test(help_zh_sub EXIT 0 ARGS report --help --lang zh STDOUT "--format \\{csv,json,markdown,table,tsv,xlsx\\}=table\n +输出格式.*示例：\n")
zhibiao_cli_test(help_topic_zh EXIT 0 ARGS help --lang zh STDOUT "子命令:\n  report +差额表.*主题：")
add_test(NAME cli.help_layout COMMAND bash ${PROJECT_SOURCE_DIR}/tests/cli/help_test.sh $<TARGET_FILE:zhibiao>)
