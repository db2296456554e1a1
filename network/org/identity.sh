# The organisation's identities (sourced by network/org.sh): its CA and TLS CA, made with openssl on
# its own host (ECDSA P-256, keys PKCS#8, mode 600, never copied), the MSPs of its nodes and users with
# NodeOUs, the TLS certificates, and the public definition other organisations need.

# new_key FILE: a fresh ECDSA P-256 key, PKCS#8 PEM, readable by its owner only
new_key() {
  (umask 077 && openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null) \
    || die "openssl cannot make a key at $1"
  chmod 600 "$1"
}
# new_ca KEY CERT CN: a self-signed CA certificate (10 years) for the organisation
new_ca() {
  new_key "$1"
  openssl req -new -x509 -sha256 -days 3650 -key "$1" -out "$2" \
    -subj "/C=CN/O=$DOMAIN/CN=$3" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature" \
    -addext "subjectKeyIdentifier=hash" 2>/dev/null || die "openssl cannot make the CA certificate $2"
}
# issue CA_NAME KEY CERT SUBJECT EXTENSIONS: a new key at KEY and its certificate at CERT (5 years),
# issued by ORG_HOME/ca/CA_NAME.{key,crt}; EXTENSIONS are openssl extension lines (\n-separated)
issue() {
  local ca="$ORG_HOME/ca/$1" key="$2" crt="$3" subj="$4" ext="$5" csr
  new_key "$key"
  csr="$(mktemp)"
  openssl req -new -key "$key" -subj "$subj" -out "$csr" 2>/dev/null || die "openssl cannot make a request for $subj"
  printf '%b\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n' "$ext" >"$csr.ext"
  openssl x509 -req -sha256 -days 1825 -in "$csr" -CA "$ca.crt" -CAkey "$ca.key" \
    -set_serial "0x$(openssl rand -hex 16)" -extfile "$csr.ext" -out "$crt" 2>/dev/null \
    || die "openssl cannot issue the certificate for $subj"
  rm -f "$csr" "$csr.ext"
}
SIGN_EXT='basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature'
tls_ext() { # SAN...: a TLS certificate for servers and clients with these subject alternative names
  local sans="$1" s
  shift
  for s in "$@"; do sans+=",$s"; done
  echo "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=$sans"
}

# nodeous_config FILE: the MSP's config.yaml: NodeOUs on, each role told by its OU, issued by cacerts/ca.crt
nodeous_config() {
  local ou
  {
    echo "NodeOUs:"
    echo "  Enable: true"
    for ou in client peer admin orderer; do
      echo "  ${ou^}OUIdentifier:"
      echo "    Certificate: cacerts/ca.crt"
      echo "    OrganizationalUnitIdentifier: $ou"
    done
  } >"$1"
}
# public_msp DIR: cacerts, tlscacerts and config.yaml of an MSP folder (the public part every MSP shares)
public_msp() {
  mkdir -p "$1/cacerts" "$1/tlscacerts"
  cp "$ORG_HOME/ca/ca.crt" "$1/cacerts/ca.crt"
  cp "$ORG_HOME/ca/tlsca.crt" "$1/tlscacerts/tlsca.crt"
  nodeous_config "$1/config.yaml"
}
# signing_msp DIR OU CN: a local MSP for an identity with that OU and common name; its key is made in DIR
signing_msp() {
  local d="$1"
  public_msp "$d"
  mkdir -p "$d/signcerts" "$d/keystore"
  chmod 700 "$d/keystore"
  issue ca "$d/keystore/priv_sk" "$d/signcerts/cert.pem" "/C=CN/O=$DOMAIN/OU=$2/CN=$3" "$SIGN_EXT"
}
# tls_pair DIR BASE CN SAN...: DIR/BASE.key and DIR/BASE.crt from the TLS CA, with DIR/ca.crt
tls_pair() {
  local d="$1" base="$2" cn="$3"
  shift 3
  mkdir -p "$d"
  chmod 700 "$d"
  issue tlsca "$d/$base.key" "$d/$base.crt" "/C=CN/O=$DOMAIN/CN=$cn" "$(tls_ext "$@")"
  cp "$ORG_HOME/ca/tlsca.crt" "$d/ca.crt"
}

# identities_create: everything of the layout under ca/, msp/, nodes/ and users/ (ORG_HOME is new)
identities_create() {
  local n u
  mkdir -p "$ORG_HOME/ca"
  chmod 700 "$ORG_HOME/ca"
  new_ca "$ORG_HOME/ca/ca.key" "$ORG_HOME/ca/ca.crt" "ca.$DOMAIN"
  new_ca "$ORG_HOME/ca/tlsca.key" "$ORG_HOME/ca/tlsca.crt" "tlsca.$DOMAIN"
  public_msp "$ORG_HOME/msp"
  mkdir -p "$ORG_HOME/msp/crls"

  local nodes=(peer0)
  [[ "$ORDERER" == yes ]] && nodes+=(orderer0)
  for n in "${nodes[@]}"; do
    signing_msp "$(node_dir "$n")/msp" "${n%0}" "$(node_host "$n")"
    tls_pair "$(node_dir "$n")/tls" server "$(node_host "$n")" "DNS:$(node_host "$n")" "IP:$LISTEN_IP"
  done
  # the chaincode service's server certificate, and the client certificate its peer presents to it
  tls_pair "$(node_dir chaincode)/tls" server "$(node_host chaincode)" "DNS:$(node_host chaincode)" "IP:$LISTEN_IP"
  issue tlsca "$(node_dir chaincode)/tls/client.key" "$(node_dir chaincode)/tls/client.crt" \
    "/C=CN/O=$DOMAIN/CN=$(node_host peer0)" "$(tls_ext "DNS:$(node_host peer0)")"

  signing_msp "$(user_msp Admin)" admin "Admin@$DOMAIN"
  tls_pair "$ORG_HOME/users/Admin/tls" client "Admin@$DOMAIN" "DNS:Admin@$DOMAIN"
  for ((u = 1; u <= USERS; u++)); do
    signing_msp "$(user_msp "User$u")" client "User$u@$DOMAIN"
  done
}

# definition_json: the organisation's DEFINITION (COMMON.md), public material only
definition_json() {
  local crls=() f orderers=()
  for f in "$ORG_HOME"/msp/crls/*; do [[ -f "$f" ]] && crls+=("$f"); done
  if [[ "$ORDERER" == yes ]]; then orderers=("$(node_dir orderer0)/tls/server.crt"); fi
  jq -n --arg name "$NAME" --arg msp "$MSP_ID" --arg domain "$DOMAIN" \
    --rawfile ca "$(ca_cert)" --rawfile tlsca "$(tls_ca_cert)" --rawfile admin "$(admin_cert)" \
    --arg peerHost "$(advertised_host peer0)" --argjson peerPort "$PEER_PORT" \
    --arg ordererHost "$(advertised_host orderer0)" --argjson ordererPort "$ORDERER_PORT" \
    --argjson crls "$(if ((${#crls[@]})); then jq -R -s . "${crls[@]}" | jq -s .; else echo '[]'; fi)" \
    --argjson ordererCerts "$(if ((${#orderers[@]})); then jq -R -s . "${orderers[@]}" | jq -s .; else echo '[]'; fi)" \
    '{format: "civic-ledger/organisation/1", name: $name, mspId: $msp, domain: $domain,
      caCerts: [$ca], tlsCaCerts: [$tlsca], adminCerts: [$admin], crls: $crls,
      nodeOUs: {client: "client", peer: "peer", admin: "admin", orderer: "orderer"},
      anchorPeers: [{host: $peerHost, port: $peerPort}],
      orderers: [$ordererCerts[] | {host: $ordererHost, port: $ordererPort, tlsCert: .}]}'
}
