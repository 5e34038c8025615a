# bash completion for zhibiao (指标)                      -*- shell-script -*-
#
# Install as /usr/share/bash-completion/completions/zhibiao (bash-completion
# then loads it on first use), or source it from ~/.bashrc.  It uses
# bash-completion's helpers (_init_completion, _filedir) when they are loaded
# and falls back to plain `compgen` when they are not.  Safe under `set -u`.
#
# Keep in step with `zhibiao SUBCOMMAND --help` (src/cli/) and the zsh
# completion in completions/_zhibiao.

_zhibiao_subcommands='report yoy check lint calc indicators help roll progress plan extract import'
_zhibiao_help_topics='targets units formats tables'

# The options of SUBCOMMAND, one line: all of them ($2 = all) or only those
# that take a value ($2 = values).
_zhibiao__options()
{
    local sub=$1 which=$2
    local numbers='--lang --precision --rounding --color'
    local select='--width --only --id --sort'
    local flags values
    case $sub in
        report)
            flags='-h --help --bom' values="--format $numbers --catalog --year --max-errors $select --judge --output -o" ;;
        yoy)
            flags='-h --help --bom' values="--format $numbers --catalog --from --to --max-errors --months --width --id --sort --judge --output -o" ;;
        progress)
            flags='-h --help --bom --by-days' values="--format $numbers --catalog --as-of $select --judge --output -o" ;;
        plan)
            flags='-h --help --bom' values="--format $numbers --catalog --year --pace-band $select --judge --output -o" ;;
        check)
            flags='-h --help --bom --strict --binding-only --allow-pending --no-allow-pending'
            values="--format $numbers --catalog --year --max-errors --judge --jobs -j $select --output -o" ;;
        lint)
            flags='-h --help' values='--format --lang --catalog --max-errors' ;;
        indicators)
            flags='-h --help --bom' values='--format --lang --catalog' ;;
        roll)
            flags='-h --help' values='--to --catalog' ;;
        extract)
            flags='-h --help' values='--year --catalog' ;;
        import)
            flags='-h --help' values='--region --catalog --max-errors' ;;
        calc)
            flags='-h --help' values='--precision --rounding' ;;
        help)
            flags='-h --help' values='--lang' ;;
        *)
            flags='' values='' ;;
    esac
    if [[ $which == values ]]; then
        printf '%s\n' "$values"
    else
        printf '%s\n' "$flags $values"
    fi
}

# The values --only accepts for SUBCOMMAND (the JSON status names).
_zhibiao__statuses()
{
    case $1 in
        plan) printf '%s\n' 'achieved ahead on_track behind pending met missed no_target' ;;
        progress) printf '%s\n' 'ahead on_track behind annual_only pending' ;;
        *) printf '%s\n' 'met missed pending no_target within_tolerance' ;;
    esac
}

# The values --format accepts for SUBCOMMAND.
_zhibiao__formats()
{
    case $1 in
        check) printf '%s\n' 'table markdown csv tsv json junit github xlsx' ;;
        lint) printf '%s\n' 'table json' ;;
        indicators) printf '%s\n' 'table markdown csv tsv json' ;;
        *) printf '%s\n' 'table markdown csv tsv json xlsx' ;;
    esac
}

# Without bash-completion: words/cword/cur/prev from COMP_WORDS, joining the
# `--opt` `=` `value` pieces that the `=` in COMP_WORDBREAKS splits apart, and
# splitting `--opt=value` into prev=--opt, cur=value (split=true).
_zhibiao__fallback_words()
{
    local i w n=${#COMP_WORDS[@]} glue=0
    words=()
    cword=0
    for ((i = 0; i < n; i++)); do
        w=${COMP_WORDS[i]}
        if ((${#words[@]} > 0)) && [[ $w == = && ${words[${#words[@]} - 1]} == --* &&
            ${words[${#words[@]} - 1]} != *=* ]]; then
            words[${#words[@]} - 1]+='='
            glue=1
        elif ((glue)); then
            words[${#words[@]} - 1]+=$w
            glue=0
        else
            words+=("$w")
        fi
        if ((i == COMP_CWORD)); then
            cword=$((${#words[@]} - 1))
        fi
    done
    # The cursor may sit on a new, still empty word past the last one.
    if ((COMP_CWORD >= n)); then
        words+=('')
        cword=$((${#words[@]} - 1))
    fi
    cur=${words[cword]-}
    prev=''
    ((cword > 0)) && prev=${words[cword - 1]}
    split=false
    if [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
        split=true
    fi
}

# COMPREPLY = the words of WORDLIST that start with $cur.
_zhibiao__reply()
{
    mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur")
}

# Complete data files (*.yaml, *.yml) and folders.
_zhibiao__yaml_files()
{
    if declare -F _filedir >/dev/null 2>&1; then
        _filedir '@(yaml|yml)'
        return 0
    fi
    local f path c=$cur
    # A leading quote the user typed is not part of the name.
    [[ $c == \'* || $c == \"* ]] && c=${c:1}
    while IFS= read -r f; do
        path=$f
        [[ $path == '~'/* ]] && path=$HOME/${path#'~'/}
        if [[ -d $path || $f == *.[yY][aA][mM][lL] || $f == *.[yY][mM][lL] ]]; then
            COMPREPLY+=("$f")
        fi
    done < <(compgen -f -- "$c" 2>/dev/null)
    # 2>/dev/null: compopt fails outside a real completion (tests call us directly)
    ((${#COMPREPLY[@]})) && compopt -o filenames 2>/dev/null
    return 0
}

# Complete statistics tables (*.csv, *.xlsx) and folders, for import.
_zhibiao__table_files()
{
    if declare -F _filedir >/dev/null 2>&1; then
        _filedir '@(csv|xlsx)'
        return 0
    fi
    local f path c=$cur
    [[ $c == \'* || $c == \"* ]] && c=${c:1}
    while IFS= read -r f; do
        path=$f
        [[ $path == '~'/* ]] && path=$HOME/${path#'~'/}
        if [[ -d $path || $f == *.[cC][sS][vV] || $f == *.[xX][lL][sS][xX] ]]; then
            COMPREPLY+=("$f")
        fi
    done < <(compgen -f -- "$c" 2>/dev/null)
    ((${#COMPREPLY[@]})) && compopt -o filenames 2>/dev/null
    return 0
}

# Complete any file (a report's text: .txt or no extension at all) and folders.
_zhibiao__any_files()
{
    if declare -F _filedir >/dev/null 2>&1; then
        _filedir
        return 0
    fi
    local c=$cur
    [[ $c == \'* || $c == \"* ]] && c=${c:1}
    mapfile -t COMPREPLY < <(compgen -f -- "$c" 2>/dev/null)
    ((${#COMPREPLY[@]})) && compopt -o filenames 2>/dev/null
    return 0
}

# Complete folders.
_zhibiao__dirs()
{
    if declare -F _filedir >/dev/null 2>&1; then
        _filedir -d
        return 0
    fi
    local c=$cur
    [[ $c == \'* || $c == \"* ]] && c=${c:1}
    mapfile -t COMPREPLY < <(compgen -d -- "$c" 2>/dev/null)
    ((${#COMPREPLY[@]})) && compopt -o filenames 2>/dev/null
    return 0
}

_zhibiao()
{
    local cur='' prev='' words=() cword=0 split=false
    COMPREPLY=()
    if declare -F _init_completion >/dev/null 2>&1; then
        # -s: `--opt=value` becomes prev=--opt cur=value.  Returns non-zero
        # when it has completed by itself (after a redirection, say).
        _init_completion -s || return 0
    else
        _zhibiao__fallback_words
    fi

    # Find the subcommand: the first word after `zhibiao` that is not an
    # option (the top level has only -h/--help and --version, no values).
    local i w sub='' subi=0
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        if [[ $w != -* ]]; then
            sub=$w
            subi=$i
            break
        fi
    done

    if [[ -z $sub ]]; then
        if [[ $cur == -* ]]; then
            _zhibiao__reply '-h --help --version'
        else
            _zhibiao__reply "$_zhibiao_subcommands"
        fi
        return 0
    fi

    case " $_zhibiao_subcommands " in
        *" $sub "*) ;;
        *) return 0 ;; # an unknown subcommand: nothing sensible to offer
    esac

    local valopts
    valopts=$(_zhibiao__options "$sub" values)

    # The value of an option that takes one.
    if [[ $prev == -* && " $valopts " == *" $prev "* ]]; then
        case $prev in
            --format)
                _zhibiao__reply "$(_zhibiao__formats "$sub")" ;;
            --lang)
                _zhibiao__reply 'zh en' ;;
            --rounding)
                _zhibiao__reply 'half-up half-even' ;;
            --color)
                _zhibiao__reply 'auto always never' ;;
            --only)
                _zhibiao__reply "$(_zhibiao__statuses "$sub")" ;;
            --sort)
                if [[ $sub == yoy ]]; then _zhibiao__reply 'name'; else _zhibiao__reply 'status variance name'; fi ;;
            --judge)
                _zhibiao__reply 'exact rounded' ;;
            --catalog)
                _zhibiao__dirs ;;
            --output | -o)
                _zhibiao__any_files ;;
            *) ;; # --year --from --to --precision: a number, nothing to offer
        esac
        return 0
    fi
    # `--flag=something` for an option that takes no value: nothing to offer.
    [[ $split == true ]] && return 0

    # Scan the words between the subcommand and the cursor: count the
    # positional arguments and notice a `--` (after which all are positional).
    local npos=0 dashdash=false
    for ((i = subi + 1; i < cword; i++)); do
        w=${words[i]}
        if [[ $dashdash == true ]]; then
            npos=$((npos + 1))
        elif [[ $w == -- ]]; then
            dashdash=true
        elif [[ $w == --*=* ]]; then
            :
        elif [[ $w == -?* ]]; then
            [[ " $valopts " == *" $w "* ]] && i=$((i + 1))
        else
            npos=$((npos + 1))
        fi
    done

    if [[ $dashdash == false && $cur == -* ]]; then
        _zhibiao__reply "$(_zhibiao__options "$sub" all)"
        return 0
    fi

    case $sub in
        report | yoy | check | lint | roll | progress | plan)
            _zhibiao__yaml_files ;;
        extract)
            ((npos == 0)) && _zhibiao__any_files ;;
        import)
            ((npos == 0)) && _zhibiao__table_files ;;
        help)
            ((npos == 0)) &&
                _zhibiao__reply "$_zhibiao_help_topics" ;;
        *) ;; # calc: an expression; indicators: no arguments at all
    esac
    return 0
}

complete -F _zhibiao zhibiao

# ex: filetype=sh
