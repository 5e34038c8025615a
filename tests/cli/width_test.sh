#!/bin/sh
# Tables that fit (issue 15): every table command on every example, at 80
# and at 60 columns, prints no line wider than the width (display columns,
# a Han character two: `wc -L` in a UTF-8 locale) — nothing ever wraps.
# Usage: width_test.sh ZHIBIAO (run from the source folder)
set -u
zhibiao=$1
export LC_ALL=C.UTF-8
failed=0
# check's failure lines (FILE:LINE:COL: error: …) are folded onto indented
# lines, not cut: they must fit too. Colours (--color always, a terminal)
# are taken out first: they take no room. `located` picks out the failure
# lines, to prove that the unfitted ones are wider than the width.
located='^[^ ]*:[0-9][0-9]*:[0-9][0-9]*: error: '
esc=$(printf '\033')
plain() { sed "s/$esc\[[0-9;]*m//g"; }
check() {  # WIDTH ARGS...
  width=$1
  shift
  widest=$("$zhibiao" "$@" --width "$width" 2>/dev/null | plain | wc -L)
  if [ "$widest" -gt "$width" ]; then
    echo "FAIL: zhibiao $* --width $width: a line of $widest columns"
    failed=1
  fi
}
for w in 80 60 40; do
  for lang in zh en; do
    for f in examples/huolinguole-2020.yaml examples/national-2022.yaml; do
      check $w report "$f" --lang $lang
    done
    check $w report examples/huolinguole-2020.yaml examples/national-2022.yaml --lang $lang
    check $w report --year 2022 examples/wordings.yaml --lang $lang
    check $w yoy examples/national-2013-2018.yaml --lang $lang
    check $w yoy examples/national-2022.yaml --lang $lang
    check $w plan examples/plan-14th.yaml --lang $lang
    check $w progress examples/progress-2024.yaml --lang $lang
    check $w check examples/huolinguole-2020.yaml examples/national-2022.yaml --lang $lang
    check $w check examples/ tests/bad/dup_id.yaml --lang $lang --color always
  done
done
# The check itself can fail: without --width, the national yoy table is wider than 80.
widest=$("$zhibiao" yoy examples/national-2013-2018.yaml | wc -L)
if [ "$widest" -le 80 ]; then
  echo "FAIL: the unfitted yoy table is only $widest columns: this test proves nothing"
  failed=1
fi
# … nor check's: at 40 columns its summaries are wider than 40 unfitted, and
# all of its lines but the failure lines are then plain summaries.
widest=$("$zhibiao" check examples/national-2022.yaml --width 0 | grep -v "$located" | wc -L)
if [ "$widest" -le 40 ]; then
  echo "FAIL: check's unfitted summary is only $widest columns: this test proves nothing"
  failed=1
fi
# On a terminal the default is the terminal's width, COLUMNS honoured; piped, unlimited.
if command -v script >/dev/null 2>&1; then
  widest=$(COLUMNS=70 script -qec "$zhibiao yoy examples/national-2013-2018.yaml --color never" /dev/null | tr -d '\r' | wc -L)
  if [ "$widest" -gt 70 ] || [ "$widest" -lt 50 ]; then
    echo "FAIL: on a terminal with COLUMNS=70, yoy printed a line of $widest columns"
    failed=1
  fi
  widest=$(COLUMNS=50 script -qec "$zhibiao check examples/national-2022.yaml examples/huolinguole-2020.yaml" /dev/null |
    tr -d '\r' | plain | wc -L)
  if [ "$widest" -gt 50 ] || [ "$widest" -lt 30 ]; then
    echo "FAIL: on a terminal with COLUMNS=50, check printed a summary line of $widest columns"
    failed=1
  fi
fi
# … and its failure lines: unfitted, national-2022's is wider than 60; at 60
# its words are all there, on a first line that starts FILE:LINE:COL.
widest=$("$zhibiao" check examples/national-2022.yaml --width 0 | grep "$located" | wc -L)
if [ "$widest" -le 60 ]; then
  echo "FAIL: check's unfitted failure line is only $widest columns: this test proves nothing"
  failed=1
fi
whole=$("$zhibiao" check examples/national-2022.yaml --width 0 | grep "$located" | tr -s ' ')
folded=$("$zhibiao" check examples/national-2022.yaml --width 60 |
  awk -v re="$located" '$0 ~ re { on = 1; print; next } on && /^    / { print; next } { on = 0 }' |
  tr '\n' ' ' | tr -s ' ' | sed 's/ $//')
if [ "$whole" != "$folded" ]; then
  echo "FAIL: check's failure line folded at 60 lost words:"
  echo "  whole:  $whole"
  echo "  folded: $folded"
  failed=1
fi
exit $failed
