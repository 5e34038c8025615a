#!/usr/bin/env bash
# Checks a libFuzzer dictionary: each line a comment or one "entry" of
# printable ASCII and \xNN escapes (libFuzzer drops other entries with an
# error), and the target words 增长 and 个百分点 in it.
#   tests/fuzz/check_dict.sh DICT
set -u
dict=$1
bad=$(LC_ALL=C grep -Pvn '^(#.*|"([\x20\x21\x23-\x5B\x5D-\x7E]|\\x[0-9A-F]{2}|\\\\|\\")+")$' "$dict")
[[ -z $bad ]] || { echo "not libFuzzer dictionary syntax: $bad"; exit 1; }
for word in 增长 个百分点; do
    entry=\"$(printf '%s' "$word" | od -An -tx1 | tr -d ' \n' | sed 's/../\\x\U&/g')\"
    grep -qxF "$entry" "$dict" || { echo "no entry $entry ($word)"; exit 1; }
done
echo "dictionary ok: $(grep -c '^"' "$dict") entries"
