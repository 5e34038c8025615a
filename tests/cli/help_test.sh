#!/usr/bin/env bash
# Help that reads well (issue 15), in English and with --lang zh:
#   tests/cli/help_test.sh BIN
#  - no line of --help, nor of a help topic, wider than 80 display columns;
#  - one name per option line: no CLI11 "{false}" defaults, no "Excludes:";
#  - every "# comment" of the examples in one column;
#  - no help points to a document an installed zhibiao does not have
#    (SPEC.md, docs/…; the README is installed);
#  - --lang zh switches the words: 用法, 选项, 示例; and the help topics
#    (targets units formats tables) are Chinese, with no English sentence
#    left, while without it they are English.
# Exit 0 when every check passes, 1 with messages otherwise.
set -u
bin=$1
export LC_ALL=C.UTF-8
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# The first lines of $1 wider than 80 display columns.
wide_lines() {
    while IFS= read -r line; do
        (($(printf '%s' "$line" | wc -L) > 80)) && printf '%s\n' "$line"
    done <<<"$1" | head -3
}

subs=(report yoy check lint calc indicators plan roll progress extract import help)
for lang in en zh; do
    for sub in "" "${subs[@]}"; do
        # shellcheck disable=SC2086
        text=$("$bin" $sub --help --lang $lang 2>&1) || { fail "'$sub --help --lang $lang' failed: $text"; continue; }
        what="zhibiao $sub --help --lang $lang"
        width=$(printf '%s\n' "$text" | wc -L)
        ((width <= 80)) || fail "$what: a line is $width columns wide: $(wide_lines "$text")"
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
# The help topics: each one's heading in each language.
declare -A heading_en=([targets]='how targets are written and judged' [units]='— quantities'
    [formats]='— output formats' [tables]='— the statistics tables')
declare -A heading_zh=([targets]='目标的写法与评价方法' [units]='数量与单位' [formats]='输出格式'
    [tables]='zhibiao import 读取的统计表')
# An English sentence has these words; the Chinese topics have none of them
# (field names, options and written targets are not sentences).
english='\b(the|is|are|of|and|an|as|in)\b'
for topic in targets units formats tables; do
    # where --lang stands does not matter: after the topic, before it, or absent (English)
    for args in "$topic --lang en" "$topic --lang zh" "--lang=zh $topic" "$topic"; do
        what="zhibiao help $args"
        # shellcheck disable=SC2086
        text=$("$bin" help $args 2>&1) || { fail "'$what' failed: $text"; continue; }
        width=$(printf '%s\n' "$text" | wc -L)
        ((width <= 80)) || fail "$what: a line is $width columns wide: $(wide_lines "$text")"
        grep -Eq 'SPEC|docs/|\.md\b|§' <<<"$text" && fail "$what: points to a document the user may not have: $(grep -E 'SPEC|docs/|\.md\b|§' <<<"$text")"
        if [[ $args == *zh* ]]; then
            grep -qF "${heading_zh[$topic]}" <<<"$text" || fail "$what: no Chinese heading '${heading_zh[$topic]}'"
            grep -qF "${heading_en[$topic]}" <<<"$text" && fail "$what: has the English heading"
            grep -Eq "$english" <<<"$text" && fail "$what: English left in the Chinese text: $(grep -E "$english" <<<"$text" | head -3)"
        else
            grep -qF "${heading_en[$topic]}" <<<"$text" || fail "$what: no English heading '${heading_en[$topic]}'"
            grep -qF "${heading_zh[$topic]}" <<<"$text" && fail "$what: has the Chinese heading"
            grep -Eq "$english" <<<"$text" || fail "$what: not English"
        fi
    done
done
# help targets lists the same written forms, line for line, in both languages
# (the lines indented by two spaces; their meanings are indented by six).
forms_en=$("$bin" help targets --lang en | grep -E '^  [^ ]')
forms_zh=$("$bin" help targets --lang zh | grep -E '^  [^ ]')
[[ $(wc -l <<<"$forms_en") -ge 20 ]] || fail "help targets: fewer than 20 lines of written forms"
[[ $forms_en == "$forms_zh" ]] || fail "help targets: the written forms differ between en and zh: $(diff <(echo "$forms_en") <(echo "$forms_zh") | head -4)"
# The Chinese topic list no longer says the topics are English.
text=$("$bin" help --lang zh 2>&1)
grep -q '主题：' <<<"$text" || fail "help --lang zh: no topic list"
grep -q '英文' <<<"$text" && fail "help --lang zh: says the topics are in English: $(grep '英文' <<<"$text")"
exit $((failures > 0))
