#!/usr/bin/env bash
# Help that reads well (issue 15), in English and with --lang zh:
#   tests/cli/help_test.sh BIN
#  - no line of --help wider than 80 display columns (the help topics'
#    two-column tables are wider in places);
#  - one name per option line: no CLI11 "{false}" defaults, no "Excludes:";
#  - every "# comment" of the examples in one column;
#  - no help points to a document an installed zhibiao does not have
#    (SPEC.md, docs/…; the README is installed);
#  - --lang zh switches the words: 用法, 选项, 示例.
# Exit 0 when every check passes, 1 with messages otherwise.
set -u
bin=$1
export LC_ALL=C.UTF-8
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

subs=(report yoy check lint calc indicators plan roll progress extract help)
for lang in en zh; do
    for sub in "" "${subs[@]}"; do
        # shellcheck disable=SC2086
        text=$("$bin" $sub --help --lang $lang 2>&1) || { fail "'$sub --help --lang $lang' failed: $text"; continue; }
        what="zhibiao $sub --help --lang $lang"
        width=$(printf '%s\n' "$text" | wc -L)
        ((width <= 80)) || fail "$what: a line is $width columns wide: $(printf '%s\n' "$text" | awk 'length > 60' | head -3)"
        grep -Eq '\{(false|true)\}|Excludes:|Needs:' <<<"$text" && fail "$what: CLI11's raw flag syntax: $(grep -E '\{(false|true)\}|Excludes' <<<"$text")"
        # the display column of each example's '#'
        cols=$(printf '%s\n' "$text" | sed -n '/^\(Examples:\|示例：\)$/,$p' | grep ' # ' |
            while IFS= read -r line; do printf '%s\n' "${line%% # *}" | wc -L; done | sort -u)
        [[ $(wc -l <<<"$cols") -le 1 ]] || fail "$what: example comments in several columns: $cols"
        grep -Eq 'SPEC|docs/|\.md\b' <<<"$text" && fail "$what: points to a document the user may not have"
        if [[ $lang == zh ]]; then
            grep -q '用法' <<<"$text" || fail "$what: not in Chinese (no 用法)"
            [[ -z $sub || $sub == help ]] || grep -q '选项' <<<"$text" || fail "$what: not in Chinese (no 选项)"
            grep -q '示例' <<<"$text" || fail "$what: not in Chinese (no 示例)"
        fi
    done
done
for topic in targets units formats; do
    text=$("$bin" help $topic) || fail "help $topic failed"
    grep -Eq 'SPEC|docs/|\.md\b' <<<"$text" && fail "help $topic points to a document the user may not have"
done
exit $((failures > 0))
