# Shared by up.sh, down.sh, status.sh and smoke.sh (sourced, not run): the network's names, ports,
# paths and small helpers. Everything generated lives under $DATA (network/.data, git-ignored).

NET="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$NET/.." && pwd)"
DATA="$NET/.data"
# shellcheck source=fabric-version.env
source "$NET/fabric-version.env"

CHANNEL=civic
CC_NAME=civic-ledger
CC_VERSION=1
CC_SEQUENCE=1
CC_LABEL=civic-ledger_1

ORDERER_DOMAIN=orderer.civic.local
ORDERER_MSP=OrdererMSP
ORDERERS=(orderer0 orderer1 orderer2)
# Peer organisations: key, MSP id (the embedded ledger's: the gateway's demo callers name these), domain.
ORGS=(community bank audit)
declare -A ORG_MSP=([community]=CommunityMSP [bank]=BankMSP [audit]=AuditMSP)
declare -A ORG_NAME=([community]=Community [bank]=Bank [audit]=Audit)
org_domain() { echo "$1.civic.local"; }
peer_host() { echo "peer0.$(org_domain "$1")"; }

# Demo callers of docs/API.md (as in the gateway's demo/DemoCallers): name, role, org, subject id,
# community id ("-" when the role is not community-scoped), and the cryptogen user that is them.
DEMO_CALLERS=(
  "demo-admin ADMIN community demo-admin demo User1"
  "demo-app APP community demo-app demo User2"
  "demo-merchant MERCHANT community demo-merchant demo User3"
  "demo-coordinator COORDINATOR community demo-coordinator demo User4"
  "demo-bank BANK bank demo-bank - User1"
  "demo-auditor AUDITOR audit demo-auditor - User1"
)
declare -A ORG_USERS=([community]=4 [bank]=1 [audit]=1)

# Ports: everything at BASE.. BASE+179 on 127.0.0.1 (BASE from CIVIC_NET_PORT_BASE at the first up,
# then kept in $DATA/network.env so that a restart uses the same ones).
load_ports() {
  if [[ -f "$DATA/network.env" ]]; then
    # shellcheck disable=SC1091
    source "$DATA/network.env"
  else
    PORT_BASE="${CIVIC_NET_PORT_BASE:-7050}"
  fi
}
orderer_index() { local i; for i in "${!ORDERERS[@]}"; do [[ "${ORDERERS[$i]}" == "$1" ]] && echo "$i"; done; }
org_index() { local i; for i in "${!ORGS[@]}"; do [[ "${ORGS[$i]}" == "$1" ]] && echo "$i"; done; }
orderer_port() { echo $((PORT_BASE + 10 * $(orderer_index "$1"))); }       # client + cluster (TLS)
orderer_admin_port() { echo $((PORT_BASE + 10 * $(orderer_index "$1") + 3)); } # osnadmin (mutual TLS)
orderer_ops_port() { echo $((PORT_BASE + 10 * $(orderer_index "$1") + 4)); }   # /healthz, plain HTTP
peer_port() { echo $((PORT_BASE + 100 + 10 * $(org_index "$1"))); }            # peer + gateway (TLS)
peer_cc_port() { echo $((PORT_BASE + 100 + 10 * $(org_index "$1") + 1)); }     # chaincode listener (unused by CCaaS)
peer_ops_port() { echo $((PORT_BASE + 100 + 10 * $(org_index "$1") + 4)); }
ccaas_port() { echo $((PORT_BASE + 100 + 10 * $(org_index "$1") + 5)); }      # the org's chaincode server
peer_pprof_port() { echo $((PORT_BASE + 100 + 10 * $(org_index "$1") + 7)); }  # Go pprof, only with CIVIC_PEER_PPROF=1

CRYPTO="$DATA/crypto"
orderer_org_dir() { echo "$CRYPTO/ordererOrganizations/$ORDERER_DOMAIN"; }
orderer_dir() { echo "$(orderer_org_dir)/orderers/$1.$ORDERER_DOMAIN"; }
orderer_tls_ca() { echo "$(orderer_org_dir)/tlsca/tlsca.$ORDERER_DOMAIN-cert.pem"; }
orderer_admin_dir() { echo "$(orderer_org_dir)/users/Admin@$ORDERER_DOMAIN"; }
org_dir() { echo "$CRYPTO/peerOrganizations/$(org_domain "$1")"; }
peer_dir() { echo "$(org_dir "$1")/peers/$(peer_host "$1")"; }
peer_tls_ca() { echo "$(org_dir "$1")/tlsca/tlsca.$(org_domain "$1")-cert.pem"; }
user_dir() { echo "$(org_dir "$1")/users/$2@$(org_domain "$1")"; }

node_dir() { echo "$DATA/nodes/$1"; }
PIDS="$DATA/pids"
LOGS="$DATA/logs"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Finished set-up steps, recorded so that a re-run skips them.
done_step() { [[ -f "$DATA/steps/$1" ]]; }
mark_step() { touch "$DATA/steps/$1"; }

# ccaas_package DIR NAME LABEL PORT ORG: the org's chaincode-as-a-service package in DIR (once): it
# names the org's chaincode server at 127.0.0.1:PORT; its package id, computed offline, in DIR/package-id.
ccaas_package() {
  local c="$1" name="$2" label="$3" port="$4" org="$5"
  [[ -f "$c/package-id" ]] && return 0
  mkdir -p "$c/src"
  printf '{"address":"127.0.0.1:%s","dial_timeout":"10s","tls_required":false}\n' "$port" >"$c/src/connection.json"
  printf '{"type":"ccaas","label":"%s"}\n' "$label" >"$c/metadata.json"
  tar -C "$c/src" -czf "$c/code.tar.gz" connection.json
  tar -C "$c" -czf "$c/$name.tgz" metadata.json code.tar.gz
  as_org "$org" -- peer lifecycle chaincode calculatepackageid "$c/$name.tgz" >"$c/package-id.tmp"
  mv "$c/package-id.tmp" "$c/package-id"
}

fabric_bin() {
  FABRIC_BIN="$("$NET/install-fabric.sh")"
  export PATH="$FABRIC_BIN:$PATH"
}

# --- processes: "<pid> <start time>" per name, so a reused PID is never taken for ours ---------------
proc_start_time() { [[ -r "/proc/$1/stat" ]] && sed 's/^.*) //' "/proc/$1/stat" | cut -d' ' -f20; }
# true when the process recorded under NAME is alive (and is the one we started); an exited process
# not yet reaped by its parent (state Z or X) is not
alive() {
  local f="$PIDS/$1.pid" pid st fields
  [[ -f "$f" ]] || return 1
  read -r pid st <"$f" || return 1
  [[ -n "$pid" && -r "/proc/$pid/stat" ]] || return 1
  fields="$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null)" || return 1
  [[ "${fields%% *}" != [ZX] && "$(cut -d' ' -f20 <<<"$fields")" == "$st" ]]
}
recorded_pid() { cut -d' ' -f1 "$PIDS/$1.pid"; }
all_process_names() {
  local o g
  for o in "${ORDERERS[@]}"; do echo "$o"; done
  for g in "${ORGS[@]}"; do echo "peer0.$g"; done
  for g in "${ORGS[@]}"; do echo "chaincode.$g"; done
}
# Processes started beside the network by other scripts and recorded like up.sh's (PID files in
# $PIDS), one name a line in $DATA/extra-processes: benchmarks/fabric/deploy-put.sh's chaincode
# servers. down.sh stops them (first); up.sh and status.sh manage only all_process_names.
extra_process_names() { if [[ -f "$DATA/extra-processes" ]]; then cat "$DATA/extra-processes"; fi; }

# wait_port PORT SECONDS: true once something accepts TCP connections on 127.0.0.1:PORT
wait_port() {
  local end=$((SECONDS + $2))
  while ((SECONDS < end)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- the peer CLI as an organisation's admin (or another of its users) ------------------------------
# as_org ORG [USER] -- command...: runs with that org's peer as target and that user's MSP
as_org() {
  local org="$1" user=Admin
  shift
  if [[ "$1" != "--" ]]; then user="$1"; shift; fi
  shift
  FABRIC_CFG_PATH="$(node_dir "peer0.$org")" \
    CORE_PEER_LOCALMSPID="${ORG_MSP[$org]}" \
    CORE_PEER_MSPCONFIGPATH="$(user_dir "$org" "$user")/msp" \
    CORE_PEER_ADDRESS="localhost:$(peer_port "$org")" \
    CORE_PEER_TLS_ENABLED=true \
    CORE_PEER_TLS_ROOTCERT_FILE="$(peer_tls_ca "$org")" \
    FABRIC_LOGGING_SPEC=warning \
    "$@"
}
orderer_args() { echo "-o 127.0.0.1:$(orderer_port orderer0) --tls --cafile $(orderer_tls_ca)"; }
# --peerAddresses/--tlsRootCertFiles for the given orgs
peer_args() {
  local g
  for g in "$@"; do printf -- '--peerAddresses localhost:%s --tlsRootCertFiles %s ' "$(peer_port "$g")" "$(peer_tls_ca "$g")"; done
}

# What the Community peer's discovery service answers for the chaincode's endorsers (JSON; the
# peers the gateway's Fabric Gateway would endorse with), as Community's Admin.
discover_endorsers() {
  local u
  u="$(user_dir community Admin)"
  discover --peerTLSCA "$(peer_tls_ca community)" --userKey "$u/msp/keystore/priv_sk" \
    --userCert "$u/msp/signcerts/Admin@$(org_domain community)-cert.pem" --MSP "${ORG_MSP[community]}" \
    endorsers --channel "$CHANNEL" --chaincode "$CC_NAME" --server "localhost:$(peer_port community)" 2>&1
}
# The MSP ids in a discover_endorsers answer, sorted, one per line.
endorser_msps() { sed -n 's/.*"MSPID": "\([^"]*\)".*/\1/p' <<<"$1" | sort -u; }
# wait_discovery SECONDS: until discovery offers every organisation's peer as an endorser. Peers learn
# of each other and of each other's chaincode by gossip, seconds after they start or the chaincode is
# committed; until then the Fabric Gateway may find no set of peers for the MAJORITY policy and refuse.
wait_discovery() {
  local start=$SECONDS end=$((SECONDS + $1)) out msps g missing tries=0
  while true; do
    out="$(discover_endorsers)" missing=() tries=$((tries + 1))
    msps="$(endorser_msps "$out")"
    for g in "${ORGS[@]}"; do grep -qx "${ORG_MSP[$g]}" <<<"$msps" || missing+=("${ORG_MSP[$g]}"); done
    if ((${#missing[@]} == 0)); then
      ((tries > 1)) && log "discovery offers every organisation's peer (waited $((SECONDS - start)) s)"
      return 0
    fi
    if ((SECONDS >= end)); then
      log "discovery does not offer ${missing[*]} as endorsers after $1 s; it answered:"
      head -c 2000 <<<"$out" >&2
      return 1
    fi
    sleep 0.5
  done
}

# json_string TEXT: TEXT as a JSON string literal (backslash, quote and control characters escaped)
json_string() {
  local s="$1"
  s="${s//\\/\\\\}"; s="${s//\"/\\\"}"; s="${s//$'\n'/\\n}"; s="${s//$'\t'/\\t}"; s="${s//$'\r'/\\r}"
  printf '"%s"' "$s"
}
# cc_args FUNCTION [ARG...]: the -c value of `peer chaincode invoke/query`
cc_args() {
  local f="$1" out a
  shift
  out="{\"function\":$(json_string "$f"),\"Args\":["
  local first=1
  for a in "$@"; do
    ((first)) || out+=","
    out+="$(json_string "$a")"
    first=0
  done
  echo "$out]}"
}

# retry SECONDS command...: reruns the command until it succeeds (e.g. "no Raft leader" right after
# start, or a chaincode server still starting); prints its standard output, and its standard error
# only when the last attempt failed.
retry() {
  local end=$((SECONDS + $1)) out err
  shift
  err="$(mktemp)"
  while true; do
    if out="$("$@" 2>"$err")"; then
      rm -f "$err"
      printf '%s\n' "$out"
      return 0
    fi
    if ((SECONDS >= end)); then
      cat "$err" >&2
      rm -f "$err"
      return 1
    fi
    sleep 0.5
  done
}
