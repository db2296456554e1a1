#!/usr/bin/env bash
# Prints each process of the network (alive/dead, PID, resident memory), each peer's height of the
# channel, whether the chaincode is committed, and which peers the Community peer's discovery offers as
# endorsers. Exit status 0 when all nine processes are alive.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ -f "$DATA/network.env" ]] || { echo "no network in $DATA (run network/up.sh)"; exit 1; }
load_ports
if bin="$("$NET/install-fabric.sh" --check)"; then export PATH="$bin:$PATH"; else bin=""; fi
dead=0
printf '%-20s %-6s %8s %9s  %s\n' process state pid rss_mb listens
for name in $(all_process_names); do
  case "$name" in
    orderer*) port="$(orderer_port "$name")" ;;
    peer0.*) port="$(peer_port "${name#peer0.}")" ;;
    chaincode.*) port="$(ccaas_port "${name#chaincode.}")" ;;
  esac
  if alive "$name"; then
    pid="$(recorded_pid "$name")"
    rss="$(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")"
    printf '%-20s %-6s %8s %9s  127.0.0.1:%s\n' "$name" alive "$pid" "$rss" "$port"
  else
    printf '%-20s %-6s %8s %9s  127.0.0.1:%s\n' "$name" dead - - "$port"
    dead=$((dead + 1))
  fi
done
echo
if [[ -z "$bin" ]]; then
  echo "Fabric binaries missing from the cache: no heights (network/install-fabric.sh builds them)"
  ((dead == 0)); exit
fi
for g in "${ORGS[@]}"; do
  if alive "peer0.$g"; then
    h="$(as_org "$g" -- peer channel getinfo -c "$CHANNEL" 2>/dev/null | sed -n 's/.*"height":\([0-9]*\).*/\1/p')"
    echo "peer0.$g: channel $CHANNEL height ${h:-unknown}"
  else
    echo "peer0.$g: down"
  fi
done
for g in "${ORGS[@]}"; do
  alive "peer0.$g" || continue
  if out="$(as_org "$g" -- peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CC_NAME" 2>&1)"; then
    echo "chaincode: $CC_NAME committed on $CHANNEL: $(grep -m1 '^Version:' <<<"$out")"
  else
    echo "chaincode: $CC_NAME not committed on $CHANNEL (asked peer0.$g)"
  fi
  break
done
if alive peer0.community; then
  msps="$(endorser_msps "$(discover_endorsers)" | tr '\n' ' ')"
  echo "discovery (peer0.community): endorsers offered for $CC_NAME: ${msps:-none}"
fi
((dead == 0))
