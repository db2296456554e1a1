#!/usr/bin/env bash
# Brings up Civic Ledger's Fabric network on 127.0.0.1, without Docker or root:
#   three Raft orderers (OrdererMSP); peers of Community (CommunityMSP), Bank (BankMSP), Audit (AuditMSP);
#   channel `civic`; TLS everywhere; chaincode `civic-ledger` as a service (one Java server per org),
#   endorsement policy MAJORITY; the demo callers of docs/API.md registered in the chaincode's
#   role registry; network/.data/gateway.json describing it all for the gateway.
# On an empty network/.data it generates everything; on an existing one it restarts the same network
# (no regeneration), starting only processes that are not running. A setup interrupted half-way is
# resumed step by step.
# Settings (first up only): CIVIC_NET_PORT_BASE (7050; ports BASE..BASE+179),
#   CIVIC_BATCH_TIMEOUT (150ms), CIVIC_BATCH_MAX_MESSAGES (200). Any up: CIVIC_CC_JAVA_OPTS, CIVIC_PEER_PPROF=1
#   (peers started by this up serve Go pprof on 127.0.0.1:<peer port + 7>).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

T0=$SECONDS
load_ports
mkdir -p "$DATA" "$PIDS" "$LOGS" "$DATA/steps"

# ---------------------------------------------------------------- binaries, chaincode jar, tools
fabric_bin

JAR="$REPO/chaincode/target/civic-ledger-chaincode.jar"
if [[ ! -f "$JAR" ]] || [[ -n "$(find "$REPO/api/src/main" "$REPO/api/pom.xml" "$REPO/chaincode/src/main" "$REPO/chaincode/pom.xml" "$REPO/pom.xml" -newer "$JAR" -type f -print -quit)" ]]; then
  log "building the chaincode service jar (mvn package -pl chaincode -am -Pchaincode-service, tests skipped)"
  (cd "$REPO" && { mvn -B -ntp -q -Dstyle.color=never -o package -DskipTests -pl chaincode -am -Pchaincode-service 2>/dev/null \
    || mvn -B -ntp -q -Dstyle.color=never package -DskipTests -pl chaincode -am -Pchaincode-service; }) >&2
fi

YAMLSET="$DATA/tools/yamlset"
if [[ ! -x "$YAMLSET" ]]; then
  (cd "$NET/tools" && GOFLAGS=-buildvcs=false go build -o "$YAMLSET" ./yamlset)
fi

# ---------------------------------------------------------------- processes
# start NAME command...: starts the command in the background with its own log; records the PID of
# the process itself (env and nohup exec it) and its start time.
start() {
  local name="$1" pid
  shift
  if alive "$name"; then return 0; fi
  nohup "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid $(proc_start_time "$pid")" >"$PIDS/$name.pid"
}
start_orderer() {
  start "$1" env FABRIC_CFG_PATH="$(node_dir "$1")" FABRIC_LOGGING_SPEC="${CIVIC_FABRIC_LOG:-warning}" orderer
}
start_peer() {
  local pprof=()
  if [[ "${CIVIC_PEER_PPROF:-0}" == 1 ]]; then # a diagnostic: Go's CPU/heap profiles on 127.0.0.1 only
    pprof=(CORE_PEER_PROFILE_ENABLED=true CORE_PEER_PROFILE_LISTENADDRESS="127.0.0.1:$(peer_pprof_port "$1")")
  fi
  start "peer0.$1" env FABRIC_CFG_PATH="$(node_dir "peer0.$1")" FABRIC_LOGGING_SPEC="${CIVIC_FABRIC_LOG:-warning}" \
    "${pprof[@]}" peer node start
}
start_chaincode() {
  local g="$1"
  # shellcheck disable=SC2086
  start "chaincode.$g" env CHAINCODE_SERVER_ADDRESS="127.0.0.1:$(ccaas_port "$g")" \
    CORE_CHAINCODE_ID_NAME="$(cat "$DATA/chaincode/$g/package-id")" CORE_PEER_TLS_ENABLED=false \
    CORE_CHAINCODE_LOGGING_LEVEL=WARNING CORE_CHAINCODE_LOGGING_SHIM=WARNING \
    java ${CIVIC_CC_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m} -jar "$JAR"
}
wait_for() { # NAME PORT SECONDS
  wait_port "$2" "$3" || { tail -n 30 "$LOGS/$1.log" >&2 || true; die "$1 is not listening on 127.0.0.1:$2 (log: $LOGS/$1.log)"; }
  alive "$1" || die "$1 exited (log: $LOGS/$1.log)"
}

start_all() {
  local o g
  for o in "${ORDERERS[@]}"; do start_orderer "$o"; done
  for g in "${ORGS[@]}"; do start_peer "$g"; done
  for g in "${ORGS[@]}"; do [[ -f "$DATA/chaincode/$g/package-id" ]] && start_chaincode "$g"; done
  for o in "${ORDERERS[@]}"; do wait_for "$o" "$(orderer_port "$o")" 30; done
  for g in "${ORGS[@]}"; do wait_for "peer0.$g" "$(peer_port "$g")" 30; done
  for g in "${ORGS[@]}"; do [[ -f "$DATA/chaincode/$g/package-id" ]] && wait_for "chaincode.$g" "$(ccaas_port "$g")" 60; done
  return 0
}

# "Up" means a gateway can transact: its peer's discovery offers every organisation's peer.
peers_see_each_other() { wait_discovery 60 || die "the peers do not see each other (logs: $LOGS)"; }

# A query as demo-app through the org's peer: proves orderers, peer, chaincode and registration.
first_query() {
  retry "${1:-60}" as_org community User2 -- peer chaincode query -C "$CHANNEL" -n "$CC_NAME" \
    -c "$(cc_args Registry:whoAmI)" >/dev/null
}

# ---------------------------------------------------------------- restart of an existing network
if done_step setup; then
  names=(); while read -r n; do alive "$n" && names+=("$n"); done < <(all_process_names)
  if ((${#names[@]} == 9)); then
    peers_see_each_other
    log "already up (9 processes); network/status.sh shows more"
    exit 0
  fi
  log "restarting the network in $DATA (${#names[@]} of 9 processes were running)"
  start_all
  first_query 60 || die "the network did not answer a query (logs: $LOGS)"
  peers_see_each_other
  log "up in $((SECONDS - T0)) s (restart); gateway description: $DATA/gateway.json"
  exit 0
fi

# ---------------------------------------------------------------- first up: generate
if [[ ! -f "$DATA/network.env" ]]; then
  for ((p = PORT_BASE; p < PORT_BASE + 180; p++)); do
    port_busy "$p" && die "port $p is in use: choose another CIVIC_NET_PORT_BASE"
  done
  cat >"$DATA/network.env" <<EOF
# Written by up.sh at the first up; later ups reuse these settings.
PORT_BASE=$PORT_BASE
BATCH_TIMEOUT=${CIVIC_BATCH_TIMEOUT:-150ms}
BATCH_MAX_MESSAGES=${CIVIC_BATCH_MAX_MESSAGES:-200}
EOF
  load_ports
fi
log "creating the network in $DATA (ports $PORT_BASE..$((PORT_BASE + 179)))"

if ! done_step crypto; then
  rm -rf "$CRYPTO"
  {
    echo "OrdererOrgs:"
    echo "  - Name: Orderer"
    echo "    Domain: $ORDERER_DOMAIN"
    echo "    EnableNodeOUs: true"
    echo "    Specs:"
    for o in "${ORDERERS[@]}"; do
      echo "      - Hostname: $o"
      echo "        SANS: [localhost, 127.0.0.1]"
    done
    echo "PeerOrgs:"
    for g in "${ORGS[@]}"; do
      echo "  - Name: ${ORG_NAME[$g]}"
      echo "    Domain: $(org_domain "$g")"
      echo "    EnableNodeOUs: true"
      echo "    Specs:"
      echo "      - Hostname: peer0"
      echo "        SANS: [localhost, 127.0.0.1]"
      echo "    Users:"
      echo "      Count: ${ORG_USERS[$g]}"
    done
  } >"$DATA/crypto-config.yaml"
  cryptogen generate --config="$DATA/crypto-config.yaml" --output="$CRYPTO" >/dev/null
  mark_step crypto
fi

if ! done_step config; then
  SAMPLECONFIG="$(FABRIC_DIR=1 "$NET/install-fabric.sh")/sampleconfig"
  mkdir -p "$DATA/channel"
  {
    cat <<EOF
# Generated by network/up.sh. Channel $CHANNEL, created without a system channel.
Organizations:
  - &OrdererOrg
    Name: $ORDERER_MSP
    ID: $ORDERER_MSP
    MSPDir: $(orderer_org_dir)/msp
    Policies:
      Readers: {Type: Signature, Rule: "OR('$ORDERER_MSP.member')"}
      Writers: {Type: Signature, Rule: "OR('$ORDERER_MSP.member')"}
      Admins: {Type: Signature, Rule: "OR('$ORDERER_MSP.admin')"}
    OrdererEndpoints:
EOF
    for o in "${ORDERERS[@]}"; do echo "      - 127.0.0.1:$(orderer_port "$o")"; done
    for g in "${ORGS[@]}"; do
      m="${ORG_MSP[$g]}"
      cat <<EOF
  - &${ORG_NAME[$g]}
    Name: $m
    ID: $m
    MSPDir: $(org_dir "$g")/msp
    Policies:
      Readers: {Type: Signature, Rule: "OR('$m.admin', '$m.peer', '$m.client')"}
      Writers: {Type: Signature, Rule: "OR('$m.admin', '$m.client')"}
      Admins: {Type: Signature, Rule: "OR('$m.admin')"}
      Endorsement: {Type: Signature, Rule: "OR('$m.peer')"}
    AnchorPeers:
      - {Host: localhost, Port: $(peer_port "$g")}
EOF
    done
    cat <<EOF

Capabilities:
  Channel: &ChannelCapabilities {V2_0: true}
  Orderer: &OrdererCapabilities {V2_0: true}
  Application: &ApplicationCapabilities {V2_5: true}

Application: &ApplicationDefaults
  Organizations:
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    LifecycleEndorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
    Endorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
  Capabilities: *ApplicationCapabilities

Orderer: &OrdererDefaults
  OrdererType: etcdraft
  # A block is cut after BatchTimeout or at MaxMessageCount transactions, whichever comes first.
  BatchTimeout: $BATCH_TIMEOUT
  BatchSize:
    MaxMessageCount: $BATCH_MAX_MESSAGES
    AbsoluteMaxBytes: 10 MB
    PreferredMaxBytes: 4 MB
  EtcdRaft:
    Consenters:
EOF
    for o in "${ORDERERS[@]}"; do
      cat <<EOF
      - Host: 127.0.0.1
        Port: $(orderer_port "$o")
        ClientTLSCert: $(orderer_dir "$o")/tls/server.crt
        ServerTLSCert: $(orderer_dir "$o")/tls/server.crt
EOF
    done
    cat <<EOF
    Options:
      # leader lost -> new election after ElectionTick x TickInterval = 2 s
      TickInterval: 200ms
      ElectionTick: 10
      HeartbeatTick: 1
      MaxInflightBlocks: 5
      SnapshotIntervalSize: 16 MB
  Organizations:
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    BlockValidation: {Type: ImplicitMeta, Rule: "ANY Writers"}
  Capabilities: *OrdererCapabilities

Channel: &ChannelDefaults
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
  Capabilities: *ChannelCapabilities

Profiles:
  CivicChannel:
    <<: *ChannelDefaults
    Orderer:
      <<: *OrdererDefaults
      Organizations: [*OrdererOrg]
    Application:
      <<: *ApplicationDefaults
      Organizations: [$(for g in "${ORGS[@]}"; do printf '*%s, ' "${ORG_NAME[$g]}"; done | sed 's/, $//')]
EOF
  } >"$DATA/channel/configtx.yaml"
  FABRIC_CFG_PATH="$DATA/channel" FABRIC_LOGGING_SPEC=warning configtxgen -profile CivicChannel \
    -channelID "$CHANNEL" -outputBlock "$DATA/channel/$CHANNEL.block"

  rm -rf "$DATA/builders" && cp -r "$NET/builders" "$DATA/builders"
  for o in "${ORDERERS[@]}"; do
    d="$(node_dir "$o")" t="$(orderer_dir "$o")/tls"
    mkdir -p "$d"
    "$YAMLSET" "$SAMPLECONFIG/orderer.yaml" "$d/orderer.yaml" \
      General.ListenAddress=127.0.0.1 General.ListenPort="$(orderer_port "$o")" \
      General.TLS.Enabled=true General.TLS.PrivateKey="$t/server.key" General.TLS.Certificate="$t/server.crt" \
      General.TLS.RootCAs="[$t/ca.crt]" \
      General.Cluster.ClientCertificate="$t/server.crt" General.Cluster.ClientPrivateKey="$t/server.key" \
      General.BootstrapMethod=none General.LocalMSPDir="$(orderer_dir "$o")/msp" General.LocalMSPID="$ORDERER_MSP" \
      FileLedger.Location="$d/data/ledger" Consensus.WALDir="$d/data/etcdraft/wal" Consensus.SnapDir="$d/data/etcdraft/snapshot" \
      Operations.ListenAddress="127.0.0.1:$(orderer_ops_port "$o")" Metrics.Provider=prometheus \
      Admin.ListenAddress="127.0.0.1:$(orderer_admin_port "$o")" Admin.TLS.Enabled=true \
      Admin.TLS.Certificate="$t/server.crt" Admin.TLS.PrivateKey="$t/server.key" Admin.TLS.ClientAuthRequired=true \
      Admin.TLS.ClientRootCAs="[$(orderer_tls_ca)]" ChannelParticipation.Enabled=true
  done
  for g in "${ORGS[@]}"; do
    d="$(node_dir "peer0.$g")" t="$(peer_dir "$g")/tls" p="$(peer_port "$g")"
    mkdir -p "$d"
    "$YAMLSET" "$SAMPLECONFIG/core.yaml" "$d/core.yaml" \
      peer.id="$(peer_host "$g")" peer.networkId="$CHANNEL" \
      peer.listenAddress="127.0.0.1:$p" peer.address="localhost:$p" \
      peer.chaincodeListenAddress="127.0.0.1:$(peer_cc_port "$g")" peer.chaincodeAddress="127.0.0.1:$(peer_cc_port "$g")" \
      peer.gossip.bootstrap="localhost:$p" peer.gossip.endpoint="localhost:$p" peer.gossip.externalEndpoint="localhost:$p" \
      peer.gossip.useLeaderElection=false peer.gossip.orgLeader=true peer.deliveryclient.blockGossipEnabled=false \
      peer.gossip.reconnectInterval=2s \
      peer.tls.enabled=true peer.tls.cert.file="$t/server.crt" peer.tls.key.file="$t/server.key" \
      peer.tls.rootcert.file="$t/ca.crt" peer.tls.clientRootCAs.files="[$t/ca.crt]" \
      peer.fileSystemPath="$d/data" peer.mspConfigPath="$(peer_dir "$g")/msp" peer.localMspId="${ORG_MSP[$g]}" \
      peer.gateway.enabled=true peer.profile.enabled=false \
      vm.endpoint='""' \
      chaincode.externalBuilders="[{name: ccaas, path: $DATA/builders/ccaas, propagateEnvironment: []}]" \
      ledger.state.stateDatabase=goleveldb ledger.history.enableHistoryDatabase=false \
      ledger.snapshots.rootDir="$d/data/snapshots" \
      operations.listenAddress="127.0.0.1:$(peer_ops_port "$g")" metrics.provider=disabled
  done
  mark_step config
fi

# ---------------------------------------------------------------- chaincode packages (offline)
# One CCaaS package per organisation: it names that org's chaincode server. Its package id is
# computed offline, so the chaincode servers (JVMs: the slowest to start) start with everything else.
for g in "${ORGS[@]}"; do
  ccaas_package "$DATA/chaincode/$g" "$CC_NAME" "$CC_LABEL" "$(ccaas_port "$g")" "$g"
done

# ---------------------------------------------------------------- start, channel
for g in "${ORGS[@]}"; do start_chaincode "$g"; done
for o in "${ORDERERS[@]}"; do start_orderer "$o"; done
for g in "${ORGS[@]}"; do start_peer "$g"; done
for o in "${ORDERERS[@]}"; do wait_for "$o" "$(orderer_admin_port "$o")" 30; done
for o in "${ORDERERS[@]}"; do
  done_step "join.$o" && continue
  osnadmin channel join --channelID "$CHANNEL" --config-block "$DATA/channel/$CHANNEL.block" \
    -o "127.0.0.1:$(orderer_admin_port "$o")" --ca-file "$(orderer_tls_ca)" \
    --client-cert "$(orderer_admin_dir)/tls/client.crt" --client-key "$(orderer_admin_dir)/tls/client.key" >/dev/null
  mark_step "join.$o"
done
log "orderers joined channel $CHANNEL"
for g in "${ORGS[@]}"; do wait_for "peer0.$g" "$(peer_port "$g")" 30; done
for g in "${ORGS[@]}"; do
  done_step "join.peer0.$g" && continue
  retry 20 as_org "$g" -- peer channel join -b "$DATA/channel/$CHANNEL.block" >/dev/null
  mark_step "join.peer0.$g"
done
log "peers joined channel $CHANNEL (anchor peers are in the channel's first block)"

# ---------------------------------------------------------------- chaincode as a service
for g in "${ORGS[@]}"; do
  done_step "install.$g" && continue
  out="$(as_org "$g" -- peer lifecycle chaincode install "$DATA/chaincode/$g/$CC_NAME.tgz" 2>&1)" \
    || grep -q "already successfully installed" <<<"$out" || die "install on peer0.$g failed: $out"
  mark_step "install.$g"
done
log "chaincode installed on every peer"

if ! done_step approve; then
  pids=()
  for g in "${ORGS[@]}"; do
    # shellcheck disable=SC2046
    retry 30 as_org "$g" -- peer lifecycle chaincode approveformyorg $(orderer_args) --channelID "$CHANNEL" \
      --name "$CC_NAME" --version "$CC_VERSION" --sequence "$CC_SEQUENCE" \
      --package-id "$(cat "$DATA/chaincode/$g/package-id")" --waitForEvent >/dev/null &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || die "approveformyorg failed"; done
  mark_step approve
fi
if ! done_step commit; then
  # shellcheck disable=SC2046
  retry 30 as_org community -- peer lifecycle chaincode commit $(orderer_args) --channelID "$CHANNEL" \
    --name "$CC_NAME" --version "$CC_VERSION" --sequence "$CC_SEQUENCE" $(peer_args "${ORGS[@]}") --waitForEvent >/dev/null
  mark_step commit
fi
for g in "${ORGS[@]}"; do wait_for "chaincode.$g" "$(ccaas_port "$g")" 60; done
log "chaincode $CC_NAME committed on $CHANNEL (endorsement: /Channel/Application/Endorsement = MAJORITY)"

# ---------------------------------------------------------------- demo callers in the role registry
cert_of() { echo "$(user_dir "$1" "$2")/msp/signcerts/$2@$(org_domain "$1")-cert.pem"; }
key_of() { echo "$(user_dir "$1" "$2")/msp/keystore/priv_sk"; }
declare -A CLIENT_ID=()
certs=(); for c in "${DEMO_CALLERS[@]}"; do read -r _ _ g _ _ u <<<"$c"; certs+=("$(cert_of "$g" "$u")"); done
mapfile -t ids < <(java -cp "$JAR" "$NET/tools/ClientId.java" "${certs[@]}")
i=0; for c in "${DEMO_CALLERS[@]}"; do read -r name _ <<<"$c"; CLIENT_ID[$name]="${ids[$i]}"; i=$((i + 1)); done

# invoke ORG USER FUNCTION ARG...: one transaction, endorsed by every org's peer, waited for
invoke() {
  local g="$1" u="$2"
  shift 2
  # shellcheck disable=SC2046
  retry 60 as_org "$g" "$u" -- peer chaincode invoke $(orderer_args) -C "$CHANNEL" -n "$CC_NAME" \
    $(peer_args "${ORGS[@]}") -c "$(cc_args "$@")" --waitForEvent >/dev/null
}
register() { # the caller's own org's admin registers it, as the gateway's Bootstrap does
  local name role g subject community user json
  read -r name role g subject community user <<<"$1"
  json="{\"clientId\":$(json_string "${CLIENT_ID[$name]}"),\"mspId\":\"${ORG_MSP[$g]}\",\"role\":\"$role\",\"subjectId\":\"$subject\""
  [[ "$community" != - ]] && json+=",\"communityId\":\"$community\""
  invoke "$g" Admin Registry:register "$json}"
}
together() { # runs the given functions' calls concurrently; fails if any fails
  local pids=() p
  for p in "$@"; do eval "$p" & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || die "a set-up transaction failed"; done
}
if ! done_step registry; then
  # As Bootstrap does: score model + community ADMINs first (the first registration naming a
  # community makes that org its owner), then everyone else, then the demo community's activity types.
  step1=("invoke community Admin Registry:init")
  step2=()
  for c in "${DEMO_CALLERS[@]}"; do
    read -r _ role _ <<<"$c"
    if [[ "$role" == ADMIN ]]; then step1+=("register '$c'"); else step2+=("register '$c'"); fi
  done
  together "${step1[@]}"
  together "${step2[@]}"
  act() { # activityType category pointsPerUnit unit dailyCapPoints creditWeight (DemoCommunity's)
    invoke community User1 Community:defineActivityType "{\"activityType\":\"$1\",\"category\":\"$2\",\"pointsPerUnit\":$3,\"unit\":\"$4\",\"dailyCapPoints\":$5,\"creditWeight\":$6}"
  }
  together "act volunteer-hour VOLUNTEER_SERVICE 10 HOUR 80 100" "act safety-patrol SAFETY_PATROL 20 EVENT 60 100" \
    "act anti-fraud-talk ANTI_FRAUD_PUBLICITY 15 EVENT 45 80" "act garbage-sorting GARBAGE_SORTING 2 KILOGRAM 40 50"
  # every caller now holds its role: whoAmI succeeds only for a registered identity
  for c in "${DEMO_CALLERS[@]}"; do
    read -r name _ g _ _ u <<<"$c"
    as_org "$g" "$u" -- peer chaincode query -C "$CHANNEL" -n "$CC_NAME" -c "$(cc_args Registry:whoAmI)" >/dev/null \
      || die "$name is not registered"
  done
  mark_step registry
fi
log "demo callers registered: $(for c in "${DEMO_CALLERS[@]}"; do printf '%s ' "${c%% *}"; done)"

# ---------------------------------------------------------------- gateway.json
{
  echo "{"
  echo "  \"development\": true,"
  echo "  \"fabricVersion\": \"$FABRIC_VERSION\","
  echo "  \"channel\": \"$CHANNEL\","
  echo "  \"chaincode\": \"$CC_NAME\","
  echo "  \"batch\": {\"timeout\": \"$BATCH_TIMEOUT\", \"maxMessageCount\": $BATCH_MAX_MESSAGES},"
  echo "  \"peers\": ["
  sep=""
  for g in "${ORGS[@]}"; do
    printf '%s    {"name": "%s", "mspId": "%s", "endpoint": "localhost:%s", "tlsRootCert": "%s"}' \
      "$sep" "$(peer_host "$g")" "${ORG_MSP[$g]}" "$(peer_port "$g")" "$(peer_tls_ca "$g")"
    sep=$',\n'
  done
  printf '\n  ],\n  "orderers": [\n'
  sep=""
  for o in "${ORDERERS[@]}"; do
    printf '%s    {"name": "%s.%s", "mspId": "%s", "endpoint": "127.0.0.1:%s", "tlsRootCert": "%s"}' \
      "$sep" "$o" "$ORDERER_DOMAIN" "$ORDERER_MSP" "$(orderer_port "$o")" "$(orderer_tls_ca)"
    sep=$',\n'
  done
  printf '\n  ],\n  "organisationAdmins": [\n'
  sep=""
  for g in "${ORGS[@]}"; do
    printf '%s    {"mspId": "%s", "cert": "%s", "key": "%s"}' "$sep" "${ORG_MSP[$g]}" \
      "$(user_dir "$g" Admin)/msp/signcerts/Admin@$(org_domain "$g")-cert.pem" "$(user_dir "$g" Admin)/msp/keystore/priv_sk"
    sep=$',\n'
  done
  printf '\n  ],\n  "callers": [\n'
  sep=""
  for c in "${DEMO_CALLERS[@]}"; do
    read -r name role g subject community u <<<"$c"
    [[ "$community" == - ]] && community=null || community="\"$community\""
    printf '%s    {"name": "%s", "role": "%s", "mspId": "%s", "subjectId": "%s", "communityId": %s,\n     "cert": "%s", "key": "%s",\n     "clientId": %s}' \
      "$sep" "$name" "$role" "${ORG_MSP[$g]}" "$subject" "$community" "$(cert_of "$g" "$u")" "$(key_of "$g" "$u")" \
      "$(json_string "${CLIENT_ID[$name]}")"
    sep=$',\n'
  done
  printf '\n  ]\n}\n'
} >"$DATA/gateway.json.tmp"
mv "$DATA/gateway.json.tmp" "$DATA/gateway.json"
peers_see_each_other
mark_step setup
log "up in $((SECONDS - T0)) s (new network); gateway description: $DATA/gateway.json"
