# The chaincode of the organisation (sourced by network/org.sh): its CCaaS package naming its OWN
# chaincode service (mutual TLS), install, approve and commit (Fabric's lifecycle), and the service.
# Per version V: ORG_HOME/chaincode/V/{civic-ledger.tgz, package-id, src/connection.json}. The package
# names the TLS files of ORG_HOME/nodes/chaincode/tls by path (no key in it); the organisation's own
# external builder, network/org/builder, reads them when its peer installs the package.
# ORG_HOME/chaincode/current names the version packaged last.

cc_dir() { echo "$ORG_HOME/chaincode/$1"; }
cc_label() { echo "${CC_NAME}_$1"; }
# cc_latest: the version packaged last; dies when none is
cc_latest() {
  [[ -f "$ORG_HOME/chaincode/current" ]] || die "no chaincode package yet: run chaincode-package first"
  cat "$ORG_HOME/chaincode/current"
}
cc_package_id() {
  [[ -f "$(cc_dir "$1")/package-id" ]] || die "no chaincode package of version $1 (chaincode-package --version $1)"
  cat "$(cc_dir "$1")/package-id"
}
valid_version() { [[ "$1" =~ ^[A-Za-z0-9._+-]+$ ]] || die "chaincode version '$1': use letters, digits and . _ + - only"; }

# chaincode_package [--version V]: the CCaaS package of version V (default 1) naming chaincode.DOMAIN
# (or LISTEN_IP with ENDPOINT_HOST=ip) at CHAINCODE_PORT with mutual TLS; package id computed offline
chaincode_package() {
  local v=1 c
  while (($#)); do
    case "$1" in
      --version) v="${2:?--version needs a value}"; shift 2 ;;
      *) die "chaincode-package: unknown option $1 (usage: chaincode-package [--version V])" ;;
    esac
  done
  valid_version "$v"
  c="$(cc_dir "$v")"
  [[ -f "$c/package-id" ]] && die "version $v is packaged already ($c); package a new version for an upgrade"
  fabric_bin
  rm -rf "$c"
  mkdir -p "$c/src"
  local t
  t="$(node_dir chaincode)/tls"
  # TLS material by file: the organisation's builder (network/org/builder) puts the PEM text in at
  # install, so the package holds no key
  jq -n --arg address "$(chaincode_endpoint)" --arg root "$t/ca.crt" --arg cert "$t/client.crt" --arg key "$t/client.key" \
    '{address: $address, dial_timeout: "10s", tls_required: true, client_auth_required: true,
      root_cert_file: $root, client_cert_file: $cert, client_key_file: $key}' >"$c/src/connection.json"
  printf '{"type":"ccaas","label":"%s"}\n' "$(cc_label "$v")" >"$c/metadata.json"
  tar -C "$c/src" -czf "$c/code.tar.gz" connection.json
  tar -C "$c" -czf "$c/$CC_NAME.tgz" metadata.json code.tar.gz
  as_admin peer lifecycle chaincode calculatepackageid "$c/$CC_NAME.tgz" >"$c/package-id.tmp" \
    || die "cannot compute the package id of $c/$CC_NAME.tgz"
  mv "$c/package-id.tmp" "$c/package-id"
  echo "$v" >"$ORG_HOME/chaincode/current"
  log "packaged $CC_NAME version $v: package id $(cat "$c/package-id") (service at $(chaincode_endpoint), mutual TLS)"
}

# chaincode_install [--version V]: installs the package (default: the one packaged last) on its own peer
chaincode_install() {
  local v="" out
  while (($#)); do
    case "$1" in
      --version) v="${2:?--version needs a value}"; shift 2 ;;
      *) die "chaincode-install: unknown option $1 (usage: chaincode-install [--version V])" ;;
    esac
  done
  [[ -n "$v" ]] || v="$(cc_latest)"
  fabric_bin
  out="$(as_admin peer lifecycle chaincode install "$(cc_dir "$v")/$CC_NAME.tgz" 2>&1)" \
    || grep -q "already successfully installed" <<<"$out" || die "install on peer0 failed: $out"
  log "installed $CC_NAME version $v on peer0 ($(cc_package_id "$v"))"
}

# orderer_options ARGS...: parses --orderer HOST:PORT --orderer-ca FILE or --definition DEF.json (an
# ordering organisation's) and sets ORD_ADDR / ORD_CA; without them, its own orderer. Leftover
# arguments are put in REST.
orderer_options() {
  ORD_ADDR="" ORD_CA="" REST=()
  local def=""
  while (($#)); do
    case "$1" in
      --orderer) ORD_ADDR="${2:?--orderer needs host:port}"; shift 2 ;;
      --orderer-ca) ORD_CA="${2:?--orderer-ca needs a file}"; shift 2 ;;
      --orderer-definition) def="${2:?--orderer-definition needs a file}"; shift 2 ;;
      *) REST+=("$1"); shift ;;
    esac
  done
  if [[ -n "$def" ]]; then
    ORD_ADDR="$(def_field "$def" '.orderers[0] | if . then "\(.host):\(.port)" else "" end')"
    [[ -n "$ORD_ADDR" ]] || die "$def names no orderer (its organisation runs none)"
    ORD_CA="$(def_tls_ca "$def")"
  fi
  if [[ -z "$ORD_ADDR" ]]; then
    [[ "$ORDERER" == yes ]] || die "name an orderer: --orderer HOST:PORT --orderer-ca FILE, or --definition DEF.json of an ordering organisation"
    ORD_ADDR="$LISTEN_IP:$ORDERER_PORT" ORD_CA="$(tls_ca_cert)"
  fi
  [[ -f "$ORD_CA" ]] || die "--orderer $ORD_ADDR needs --orderer-ca FILE (its TLS CA certificate)"
}

# version_sequence ARGS...: --version V --sequence S from REST into CC_V / CC_S; the rest stays in REST
version_sequence() {
  CC_V="" CC_S=""
  local left=()
  while (($#)); do
    case "$1" in
      --version) CC_V="${2:?--version needs a value}"; shift 2 ;;
      --sequence) CC_S="${2:?--sequence needs a value}"; shift 2 ;;
      *) left+=("$1"); shift ;;
    esac
  done
  [[ -n "$CC_V" && -n "$CC_S" ]] || die "give --version V --sequence S"
  valid_version "$CC_V"
  [[ "$CC_S" =~ ^[1-9][0-9]*$ ]] || die "--sequence must be a positive whole number (got '$CC_S')"
  REST=("${left[@]+"${left[@]}"}")
}

# chaincode_approve --version V --sequence S [--orderer H:P --orderer-ca F | --definition DEF.json]:
# approves the definition (default endorsement policy: the channel's MAJORITY Endorsement) for its
# organisation with its own package of version V, and waits until its own peer has committed the approval
chaincode_approve() {
  local args=() a
  # --definition here names the ordering organisation
  for a in "$@"; do if [[ "$a" == --definition ]]; then args+=(--orderer-definition); else args+=("$a"); fi; done
  orderer_options "${args[@]}"
  version_sequence "${REST[@]+"${REST[@]}"}"
  ((${#REST[@]} == 0)) || die "chaincode-approve: unknown arguments ${REST[*]}"
  fabric_bin
  retry 60 as_admin peer lifecycle chaincode approveformyorg -o "$ORD_ADDR" --tls --cafile "$ORD_CA" \
    --channelID "$CHANNEL" --name "$CC_NAME" --version "$CC_V" --sequence "$CC_S" \
    --package-id "$(cc_package_id "$CC_V")" --waitForEvent >/dev/null || die "approveformyorg failed (orderer $ORD_ADDR)"
  log "$MSP_ID approved $CC_NAME version $CC_V sequence $CC_S"
}

# chaincode_commit --version V --sequence S --definition DEF.json... [--orderer H:P --orderer-ca F]:
# commits the definition, endorsed by the anchor peers of the organisations of those definitions (a
# MAJORITY of the channel's organisations must have approved); the orderer: --orderer, its own, or the
# first of the definitions that runs one
chaincode_commit() {
  local defs=() args=() peers=() d
  while (($#)); do
    case "$1" in
      --definition)
        shift
        while (($#)) && [[ "$1" != --* ]]; do defs+=("$1"); shift; done
        ;;
      *) args+=("$1"); shift ;;
    esac
  done
  ((${#defs[@]})) || die "chaincode-commit needs --definition DEF.json... (the organisations whose peers endorse the commit)"
  for d in "${defs[@]}"; do def_field "$d" .mspId >/dev/null; done
  if [[ "$ORDERER" != yes ]] && ! printf '%s\n' "${args[@]+"${args[@]}"}" | grep -qx -- --orderer; then
    for d in "${defs[@]}"; do
      if [[ "$(def_field "$d" '.orderers | length')" -gt 0 ]]; then args+=(--orderer-definition "$d"); break; fi
    done
  fi
  orderer_options "${args[@]+"${args[@]}"}"
  version_sequence "${REST[@]+"${REST[@]}"}"
  ((${#REST[@]} == 0)) || die "chaincode-commit: unknown arguments ${REST[*]}"
  for d in "${defs[@]}"; do
    peers+=(--peerAddresses "$(def_field "$d" '.anchorPeers[0] | "\(.host):\(.port)"')" --tlsRootCertFiles "$(def_tls_ca "$d")")
  done
  fabric_bin
  retry 60 as_admin peer lifecycle chaincode commit -o "$ORD_ADDR" --tls --cafile "$ORD_CA" \
    --channelID "$CHANNEL" --name "$CC_NAME" --version "$CC_V" --sequence "$CC_S" "${peers[@]}" --waitForEvent >/dev/null \
    || die "commit of $CC_NAME version $CC_V sequence $CC_S failed (have enough organisations approved? chaincode-committed shows what is committed)"
  log "committed $CC_NAME version $CC_V sequence $CC_S on $CHANNEL"
}

# chaincode_committed: the committed definition as its peer knows it, and which organisations approved
chaincode_committed() {
  fabric_bin
  as_admin peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CC_NAME" \
    || die "$CC_NAME is not committed on $CHANNEL (or peer0 is down or has not joined)"
}

# cc_run_version: the version the service must run: the committed one when its peer knows it (an
# upgrade that is packaged but not yet committed keeps the old service), otherwise the one packaged last
cc_run_version() {
  local out v
  if alive peer0 && out="$(as_admin peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CC_NAME" -O json 2>/dev/null)"; then
    v="$(jq -r .version <<<"$out")"
    if [[ -f "$(cc_dir "$v")/package-id" ]]; then echo "$v"; return 0; fi
    log "the committed version $v was not packaged here; running the one packaged last"
  fi
  cc_latest
}

# start_chaincode: the chaincode service of the committed (or last packaged) version, mutual TLS
start_chaincode() {
  local v t
  v="$(cc_run_version)"
  chaincode_jar
  t="$(node_dir chaincode)/tls"
  # In server mode the shim still builds (and never uses) a client channel to a peer, whose TLS files
  # CORE_TLS_CLIENT_{KEY,CERT}_PATH it reads as base64 of the PEM (the peer's launcher convention).
  (umask 077 && base64 -w0 "$t/server.key" >"$t/server.key.b64" && base64 -w0 "$t/server.crt" >"$t/server.crt.b64")
  # shellcheck disable=SC2086
  proc_start chaincode env CHAINCODE_SERVER_ADDRESS="$LISTEN_IP:$CHAINCODE_PORT" \
    CORE_CHAINCODE_ID_NAME="$(cc_package_id "$v")" CORE_PEER_LOCALMSPID="$MSP_ID" \
    CORE_PEER_TLS_ENABLED=true CORE_TLS_CLIENT_KEY_FILE="$t/server.key" CORE_TLS_CLIENT_CERT_FILE="$t/server.crt" \
    CORE_TLS_CLIENT_KEY_PATH="$t/server.key.b64" CORE_TLS_CLIENT_CERT_PATH="$t/server.crt.b64" CORE_PEER_TLS_ROOTCERT_FILE="$t/ca.crt" \
    CHAINCODE_TLS_CLIENT_CA_FILE="$t/ca.crt" \
    CORE_CHAINCODE_LOGGING_LEVEL=WARNING CORE_CHAINCODE_LOGGING_SHIM=WARNING \
    java ${CIVIC_CC_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m} -cp "$CC_JAR" "$ORG_DIR/ChaincodeServer.java"
  wait_listen chaincode "$CHAINCODE_PORT" 90
  log "chaincode service (version $v) listening on $LISTEN_IP:$CHAINCODE_PORT, mutual TLS"
}
