#!/usr/bin/env bash
# `--format xlsx` and `--output FILE` end to end.
#
#   tests/cli/xlsx_test.sh BIN SRC_DIR
#
# Workbooks are written, unzipped (`unzip -p`) and their XML read: the
# numbers of the sheet must be JSON's (and the figures worked out by hand),
# status cells filled by their tone, number formats the display decimals,
# the header row frozen, columns wide enough for Chinese names. Then the
# usage errors: a workbook for a terminal, --output naming an input, a write
# that fails. Exit 0 when every check passes, 1 with messages otherwise.
set -u
if (($# != 2)); then
    echo "usage: $0 BIN SRC_DIR" >&2
    exit 2
fi
bin=$1
cd "$2" || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/zhibiao-xlsx.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# The cells of a sheet, one a line: REF <tab> STYLE <tab> TYPE <tab> VALUE
# (libxlsxwriter writes <c r="G2" s="3"><v>200</v></c>, t="s" for a string).
cells() {
    unzip -p "$1" xl/worksheets/sheet1.xml | grep -o '<c [^>]*>\(<v>[^<]*</v>\)\?' |
        sed -E 's/<c r="([A-Z]+[0-9]+)"( s="([0-9]+)")?( t="([a-z]+)")?>(<v>([^<]*)<\/v>)?/\1\t\3\t\5\t\7/'
}
# The value of a number cell REF ("" when empty or text).
number() { awk -F'\t' -v r="$2" '$1 == r && $3 == "" { print $4 }' "$1"; }
# The style index of cell REF.
style() { awk -F'\t' -v r="$2" '$1 == r { print $2 }' "$1"; }
# The nth (0-based) element NAME inside the section SECTION of styles.xml, one a line.
nth() {
    tr -d '\n' <"$1" | grep -o "<$2[ >].*</$2>" | grep -o "<$3[ >/][^>]*>\(.*\)\?" |
        sed "s/<$3[ >\/]/\n&/g" | grep "^<$3[ >/]" | sed -n "$(($4 + 1))p"
}
# The fill colour (RRGGBB) of style index S, "" for none.
fill_of() {
    local xf fill
    xf=$(nth "$1" cellXfs xf "$2")
    fill=$(nth "$1" fills fill "$(sed -E 's/.*fillId="([0-9]+)".*/\1/' <<<"$xf")")
    grep -o 'fgColor rgb="FF[0-9A-F]*"' <<<"$fill" | sed -E 's/.*FF([0-9A-F]{6})"/\1/'
}
# The number format code of style index S ("General" for none).
format_of() {
    local xf id
    xf=$(nth "$1" cellXfs xf "$2")
    id=$(sed -E 's/.*numFmtId="([0-9]+)".*/\1/' <<<"$xf")
    case $id in
        0) echo General ;;
        1) echo 0 ;;
        2) echo 0.00 ;;
        *) grep -o "<numFmt numFmtId=\"$id\" formatCode=\"[^\"]*\"" "$1" | sed -E 's/.*formatCode="([^"]*)"/\1/' ;;
    esac
}
expect_eq() { [[ $2 == "$3" ]] || fail "$1: '$2', expected '$3'"; }

# --- report: numbers, fills, formats, frozen header, widths -------------------
book=$work/report.xlsx
"$bin" report tests/data/judged.yaml --format xlsx --output "$book" || fail "report --format xlsx: exit $?"
[[ -s $book ]] || { echo "FAIL: no workbook written" >&2; exit 1; }
unzip -p "$book" xl/styles.xml >"$work/styles.xml"
cells "$book" >"$work/cells"
unzip -p "$book" xl/workbook.xml | grep -q '<sheet name="报告"' || fail "report: the sheet is not named 报告"
sheet=$(unzip -p "$book" xl/worksheets/sheet1.xml)
[[ $sheet == *'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'* ]] ||
    fail "report: the header row is not frozen"
# 指标 (C): 单位地区生产总值能耗降低 is 12 Han characters, 24 columns, + 2 room
[[ $sheet =~ \<col\ min=\"3\"\ max=\"3\"\ width=\"26(\.[0-9]+)?\" ]] || fail "report: column C is not 26 wide"

# Figures by hand (tests/cli/cases.cmake, judged.yaml): gdp's target level
# 200 × 1.06 = 212; retail 83.68 / 84 = 99.6190…% → 99.619 (JSON: 4 decimals);
# budget variance 5 − 8 = −3 pp; energy 2.7 − 3.1 = −0.4, a rate: the pp
# column (N); jobs 1520 / 1450 = 104.8275…% → 104.8276.
expect_eq "gdp target level I2" "$(number "$work/cells" I2)" 212
expect_eq "retail completion Q3" "$(number "$work/cells" Q3)" 99.619
expect_eq "budget variance pp P4" "$(number "$work/cells" P4)" -3
expect_eq "energy growth (pp) N5" "$(number "$work/cells" N5)" -0.4
expect_eq "energy growth (%) M5" "$(number "$work/cells" M5)" ""
expect_eq "jobs completion Q7" "$(number "$work/cells" Q7)" 104.8276

# Every number equals JSON's, row by row: baseline G, target level I, actual
# L, growth M or N, variance O, variance pp P, completion Q.
# A cell holds the double nearest JSON's decimal; libxlsxwriter writes it with
# 16 significant digits (83.68 as 83.68000000000001, the same double), so the
# two are compared as doubles (awk's numbers), and empty against null.
same_number() {
    [[ -z $1 && -z $2 ]] && return 0
    [[ -n $1 && -n $2 ]] && awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 == b + 0) }'
}
"$bin" report tests/data/judged.yaml --format json |
    jq -r '.indicators[] | [.baseline, .target_value, .actual, .growth_pct, .variance, .variance_pp, .completion_pct]
           | map(if . == null then "" else tostring end) | join("|")' >"$work/json.txt"
row=2
while IFS='|' read -r -a want; do
    growth_cell=$(number "$work/cells" "M$row")$(number "$work/cells" "N$row")
    got=("$(number "$work/cells" "G$row")" "$(number "$work/cells" "I$row")" "$(number "$work/cells" "L$row")"
        "$growth_cell" "$(number "$work/cells" "O$row")" "$(number "$work/cells" "P$row")"
        "$(number "$work/cells" "Q$row")")
    for i in 0 1 2 3 4 5 6; do
        same_number "${got[i]}" "${want[i]-}" ||
            fail "report row $row, figure $i: sheet '${got[i]}', JSON '${want[i]-}'"
    done
    row=$((row + 1))
done <"$work/json.txt"
expect_eq "report rows" "$row" 10

# Status cells (R): met green, 基本达标 amber, missed red, pending grey, no target plain.
for pair in R2:C6EFCE R3:FFEB9C R4:FFC7CE R5:FFEB9C R6:FFC7CE R7:C6EFCE R8:E7E6E6 R9:; do
    ref=${pair%%:*}
    expect_eq "fill of $ref" "$(fill_of "$work/styles.xml" "$(style "$work/cells" "$ref")")" "${pair#*:}"
done
# Number formats: the table's decimals — 200 (G2) 0, 83.68 (L3) 0.00, 4.6% (M3) 0.0, 99.6% (Q3) 0.0.
for pair in G2:0 L3:0.00 M3:0.0 Q3:0.0 I4:0.0; do
    ref=${pair%%:*}
    expect_eq "format of $ref" "$(format_of "$work/styles.xml" "$(style "$work/cells" "$ref")")" "${pair#*:}"
done
# --precision 3 sets the format, not the value.
"$bin" report tests/data/judged.yaml --format xlsx --precision 3 -o "$work/p3.xlsx" || fail "--precision 3: exit $?"
unzip -p "$work/p3.xlsx" xl/styles.xml >"$work/p3-styles.xml"
cells "$work/p3.xlsx" >"$work/p3-cells"
expect_eq "--precision 3: Q3" "$(number "$work/p3-cells" Q3)" 99.619
expect_eq "--precision 3: format of Q3" "$(format_of "$work/p3-styles.xml" "$(style "$work/p3-cells" Q3)")" 0.000

# --- yoy, plan, progress: a sheet each, hand-worked figures ------------------
"$bin" yoy examples/national-2013-2018.yaml --format xlsx -o "$work/yoy.xlsx" || fail "yoy xlsx: exit $?"
unzip -p "$work/yoy.xlsx" xl/workbook.xml | grep -q '<sheet name="同比"' || fail "yoy: the sheet is not named 同比"
cells "$work/yoy.xlsx" >"$work/yoy-cells"
# GDP 2016 (row 5): 744127, +67419 (744127 − 676708), 67419 / 676708 = 9.9628%,
# reported 6.7, index 744127 / 568845 = 130.8137, real 1.074·1.069·1.067 = 122.5029102, two-year 6.8
for pair in F5:744127 G5:67419 H5:9.9628 J5:6.7 L5:130.8137 M5:122.5029102 N5:6.8 E5:2016; do
    expect_eq "yoy ${pair%%:*}" "$(number "$work/yoy-cells" "${pair%%:*}")" "${pair#*:}"
done
"$bin" plan tests/data/plan-energy.yaml --format xlsx -o "$work/plan.xlsx" || fail "plan xlsx: exit $?"
cells "$work/plan.xlsx" >"$work/plan-cells"
unzip -p "$work/plan.xlsx" xl/styles.xml >"$work/plan-styles.xml"
# SPEC §7: achieved 10.8226, path 10.9543, gap −0.1317, required 3.0023; behind (red)
for pair in L2:10.8226 M2:10.9543 O2:-0.1317 Q2:3.0023; do
    expect_eq "plan ${pair%%:*}" "$(number "$work/plan-cells" "${pair%%:*}")" "${pair#*:}"
done
expect_eq "plan status fill" "$(fill_of "$work/plan-styles.xml" "$(style "$work/plan-cells" S2)")" FFC7CE
"$bin" progress tests/data/progress_gdp.yaml --as-of 2024Q3 --format xlsx -o "$work/progress.xlsx" ||
    fail "progress xlsx: exit $?"
cells "$work/progress.xlsx" >"$work/progress-cells"
# SPEC §8: 949746, 9 / 12 = 75%, 4.8 − 5 = −0.2 pp, rest of year 5.5254%
for pair in G2:949746 H2:75 J2:-0.2 K2:4.8 M2:5 O2:5.5254; do
    expect_eq "progress ${pair%%:*}" "$(number "$work/progress-cells" "${pair%%:*}")" "${pair#*:}"
done

# --- check: its CSV's columns, lines and years as numbers, status fills ------
"$bin" check tests/data/judged.yaml --format xlsx -o "$work/check.xlsx"
expect_eq "check xlsx: exit (two targets missed)" "$?" 1
unzip -p "$work/check.xlsx" xl/workbook.xml | grep -q '<sheet name="检查"' || fail "check: the sheet is not named 检查"
cells "$work/check.xlsx" >"$work/check-cells"
unzip -p "$work/check.xlsx" xl/styles.xml >"$work/check-styles.xml"
# judged.yaml: gdp at line 7, retail 11, budget 15, tourism 31, all of 2021;
# 8 indicators: rows 2 to 9, and nothing after.
for pair in B2:7 B3:11 B4:15 B8:31 E2:2021 E9:2021; do
    expect_eq "check ${pair%%:*}" "$(number "$work/check-cells" "${pair%%:*}")" "${pair#*:}"
done
grep -q '^A10' "$work/check-cells" && fail "check: a row after the 8 indicators"
# Status (G): gdp met green, retail 基本达标 amber, budget missed red, tourism pending grey, cpi no target plain.
for pair in G2:C6EFCE G3:FFEB9C G4:FFC7CE G8:E7E6E6 G9:; do
    ref=${pair%%:*}
    expect_eq "check fill of $ref" "$(fill_of "$work/check-styles.xml" "$(style "$work/check-cells" "$ref")")" "${pair#*:}"
done
# A file's error is a row of its own, first, its status red (dup_id.yaml:6:5); exit 2.
"$bin" check tests/bad/dup_id.yaml --format xlsx -o "$work/check-bad.xlsx"
expect_eq "check xlsx of a bad file: exit" "$?" 2
cells "$work/check-bad.xlsx" >"$work/check-bad-cells"
unzip -p "$work/check-bad.xlsx" xl/styles.xml >"$work/check-bad-styles.xml"
expect_eq "check error line B2" "$(number "$work/check-bad-cells" B2)" 6
expect_eq "check error fill G2" "$(fill_of "$work/check-bad-styles.xml" "$(style "$work/check-bad-cells" G2)")" FFC7CE
# --only missed keeps the two missed rows; --id names what is checked.
"$bin" check tests/data/judged.yaml --format xlsx --only missed -o "$work/check-missed.xlsx"
cells "$work/check-missed.xlsx" >"$work/check-missed-cells"
expect_eq "check --only missed: B2 B3" "$(number "$work/check-missed-cells" B2) $(number "$work/check-missed-cells" B3)" "15 23"
grep -q '^A4' "$work/check-missed-cells" && fail "check --only missed: more than two rows"
# An --id that names nothing: exit 2, and no workbook.
"$bin" check tests/data/judged.yaml --format xlsx --id 不存在 -o "$work/check-none.xlsx" 2>/dev/null
expect_eq "check --id naming nothing: exit" "$?" 2
[[ -e $work/check-none.xlsx ]] && fail "check --id naming nothing: a workbook was written"

# --- where the output goes -----------------------------------------------------
# --output for a text format: the file has what standard output would have had.
"$bin" report tests/data/judged.yaml --format csv >"$work/stdout.csv"
"$bin" report tests/data/judged.yaml --format csv --output "$work/out.csv" >"$work/none" || fail "--output csv: exit $?"
cmp -s "$work/stdout.csv" "$work/out.csv" || fail "--output csv differs from standard output"
[[ -s $work/none ]] && fail "--output: standard output is not empty"
# check writes as it goes, to --output too: the same bytes, the same exit status.
for fmt in table csv json junit; do
    "$bin" check tests/data/judged.yaml examples/huolinguole-2020.yaml --format $fmt >"$work/check.$fmt" 2>/dev/null
    want=$?
    "$bin" check tests/data/judged.yaml examples/huolinguole-2020.yaml --format $fmt --output "$work/check-o.$fmt" \
        >"$work/none" 2>/dev/null
    expect_eq "check --output ($fmt): exit" "$?" "$want"
    cmp -s "$work/check.$fmt" "$work/check-o.$fmt" || fail "check --output ($fmt) differs from standard output"
    [[ -s $work/none ]] && fail "check --output ($fmt): standard output is not empty"
done
err=$("$bin" check tests/data/judged.yaml --output /dev/full 2>&1)
expect_eq "check --output /dev/full: exit" "$?" 2
[[ $err == *"cannot write '/dev/full'"* ]] || fail "check --output /dev/full: message: $err"
# check searches folders: --output may not name a file found in one either.
mkdir "$work/data" && cp tests/data/judged.yaml "$work/data/"
sum=$(cksum <"$work/data/judged.yaml")
err=$("$bin" check "$work/data" --format csv --output "$work/data/judged.yaml" 2>&1)
expect_eq "check --output = a file in the folder: exit" "$?" 2
[[ $err == *"is one of the files read"* ]] || fail "check --output = a file in the folder: message: $err"
expect_eq "check --output = a file in the folder: untouched" "$(cksum <"$work/data/judged.yaml")" "$sum"
# A file is no terminal: on one, --output gets neither colours nor the terminal's width.
if command -v script >/dev/null; then
    COLUMNS=40 script -qec "'$bin' check examples/national-2022.yaml --output '$work/tty.txt'" /dev/null >/dev/null
    grep -q $'\e' "$work/tty.txt" && fail "check --output on a terminal: colours in the file"
    expect_eq "check --output on a terminal: one summary line" "$(grep -c '^examples/national-2022.yaml: ' "$work/tty.txt")" 1
    script -qec "'$bin' report examples/national-2022.yaml --output '$work/tty-report.txt'" /dev/null >/dev/null
    grep -q $'\e' "$work/tty-report.txt" && fail "report --output on a terminal: colours in the file"
fi
# A workbook to a pipe: the bytes of a zip archive.
"$bin" report tests/data/judged.yaml --format xlsx | head -c 2 >"$work/magic"
expect_eq "xlsx to a pipe" "$(cat "$work/magic")" PK
# A workbook to a terminal: a usage error (script(1) gives the command a terminal).
if command -v script >/dev/null; then
    out=$(script -qec "'$bin' report tests/data/judged.yaml --format xlsx" /dev/null 2>&1)
    status=$?
    expect_eq "xlsx to a terminal: exit" "$status" 2
    [[ $out == *"give --output FILE.xlsx"* ]] || fail "xlsx to a terminal: message: $out"
fi
# --output naming an input: refused before anything is written, the input untouched.
cp tests/data/judged.yaml "$work/in.yaml"
sum=$(cksum <"$work/in.yaml")
err=$("$bin" report "$work/in.yaml" --format xlsx --output "$work/in.yaml" 2>&1)
expect_eq "--output = input: exit" "$?" 2
[[ $err == *"is one of the files read"* ]] || fail "--output = input: message: $err"
expect_eq "--output = input: file untouched" "$(cksum <"$work/in.yaml")" "$sum"
err=$("$bin" yoy "$work/in.yaml" --output "$work/../$(basename "$work")/in.yaml" 2>&1)
expect_eq "--output = input by another name: exit" "$?" 2
expect_eq "--output = input by another name: untouched" "$(cksum <"$work/in.yaml")" "$sum"
# … nor the file standard input reads: `check - --output in.yaml < in.yaml`
# would empty it before reading it (and report would overwrite it after).
for sub in check report; do
    err=$("$bin" $sub - --output "$work/in.yaml" <"$work/in.yaml" 2>&1)
    expect_eq "$sub --output = standard input's file: exit" "$?" 2
    [[ $err == *"is the file read from standard input"* ]] || fail "$sub --output = standard input's file: message: $err"
    expect_eq "$sub --output = standard input's file: untouched" "$(cksum <"$work/in.yaml")" "$sum"
done
# Write errors: exit 2 with a message, never success.
err=$("$bin" report tests/data/judged.yaml --format xlsx --output /dev/full 2>&1)
expect_eq "--output /dev/full: exit" "$?" 2
[[ $err == *"cannot write '/dev/full'"* ]] || fail "--output /dev/full: message: $err"
err=$("$bin" plan tests/data/plan-energy.yaml --output "$work/no/such/dir.csv" --format csv 2>&1)
expect_eq "--output in a missing folder: exit" "$?" 2
[[ $err == *"No such file or directory"* ]] || fail "--output in a missing folder: message: $err"
# A name longer than Excel's 32767 characters per cell is cut with "…", not an error.
{
    printf 'year: 2020\nindicators:\n  - {id: a, name: '
    for ((i = 0; i < 4000; i++)); do printf '长长长长长长长长长长'; done
    printf ', unit: 亿元, baseline: 100, target: 增长5%%, actual: 106}\n'
} >"$work/long.yaml"
"$bin" report "$work/long.yaml" --format xlsx -o "$work/long.xlsx" || fail "a 40000-character name: exit $?"
unzip -p "$work/long.xlsx" xl/sharedStrings.xml | grep -q '长…</t>' || fail "a 40000-character name is not cut with …"
# A bad input: exit 2 and no file.
"$bin" report tests/bad/bad_target.yaml --format xlsx --output "$work/bad.xlsx" 2>/dev/null
expect_eq "bad input: exit" "$?" 2
[[ -e $work/bad.xlsx ]] && fail "bad input: a workbook was written"

if ((failures)); then
    echo "$failures failed" >&2
    exit 1
fi
echo "xlsx: all checks passed"
