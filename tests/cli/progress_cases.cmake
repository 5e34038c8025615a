# `zhibiao progress` (SPEC §8) and part-year keys: the two worked cases with
# figures computed by hand, and report/yoy/check on files with part-years.
set(PLAN tests/data/progress_plan.yaml)
set(PGDP tests/data/progress_gdp.yaml)

zhibiao_cli_test(help_progress EXIT 0 ARGS progress --help STDOUT "--as-of.*--by-days.*Examples:\n  zhibiao progress")
# 629.0 ÷ 647.4 = 97.1579%, 10 ÷ 12 = 83.3333%, gap 13.8245 pp: ahead.
zhibiao_cli_test(progress_plan_json EXIT 0 ARGS progress ${PLAN} --format json
  STDOUT "\"id\": \"key_projects\".*\"period\": \"2024-10\".*\"time_share_pct\": 83.3333, \"plan_share_pct\": 97.1579, \"pace_gap_pp\": 13.8245, .*\"status\": \"ahead\"")
zhibiao_cli_test(progress_plan_table EXIT 0 ARGS progress ${PLAN}
  STDOUT "截至2024年1-10月\n.*重点项目投资 +超序时 +亿元 +2024年1-10月 +年计划647.4亿元 +629.0 +83.3% +97.2% +\\+13.8\n.*超序时 1 · 符合序时 0 · 慢于序时 0")
zhibiao_cli_test(progress_plan_en EXIT 0 ARGS progress ${PLAN} --lang en STDOUT "key project investment.*ahead 1 · on track 0")
# (5 × 1260582 − 4.8 × 913027) ÷ (1260582 − 913027) = 1920380.4 ÷ 347555 = 5.5254%; 4.8 − 5 = −0.2 pp: behind.
zhibiao_cli_test(progress_gdp_json EXIT 0 ARGS progress ${PGDP} --as-of 2024Q3 --format json
  STDOUT "\"period\": \"2024-09\".*\"time_share_pct\": 75, .*\"pace_gap_pp\": -0.2, \"growth_pct\": 4.8, \"target_growth_pct\": 5, \"required_rest_pct\": 5.5254, \"status\": \"behind\"")
zhibiao_cli_test(progress_gdp_table EXIT 0 ARGS progress ${PGDP} --as-of 2024年前三季度
  STDOUT "国内生产总值 +慢于序时 +亿元 +2024年1-9月 +5%左右 +949746 +75.0% +-0.2 +4.8% +5.0% +5.53%")
# As of August the latest part-year is H1: 6 ÷ 12 = 50%.
zhibiao_cli_test(progress_gdp_h1 EXIT 0 ARGS progress ${PGDP} --as-of 2024-08 --format csv
  STDOUT ",2024-06,5%左右,616836,50,,0,5,,5,,,符合序时\r\n")
zhibiao_cli_test(progress_by_days EXIT 0 ARGS progress ${PLAN} --by-days --format csv
  STDOUT ",2024-10,年计划647.4亿元,629,83.3333,")
zhibiao_cli_test(progress_bad_as_of EXIT 2 ARGS progress ${PLAN} --as-of 2024-13 STDERR "--as-of '2024-13' names month 13")
zhibiao_cli_test(progress_bad_file EXIT 2 ARGS progress tests/bad/bad_target.yaml STDERR ":5:13: error: target")
zhibiao_cli_test(progress_annual_only EXIT 0 ARGS progress tests/data/missed.yaml STDOUT "按年度统计 [1-9]")
zhibiao_cli_test(progress_example EXIT 0 ARGS progress examples/progress-2024.yaml --as-of 2024-09
  STDOUT "国内生产总值 +慢于序时.*5.53%.*城镇新增就业 +超序时.*2024年1-6月.*58.2%")
zhibiao_cli_test(lint_progress_example EXIT 0 ARGS lint examples/progress-2024.yaml STDOUT "0 errors, 0 warnings")

# Part-years are ignored by report and yoy (SPEC §8): 2024 is judged against 2023's 1260582, pending.
zhibiao_cli_test(report_ignores_part_years EXIT 0 ARGS report ${PGDP} --format json
  STDOUT "\"year\": 2024, \"baseline\": 1260582, \"actual\": null,.*\"status\": \"pending\".*\"total\": 1,")
zhibiao_cli_test(yoy_ignores_part_years EXIT 0 ARGS yoy ${PGDP} --format csv
  STDOUT "^文件,[^\n]*\r?\n[^\n]*,2023,1260582,[^\n]*\r?\n[^\n]*,2024,,[^\n]*\r?\n$")
# yoy --months 9: 2023Q3 913027 → 2024Q3 949746, change 36719.
zhibiao_cli_test(yoy_months EXIT 0 ARGS yoy ${PGDP} --months 9 --format json
  STDOUT "\\{\"year\": 2023, \"value\": 913027,.*\\{\"year\": 2024, \"value\": 949746, \"change\": 36719,.*\"months\": 9")
zhibiao_cli_test(yoy_months_table EXIT 0 ARGS yoy ${PGDP} --months 9 STDOUT "2023年1-9月.*2024年1-9月")

# check: behind-pace indicators are warnings; --strict fails on them.
zhibiao_cli_test(check_behind_pace EXIT 0 ARGS check ${PGDP}
  STDERR "progress_gdp.yaml:12:[0-9]+: warning: gdp 2024-09: behind the pace of the 2024 target '5%左右' by 0.2 pp")
zhibiao_cli_test(check_behind_pace_strict EXIT 1 ARGS check ${PGDP} --strict)
zhibiao_cli_test(check_ahead EXIT 0 ARGS check --strict ${PLAN})

# Bad part-year keys: located, naming the accepted forms.
zhibiao_cli_test(bad_part_year_month EXIT 2 ARGS lint tests/bad/part_year_month.yaml
  STDERR "part_year_month.yaml:6:7: error: series key '2024-13' names month 13, but months are 1 to 12 \\(write .*2024Q3")
zhibiao_cli_test(bad_part_year_after EXIT 2 ARGS lint tests/bad/part_year_after.yaml
  STDERR "part_year_after.yaml:7:7: error: series key '2024Q3' is a part of 2024 but comes after the year's own entry")
# Several files: each file's heading keeps its point (the latest part-year
# with a figure in progress-2024.yaml is 2024-11), which the 时期 column, the
# first to go at 80 columns, no longer shows.
zhibiao_cli_test(progress_two_files_heading EXIT 0 ARGS progress examples/progress-2024.yaml examples/progress-2024.yaml --width 80
  STDOUT "\n2024年全国主要指标序时进度 · 截至2024年1-11月\n国内生产总值")
# At 40 columns that heading (26 + 3 + 16 = 45 columns: "2024年全国主要指标序时进度",
# " · ", "截至2024年1-11月") breaks at " · " rather than losing its point to a cut.
zhibiao_cli_test(progress_two_files_heading_40 EXIT 0 ARGS progress examples/progress-2024.yaml examples/progress-2024.yaml --width 40
  STDOUT "\n2024年全国主要指标序时进度\n截至2024年1-11月\n国内生产总值")
