#!/usr/bin/env bash
# `zhibiao import` end to end (SPEC §9):
#
#   tests/cli/import_test.sh BIN_DIR SRC_DIR
#
# 1. The same table as UTF-8 CSV, UTF-8 CSV with a BOM (made here), GBK CSV
#    with CRLF line ends (tests/data/nbs-annual-gbk.csv, committed; made with
#    `sed 's/$/\r/' nbs-annual.csv | iconv -f UTF-8 -t GBK`), XLSX
#    (tests/data/nbs-annual.xlsx, made by tests/data/make_xlsx.py) and the CSV
#    on standard input under another name give byte-identical output.
# 2. import → lint → yoy: the output lints clean and yoy computes from it the
#    figures worked out by hand below.
# Exit 0 when every check passes, 1 with messages otherwise.
set -u
bin=$1/zhibiao
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check DESCRIPTION COMMAND...: the command must succeed
    local what=$1
    shift
    if ! "$@"; then
        echo "FAIL: $what" >&2
        fail=1
    fi
}

cd "$src" || exit 1
"$bin" import tests/data/nbs-annual.csv >"$tmp/utf8.yaml" || { echo "FAIL: import of the UTF-8 CSV" >&2; exit 1; }
{ printf '\357\273\277'; cat tests/data/nbs-annual.csv; } >"$tmp/bom.csv"
"$bin" import "$tmp/bom.csv" >"$tmp/bom.yaml"
"$bin" import tests/data/nbs-annual-gbk.csv >"$tmp/gbk.yaml"
"$bin" import tests/data/nbs-annual.xlsx >"$tmp/xlsx.yaml"
"$bin" import - <tests/data/nbs-annual.xlsx >"$tmp/stdin-xlsx.yaml"
cp tests/data/nbs-annual-gbk.csv "$tmp/名字不同.txt"
"$bin" import "$tmp/名字不同.txt" >"$tmp/renamed.yaml"
check "the GBK file is not UTF-8 (else the test proves nothing)" bash -c "! iconv -f UTF-8 -t UTF-8 tests/data/nbs-annual-gbk.csv >/dev/null 2>&1"
for v in bom gbk xlsx stdin-xlsx renamed; do
    check "$v gives the same output as the UTF-8 CSV" cmp -s "$tmp/utf8.yaml" "$tmp/$v.yaml"
done
check "the output is the hand-written golden file" cmp -s "$tmp/utf8.yaml" tests/golden/import-nbs-annual.yaml

# import → lint: clean.
check "lint accepts the output" bash -c "'$bin' lint '$tmp/utf8.yaml' | grep -q '0 errors, 0 warnings'"

# import → yoy. By hand, from the 2020-2024 communiqués' GDP (亿元):
#   2024 change 1349084 − 1260582 = 88502; growth 88502 ÷ 1260582 = 7.0207%
#   2021 growth (1143670 − 1015986) ÷ 1015986 = 127684 ÷ 1015986 = 12.5675%
#   CAGR (1349084 ÷ 1015986)^(1/4) − 1 = 7.3465%
# birth rate (‰, a rate: changes in points): 2024 6.77 − 6.39 = +0.38.
json=$("$bin" yoy "$tmp/utf8.yaml" --format json)
q() { jq -r "$1" <<<"$json"; }
check "gdp 2024 change 88502" test "$(q '.indicators[] | select(.id=="gdp") | .points[] | select(.year==2024) | .change')" = 88502
check "gdp 2024 growth 7.0207%" bash -c "[[ '$(q '.indicators[] | select(.id=="gdp") | .points[] | select(.year==2024) | .growth_pct')' == 7.0207* ]]"
check "gdp 2021 growth 12.5675%" bash -c "[[ '$(q '.indicators[] | select(.id=="gdp") | .points[] | select(.year==2021) | .growth_pct')' == 12.567* ]]"
check "gdp CAGR 7.3465%" bash -c "[[ '$(q '.indicators[] | select(.id=="gdp") | .cagr_pct')' == 7.346* ]]"
check "gdp unit 亿元" test "$(q '.indicators[] | select(.id=="gdp") | .unit')" = 亿元
check "birth rate unit ‰" test "$(q '.indicators[] | select(.id=="x2") | .unit')" = ‰
check "birth rate 2024 change +0.38" test "$(q '.indicators[] | select(.id=="x2") | .points[] | select(.year==2024) | .change')" = 0.38
# The one-line pipe of the README.
check "README's pipe: import | yoy -" bash -c "'$bin' import tests/data/nbs-annual.csv | '$bin' yoy - | grep -q '国内生产总值'"
exit $fail
