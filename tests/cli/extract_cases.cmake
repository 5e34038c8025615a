# --- extract (issue 17, SPEC §9) ------------------------------------------------
set(EX_SEED tests/extract/huolinguole-2020.txt)
set(EX_NAT tests/extract/national-2024.txt)
zhibiao_cli_test(extract_national EXIT 0 ARGS extract ${EX_NAT} GOLDEN tests/golden/extract_national_2024.out)
zhibiao_cli_test(extract_stdin EXIT 0 ARGS extract - STDIN ${EX_NAT} GOLDEN tests/golden/extract_national_2024.out)
# The GBK copy of the same text gives the same draft, byte for byte.
zhibiao_cli_test(extract_gbk EXIT 0 ARGS extract tests/extract/national-2024.gbk.txt
  GOLDEN tests/golden/extract_national_2024.out)
# What it cannot place is a comment at the end, never an indicator: 斤 is not
# the catalog's 万吨, and 国际收支 is no catalog indicator.
zhibiao_cli_test(extract_unplaced EXIT 0 ARGS extract ${EX_NAT}
  STDOUT "\n# 未识别: 第7行：国际收支保持基本平衡（没有可对应的指标）\n# 未识别: 第7行：粮食产量1.3万亿斤以上（单位“万亿斤”与粮食产量的“万吨”不符）\n")
zhibiao_cli_test(extract_year EXIT 0 ARGS extract ${EX_NAT} --year 2030 STDOUT "\nyear: 2030\n")
zhibiao_cli_test(extract_seed_year EXIT 0 ARGS extract ${EX_SEED}
  STDOUT "\nyear: 2020\nindicators:\n  - id: gdp\n    name: \"地区生产总值\"\n    unit: \"亿元\"\n    baseline: \\{value: \"143.63亿元\", growth: \"4.5%\"\\}\n    target: \"增长5%\"\n")
zhibiao_cli_test(extract_not_text EXIT 2 ARGS extract tests/extract/not-text.bin STDERR "neither UTF-8 nor GBK")
zhibiao_cli_test(extract_missing EXIT 2 ARGS extract tests/extract/no-such-report.txt STDERR "no-such-report.txt")
zhibiao_cli_test(extract_needs_file EXIT 2 ARGS extract)
zhibiao_cli_test(extract_help EXIT 0 ARGS extract --help STDOUT "Examples:\n  zhibiao extract")
# The drafts are data files: lint accepts them (issue 17's "done when").
foreach(input ${EX_SEED} ${EX_NAT})
  string(MAKE_C_IDENTIFIER "${input}" id)
  add_test(NAME cli.extract_lints_clean_${id}
           COMMAND bash -c "set -o pipefail; '$<TARGET_FILE:zhibiao>' extract ${input} | '$<TARGET_FILE:zhibiao>' lint -"
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
# The seed in GBK (converted here by glibc's iconv) gives the same draft.
add_test(NAME cli.extract_seed_gbk_same
         COMMAND bash -c "set -o pipefail; iconv -f UTF-8 -t GBK ${EX_SEED} | '$<TARGET_FILE:zhibiao>' extract - | cmp - <('$<TARGET_FILE:zhibiao>' extract ${EX_SEED})"
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# --catalog: an indicator the built-in catalog lacks is found by its name
# (examples/huolinguole-2020.yaml has forest_tending's target 1万亩 too).
zhibiao_cli_test(extract_catalog EXIT 0 ARGS extract ${EX_SEED} --catalog tests/extract/catalog
  STDOUT "  - id: forest_tending\n    name: \"森林抚育\"\n    unit: \"万亩\"\n    target: \"1万亩\"\n    note: \"第42行：森林抚育1万亩\"\n")
