#!/usr/bin/env bash
# Stops exactly the processes network/up.sh started (PIDs and start times recorded in
# network/.data/pids) and those recorded beside them (extra_process_names: benchmarks/fabric/deploy-put.sh's
# chaincode servers), waits until they have exited, and with --wipe removes network/.data.
# Given node names, stops only those (network/up.sh starts them again), e.g. for fault tests.
#   network/down.sh [--wipe]
#   network/down.sh NAME...        (orderer0..2, peer0.community|bank|audit, chaincode.community|bank|audit)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

wipe=false
only=()
usage="usage: network/down.sh [--wipe] | network/down.sh NAME...  (names: $({ all_process_names; extra_process_names; } | tr '\n' ' '))"
for arg in "$@"; do
  case "$arg" in
    --wipe) wipe=true ;;
    *) { all_process_names; extra_process_names; } | grep -qx -- "$arg" || { echo "$usage" >&2; exit 2; }; only+=("$arg") ;;
  esac
done
if $wipe && ((${#only[@]})); then echo "$usage" >&2; exit 2; fi
selected() { ((${#only[@]} == 0)) || printf '%s\n' "${only[@]}" | grep -qx -- "$1"; }

stopping=()
if [[ -d "$PIDS" ]]; then
  # processes started beside the network, then chaincode servers, then peers, then orderers
  for name in $({ all_process_names; extra_process_names; } | tac); do
    [[ -f "$PIDS/$name.pid" ]] && selected "$name" || continue
    if alive "$name"; then
      kill -TERM "$(recorded_pid "$name")" 2>/dev/null || true
      stopping+=("$name")
    else
      rm -f "$PIDS/$name.pid"
    fi
  done
fi
end=$((SECONDS + 20))
for name in "${stopping[@]}"; do
  while alive "$name" && ((SECONDS < end)); do sleep 0.1; done
  if alive "$name"; then
    echo "down: $name did not stop within 20 s; killing it" >&2
    kill -KILL "$(recorded_pid "$name")" 2>/dev/null || true
    while alive "$name"; do sleep 0.1; done
  fi
  rm -f "$PIDS/$name.pid"
done
echo "stopped ${#stopping[@]} process(es)${stopping[*]:+: ${stopping[*]}}" >&2
if $wipe; then
  rm -rf "$DATA"
  echo "removed $DATA" >&2
fi
