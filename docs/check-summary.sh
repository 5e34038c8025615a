#!/usr/bin/env bash
# Prints one line per missed target from `zhibiao check --format json`, and
# fails when there is one; a small example of scripting zhibiao with jq.
# Usage: docs/check-summary.sh DATA_PATH...
set -uo pipefail
json=$(zhibiao check --format json "$@")
status=$?
[ "$status" -eq 2 ] && { echo "bad input (see above)" >&2; exit 2; }
jq -r '.indicators[] | select(.status == "missed")
       | "\(.file):\(.line): \(.id) \(.year): \(.target) missed (growth \(.growth_pct), variance \(.variance))"' <<<"$json"
jq -r '.summary | "met \(.met), missed \(.missed), pending \(.pending)"' <<<"$json"
exit "$status"
