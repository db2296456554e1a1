# The organisation's nodes (sourced by network/org.sh): core.yaml / orderer.yaml from Fabric's
# sampleconfig (the settings of network/up.sh), starting and stopping the peer, the orderer, the
# chaincode service and the gateway, status, and joining the channel.

# configs_create: ORG_HOME/config/peer0/core.yaml and, with an orderer, config/orderer0/orderer.yaml.
# Beyond up.sh's settings: pvtData.pullRetryThreshold 5s (Fabric: 60s). The only private data here is
# the lifecycle's per-organisation approvals, and an organisation has one peer: a peer rebuilt from the
# genesis block can fetch its own organisation's old approvals from nobody, and would wait 60 s on each
# block holding one before committing it without them (the organisation then approves again).
configs_create() {
  local sample set d t p
  sample="$(FABRIC_DIR=1 "$NET/install-fabric.sh")/sampleconfig"
  set="$(yamlset)"
  if [[ "$ORDERER" == yes ]]; then
    d="$(config_dir orderer0)" t="$(node_dir orderer0)/tls"
    mkdir -p "$d"
    "$set" "$sample/orderer.yaml" "$d/orderer.yaml" \
      General.ListenAddress="$LISTEN_IP" General.ListenPort="$ORDERER_PORT" \
      General.TLS.Enabled=true General.TLS.PrivateKey="$t/server.key" General.TLS.Certificate="$t/server.crt" \
      General.TLS.RootCAs="[$t/ca.crt]" \
      General.Cluster.ClientCertificate="$t/server.crt" General.Cluster.ClientPrivateKey="$t/server.key" \
      General.BootstrapMethod=none General.LocalMSPDir="$(node_dir orderer0)/msp" General.LocalMSPID="$MSP_ID" \
      FileLedger.Location="$ORG_HOME/data/orderer0/ledger" Consensus.WALDir="$ORG_HOME/data/orderer0/etcdraft/wal" \
      Consensus.SnapDir="$ORG_HOME/data/orderer0/etcdraft/snapshot" \
      Operations.ListenAddress="$LISTEN_IP:$ORDERER_OPS_PORT" Metrics.Provider=prometheus \
      Admin.ListenAddress="$LISTEN_IP:$ORDERER_ADMIN_PORT" Admin.TLS.Enabled=true \
      Admin.TLS.Certificate="$t/server.crt" Admin.TLS.PrivateKey="$t/server.key" Admin.TLS.ClientAuthRequired=true \
      Admin.TLS.ClientRootCAs="[$(tls_ca_cert)]" ChannelParticipation.Enabled=true
  fi
  d="$(config_dir peer0)" t="$(node_dir peer0)/tls" p="$(peer_endpoint)"
  mkdir -p "$d"
  "$set" "$sample/core.yaml" "$d/core.yaml" \
    peer.id="$(node_host peer0)" peer.networkId="$CHANNEL" \
    peer.listenAddress="$LISTEN_IP:$PEER_PORT" peer.address="$p" \
    peer.chaincodeListenAddress="$LISTEN_IP:$PEER_CC_PORT" peer.chaincodeAddress="$LISTEN_IP:$PEER_CC_PORT" \
    peer.gossip.bootstrap="$p" peer.gossip.endpoint="$p" peer.gossip.externalEndpoint="$p" \
    peer.gossip.useLeaderElection=false peer.gossip.orgLeader=true peer.deliveryclient.blockGossipEnabled=false \
    peer.gossip.reconnectInterval=2s peer.gossip.pvtData.pullRetryThreshold=5s \
    peer.tls.enabled=true peer.tls.cert.file="$t/server.crt" peer.tls.key.file="$t/server.key" \
    peer.tls.rootcert.file="$t/ca.crt" peer.tls.clientRootCAs.files="[$t/ca.crt]" \
    peer.fileSystemPath="$ORG_HOME/data/peer0" peer.mspConfigPath="$(node_dir peer0)/msp" peer.localMspId="$MSP_ID" \
    peer.gateway.enabled=true peer.profile.enabled=false \
    vm.endpoint='""' \
    chaincode.externalBuilders="[{name: ccaas-org, path: $ORG_DIR/builder, propagateEnvironment: []}]" \
    ledger.state.stateDatabase=goleveldb ledger.history.enableHistoryDatabase=false \
    ledger.snapshots.rootDir="$ORG_HOME/data/peer0/snapshots" \
    operations.listenAddress="$LISTEN_IP:$PEER_OPS_PORT" metrics.provider=disabled
}

# --- start / stop --------------------------------------------------------------------------------------
start_orderer() {
  [[ "$ORDERER" == yes ]] || { log "$NAME runs no orderer"; return 0; }
  proc_start orderer0 env FABRIC_CFG_PATH="$(config_dir orderer0)" FABRIC_LOGGING_SPEC="${CIVIC_FABRIC_LOG:-warning}" orderer
  wait_listen orderer0 "$ORDERER_ADMIN_PORT" 30
  log "orderer0 listening on $LISTEN_IP:$ORDERER_PORT (admin $ORDERER_ADMIN_PORT)"
}
start_peer() {
  proc_start peer0 env FABRIC_CFG_PATH="$(config_dir peer0)" FABRIC_LOGGING_SPEC="${CIVIC_FABRIC_LOG:-warning}" peer node start
  wait_listen peer0 "$PEER_PORT" 30
  log "peer0 listening on $LISTEN_IP:$PEER_PORT"
}

# start_nodes WHAT: peer, orderer, chaincode, gateway or all (all: those that are set up: the chaincode
# once packaged, the gateway once the gateway jar is built)
start_nodes() {
  local what="${1:-all}"
  fabric_bin
  case "$what" in
    orderer) start_orderer ;;
    peer) start_peer ;;
    chaincode) start_chaincode ;;
    gateway) start_gateway ;;
    all)
      start_orderer
      start_peer
      if [[ -f "$ORG_HOME/chaincode/current" ]]; then start_chaincode; else log "no chaincode package yet: chaincode not started"; fi
      if [[ -f "$GATEWAY_JAR" && -f "$ORG_HOME/gateway/started-once" ]]; then start_gateway; fi
      ;;
    *) die "start what? peer, orderer, chaincode, gateway or all (got '$what')" ;;
  esac
}
# stop_nodes WHAT: as start_nodes; all stops the gateway, the chaincode, the peer, then the orderer
stop_nodes() {
  local what="${1:-all}"
  case "$what" in
    orderer) proc_stop orderer0 ;;
    peer) proc_stop peer0 ;;
    chaincode | gateway) proc_stop "$what" ;;
    all) proc_stop gateway; proc_stop chaincode; proc_stop peer0; proc_stop orderer0 ;;
    *) die "stop what? peer, orderer, chaincode, gateway or all (got '$what')" ;;
  esac
}

# status_print: each process (alive/dead, PID, RSS, where it listens), the peer's channel height, the
# orderer's channels, the committed chaincode. Exit status 0 unless a process that was started has died.
status_print() {
  local name port pid rss state dead=0 h out bin
  printf '%-10s %-6s %8s %7s  %s\n' process state pid rss_mb listens
  for name in "${PROCESS_NAMES[@]}"; do
    case "$name" in
      orderer0) [[ "$ORDERER" == yes ]] || continue; port="$ORDERER_PORT" ;;
      peer0) port="$PEER_PORT" ;;
      chaincode) port="$CHAINCODE_PORT" ;;
      gateway) port="$GATEWAY_PORT" ;;
    esac
    if alive "$name"; then
      pid="$(recorded_pid "$name")"
      rss="$(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")"
      printf '%-10s %-6s %8s %7s  %s:%s\n' "$name" alive "$pid" "$rss" "$LISTEN_IP" "$port"
    else
      # dead: started and exited since (its PID file is left); stopped: never started, or stopped
      if [[ -f "$PIDS/$name.pid" ]]; then state=dead dead=$((dead + 1)); else state=stopped; fi
      printf '%-10s %-6s %8s %7s  %s:%s\n' "$name" "$state" - - "$LISTEN_IP" "$port"
    fi
  done
  echo
  if ! bin="$("$NET/install-fabric.sh" --check 2>/dev/null)"; then
    echo "Fabric binaries missing from the cache: no heights (network/install-fabric.sh builds them)"
    ((dead == 0)); return
  fi
  export PATH="$bin:$PATH"
  if alive orderer0; then
    out="$(osnadmin channel list -o "$LISTEN_IP:$ORDERER_ADMIN_PORT" --ca-file "$(tls_ca_cert)" \
      --client-cert "$(admin_tls_cert)" --client-key "$(admin_tls_key)" 2>&1)" || true
    echo "orderer0: channels $(jq -r '[.channels[]?.name] | if length == 0 then "none" else join(" ") end' <<<"$(sed -n '/^{/,$p' <<<"$out")" 2>/dev/null || echo unknown)"
  fi
  if alive peer0; then
    h="$(as_admin peer channel getinfo -c "$CHANNEL" 2>/dev/null | sed -n 's/.*"height":\([0-9]*\).*/\1/p')" || h=""
    echo "peer0: channel $CHANNEL height ${h:-unknown (not joined?)}"
    if out="$(as_admin peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CC_NAME" -O json 2>/dev/null)"; then
      echo "chaincode: $CC_NAME committed on $CHANNEL: version $(jq -r .version <<<"$out"), sequence $(jq -r .sequence <<<"$out")"
    else
      echo "chaincode: $CC_NAME not committed on $CHANNEL"
    fi
  fi
  ((dead == 0))
}

# chain_info: "height=<h> hash=<base64 of the latest block's hash>" of its own peer's channel: equal lines on
# two peers mean they hold the same chain (every block's hash covers the previous one's).
chain_info() {
  local out
  fabric_bin
  out="$(as_admin peer channel getinfo -c "$CHANNEL" 2>&1)" || die "peer0 cannot say its height: $out"
  out="$(sed -n 's/^Blockchain info: //p' <<<"$out")"
  [[ -n "$out" ]] || die "peer0 gave no chain information"
  echo "height=$(jq -r .height <<<"$out") hash=$(jq -r .currentBlockHash <<<"$out")"
}

# endorsers: the MSP ids whose peers its own peer's discovery service offers as endorsers of the chaincode,
# one per line (what the Fabric Gateway beside its peer can endorse with; gossip makes a new organisation's
# peer known seconds after it joins and installs the chaincode).
endorsers() {
  local out
  fabric_bin
  out="$(discover --peerTLSCA "$(tls_ca_cert)" --userKey "$(admin_key)" --userCert "$(admin_cert)" --MSP "$MSP_ID" \
    endorsers --channel "$CHANNEL" --chaincode "$CC_NAME" --server "$(peer_endpoint)" 2>&1)" \
    || die "discovery did not answer: $(head -c 500 <<<"$out")"
  sed -n 's/.*"MSPID": "\([^"]*\)".*/\1/p' <<<"$out" | sort -u
}

# --- channel membership of its own nodes -----------------------------------------------------------------
# orderer_join BLOCK: its orderer joins the channel of the genesis block (osnadmin, its Admin's TLS client cert)
orderer_join() {
  local block="${1:-}" out
  [[ -f "$block" ]] || die "usage: orderer-join GENESIS.block (no file '$block')"
  [[ "$ORDERER" == yes ]] || die "$NAME runs no orderer (ORDERER=no)"
  fabric_bin
  alive orderer0 || die "orderer0 is not running: start it first (start orderer)"
  out="$(osnadmin channel join --channelID "$CHANNEL" --config-block "$block" -o "$LISTEN_IP:$ORDERER_ADMIN_PORT" \
    --ca-file "$(tls_ca_cert)" --client-cert "$(admin_tls_cert)" --client-key "$(admin_tls_key)" 2>&1)" || {
    grep -q 'already exists' <<<"$out" && { log "orderer0 has joined $CHANNEL already"; return 0; }
    die "orderer0 could not join $CHANNEL: $out"
  }
  grep -q '"name": *"'"$CHANNEL"'"\|Status: 201' <<<"$out" || die "orderer0 could not join $CHANNEL: $out"
  log "orderer0 joined channel $CHANNEL"
}
# peer_join BLOCK: its peer joins the channel (also a late joiner: it then pulls every later block)
peer_join() {
  local block="${1:-}" out
  [[ -f "$block" ]] || die "usage: peer-join GENESIS.block (no file '$block')"
  fabric_bin
  alive peer0 || die "peer0 is not running: start it first (start peer)"
  if as_admin peer channel getinfo -c "$CHANNEL" >/dev/null 2>&1; then log "peer0 has joined $CHANNEL already"; return 0; fi
  out="$(retry 30 as_admin peer channel join -b "$block" 2>&1)" || die "peer0 could not join $CHANNEL: $out"
  log "peer0 joined channel $CHANNEL"
}
