#!/usr/bin/env bash
# Tests the shell completions in completions/.
#
#   tests/cli/completions_test.sh BIN_DIR SRC_DIR
#
# BIN_DIR is not used (the completions do not run zhibiao); SRC_DIR is the
# source tree.  Exit 0 when every check passes, 1 with messages otherwise.
#
# 1. bash: completions/zhibiao.bash is sourced in `bash --norc` under `set -u`,
#    once without bash-completion (the plain `compgen` fallback) and once after
#    /usr/share/bash-completion/bash_completion (when installed); each time
#    `complete -p zhibiao` must name a function, and completion is simulated by
#    setting COMP_WORDS/COMP_CWORD/COMP_LINE/COMP_POINT and calling it.
#    Nothing may be written to standard error.
# 2. zsh (when installed): completions/_zhibiao must parse, register itself
#    through compinit from $fpath and when sourced, and load with
#    `autoload +X` -- all without a word on standard error.  Then an
#    interactive zsh is driven through zsh/zpty: lines are typed with a TAB
#    and the listing or completed line it shows is checked.

set -u

if (($# != 2)); then
    echo "usage: $0 BIN_DIR SRC_DIR" >&2
    exit 2
fi
src_dir=$(cd "$2" && pwd) || { echo "FAIL: no source folder '$2'" >&2; exit 1; }
bash_comp=$src_dir/completions/zhibiao.bash
zsh_comp=$src_dir/completions/_zhibiao
system_bash_completion=/usr/share/bash-completion/bash_completion

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

for f in "$bash_comp" "$zsh_comp"; do
    [[ -f $f ]] || fail "missing $f"
done
((failures == 0)) || exit 1

work=$(mktemp -d "${TMPDIR:-/tmp}/zhibiao-completions.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

# A folder of awkward names for the file completion.
mkdir -p "$work/files/sub dir" "$work/files/cat"
: >"$work/files/my data.yaml"
: >"$work/files/b.YML"
: >"$work/files/c.yml"
: >"$work/files/notes.txt"
: >"$work/files/sub dir/inner.yaml"

# ---------------------------------------------------------------------------
# 1. bash
# ---------------------------------------------------------------------------

# The script run inside `bash --norc`; $1 = plain | bash-completion.
cat >"$work/bash_cases.sh" <<'BASH_CASES'
mode=$1 comp=$2 src_dir=$3 files_dir=$4 system_bash_completion=$5
if [[ $mode == bash-completion ]]; then
    # bash_completion needs to be sourced into an interactive-like setup; it
    # is sourced before `set -u` as a user's ~/.bashrc would.
    . "$system_bash_completion" || { echo "cannot source $system_bash_completion"; exit 1; }
    declare -F _init_completion >/dev/null || { echo "_init_completion missing after sourcing bash_completion"; exit 1; }
else
    if declare -F _init_completion >/dev/null; then
        echo "_init_completion is defined in plain mode"; exit 1
    fi
fi
set -u
. "$comp" || { echo "cannot source $comp"; exit 1; }

spec=$(complete -p zhibiao 2>&1) || { echo "complete -p zhibiao: not set ($spec)"; exit 1; }
func=$(sed -n 's/.*-F \([^ ]*\) .*/\1/p' <<<"$spec")
[[ -n $func ]] && declare -F "$func" >/dev/null ||
    { echo "complete -p zhibiao names no function: $spec"; exit 1; }

nfail=0
ncases=0
bad() { echo "[$mode] $*"; nfail=$((nfail + 1)); }

# sim WORD... : complete the last WORD as bash would for the words joined by
# spaces (a lone `=` is joined without spaces: bash splits `--opt=val` into
# `--opt` `=` `val` because `=` is in COMP_WORDBREAKS).
sim() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    local i line=''
    for ((i = 0; i < $#; i++)); do
        if ((i > 0)) && [[ ${COMP_WORDS[i]} != = && ${COMP_WORDS[i - 1]} != = ]]; then
            line+=' '
        fi
        line+=${COMP_WORDS[i]}
    done
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMP_TYPE=9
    COMP_KEY=9
    COMPREPLY=()
    local word=${COMP_WORDS[COMP_CWORD]} prev=''
    [[ $word == = ]] && word=''  # as bash does for `--opt=<TAB>`
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    "$func" zhibiao "$word" "$prev"
    got=("${COMPREPLY[@]}")
    ncases=$((ncases + 1))
}

# offers WORD: the last sim offered WORD.  `dir/` also matches `dir` when dir
# is a folder (readline adds the slash under `-o filenames`).
offers() {
    local w
    for w in "${got[@]}"; do
        [[ $w == "$1" ]] && return 0
        [[ $1 == */ && $w == "${1%/}" && -d $w ]] && return 0
    done
    return 1
}

show() { printf "'%s' " "${got[@]}"; }

# expect 'WORDS' [+WANT | -UNWANTED | =N]...: complete the last of WORDS
# (split on spaces; a trailing space means the word under the cursor is
# empty) and check that WANT is offered, UNWANTED is not, N words are.
expect() {
    local line=$1 a words=()
    shift
    read -ra words <<<"$line"
    [[ $line == *' ' ]] && words+=('')
    sim "${words[@]}"
    for a in "$@"; do
        case $a in
            +*) offers "${a:1}" || bad "'$line<TAB>' should offer '${a:1}'; got: $(show)" ;;
            -*) offers "${a:1}" && bad "'$line<TAB>' should not offer '${a:1}'; got: $(show)" ;;
            =*) ((${#got[@]} == ${a:1})) || bad "'$line<TAB>' should offer ${a:1} word(s); got ${#got[@]}: $(show)" ;;
        esac
    done
    return 0
}

cd "$src_dir" || exit 1
# Every data file in examples/ is offered, however many there are.
n_examples=$(find examples -maxdepth 1 -name "*.yaml" | wc -l)

# Subcommands.
expect 'zhibiao re' +report -yoy =1
expect 'zhibiao ' +report +yoy +check +lint +calc +indicators +help +roll +progress +plan +extract +import =12
expect 'zhibiao pl' +plan =1
expect 'zhibiao plan --p' +--pace-band +--precision =2
expect 'zhibiao r' +report +roll =2
expect 'zhibiao h' +help =1
expect 'zhibiao -' +--help +--version +-h -report
expect 'zhibiao --help ' +report
expect 'zhibiao bogus ' =0

# --format per subcommand.
expect 'zhibiao report --format ' +json +csv +table +markdown +tsv +xlsx -junit -github =6
expect 'zhibiao yoy --format ' +json +csv +xlsx -junit =6
expect 'zhibiao plan --format ' +xlsx =6
expect 'zhibiao progress --format x' +xlsx =1
expect 'zhibiao report --o' +--only +--output =2
expect 'zhibiao report --ou' +--output =1
expect 'zhibiao plan --output ' +examples/ +README.md
expect 'zhibiao yoy -o READ' +README.md =1
expect 'zhibiao check --format ' +junit +github +table +json +csv +markdown +tsv +xlsx =8
expect 'zhibiao lint --format ' +table +json -csv -junit =2
expect 'zhibiao indicators --format ' +table +markdown +csv +tsv +json -xlsx =5
expect 'zhibiao check --format j' +json +junit =2
expect 'zhibiao report --format = j' +json =1
expect 'zhibiao check --format =' +junit +github +xlsx =8
expect 'zhibiao check --format = ' +junit +github +xlsx =8
expect 'zhibiao calc --format ' =0

# The other option values.
expect 'zhibiao report --lang ' +zh +en =2
expect 'zhibiao check --rounding ' +half-up +half-even =2
expect 'zhibiao calc --rounding ' +half-up +half-even =2
expect 'zhibiao yoy --color ' +auto +always +never =3
expect 'zhibiao report --color a' +auto +always =2
expect 'zhibiao report --lang = e' +en =1
expect 'zhibiao report --year ' =0
expect 'zhibiao report --precision ' =0
expect 'zhibiao calc --precision ' =0
expect 'zhibiao yoy --from ' =0
expect 'zhibiao yoy --to ' =0
expect 'zhibiao roll --to ' =0
expect 'zhibiao yoy --to = 2' =0
expect 'zhibiao report --catalog ex' +examples/ =1
expect 'zhibiao indicators --catalog ' +examples/ +indicators/ +tests/ -README.md
expect 'zhibiao report --catalog examples/' =0

# Options.
expect 'zhibiao report --' +--format +--lang +--precision +--rounding +--color +--catalog +--year +--bom +--help ---from ---strict -examples/
expect 'zhibiao yoy --f' +--format +--from =2
expect 'zhibiao yoy --t' +--to =1
expect 'zhibiao roll --t' +--to =1
expect 'zhibiao extract --' +--year +--catalog +--help ---format ---lang
expect 'zhibiao extract --year ' =0
expect 'zhibiao ex' +extract =1
expect 'zhibiao import --' +--region +--catalog +--max-errors +--help ---format ---year
expect 'zhibiao import tests/data/nbs-annual.c' +tests/data/nbs-annual.csv =1
expect 'zhibiao import tests/data/nbs-annual.x' +tests/data/nbs-annual.xlsx =1
expect 'zhibiao import tests/data/nbs-annual.csv ' =0
expect 'zhibiao lint --t' =0
expect 'zhibiao lint --m' +--max-errors =1
expect 'zhibiao check --m' +--max-errors =1
expect 'zhibiao indicators --m' =0
expect 'zhibiao check --' +--strict +--allow-pending +--no-allow-pending +--format +--bom +--binding-only -junit
expect 'zhibiao check --no' +--no-allow-pending =1
expect 'zhibiao calc --' +--precision +--rounding +--help ---format ---lang ---catalog
expect 'zhibiao indicators --c' +--catalog =1
expect 'zhibiao help --' +--help +--lang =2
expect 'zhibiao report --wi' +--width =1
expect 'zhibiao report --sort ' +status +variance +name =3
expect 'zhibiao report --only m' +met +missed =2
expect 'zhibiao plan --only b' +behind =1
expect 'zhibiao yoy --sort ' +name =1
# check takes the table commands' options too (issue 15).
expect 'zhibiao check --wi' +--width =1
expect 'zhibiao check --o' +--only +--output =2
expect 'zhibiao check --only m' +met +missed =2
expect 'zhibiao check --sort ' +status +variance +name =3
expect 'zhibiao check --judge ' +exact +rounded =2
expect 'zhibiao check --id ' =0

# Positional arguments: data files and folders.
expect 'zhibiao report ex' +examples/ =1
expect 'zhibiao report examples/' +examples/huolinguole-2020.yaml +examples/national-2013-2018.yaml =$n_examples
expect 'zhibiao report examples/h' +examples/huolinguole-2020.yaml =1
expect 'zhibiao yoy examples/national-201' +examples/national-2013-2018.yaml =1
expect 'zhibiao yoy examples/n' +examples/national-2013-2018.yaml +examples/national-2022.yaml =2
expect 'zhibiao check ex' +examples/ =1
expect 'zhibiao check examples/' +examples/huolinguole-2020.yaml =$n_examples
expect 'zhibiao lint examples/huolinguole-2020.yaml examples/national-201' +examples/national-2013-2018.yaml =1
expect 'zhibiao roll examples/h' +examples/huolinguole-2020.yaml =1
# extract reads a report's text: any file, not only YAML.
expect 'zhibiao extract tests/extract/nat' +tests/extract/national-2024.txt +tests/extract/national-2024.gbk.txt +tests/extract/national-2024.expected.tsv =3
expect 'zhibiao extract tests/extract/national-2024.txt ' =0
expect 'zhibiao report READ' =0
expect 'zhibiao report --format json examples/' +examples/huolinguole-2020.yaml =$n_examples
expect 'zhibiao report --format = json examples/h' +examples/huolinguole-2020.yaml =1
expect 'zhibiao check --strict --year 2020 ex' +examples/ =1
expect 'zhibiao report -- --' =0
expect 'zhibiao calc ' =0
expect 'zhibiao indicators ' =0

# help topics.
expect 'zhibiao help ' +targets +units +formats +tables =4
expect 'zhibiao help u' +units =1
expect 'zhibiao help targets ' =0

# Awkward file names: spaces, upper-case suffixes, other files left out.
cd "$files_dir" || exit 1
expect 'zhibiao lint ' '+my data.yaml' +b.YML +c.yml '+sub dir/' +cat/ -notes.txt =5
expect 'zhibiao check sub' '+sub dir/' =1
expect 'zhibiao report --catalog ' +cat/ '+sub dir/' =2
expect 'zhibiao report no' =0

echo "[$mode] $ncases completions simulated, $nfail failed"
((nfail == 0)) && echo CASES-DONE
BASH_CASES

# Runs the cases in MODE; fails when they fail, die, or print to stderr.
run_bash_mode() {
    local mode=$1 out err
    out=$(bash --norc --noprofile "$work/bash_cases.sh" "$mode" "$bash_comp" \
        "$src_dir" "$work/files" "$system_bash_completion" 2>"$work/stderr.$mode")
    local status=$?
    printf '%s\n' "$out"
    err=$(cat "$work/stderr.$mode")
    if [[ -n $err ]]; then
        fail "bash ($mode): wrote to standard error:"
        printf '%s\n' "$err" >&2
    fi
    if ((status != 0)) || [[ $out != *CASES-DONE* ]]; then
        fail "bash ($mode): the completion checks failed (exit $status)"
    fi
}

run_bash_mode plain
if [[ -f $system_bash_completion ]]; then
    run_bash_mode bash-completion
else
    echo "bash-completion not installed ($system_bash_completion): checked the plain fallback only"
fi

# ---------------------------------------------------------------------------
# 2. zsh
# ---------------------------------------------------------------------------

if ! command -v zsh >/dev/null 2>&1; then
    echo "zsh not installed: skipped zsh check"
else
    err=$(zsh -n "$zsh_comp" 2>&1) || fail "zsh -n $zsh_comp: $err"

    [[ $(head -n 1 "$zsh_comp") == '#compdef zhibiao' ]] ||
        fail "$zsh_comp does not start with '#compdef zhibiao'"

    # From $fpath through compinit, then autoloaded (+X loads without running).
    out=$(cd "$work" && HOME=$work ZDOTDIR=$work zsh -f -c '
        fpath=("$1" $fpath)
        autoload -U compinit && compinit -u -d "$2/zcompdump" || exit 1
        print -r -- "comps=${_comps[zhibiao]-}"
        autoload -U +X _zhibiao || exit 1
        (( ${+functions[_zhibiao]} )) && print -r -- "loaded"
        ' zsh "$src_dir/completions" "$work" 2>&1)
    [[ $out == *comps=_zhibiao* ]] || fail "zsh: compinit did not register _zhibiao from \$fpath: $out"
    [[ $out == *loaded* ]] || fail "zsh: autoload +X _zhibiao failed: $out"
    [[ $(grep -cv '^\(comps=_zhibiao\|loaded\)$' <<<"$out") == 0 ]] ||
        fail "zsh: unexpected output while loading from \$fpath: $out"

    # Sourced after compinit: it registers itself with compdef.
    out=$(cd "$work" && HOME=$work ZDOTDIR=$work zsh -f -c '
        autoload -U compinit && compinit -u -d "$2/zcompdump2" || exit 1
        fpath=("${1:h}" $fpath)
        autoload -U _zhibiao
        source "$1" || exit 1
        print -r -- "comps=${_comps[zhibiao]-}"
        for f in _zhibiao _zhibiao_commands _zhibiao_subcommand _zhibiao_help_topics _zhibiao_data_files; do
            (( ${+functions[$f]} )) || print -r -- "missing function $f"
        done
        ' zsh "$zsh_comp" "$work" 2>&1)
    [[ $out == comps=_zhibiao ]] || fail "zsh: sourcing $zsh_comp: $out"

    # Real completions, typed into an interactive zsh on a pseudo-terminal.
    cat >"$work/zsh_cases.zsh" <<'ZSH_CASES'
setopt extendedglob
compdir=$1 src_dir=$2 files_dir=$3
zmodload zsh/zpty || { print "no zsh/zpty module"; exit 1 }
cd $src_dir || exit 1
zpty z HOME=$files_dir zsh -f -i || { print "zpty failed"; exit 1 }
# The prompt shows as `READY> ` (the %{%} keep the echoed command from
# matching); typing before it shows would race with zle taking the terminal.
zpty -w z "stty rows 200 cols 250; PS1='%{%}READY%{%}> '; fpath=(${(q)compdir} \$fpath); autoload -U compinit; compinit -u -D; LISTMAX=0; unsetopt beep listambiguous"

# read_until MARK: collect the pty's output in $out until MARK shows (10 s).
read_until() {
  local line i
  out=''
  for ((i = 0; i < 1000; i++)); do
    if zpty -r -t z line; then
      out+=$line
      [[ $out == *$1* ]] && return 0
    else
      sleep 0.01
    fi
  done
  return 1
}
# settle: read until nothing more comes for 0.1 s (10 s at most).
settle() {
  local line i quiet=0
  for ((i = 0; i < 1000 && quiet < 10; i++)); do
    if zpty -r -t z line; then
      out+=$line
      quiet=0
    else
      quiet=$((quiet + 1))
      sleep 0.01
    fi
  done
}

nfail=0 n=0
# expect 'LINE' [+WORD | -WORD]...: type LINE and TAB, then check the words
# on the screen (the completed line and any listing) have / lack WORD.
expect() {
  local typed=$1 a clean words
  shift
  n=$((n + 1))
  if ! read_until 'READY> '; then
    print "zsh: no prompt before '$typed': ${(q)out}"; nfail=$((nfail + 1)); return
  fi
  zpty -w -n z "$typed"$'\t'
  out=''
  settle                            # let the completion draw
  local shown=$out
  zpty -w -n z $'\C-e\C-u'       # clear the line
  zpty -w z "print DONE\$(( $n ))"
  if ! read_until "DONE$n"$'\r'; then
    print "zsh: '$typed<TAB>': no answer"; nfail=$((nfail + 1)); return
  fi
  clean=$shown                                          # what the TAB did
  clean=${clean//$'\e'\[[0-9;?]#[A-Za-z]/}              # terminal codes
  clean=${clean//[^[:alnum:]_.\/-]/ }
  words=(${=clean})
  for a in $@; do
    case $a in
      +*) (( ${words[(Ie)${a:1}]} )) ||
            { print "zsh: '$typed<TAB>' should offer '${a:1}'; saw: $words"; nfail=$((nfail + 1)) } ;;
      -*) (( ${words[(Ie)${a:1}]} )) &&
            { print "zsh: '$typed<TAB>' should not offer '${a:1}'; saw: $words"; nfail=$((nfail + 1)) } ;;
    esac
  done
}

expect 'zhibiao re' +report
expect 'zhibiao ' +report +yoy +check +lint +calc +indicators +help +roll +extract
expect 'zhibiao -' +--help +--version -report
expect 'zhibiao report --format ' +json +csv +table +markdown +tsv +xlsx -junit -github
expect 'zhibiao report --format=' +json +csv -junit
expect 'zhibiao report --out' +--output
expect 'zhibiao check --format ' +junit +github +table +json +csv +markdown +tsv +xlsx
expect 'zhibiao check --o' +--only +--output
expect 'zhibiao check --sort ' +status +variance +name
expect 'zhibiao lint --format ' +table +json -csv -junit
expect 'zhibiao indicators --format ' +markdown +json -junit
expect 'zhibiao report --format ' +csv +json -junit
expect 'zhibiao report --lang ' +zh +en
expect 'zhibiao calc --rounding ' +half-up +half-even
expect 'zhibiao yoy --color ' +auto +always +never
expect 'zhibiao report --catalog ' +examples/ +indicators/ -README.md
expect 'zhibiao report --' +--format +--lang +--precision +--rounding +--color +--catalog +--year +--bom --from --strict
expect 'zhibiao yoy --f' +--format +--from
expect 'zhibiao roll --t' +--to
expect 'zhibiao extract --' +--year +--catalog --format
expect 'zhibiao import --r' +--region
expect 'zhibiao report --m' +--max-errors
expect 'zhibiao check --' +--strict +--allow-pending +--no-allow-pending
expect 'zhibiao calc --' +--precision +--rounding --format --lang
expect 'zhibiao report ex' +examples/
expect 'zhibiao report examples/' +huolinguole-2020.yaml +national-2013-2018.yaml
expect 'zhibiao check ex' +examples/
expect 'zhibiao help ' +targets +units +formats +tables
expect 'zhibiao help u' +units
read_until 'READY> '
zpty -w z "cd ${(q)files_dir}"
expect 'zhibiao lint ' +c.yml +b.YML +cat/ -notes.txt
zpty -d z
print "[zsh] $n completions typed, $nfail failed"
(( nfail == 0 )) && print ZSH-CASES-DONE
ZSH_CASES
    out=$(HOME=$work zsh -f "$work/zsh_cases.zsh" "$src_dir/completions" "$src_dir" "$work/files" 2>&1)
    zstatus=$?
    printf '%s\n' "$out"
    if ((zstatus != 0)) || [[ $out != *ZSH-CASES-DONE* ]]; then
        fail "zsh: the completion checks failed (exit $zstatus)"
    fi

    [[ $failures == 0 ]] && echo "zsh: _zhibiao parses, registers, loads and completes"
fi

if ((failures)); then
    echo "completions_test: $failures failure(s)" >&2
    exit 1
fi
echo "completions_test: ok"
