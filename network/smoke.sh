#!/usr/bin/env bash
# Smoke test of the Fabric network: up (if not up), one resident enrolled and one award written
# through `peer chaincode invoke` as the demo app (endorsed by Community and Bank: a MAJORITY of the
# three organisations), both read back with `peer chaincode query`, then down. Prints each phase's time.
#   network/smoke.sh [--keep]    --keep leaves the network running
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
keep=false
[[ "${1:-}" == --keep ]] && keep=true

t=$SECONDS
"$NET/up.sh"
up_s=$((SECONDS - t))
load_ports
fabric_bin

# as demo-app (CommunityMSP User2, registered as APP of community "demo"); an invoke that exits 0
# was endorsed, ordered and committed VALID on the Community peer (--waitForEvent)
app_invoke() {
  # shellcheck disable=SC2046
  retry 20 as_org community User2 -- peer chaincode invoke $(orderer_args) -C "$CHANNEL" -n "$CC_NAME" \
    $(peer_args community bank) -c "$(cc_args "$@")" --waitForEvent
}
app_query() { retry 20 as_org community User2 -- peer chaincode query -C "$CHANNEL" -n "$CC_NAME" -c "$(cc_args "$@")"; }
expect() { grep -q "$2" <<<"$1" || { echo "smoke: FAILED: expected $2 in: $1" >&2; exit 1; }; }

rid="$(head -c 32 /dev/urandom | sha256sum | cut -c1-64)"
cid="smoke-$(date +%s)-$RANDOM"
now="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
t=$SECONDS
app_invoke Community:enrolResident "{\"residentId\":\"$rid\"}" >/dev/null
out="$(app_query Community:getResident "$rid")"
expect "$out" "\"residentId\":\"$rid\""
echo "enrolled $rid: $out"
app_invoke Points:award "{\"contributionId\":\"$cid\",\"residentId\":\"$rid\",\"activityType\":\"volunteer-hour\",\"quantity\":2,\"occurredAt\":\"$now\"}" >/dev/null
out="$(app_query Points:getBalance "$rid")"
expect "$out" '"available":20'
echo "balance after 2 volunteer hours: $out"
tx_s=$((SECONDS - t))

t=$SECONDS
$keep || "$NET/down.sh"
down_s=$((SECONDS - t))
echo "smoke: OK (up ${up_s} s, 2 invokes + 2 queries ${tx_s} s, down ${down_s} s)"
