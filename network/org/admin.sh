# shellcheck shell=bash
# Replacing the organisation's admin certificate (sourced by network/org.sh), on its own host with its
# own CA; the channel's governance takes the change (an update of this organisation, signed and
# submitted by its CURRENT admin):
#   admin-replace-prepare [--out DEF.json]  a new admin key + certificate staged in users/Admin.next (the
#       same MSP layout as users/Admin, with its TLS client certificate), a CRL signed by the CA revoking
#       the current admin certificate (the CA's CRL state: ca/crl/), and the next definition
#       (adminCerts = [new], crls = earlier ones + that CRL) in definition.next.json (and DEF.json)
#   then: channel-propose-update DEF.json --out U.pb; channel-sign U.pb (others' signatures are not
#       needed: an update of an organisation needs its own admin); channel-submit U.pb
#   admin-replace-commit  once the channel holds the next definition: users/Admin.next becomes
#       users/Admin (the old one is kept as users/Admin.revoked-<serial> with its certificates only: its
#       keys are deleted), the CRL goes into msp/crls and every local MSP of its nodes and users,
#       definition.json and the gateway profile are rewritten, and the running peer, orderer and gateway
#       are restarted (they read their local MSP and the profile only when they start).

ADMIN_NEXT_DIR() { echo "$ORG_HOME/users/Admin.next"; }
crl_state() { echo "$ORG_HOME/ca/crl"; }

# cert_serial CERT: the certificate's serial number, lowercase hex without leading zeros (as civicgov describe)
cert_serial() {
  local s
  s="$(openssl x509 -in "$1" -noout -serial 2>/dev/null)" || die "$1 is not a certificate"
  s="${s#serial=}"
  s="$(tr 'A-F' 'a-f' <<<"$s" | sed 's/^0*//')"
  echo "${s:-0}"
}
# cert_fingerprint CERT: SHA-256 of the certificate's DER form
cert_fingerprint() { openssl x509 -in "$1" -noout -fingerprint -sha256 | cut -d= -f2; }

# ca_cnf DIR: the openssl ca configuration of the organisation's CA for its CRLs, state in DIR
ca_cnf() {
  cat <<CNF
[ca]
default_ca = CA_default
[CA_default]
database = $1/index.txt
crlnumber = $1/crlnumber
default_md = sha256
default_crl_days = 1825
crl_extensions = crl_ext
[crl_ext]
authorityKeyIdentifier = keyid:always
CNF
}

# admin_replace_prepare [--out DEF.json]
admin_replace_prepare() {
  local out="" next stage state cur serial crl crlno ski aki def
  while (($#)); do
    case "$1" in
      --out) out="${2:?--out needs a file}"; shift 2 ;;
      *) die "admin-replace-prepare: unknown option $1 (usage: admin-replace-prepare [--out DEF.json])" ;;
    esac
  done
  next="$(ADMIN_NEXT_DIR)"
  [[ ! -e "$next" && ! -e "$ORG_HOME/definition.next.json" ]] \
    || die "a replacement of $MSP_ID's admin is already staged ($next, $ORG_HOME/definition.next.json): submit it and run admin-replace-commit"
  cur="$(admin_cert)"
  [[ -f "$cur" && -f "$ORG_HOME/ca/ca.key" ]] || die "$NAME has no admin certificate or no CA key in $ORG_HOME"
  serial="$(cert_serial "$cur")"
  command -v openssl >/dev/null && command -v jq >/dev/null || die "openssl and jq are needed"

  # everything is made in a staging folder and moved in at the end: a failure changes nothing
  stage="$ORG_HOME/users/.admin-replace.$$"
  rm -rf "$stage"
  mkdir -p "$stage"
  trap 'rm -rf "${stage:?}"' EXIT
  state="$stage/crl-state"
  mkdir -p "$state"
  if [[ -d "$(crl_state)" ]]; then cp -p "$(crl_state)"/{index.txt,crlnumber} "$state/"; else touch "$state/index.txt"; echo 01 >"$state/crlnumber"; fi
  ca_cnf "$state" >"$state/ca.cnf"
  crlno="$(cat "$state/crlnumber")"
  openssl ca -batch -config "$state/ca.cnf" -keyfile "$ORG_HOME/ca/ca.key" -cert "$ORG_HOME/ca/ca.crt" -revoke "$cur" >"$stage/openssl.log" 2>&1 \
    || die "openssl cannot revoke the current admin certificate: $(tail -n 1 "$stage/openssl.log")"
  crl="$stage/crl-$(printf '%06d' "$((16#$crlno))").pem"
  openssl ca -batch -config "$state/ca.cnf" -keyfile "$ORG_HOME/ca/ca.key" -cert "$ORG_HOME/ca/ca.crt" -gencrl -out "$crl" >"$stage/openssl.log" 2>&1 \
    || die "openssl cannot make the CRL: $(tail -n 1 "$stage/openssl.log")"
  openssl crl -in "$crl" -noout -CAfile "$(ca_cert)" 2>/dev/null || die "the CRL $crl does not verify against $(ca_cert)"
  ski="$(openssl x509 -in "$(ca_cert)" -noout -ext subjectKeyIdentifier | sed -n '2s/ //gp')"
  aki="$(openssl crl -in "$crl" -noout -text | grep -A1 'Authority Key Identifier' | tail -n 1 | sed 's/ //g; s/^keyid://')"
  [[ -n "$ski" && "$ski" == "$aki" ]] || die "the CRL's authority key identifier ($aki) is not the CA's ($ski)"
  openssl crl -in "$crl" -noout -text | grep -qix " *Serial Number: 0*$serial" \
    || die "the CRL does not list the admin certificate's serial $serial"

  # the new admin: key made here, OU=admin, issued by the organisation's CA; the same subject as before
  # (so its Fabric client id stays the same), a new serial and key; plus its TLS client certificate
  signing_msp "$stage/Admin/msp" admin "Admin@$DOMAIN"
  mkdir -p "$stage/Admin/msp/crls"
  tls_pair "$stage/Admin/tls" client "Admin@$DOMAIN" "DNS:Admin@$DOMAIN"

  # the next definition: the current one with the new admin and the CRL added (in msp/crls order)
  def="$(definition_json | jq --rawfile a "$stage/Admin/msp/signcerts/cert.pem" --rawfile c "$crl" '.adminCerts = [$a] | .crls += [$c]')"
  grep -q 'PRIVATE KEY' <<<"$def" && die "the next definition would hold a private key: refused"
  echo "$def" >"$stage/definition.next.json"

  # move in (the CA's CRL state, the staged admin, the CRL, the definition)
  mkdir -p "$ORG_HOME/ca/crl-pending"
  mv "$crl" "$ORG_HOME/ca/crl-pending/"
  rm -rf "$(crl_state)"
  mkdir -p "$(crl_state)"
  mv "$state"/index.txt* "$state"/crlnumber* "$state/ca.cnf" "$(crl_state)/"
  chmod 700 "$(crl_state)"
  mv "$stage/Admin" "$next"
  mv "$stage/definition.next.json" "$ORG_HOME/definition.next.json"
  rm -rf "$stage"
  trap - EXIT
  if [[ -n "$out" ]]; then cp "$ORG_HOME/definition.next.json" "$out"; fi
  log "new admin of $MSP_ID staged in $next (serial $(cert_serial "$next/msp/signcerts/cert.pem")); CRL $(basename "$crl") revokes the current admin (serial $serial)"
  log "next definition: $ORG_HOME/definition.next.json${out:+ and $out}. Next, as the CURRENT admin: channel-propose-update ${out:-$ORG_HOME/definition.next.json} --out U.pb; channel-submit U.pb; then admin-replace-commit"
}

# admin_replace_commit: see the top of this file
admin_replace_commit() {
  (($# == 0)) || die "usage: admin-replace-commit"
  local next cfg oldserial newserial msg serial_list crl d n restart=() p
  next="$(ADMIN_NEXT_DIR)"
  [[ -d "$next" && -f "$ORG_HOME/definition.next.json" ]] || die "no replacement of $MSP_ID's admin is staged: run admin-replace-prepare first"
  crl="$(find "$ORG_HOME/ca/crl-pending" -name 'crl-*.pem' -type f 2>/dev/null | sort | tail -n 1)"
  [[ -n "$crl" ]] || die "the staged CRL is missing from $ORG_HOME/ca/crl-pending"
  oldserial="$(cert_serial "$(admin_cert)")"
  newserial="$(cert_serial "$next/msp/signcerts/cert.pem")"

  # the channel must hold the next definition: fetched as the new admin (the current one is revoked
  # there once the update is in), or as User1 when the update is not in yet
  # shellcheck source=channel.sh
  source "$ORG_DIR/channel.sh"
  # shellcheck disable=SC2034 # read by try_fetch (channel.sh)
  CH_ORDERER="" CH_ORDERER_CA=""
  cfg="$ORG_HOME/channel/config.block"
  try_fetch "$cfg" Admin.next || try_fetch "$cfg" User1 || die "not committed: cannot read the channel's config to check it: $FETCH_ERR"
  if msg="$(civicgov update-org --config "$cfg" --definition "$ORG_HOME/definition.next.json" --out "$ORG_HOME/channel/commit-check.pb" 2>&1)"; then
    rm -f "$ORG_HOME/channel/commit-check.pb"
    die "not committed: channel $CHANNEL (sequence $(config_sequence "$cfg")) does not hold $MSP_ID's next definition yet (the new admin certificate, serial $newserial): submit the update (channel-propose-update $ORG_HOME/definition.next.json, channel-submit) first"
  fi
  grep -q 'nothing to update' <<<"$msg" || die "not committed: cannot compare the channel's config with $ORG_HOME/definition.next.json: ${msg#civicgov: }"
  serial_list="$(civicgov describe --config "$cfg" | jq -r --arg m "$MSP_ID" '.organisations[] | select(.mspId == $m) | .revokedSerials[]')"
  grep -qx "$oldserial" <<<"$serial_list" || die "not committed: the channel's CRLs of $MSP_ID do not revoke serial $oldserial"

  # the new admin replaces the old one; the old keys are deleted (its certificates stay, for the record)
  mv "$ORG_HOME/users/Admin" "$ORG_HOME/users/Admin.revoked-$oldserial"
  rm -rf "$ORG_HOME/users/Admin.revoked-$oldserial/msp/keystore" "$ORG_HOME/users/Admin.revoked-$oldserial/tls/client.key"
  mv "$next" "$ORG_HOME/users/Admin"
  # the CRL into the organisation's MSP and every local MSP (nodes and users)
  for d in "$ORG_HOME/msp" "$ORG_HOME"/nodes/*/msp "$ORG_HOME"/users/*/msp; do
    [[ -d "$d" ]] || continue
    mkdir -p "$d/crls"
    cp "$crl" "$d/crls/"
  done
  rm -f "$crl"
  rmdir "$ORG_HOME/ca/crl-pending" 2>/dev/null || true
  definition_json >"$ORG_HOME/definition.json.tmp"
  if ! diff -q <(jq -S . "$ORG_HOME/definition.json.tmp") <(jq -S . "$ORG_HOME/definition.next.json") >/dev/null; then
    log "warning: the definition made from $ORG_HOME differs from definition.next.json; definition.json is the one made from the files"
  fi
  mv "$ORG_HOME/definition.json.tmp" "$ORG_HOME/definition.json"
  rm -f "$ORG_HOME/definition.next.json"
  [[ -f "$ORG_HOME/gateway/profile.json" ]] && gateway_profile
  log "$MSP_ID's admin is now serial $newserial; the old admin (serial $oldserial) is revoked, its keys deleted (certificates kept in users/Admin.revoked-$oldserial)"

  # the peer and orderer read their local MSP (and its crls/), the gateway its admin, only at start
  alive peer0 && restart+=(peer)
  alive orderer0 && restart+=(orderer)
  alive gateway && restart+=(gateway)
  if ((${#restart[@]})); then
    log "restarting ${restart[*]}, one at a time: the peer and orderer read their local MSP (now with the CRL) and the gateway its profile (the new admin) only when they start"
    for p in "${restart[@]}"; do [[ "$p" == gateway ]] || { stop_nodes "$p"; start_nodes "$p"; }; done
    # the gateway last, once its peer is back
    for p in "${restart[@]}"; do [[ "$p" == gateway ]] && { stop_nodes gateway; start_nodes gateway; }; done
  fi
  for n in peer orderer gateway; do
    [[ " ${restart[*]-} " == *" $n "* ]] || log "$n was not running: it takes the new admin and the CRL when it starts"
  done
}
