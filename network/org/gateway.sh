# The organisation's gateway (sourced by network/org.sh): its profile ORG_HOME/gateway/profile.json
# (COMMON.md: its own peer, its own Admin, its own callers), the callers added to it, and the process.
# ORG_HOME/gateway/callers.json holds the callers added with caller-add; callers.env their gateway
# settings (civic.callers.<name>.token-sha256/.role/.organisation/.subject/.community, one
# property=value a line, passed to the gateway as system properties).

GATEWAY_ROLES="ADMIN APP MERCHANT BANK AUDITOR"

# caller_add --name N --role R --subject S [--community C] --user UserK --token-sha256 H
caller_add() {
  local name="" role="" subject="" community="" user="" sha="" f c
  while (($#)); do
    case "$1" in
      --name) name="${2:-}"; shift 2 ;;
      --role) role="${2:-}"; shift 2 ;;
      --subject) subject="${2:-}"; shift 2 ;;
      --community) community="${2:-}"; shift 2 ;;
      --user) user="${2:-}"; shift 2 ;;
      --token-sha256) sha="${2:-}"; shift 2 ;;
      *) die "caller-add: unknown option $1" ;;
    esac
  done
  [[ "$name" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "caller-add: --name must be lowercase letters, digits and dashes (got '$name')"
  [[ " $GATEWAY_ROLES " == *" $role "* ]] || die "caller-add: --role must be one of $GATEWAY_ROLES (got '$role')"
  [[ "$subject" =~ ^[A-Za-z0-9._-]+$ ]] || die "caller-add: --subject must be letters, digits and . _ - (got '$subject')"
  case "$role" in
    ADMIN | APP | MERCHANT) [[ "$community" =~ ^[A-Za-z0-9._-]+$ ]] || die "caller-add: a $role caller needs --community C" ;;
    *) [[ -z "$community" ]] || die "caller-add: a $role caller belongs to no community (drop --community)" ;;
  esac
  [[ "$user" =~ ^User[0-9]+$ && -f "$(user_cert "$user")" ]] || die "caller-add: --user must be one of $NAME's users ($(cd "$ORG_HOME/users" && ls -d User* | tr '\n' ' '))"
  [[ "$sha" =~ ^[0-9a-f]{64}$ ]] || die "caller-add: --token-sha256 must be 64 lowercase hex digits (the SHA-256 of the caller's token)"
  f="$ORG_HOME/gateway/callers.json"
  mkdir -p "$ORG_HOME/gateway"
  [[ -f "$f" ]] || echo '[]' >"$f"
  for c in "${DEMO_CALLERS[@]}"; do [[ "${c%% *}" != "$name" ]] || die "caller-add: $name is a demo caller's name"; done
  jq -e --arg n "$name" 'any(.[]; .name == $n)' "$f" >/dev/null && die "caller-add: $NAME has a caller named $name already"
  # one identity is one caller: the chaincode's role registry holds one registration per identity
  callers_tsv | awk -v u="$user" '$5 == u {found = $1} END {exit found == ""}' \
    && die "caller-add: $user@$DOMAIN is caller $(callers_tsv | awk -v u="$user" '$5 == u {print $1; exit}') already; give another user (init made User1..User$USERS)"
  jq --arg n "$name" --arg r "$role" --arg s "$subject" --arg c "$community" --arg u "$user" \
    '. + [{name: $n, role: $r, subject: $s, community: (if $c == "" then null else $c end), user: $u}]' "$f" >"$f.tmp"
  mv "$f.tmp" "$f"
  {
    echo "civic.callers.$name.token-sha256=$sha"
    echo "civic.callers.$name.role=$role"
    echo "civic.callers.$name.organisation=$MSP_ID"
    echo "civic.callers.$name.subject=$subject"
    [[ -z "$community" ]] || echo "civic.callers.$name.community=$community"
  } >>"$ORG_HOME/gateway/callers.env"
  gateway_profile
  log "caller $name ($role, $user@$DOMAIN) added; restart the gateway to use it (stop gateway; start gateway)"
}

# callers_tsv: "name role subject community user" a line (community "-" when none): its demo callers
# (network/lib.sh DEMO_CALLERS of this organisation's NAME), then those added with caller-add
callers_tsv() {
  local c name role g subject community user
  for c in "${DEMO_CALLERS[@]}"; do
    read -r name role g subject community user <<<"$c"
    [[ "$g" == "$NAME" ]] && echo "$name $role $subject $community $user"
  done
  if [[ -f "$ORG_HOME/gateway/callers.json" ]]; then
    jq -r '.[] | "\(.name) \(.role) \(.subject) \(.community // "-") \(.user)"' "$ORG_HOME/gateway/callers.json"
  fi
}

# gateway_profile: writes ORG_HOME/gateway/profile.json (client ids from network/tools/ClientId.java)
gateway_profile() {
  local rows=() certs=() ids=() r name role subject community user i callers="[]" orderers="[]" out
  mapfile -t rows < <(callers_tsv)
  for r in "${rows[@]}"; do
    read -r _ _ _ _ user <<<"$r"
    [[ -f "$(user_cert "$user")" ]] || die "caller ${r%% *} is $user@$DOMAIN, which $NAME does not have (init --users)"
    certs+=("$(user_cert "$user")")
  done
  if ((${#certs[@]})); then
    chaincode_jar
    mapfile -t ids < <(java -cp "$CC_JAR" "$NET/tools/ClientId.java" "${certs[@]}")
    ((${#ids[@]} == ${#certs[@]})) || die "network/tools/ClientId.java gave ${#ids[@]} client ids for ${#certs[@]} certificates"
  fi
  for i in "${!rows[@]}"; do
    read -r name role subject community user <<<"${rows[$i]}"
    callers="$(jq --arg n "$name" --arg r "$role" --arg m "$MSP_ID" --arg s "$subject" --arg c "$community" \
      --arg cert "$(user_cert "$user")" --arg key "$(user_key "$user")" --arg id "${ids[$i]}" \
      '. + [{name: $n, role: $r, mspId: $m, subjectId: $s, communityId: (if $c == "-" then null else $c end),
             cert: $cert, key: $key, clientId: $id}]' <<<"$callers")"
  done
  if [[ "$ORDERER" == yes ]]; then
    orderers="$(jq -n --arg n "$(node_host orderer0)" --arg m "$MSP_ID" --arg e "$(orderer_endpoint)" --arg t "$(tls_ca_cert)" \
      '[{name: $n, mspId: $m, endpoint: $e, tlsRootCert: $t}]')"
  fi
  mkdir -p "$ORG_HOME/gateway"
  out="$ORG_HOME/gateway/profile.json"
  jq -n --arg org "$MSP_ID" --arg ca "$(ca_cert)" --arg fv "$FABRIC_VERSION" --arg ch "$CHANNEL" --arg cc "$CC_NAME" \
    --arg peer "$(node_host peer0)" --arg ep "$LISTEN_IP:$PEER_PORT" --arg tls "$(tls_ca_cert)" \
    --arg acert "$(admin_cert)" --arg akey "$(admin_key)" --argjson callers "$callers" --argjson orderers "$orderers" \
    '{organisation: $org, caCert: $ca, fabricVersion: $fv, channel: $ch, chaincode: $cc,
      peers: [{name: $peer, mspId: $org, endpoint: $ep, tlsRootCert: $tls}],
      orderers: $orderers,
      organisationAdmins: [{mspId: $org, cert: $acert, key: $akey}],
      callers: $callers}' >"$out.tmp"
  mv "$out.tmp" "$out"
  log "gateway profile: $out (${#rows[@]} callers)"
}

# start_gateway: the gateway (fabric mode) on LISTEN_IP:GATEWAY_PORT; CIVIC_DEMO=true unless the
# environment says otherwise; its callers.env settings; data in ORG_HOME/gateway/data
start_gateway() {
  local g="$ORG_HOME/gateway" props=() line
  [[ -f "$GATEWAY_JAR" ]] || die "no gateway at $GATEWAY_JAR: build it (mvn -o -q package -DskipTests -pl gateway-service -am)"
  if [[ ! -f "$g/profile.json" || ( -f "$g/callers.json" && "$g/callers.json" -nt "$g/profile.json" ) ]]; then gateway_profile; fi
  if [[ -f "$g/callers.env" ]]; then
    while IFS= read -r line; do
      [[ -z "$line" || "$line" == \#* ]] || props+=("-D$line")
    done <"$g/callers.env"
  fi
  mkdir -p "$g/data"
  # shellcheck disable=SC2086
  (cd "$g" && proc_start gateway env CIVIC_LEDGER_MODE=fabric CIVIC_LEDGER_FABRIC_PROFILE="$g/profile.json" \
    CIVIC_DATA_DIR="$g/data" CIVIC_DEMO="${CIVIC_DEMO:-true}" \
    QUARKUS_HTTP_HOST="$LISTEN_IP" QUARKUS_HTTP_PORT="$GATEWAY_PORT" \
    java ${CIVIC_GATEWAY_JAVA_OPTS:--XX:+UseSerialGC -Xmx384m} "${props[@]+"${props[@]}"}" -jar "$GATEWAY_JAR")
  touch "$g/started-once"
  wait_listen gateway "$GATEWAY_PORT" 180
  log "gateway listening on http://$LISTEN_IP:$GATEWAY_PORT (profile $g/profile.json)"
}
