#!/usr/bin/env bash
# render.sh FILE...: prints the custom resources with every ${NAME} replaced, for `| kubectl apply -f -`.
# NAME comes from the environment first, then from settings.env. Per-organisation values (enrolment
# secrets, certificates, package ids) are never in the repository: README.md says how each is set.
# Refuses (exit 1, naming them) when any value is missing, so nothing half-rendered reaches the cluster.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
(($#)) || { echo "usage: $0 FILE..." >&2; exit 2; }
# shellcheck disable=SC2016
mapfile -t names < <(grep -ohE '[$][{][A-Z0-9_]+[}]' "$@" | sort -u | tr -d '${}')
missing=()
for n in "${names[@]}"; do
  if [[ -z "${!n+x}" ]]; then
    v="$(sed -n "s/^$n=//p" "$here/settings.env" | tail -n 1)"
    [[ -n "$v" ]] || { missing+=("$n"); continue; }
    export "$n=$v"
  fi
done
((${#missing[@]} == 0)) || { echo "render.sh: not set: ${missing[*]}" >&2; exit 1; }
# envsubst replaces only the variables listed (a literal $ elsewhere stays)
# shellcheck disable=SC2016
envsubst "$(printf '${%s} ' "${names[@]}")" < <(cat "$@")
