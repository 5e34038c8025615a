# zhibiao import (SPEC §9): CLI cases. Round trips and encodings are in
# import_test.sh; golden outputs in tests/golden/import-*.yaml (by hand).
zhibiao_cli_test(import_annual EXIT 0 ARGS import tests/data/nbs-annual.csv GOLDEN tests/golden/import-nbs-annual.yaml)
zhibiao_cli_test(import_quarterly EXIT 0 ARGS import tests/data/nbs-quarterly.csv --region 全国
  GOLDEN tests/golden/import-nbs-quarterly.yaml
  STDERR "^tests/data/nbs-quarterly.csv:4:1: note: '国内生产总值当季值\\(亿元\\)' skipped")
zhibiao_cli_test(import_monthly EXIT 0 ARGS import tests/data/nbs-monthly.csv GOLDEN tests/golden/import-nbs-monthly.yaml
  STDERR "nbs-monthly.csv:4:1: note: '社会消费品零售总额_当期值\\(亿元\\)' skipped.*nbs-monthly.csv:7:1: note: the quarterly or monthly figures of '城镇调查失业率\\(%\\)' skipped")
zhibiao_cli_test(import_stdin EXIT 0 ARGS import - STDIN tests/data/nbs-annual-gbk.csv
  GOLDEN tests/golden/import-nbs-annual.yaml)
zhibiao_cli_test(import_no_header EXIT 2 ARGS import tests/bad/import_no_header.csv
  STDERR "^tests/bad/import_no_header.csv:1:1: error: no year header")
zhibiao_cli_test(import_bad_cells EXIT 2 ARGS import tests/bad/import_bad_cells.csv STDOUT "^$"
  STDERR "^tests/bad/import_bad_cells.csv:3:4: error: column header '合计' is not a year[^\n]*\ntests/bad/import_bad_cells.csv:4:3: error: '约126万' \\(国内生产总值, 2023年\\) is not a number[^\n]*\ntests/bad/import_bad_cells.csv:5:3: error: 'N/A' \\(人口出生率, 2023年\\) is not a number[^\n]*\ntests/bad/import_bad_cells.csv:6:1: error: a row of figures without an indicator name\n$")
zhibiao_cli_test(import_bad_cells_xlsx EXIT 2 ARGS import tests/bad/import_bad_cells.xlsx STDOUT "^$"
  STDERR "^tests/bad/import_bad_cells.xlsx:Sheet1!D3: error: column header '合计'[^\n]*\ntests/bad/import_bad_cells.xlsx:Sheet1!C4: error: '约126万'[^\n]*\ntests/bad/import_bad_cells.xlsx:Sheet1!C5: error: 'N/A'[^\n]*\ntests/bad/import_bad_cells.xlsx:Sheet1!A6: error: a row of figures without an indicator name\n$")
zhibiao_cli_test(import_missing_file EXIT 2 ARGS import tests/data/no-such.csv STDERR "no-such.csv: error: cannot open")
zhibiao_cli_test(import_yaml_given EXIT 2 ARGS import examples/huolinguole-2020.yaml STDERR "error: no year header")
zhibiao_cli_test(import_binary EXIT 2 ARGS import tests/bad/binary.yaml STDERR "binary.yaml:[0-9]+:[0-9]+: error: neither UTF-8 nor GBK")
zhibiao_cli_test(import_help EXIT 0 ARGS import --help STDOUT "--region.*Examples:\n  zhibiao import")
# An XLSX written by LibreOffice (styles, docProps, its own sheet name), made once with
#   libreoffice --headless --infilter='CSV:44,34,76' --convert-to xlsx tests/data/nbs-quarterly.csv
zhibiao_cli_test(import_libreoffice_xlsx EXIT 0 ARGS import tests/data/nbs-quarterly.xlsx --region 全国
  GOLDEN tests/golden/import-nbs-quarterly.yaml
  STDERR "^tests/data/nbs-quarterly.xlsx:'nbs-quarterly'!A4: note: '国内生产总值当季值\\(亿元\\)' skipped")
zhibiao_cli_test(help_tables EXIT 0 ARGS help tables STDOUT "指标,2024年,2023年.*当季值.*Sheet1!C7")
zhibiao_cli_test(import_bad_region EXIT 2 ARGS import tests/data/nbs-annual.csv --region "a\tb" STDOUT "^$"
  STDERR "--region: error: the region holds control characters")
