#!/usr/bin/env bash
# Hostile situations that need a shell (issue 18; docs/security.md):
#
#   tests/cli/hostile_test.sh BIN SRC_DIR
#
#  1. write errors: every command, standard output on /dev/full or closed,
#     says "write error" and exits 2;
#  2. a closed pipe: no SIGPIPE death, the status the command would have had;
#  3. a FIFO given by name is refused, not waited on;
#  4. check's folders: dangling and looping links, a FIFO, a folder link
#     loop, each reported once; an unreadable subfolder reported (run as
#     `nobody` when root, since root reads a mode-000 folder);
#  5. file names with ESC, a line break or bytes that are not UTF-8 are
#     escaped in every format; JUnit stays valid UTF-8; roll's YAML gains no key;
#  6. no line of output starts a GitHub workflow command unless zhibiao wrote it.
# Exit 0 when every check passes, 1 with messages otherwise.

set -u
if (($# != 2)); then
    echo "usage: $0 BIN SRC_DIR" >&2
    exit 2
fi
bin=$1
cd "$2" || exit 2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
work=$(mktemp -d "${TMPDIR:-/tmp}/zhibiao-hostile.XXXXXX") || exit 2
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT

# expect STATUS 'STDERR-REGEX' CMD...: runs CMD (10 s at most), checks both.
expect() {
    local want=$1 regex=$2 status
    shift 2
    timeout 10 "$@" >/dev/null 2>"$work/err" </dev/null
    status=$?
    ((status == want)) || fail "$*: exit $status, expected $want ($(head -c 300 "$work/err"))"
    grep -Eq -- "$regex" "$work/err" || fail "$*: standard error does not match '$regex': $(head -c 300 "$work/err")"
}

HL=examples/huolinguole-2020.yaml
MISSED=tests/data/missed.yaml
commands=(
    "report $HL" "report $HL --format markdown" "report $HL --format csv" "report $HL --format tsv"
    "report $HL --format json" "yoy examples/national-2013-2018.yaml" "yoy $HL --format csv"
    "check $MISSED" "check $MISSED --format json" "check $MISSED --format junit" "check $MISSED --format github"
    "lint $HL" "lint $HL --format json" "calc 1+1" "roll $MISSED --to 2021" "indicators" "indicators --format json"
    "help" "help targets" "--help" "report --help" "--version" "extract tests/extract/national-2024.txt"
)

# 1. write errors
if [[ -w /dev/full ]]; then
    for c in "${commands[@]}"; do
        # shellcheck disable=SC2086
        timeout 10 "$bin" $c >/dev/full 2>"$work/err"
        status=$?
        ((status == 2)) || fail "$c > /dev/full: exit $status, expected 2"
        grep -q '^zhibiao: error: write error: No space left on device$' "$work/err" ||
            fail "$c > /dev/full: no write error message: $(head -c 300 "$work/err")"
    done
else
    echo "no /dev/full: skipped the full-disk checks"
fi
for c in "report $HL" "check $MISSED --format junit" "calc 1+1" "help"; do
    # shellcheck disable=SC2086
    timeout 10 "$bin" $c >&- 2>"$work/err"
    status=$?
    ((status == 2)) || fail "$c >&-: exit $status, expected 2"
    grep -q '^zhibiao: error: write error: ' "$work/err" || fail "$c >&-: no write error message"
done

# 2. a closed pipe: the reader has gone before zhibiao writes a byte
closed_pipe() {  # CMD...: prints the exit status
    rm -f "$work/pipe"
    mkfifo "$work/pipe"
    (exec 3<"$work/pipe") &  # opens the read end and closes it at once
    exec 4>"$work/pipe"
    wait $!
    timeout 10 "$@" >&4 2>"$work/err"
    echo $?
    exec 4>&-
}
for case in "0 report $HL" "1 check $MISSED" "1 check $MISSED --format junit" "0 indicators" "0 help targets"; do
    want=${case%% *}
    # shellcheck disable=SC2086
    got=$(closed_pipe "$bin" ${case#* })
    [[ $got == "$want" ]] || fail "${case#* } into a closed pipe: exit $got, expected $want"
    [[ -s $work/err ]] && fail "${case#* } into a closed pipe: wrote to standard error: $(head -c 300 "$work/err")"
done

# 3. a FIFO by name
mkfifo "$work/fifo.yaml"
expect 2 'fifo.yaml: error: is a named pipe \(FIFO\), not a data file' "$bin" lint "$work/fifo.yaml"
expect 2 'fifo.yaml: error: is a named pipe' "$bin" report "$work/fifo.yaml"

# 4. check's folder search
mkdir -p "$work/data/sub"
cp "$HL" "$work/data/ok.yaml"
ln -s nowhere.yaml "$work/data/dangling.yaml"
ln -s loop2.yaml "$work/data/loop1.yaml"
ln -s loop1.yaml "$work/data/loop2.yaml"
ln -s .. "$work/data/sub/up"
ln -s self "$work/data/self"
mkfifo "$work/data/pipe.yml"
timeout 10 "$bin" check "$work/data" >"$work/out" 2>"$work/err"
status=$?
((status == 2)) || fail "check with bad links: exit $status, expected 2"
for line in 'data/dangling.yaml: error: cannot open: No such file or directory' \
    'data/loop1.yaml: error: cannot open: Too many levels of symbolic links' \
    'data/loop2.yaml: error: cannot open: Too many levels of symbolic links' \
    'data/pipe.yml: error: is a named pipe' \
    'data/sub/up: error: a link back to a folder it is in \(a loop\): not followed' \
    'data/self: error: cannot follow the link: Too many levels of symbolic links'; do
    n=$(grep -Ec "$line" "$work/err")
    [[ $n == 1 ]] || fail "check with bad links: '$line' reported $n times, expected once: $(cat "$work/err")"
done
grep -q 'data/ok.yaml: 达标 0 · 未达标 0 · 待定 44' "$work/out" || fail "check with bad links: ok.yaml not checked"

# An unreadable subfolder with a missed target in it.
mkdir -p "$work/locked/data/2021"
cp "$HL" "$work/locked/data/ok.yaml"
cp "$MISSED" "$work/locked/data/2021/missed.yaml"
cp "$bin" "$work/locked/zhibiao"
chmod 755 "$work" "$work/locked" "$work/locked/data" "$work/locked/zhibiao"
chmod 644 "$work/locked/data/ok.yaml"
chmod 000 "$work/locked/data/2021"
as_user=()
if (($(id -u) == 0)); then
    if command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
        as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    elif command -v runuser >/dev/null && runuser -u nobody -- true 2>/dev/null; then
        as_user=(runuser -u nobody --)
    else
        as_user=(none)
    fi
fi
if [[ ${as_user[0]-} == none ]]; then
    echo "SKIPPED: the unreadable-folder check (root, and neither setpriv nor runuser can become nobody)"
else
    expect 2 'data/2021: error: cannot read the folder: Permission denied' \
        "${as_user[@]}" "$work/locked/zhibiao" check "$work/locked/data"
    expect 2 'data/2021: error: cannot read the folder: Permission denied' \
        "${as_user[@]}" "$work/locked/zhibiao" check "$work/locked/data/2021"
fi
chmod 755 "$work/locked/data/2021"

# 5. hostile file names
esc=$(printf 'e\033[31mvil\377.yaml')
nl=$(printf 'a\ntitle: injected.yaml')
cp "$MISSED" "$work/$esc"
cp "$MISSED" "$work/$nl"
for f in table json junit github; do
    timeout 10 "$bin" check "$work/$esc" "$work/$nl" --format "$f" >"$work/out" 2>"$work/err"
    grep -q $'\033' "$work/out" "$work/err" && fail "check --format $f: ESC printed raw"
    iconv -f UTF-8 -t UTF-8 "$work/out" >/dev/null 2>&1 || fail "check --format $f: output is not UTF-8"
    grep -Eq 'e\\+x1B\[31mvil\\+xFF\.yaml' "$work/out" "$work/err" || fail "check --format $f: no escaped name"
    grep -q '^title: injected' "$work/out" "$work/err" && fail "check --format $f: a file name broke a line"
done
timeout 10 "$bin" lint "$work/$esc" "$work/nope$esc" >"$work/out" 2>"$work/err"
grep -q $'\033' "$work/out" "$work/err" && fail "lint: ESC printed raw"
timeout 10 "$bin" roll "$work/$nl" --to 2021 >"$work/out" 2>"$work/err" || fail "roll of a file with a line break in its name failed"
grep -q '^title: injected' "$work/out" && fail "roll: the file name injected a key"
grep -q 'a\\x0Atitle: injected.yaml' "$work/out" || fail "roll: the file name is not escaped in its comments"
timeout 10 "$bin" lint - <"$work/out" >/dev/null 2>&1 || fail "roll: its output does not lint clean"

# 6. workflow commands
cp tests/bad/dup_key.yaml "$work/::stop-commands::x.yaml"
for c in "report tests/bad/workflow_command.yaml" "report tests/bad/workflow_command.yaml --format markdown" \
    "report tests/bad/workflow_command.yaml --format csv" "report tests/bad/workflow_command.yaml --format tsv" \
    "yoy tests/bad/workflow_command.yaml" "yoy tests/bad/workflow_command.yaml --format csv" \
    "check tests/bad/workflow_command.yaml" "check tests/bad/workflow_command.yaml --format junit" \
    "lint tests/bad/workflow_command.yaml" "roll tests/bad/workflow_command.yaml --to 2021"; do
    # shellcheck disable=SC2086
    timeout 10 "$bin" $c >"$work/out" 2>"$work/err"
    grep -Eq '^[[:space:]]*::' "$work/out" "$work/err" && fail "$c: a line starts with ::: $(grep -E '^[[:space:]]*::' "$work/out" "$work/err")"
    grep -q '##\[' "$work/out" "$work/err" && fail "$c: ##[ printed as it is"
done
(cd "$work" && timeout 10 "$bin" lint '::stop-commands::x.yaml' --max-errors 1 >"$work/out" 2>"$work/err"
    timeout 10 "$bin" calc '::stop-commands::x' >>"$work/out" 2>>"$work/err")
grep -Eq '^[[:space:]]*::' "$work/out" "$work/err" && fail "a file name or an expression starts a line with ::"

if ((failures)); then
    echo "hostile_test: $failures failure(s)" >&2
    exit 1
fi
echo "hostile_test: ok"
