# shellcheck shell=bash
# The founding of the consortium on separate hosts (network/README.md, "A consortium for real"), sourced by
# network/consortium-test.sh (its step 1) and benchmarks/caliper/run.sh, so that both found it the same way.
# Needs root; sources hosts.sh.
#
#   say MESSAGE        a line on stderr: the time and the seconds since the script began (T_START)
#   fail MESSAGE       says FAILED: MESSAGE and exits 1
#   found_on_exit KEEP on exit, hosts_destroy; when KEEP is true, leaves the hosts running and says so
#   found_build        builds what the hosts run: Fabric binaries, the chaincode, gateway and benchmarks jars
#   found_consortium   removes a previous $CONSORTIUM_ROOT, makes the hub, then Community, Bank and Audit on
#                      their own hosts: each makes its own keys and exports its definition; the channel is
#                      founded from the three definitions; each runs a Raft orderer, a peer, its chaincode
#                      service (TLS, version 1) and a gateway; returns when every gateway is ready
#   org ORG COMMAND... ORG's operator runs network/org.sh on ORG's host
#   gateway_url ORG    ORG's gateway as seen from its own host; gateway_url_from_elsewhere ORG: from another
#   gateway_ready ORG  waits (120 s at most) until ORG's gateway answers /q/health/ready
#   LOAD=(...)         the command of ConsortiumLoad (benchmarks/), to run on a host with host_exec
# Files: $CONSORTIUM_ROOT/hosts/<org> (each ORG_HOME), $EXCHANGE (public files between hosts), $RESULTS.

FOUND_NET="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FOUND_REPO="$(cd "$FOUND_NET/.." && pwd)"
# shellcheck source=hosts.sh
source "$FOUND_NET/consortium/hosts.sh"

T_START=$SECONDS
say() { printf '%s [%4ds] %s\n' "$(date +%H:%M:%S)" $((SECONDS - T_START)) "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
found_on_exit() {
  FOUND_KEEP="$1"
  trap found_cleanup EXIT
}
found_cleanup() {
  local rc=$?
  if $FOUND_KEEP; then say "hosts left running (--keep): source network/consortium/hosts.sh; hosts_destroy"; else hosts_destroy || true; fi
  exit "$rc"
}

EXCHANGE="$CONSORTIUM_ROOT/exchange"
RESULTS="$CONSORTIUM_ROOT/results"
# The organisations: key, MSP id, host index, whether it runs an orderer.
declare -A MSP=([community]=CommunityMSP [bank]=BankMSP [audit]=AuditMSP [bank2]=Bank2MSP)
declare -A INDEX=([community]=1 [bank]=2 [audit]=3 [bank2]=4)
declare -A ORDERS=([community]=yes [bank]=yes [audit]=yes [bank2]=no)
FOUNDERS=(community bank audit)
# shellcheck disable=SC2034 # used by the scripts that source this file
LOAD=(java -cp "$FOUND_REPO/benchmarks/target/civic-ledger-benchmarks.jar" org.civicledger.benchmarks.ConsortiumLoad)
domain() { echo "$1.civic.test"; }
home() { echo "$CONSORTIUM_ROOT/hosts/$1"; }
org() { local g="$1"; shift; host_exec "$g" "$FOUND_NET/org.sh" --home "$(home "$g")" "$@"; }
gateway_url() { echo "http://$(host_ip "$1"):8080"; }                 # from its own host
gateway_url_from_elsewhere() { echo "http://gateway.$(domain "$1"):8080"; } # from another host: through the proxy

found_build() {
  say "building what the hosts run (Fabric binaries, chaincode and gateway jars, civicgov, Toxiproxy)"
  "$FOUND_NET/install-fabric.sh" >/dev/null
  (cd "$FOUND_REPO" && mvn -B -ntp -q -Dstyle.color=never package -DskipTests -pl chaincode,gateway-service,benchmarks -am \
    -Pchaincode-service) >&2
}

# new_host ORG: the machine, its names, and the ports other hosts reach (orderer, peer)
new_host() {
  local g="$1" d
  d="$(domain "$g")"
  host_add "$g" "${INDEX[$g]}"
  host_names "$g" "peer0.$d" "orderer0.$d" "chaincode.$d" "gateway.$d"
  host_expose "$g" 7050 7051 8080
}
# init_org ORG: the operator makes its organisation: keys, MSP, node configuration; exports its definition
init_org() {
  local g="$1"
  org "$g" init --name "$g" --msp "${MSP[$g]}" --domain "$(domain "$g")" --listen-ip "$(host_ip "$g")" \
    --orderer "${ORDERS[$g]}" --advertise names
  org "$g" export-definition --out "$EXCHANGE/$g.json"
}
# start_chaincode ORG VERSION: package (naming its own chaincode service), install, run the service
start_chaincode() {
  org "$1" chaincode-package --version "$2"
  org "$1" chaincode-install
  org "$1" start chaincode
}
# gateway_ready ORG: its gateway answers /q/health/ready (it has registered its own callers)
gateway_ready() {
  local i
  for ((i = 0; i < 120; i++)); do
    host_exec "$1" curl -fsS -o /dev/null "$(gateway_url "$1")/q/health/ready" && return 0
    sleep 1
  done
  fail "the $1 gateway is not ready (log: $(home "$1")/logs/gateway.log)"
}

found_consortium() {
  local g
  hosts_destroy >/dev/null 2>&1 || true
  rm -rf "$CONSORTIUM_ROOT"
  mkdir -p "$EXCHANGE" "$RESULTS"
  hosts_init

  say "1. founding: Community, Bank and Audit on their own hosts"
  for g in "${FOUNDERS[@]}"; do new_host "$g"; done
  for g in "${FOUNDERS[@]}"; do init_org "$g"; done
  org community channel-found --out "$EXCHANGE/genesis.block" "$EXCHANGE/community.json" "$EXCHANGE/bank.json" "$EXCHANGE/audit.json"
  for g in "${FOUNDERS[@]}"; do
    org "$g" start orderer
    org "$g" orderer-join "$EXCHANGE/genesis.block"
    org "$g" start peer
    org "$g" peer-join "$EXCHANGE/genesis.block"
    start_chaincode "$g" 1
  done
  for g in "${FOUNDERS[@]}"; do
    org "$g" chaincode-approve --version 1 --sequence 1 --definition "$EXCHANGE/$g.json"
  done
  org community chaincode-commit --version 1 --sequence 1 --definition "$EXCHANGE/bank.json" --definition "$EXCHANGE/audit.json"
  for g in "${FOUNDERS[@]}"; do org "$g" start gateway; done
  say "founded: $(org community status | tr '\n' ' ')"
  for g in "${FOUNDERS[@]}"; do gateway_ready "$g"; done
}
