# check takes the table commands' options (issue 15, SPEC §5): --id, --only,
# --sort, --width, --output and --format xlsx (the workbook: xlsx_test.sh).
# Figures worked out by hand:
#   examples/national-2022.yaml (2022): gdp 3.0% against 5.5%左右 (met from
#     5.0) → missed, 3.0 − 5.5 = −2.5 pp; cpi 2% against 3%左右 (≤ 3.5) → met;
#     income 2.9 against GDP's 3.0 → 基本达标; jobs met; unemployment pending;
#     energy no target: 达标 3（其中基本达标 1） · 未达标 1 · 待定 1 · 无目标 1.
#   examples/huolinguole-2020.yaml: gdp 增长5% with no 2020 actual → pending.
#   tests/data/judged.yaml (see cases.cmake): gdp met (line 7), retail 基本达标
#     (11), public_budget_revenue missed (15), energy 基本达标 (19),
#     registered_unemployment_rate missed (23), jobs met (27), tourism pending
#     (31), cpi no target (34).

# --id decides what counts: only gdp → its miss fails (exit 1) …
zhibiao_cli_test(check_id_missed EXIT 1 ARGS check --id gdp examples/national-2022.yaml
  STDOUT "^examples/national-2022.yaml:19:5: error: gdp [^\n]* missed: growth 3.0%, variance -2.5 pp\nexamples/national-2022.yaml: 达标 0 · 未达标 1 · 待定 0 · 无目标 0\n$")
# … only cpi → met, GDP's miss does not count (exit 0), no failure line.
zhibiao_cli_test(check_id_met EXIT 0 ARGS check --id cpi examples/national-2022.yaml
  STDOUT "^examples/national-2022.yaml: 达标 1 · 未达标 0 · 待定 0 · 无目标 0\n$")
# An alias (GDP) in every file; the files after --id are files, not more ids.
zhibiao_cli_test(check_id_alias_files EXIT 1 ARGS check --id GDP examples/national-2022.yaml examples/huolinguole-2020.yaml
  STDOUT "\nexamples/national-2022.yaml: 达标 0 · 未达标 1 · 待定 0 · 无目标 0\nexamples/huolinguole-2020.yaml: 达标 0 · 未达标 0 · 待定 1 · 无目标 0\n合计 2: 达标 0 · 未达标 1 · 待定 1 · 无目标 0\n$")
zhibiao_cli_test(check_id_unknown EXIT 2 ARGS check --id 不存在 examples/national-2022.yaml
  STDERR "zhibiao: error: --id '不存在' names no indicator of the files")
# A file's own errors always count and show, whatever --id names.
zhibiao_cli_test(check_id_file_error EXIT 2 ARGS check --id cpi examples/national-2022.yaml tests/bad/dup_id.yaml
  STDERR "dup_id.yaml:6:5: error")
# Warnings too: under --strict only the named indicators' warnings fail.
zhibiao_cli_test(check_id_strict_clean EXIT 0 ARGS check --strict --id gdp tests/data/warning_one.yaml STDERR "^$")
zhibiao_cli_test(check_id_strict_warned EXIT 1 ARGS check --strict --id retail_sales tests/data/warning_one.yaml
  STDERR "^tests/data/warning_one.yaml:8:35: warning: retail_sales 2020: reported growth 9.0% differs from 8.0%")
zhibiao_cli_test(check_id_junit EXIT 1 ARGS check --id gdp --format junit examples/national-2022.yaml
  STDOUT "<testsuite name=\"examples/national-2022.yaml\" tests=\"1\" failures=\"1\" errors=\"0\">")

# --only chooses the rows listed, never what fails: the exit status is still 1,
# and the failure lines, the summary (all 8 rows: 4 met, 2 of them within
# tolerance; 2 missed; tourism_revenue pending; cpi's 保持稳定 no target) and
# the GitHub annotations still show both missed targets — a red CI job always
# says why.
zhibiao_cli_test(check_only_met EXIT 1 ARGS check --only met tests/data/judged.yaml
  STDOUT "^tests/data/judged.yaml:15:5: error: public_budget_revenue [^\n]*\ntests/data/judged.yaml:23:5: error: registered_unemployment_rate [^\n]*\ntests/data/judged.yaml: 达标 4（其中基本达标 2） · 未达标 2 · 待定 1 · 无目标 1\n$")
zhibiao_cli_test(check_only_met_github EXIT 1 ARGS check --only met --format github tests/data/judged.yaml
  STDOUT "^::error file=tests/data/judged.yaml,line=15,col=5::[^\n]*\n::error file=tests/data/judged.yaml,line=23,col=5::[^\n]*\n$")
# public_budget_revenue: 10.5 / 10 − 1 = 5.0% against 8%, −3.0 pp;
# registered_unemployment_rate: 3.6 against 3.5%以内, +0.1.
zhibiao_cli_test(check_only_missed_csv EXIT 1 ARGS check --only missed --format csv tests/data/judged.yaml
  STDOUT "^文件,行,指标,名称,年份,目标,状态,说明\r\ntests/data/judged.yaml,15,public_budget_revenue,一般公共预算收入,2021,增长8%,未达标,\"growth 5.0%, variance -3.0 pp\"\r\ntests/data/judged.yaml,23,registered_unemployment_rate,城镇登记失业率,2021,3.5%以内,未达标,\"actual 3.6%, variance \\+0.1\"\r\n$")
# JSON lists the 2 missed indicators; its summary counts all 8, as the verdict does.
zhibiao_cli_test(check_only_missed_json EXIT 1 ARGS check --only missed --format json tests/data/judged.yaml
  STDOUT "\"summary\": {\"total\": 8, \"met\": 4, \"missed\": 2, \"pending\": 1, \"no_target\": 1, \"within_tolerance\": 2}")
zhibiao_cli_test(check_only_bad_word EXIT 2 ARGS check --only late tests/data/judged.yaml STDERR "late not in")

# --sort variance, the furthest behind first (pp, else % of the target level,
# a falling indicator's sign turned): budget 5 − 8 = −3; retail 4.6 − 5 = −0.4;
# energy 2.7 − 3 = −0.3 (a % level); unemployment 3.6 − 3.5 = +0.1, falling:
# −0.1; gdp 6.5 − 6 = +0.5; jobs (1520 − 1450) / 1450 = +4.8%; then the rows
# with no variance (tourism pending, cpi no target) in file order.
zhibiao_cli_test(check_sort_variance EXIT 1 ARGS check --sort variance --format csv tests/data/judged.yaml
  STDOUT "^[^\n]*\n[^,]*,15,public_budget_revenue,[^\n]*\n[^,]*,11,retail_sales,[^\n]*\n[^,]*,19,energy_intensity_reduction,[^\n]*\n[^,]*,23,registered_unemployment_rate,[^\n]*\n[^,]*,7,gdp,[^\n]*\n[^,]*,27,new_urban_jobs,[^\n]*\n[^,]*,31,tourism_revenue,[^\n]*\n[^,]*,34,cpi,[^\n]*\n$")

# --width: the summaries fit, and the failure line is folded at spaces, never
# cut: "examples/national-2022.yaml:19:5: error:" is 27 + 6 + 7 = 40 columns;
# then 36 a line after the 4-space indent: "gdp (国内生产总值) 2022: target" is
# 3 + 15 + 6 + 7 = 31 (" '增长5.5%左右'" would add 16); "'增长5.5%左右' missed:
# growth 3.0%," is 15 + 8 + 7 + 6 = 36; "variance -2.5 pp".
# "examples/national-2022.yaml: " is 29 columns and the counts 24 + 3 + 8 +
# 3 + 6 + 3 + 8 = 55 (a Han character 2, " · " 3): 84 > 40, so the file name
# stands on its own line and the counts break at " · " after 24 + 3 + 8 = 35
# columns (35 + 3 + 6 = 44 would not fit). Huolinguole's counts are 6 + 3 + 8 +
# 3 + 7 + 3 + 9 = 39 ≤ 40: one line.
zhibiao_cli_test(check_width_40 EXIT 1 ARGS check --width 40 examples/national-2022.yaml examples/huolinguole-2020.yaml
  STDOUT "^examples/national-2022.yaml:19:5: error:\n    gdp \\(国内生产总值\\) 2022: target\n    '增长5.5%左右' missed: growth 3.0%,\n    variance -2.5 pp\nexamples/national-2022.yaml:\n达标 3（其中基本达标 1） · 未达标 1\n待定 1 · 无目标 1\nexamples/huolinguole-2020.yaml:\n达标 0 · 未达标 0 · 待定 44 · 无目标 15\n合计 2:\n达标 3（其中基本达标 1） · 未达标 1\n待定 45 · 无目标 16\n$")
# --width 20: "examples/national-2022.yaml:" (28 columns) keeps its end,
# "…" + 19 = 20; "达标 3（其中基本达标 1）" is 4 + 1 + 1 + 2 + 12 + 1 + 1 + 2 = 24 > 20,
# so it is folded (never cut: it holds counts) at the space after 20 columns;
# "未达标 1 · 待定 1" is 8 + 3 + 6 = 17, and " · 无目标 1" (11 more) goes below.
zhibiao_cli_test(check_width_20_summary EXIT 1 ARGS check --width 20 examples/national-2022.yaml
  STDOUT "\n…national-2022.yaml:\n达标 3（其中基本达标\n1）\n未达标 1 · 待定 1\n无目标 1\n$")
# 84 columns: one line at --width 0 (and when piped, the default).
zhibiao_cli_test(check_width_0 EXIT 1 ARGS check --width 0 examples/national-2022.yaml
  STDOUT "\nexamples/national-2022.yaml: 达标 3（其中基本达标 1） · 未达标 1 · 待定 1 · 无目标 1\n$")
zhibiao_cli_test(check_width_en EXIT 1 ARGS check --width 60 --lang en examples/national-2022.yaml
  STDOUT "\nexamples/national-2022.yaml:\nmet 3 \\(1 within tolerance\\) · missed 1 · pending 1\nno target 1\n$")
# Every command: --id and --only take one word each, so the files after them
# stay files (both files' GDP rows: national's missed, huolinguole's pending).
zhibiao_cli_test(report_id_then_files EXIT 0 ARGS report --id gdp examples/national-2022.yaml examples/huolinguole-2020.yaml
  --format markdown STDOUT "\n达标 0 · 未达标 1 · 待定 1 · 无目标 0\n$")
zhibiao_cli_test(report_only_then_files EXIT 0 ARGS report --only pending examples/national-2022.yaml examples/huolinguole-2020.yaml
  --format json STDOUT "\"files\": \\[\"examples/national-2022.yaml\", \"examples/huolinguole-2020.yaml\"\\]")
