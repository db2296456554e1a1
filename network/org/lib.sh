# Shared by network/org.sh and its parts (sourced, not run): one organisation's home (ORG_HOME), its
# names, ports and paths, its processes, and the peer CLI as its Admin. Everything an organisation
# makes lives under ORG_HOME; the repository, the Fabric binaries and the JDK are only read.
# Helpers that are not about one organisation (log, die, alive, proc_start_time, recorded_pid, retry,
# json_string, cc_args, fabric_bin, FABRIC_VERSION, CC_NAME) are network/lib.sh's; its dev-network
# paths ($DATA, $CRYPTO) are not used here, and its node_dir is replaced by this file's.

ORG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$ORG_DIR/../lib.sh"

# The ports of a node kind, before PORT_OFFSET (COMMON layout); `init --port-base B` packs them instead
# into B..B+7 in this order. org.env records the resulting ports, and they are what every command uses.
PORT_KINDS=(ORDERER_PORT PEER_PORT PEER_CC_PORT ORDERER_ADMIN_PORT ORDERER_OPS_PORT PEER_OPS_PORT CHAINCODE_PORT GATEWAY_PORT)
declare -A PORT_DEFAULT=([ORDERER_PORT]=7050 [PEER_PORT]=7051 [PEER_CC_PORT]=7052 [ORDERER_ADMIN_PORT]=7053
  [ORDERER_OPS_PORT]=9444 [PEER_OPS_PORT]=9443 [CHAINCODE_PORT]=9999 [GATEWAY_PORT]=8080)
ORG_ENV_VARS=(NAME MSP_ID DOMAIN LISTEN_IP PORT_OFFSET ORDERER CHANNEL ENDPOINT_HOST USERS "${PORT_KINDS[@]}")

# org_load: reads ORG_HOME/org.env (NAME, MSP_ID, DOMAIN, LISTEN_IP, PORT_OFFSET, ORDERER, CHANNEL,
# ENDPOINT_HOST, USERS and the ports *_PORT) into the shell and points PIDS and LOGS at ORG_HOME.
# Dies when ORG_HOME is unset or holds no organisation. Every other function here needs it first.
org_load() {
  [[ -n "${ORG_HOME:-}" ]] || die "no organisation home: give --home ORG_HOME (or set CIVIC_ORG_HOME)"
  [[ -f "$ORG_HOME/org.env" ]] || die "$ORG_HOME holds no organisation (no org.env): run 'network/org.sh --home $ORG_HOME init ...' first"
  local v
  # shellcheck disable=SC1091
  source "$ORG_HOME/org.env"
  for v in "${ORG_ENV_VARS[@]}"; do [[ -n "${!v:-}" ]] || die "$ORG_HOME/org.env sets no $v"; done
  PIDS="$ORG_HOME/pids"
  LOGS="$ORG_HOME/logs"
}

# --- names and endpoints -----------------------------------------------------------------------------
# node_host NODE: the host name of peer0, orderer0 or chaincode: NODE.DOMAIN (in its TLS certificate)
node_host() { echo "$1.$DOMAIN"; }
# advertised_host NODE: how other organisations reach NODE: its host name, or LISTEN_IP when
# ENDPOINT_HOST=ip (single-host runs without name resolution); both are in its TLS certificate
advertised_host() { if [[ "$ENDPOINT_HOST" == ip ]]; then echo "$LISTEN_IP"; else node_host "$1"; fi; }
# peer_endpoint: host:port of the organisation's peer (peer + Fabric Gateway, TLS) as others reach it
peer_endpoint() { echo "$(advertised_host peer0):$PEER_PORT"; }
# orderer_endpoint: host:port of the organisation's orderer (clients and Raft cluster, TLS); dies
# when the organisation runs none (ORDERER=no)
orderer_endpoint() {
  [[ "$ORDERER" == yes ]] || die "$NAME runs no orderer (ORDERER=no in org.env)"
  echo "$(advertised_host orderer0):$ORDERER_PORT"
}
# chaincode_endpoint: host:port of the organisation's chaincode service (mutual TLS), as its peer dials it
chaincode_endpoint() { echo "$(advertised_host chaincode):$CHAINCODE_PORT"; }

# --- paths -------------------------------------------------------------------------------------------
# ca_cert / tls_ca_cert: the organisation's CA and TLS CA certificates (public copies in msp/)
ca_cert() { echo "$ORG_HOME/msp/cacerts/ca.crt"; }
tls_ca_cert() { echo "$ORG_HOME/msp/tlscacerts/tlsca.crt"; }
user_msp() { echo "$ORG_HOME/users/$1/msp"; }
# admin_cert / admin_key: the organisation Admin's signing certificate (OU=admin) and PKCS#8 key
admin_cert() { echo "$(user_msp Admin)/signcerts/cert.pem"; }
admin_key() { echo "$(user_msp Admin)/keystore/priv_sk"; }
# admin_tls_cert / admin_tls_key: the Admin's TLS client certificate and key (osnadmin, mutual TLS)
admin_tls_cert() { echo "$ORG_HOME/users/Admin/tls/client.crt"; }
admin_tls_key() { echo "$ORG_HOME/users/Admin/tls/client.key"; }
user_cert() { echo "$(user_msp "$1")/signcerts/cert.pem"; }
user_key() { echo "$(user_msp "$1")/keystore/priv_sk"; }
node_dir() { echo "$ORG_HOME/nodes/$1"; }
config_dir() { echo "$ORG_HOME/config/$1"; }

# --- the peer CLI --------------------------------------------------------------------------------------
# as_user USER CMD...: runs CMD (peer, osnadmin, ...) as the organisation's USER (Admin, User1, ...)
# against its own peer: CORE_PEER_* for that user's MSP, the peer at LISTEN_IP:PEER_PORT with TLS
# (the TLS CA is the organisation's own), FABRIC_CFG_PATH = the peer's config folder.
as_user() {
  local user="$1"
  shift
  [[ -d "$(user_msp "$user")" ]] || die "$NAME has no user $user (users: $(ls "$ORG_HOME/users" | tr '\n' ' '))"
  FABRIC_CFG_PATH="$(config_dir peer0)" \
    CORE_PEER_LOCALMSPID="$MSP_ID" \
    CORE_PEER_MSPCONFIGPATH="$(user_msp "$user")" \
    CORE_PEER_ADDRESS="$LISTEN_IP:$PEER_PORT" \
    CORE_PEER_TLS_ENABLED=true \
    CORE_PEER_TLS_ROOTCERT_FILE="$(tls_ca_cert)" \
    FABRIC_LOGGING_SPEC="${CIVIC_CLI_LOG:-warning}" \
    "$@"
}
# as_admin CMD...: as_user Admin CMD... (the organisation's Admin, OU=admin, on its own peer)
as_admin() { as_user Admin "$@"; }

# --- processes: "<pid> <start time>" in ORG_HOME/pids/NAME.pid, output in ORG_HOME/logs/NAME.log ------
PROCESS_NAMES=(orderer0 peer0 chaincode gateway)
# proc_start NAME CMD...: starts CMD in the background (nothing when NAME is alive already)
proc_start() {
  local name="$1" pid
  shift
  alive "$name" && return 0
  mkdir -p "$PIDS" "$LOGS"
  nohup "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid $(proc_start_time "$pid")" >"$PIDS/$name.pid"
}
# proc_stop NAME: TERM to the recorded process (KILL after 20 s), waits until it has exited
proc_stop() {
  local name="$1" end=$((SECONDS + 20))
  [[ -f "$PIDS/$name.pid" ]] || return 0
  if alive "$name"; then
    kill -TERM "$(recorded_pid "$name")" 2>/dev/null || true
    while alive "$name" && ((SECONDS < end)); do sleep 0.1; done
    if alive "$name"; then
      log "$name did not stop within 20 s; killing it"
      kill -KILL "$(recorded_pid "$name")" 2>/dev/null || true
      while alive "$name"; do sleep 0.1; done
    fi
    log "stopped $name"
  fi
  rm -f "$PIDS/$name.pid"
}
# listening PORT: true when something accepts TCP connections on LISTEN_IP:PORT
listening() { (exec 3<>"/dev/tcp/$LISTEN_IP/$1") 2>/dev/null; }
# wait_listen NAME PORT SECONDS: until NAME listens on LISTEN_IP:PORT; dies (with its log's tail) if it
# exits or does not listen in time
wait_listen() {
  local name="$1" port="$2" end=$((SECONDS + $3))
  while ! listening "$port"; do
    if ! alive "$name" || ((SECONDS >= end)); then
      tail -n 30 "$LOGS/$name.log" >&2 2>/dev/null || true
      die "$name is not listening on $LISTEN_IP:$port (log: $LOGS/$name.log)"
    fi
    sleep 0.2
  done
  alive "$name" || die "$name exited (log: $LOGS/$name.log)"
}

# --- tools ---------------------------------------------------------------------------------------------
CC_JAR="$REPO/chaincode/target/civic-ledger-chaincode.jar"
GATEWAY_JAR="${CIVIC_GATEWAY_JAR:-$REPO/gateway-service/target/quarkus-app/quarkus-run.jar}"
# chaincode_jar: builds the chaincode service jar when missing (as network/up.sh does)
chaincode_jar() {
  [[ -f "$CC_JAR" ]] && return 0
  log "building the chaincode service jar (mvn package -pl chaincode -am -Pchaincode-service, tests skipped)"
  (cd "$REPO" && { mvn -B -ntp -q -Dstyle.color=never -o package -DskipTests -pl chaincode -am -Pchaincode-service 2>/dev/null \
    || mvn -B -ntp -q -Dstyle.color=never package -DskipTests -pl chaincode -am -Pchaincode-service; }) >&2
  [[ -f "$CC_JAR" ]] || die "no chaincode jar at $CC_JAR after the build"
}
# yamlset: path of network/tools/yamlset, built once into ORG_HOME/tools
yamlset() {
  local bin="$ORG_HOME/tools/yamlset"
  if [[ ! -x "$bin" ]]; then
    (cd "$NET/tools" && GOFLAGS=-buildvcs=false go build -o "$bin" ./yamlset) || die "cannot build network/tools/yamlset"
  fi
  echo "$bin"
}

# --- definitions of other organisations (public JSON files, COMMON.md) ----------------------------------
# def_field FILE JQ: one value of a definition; dies on a file that is not a definition
def_field() {
  local f="$1"
  [[ -f "$f" ]] || die "no definition file $f"
  jq -e '.format == "civic-ledger/organisation/1"' "$f" >/dev/null 2>&1 \
    || die "$f is not an organisation definition (format civic-ledger/organisation/1)"
  jq -r "$2" "$f"
}
# def_tls_ca FILE: the definition's TLS CA certificates, written once to ORG_HOME/peers/<mspId>-tlsca.pem
# (for --cafile / --tlsRootCertFiles); prints that path
def_tls_ca() {
  local msp out
  msp="$(def_field "$1" .mspId)"
  [[ "$msp" =~ ^[A-Za-z0-9._-]+$ ]] || die "$1: unusable mspId '$msp'"
  out="$ORG_HOME/peers/$msp-tlsca.pem"
  mkdir -p "$ORG_HOME/peers"
  jq -r '.tlsCaCerts[]' "$1" >"$out.tmp"
  [[ -s "$out.tmp" ]] || die "$1 lists no tlsCaCerts"
  mv "$out.tmp" "$out"
  echo "$out"
}
