#!/usr/bin/env bash
# Single-host walk-through of network/org.sh: three organisations (Community, Bank, Audit), each with
# its own CA, peer, Raft orderer, chaincode service and gateway, on 127.0.0.1; nothing but definitions,
# the genesis block and public certificates passes between their homes (through $EXCHANGE).
#   init x3 -> export definitions (no private key in them) -> found the channel (genesis block) ->
#   orderers + peers join -> chaincode packaged/installed/approved by each, committed -> the chaincode
#   service speaks only mutual TLS -> transactions as the organisations' users (registrations by each
#   organisation's own Admin, read back through another organisation's peer) -> three gateways: a
#   resident enrolled and awarded points through Community's, the award read through Audit's.
# Bounded (every wait has a limit); stops every process it started (also on failure); exit 0 = passed.
#   network/org-selftest.sh [--keep] [--no-gateway]
# Settings: CIVIC_ORG_TEST_DIR (/tmp/civic-org-selftest, wiped first), CIVIC_ORG_TEST_PORT_BASE (20000:
#   the organisations use BASE.., BASE+100.., BASE+200.., 8 ports each), CIVIC_ORG_GENESIS (a command
#   `CMD OUT.block DEF.json...`; default network/tools/civicgov found, built from its source).
set -euo pipefail
NETDIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ORG_SH="$NETDIR/org.sh"
T="${CIVIC_ORG_TEST_DIR:-/tmp/civic-org-selftest}"
BASE="${CIVIC_ORG_TEST_PORT_BASE:-20000}"
KEEP=false GATEWAY=true
for a in "$@"; do
  case "$a" in
    --keep) KEEP=true ;;
    --no-gateway) GATEWAY=false ;;
    *) echo "usage: network/org-selftest.sh [--keep] [--no-gateway]" >&2; exit 2 ;;
  esac
done
ORGS=(community bank audit)
declare -A MSP=([community]=CommunityMSP [bank]=BankMSP [audit]=AuditMSP)
EXCHANGE="$T/exchange"
T0=$SECONDS

say() { printf '%s [selftest %3ss] %s\n' "$(date +%H:%M:%S)" "$((SECONDS - T0))" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
home() { echo "$T/$1"; }
org() { local g="$1"; shift; "$ORG_SH" --home "$(home "$g")" "$@"; }

stop_all() {
  local g
  for g in "${ORGS[@]}"; do [[ -f "$(home "$g")/org.env" ]] && org "$g" stop all 2>/dev/null || true; done
}
finish() {
  local rc=$?
  if $KEEP && ((rc == 0)); then say "kept running (--keep); stop with: for g in ${ORGS[*]}; do $ORG_SH --home $T/\$g stop; done"
  else stop_all; fi
  ((rc == 0)) && say "PASSED in $((SECONDS - T0)) s" || say "exit $rc; homes and logs in $T"
}
trap finish EXIT

# ---------------------------------------------------------------- organisations
rm -rf "$T"
mkdir -p "$EXCHANGE"
for i in "${!ORGS[@]}"; do
  g="${ORGS[$i]}"
  org "$g" init --name "$g" --msp "${MSP[$g]}" --domain "$g.civic.test" --listen-ip 127.0.0.1 \
    --port-base $((BASE + 100 * i)) --orderer yes --advertise ip --users 4
  org "$g" export-definition --out "$EXCHANGE/$g.json"
done
org community init --name community --msp CommunityMSP --domain community.civic.test 2>/dev/null \
  && fail "a second init of the same home was accepted"
for g in "${ORGS[@]}"; do
  grep -q 'PRIVATE KEY' "$EXCHANGE/$g.json" && fail "$g's definition holds a private key"
  for k in $(find "$(home "$g")" -name priv_sk -o -name '*.key'); do
    [[ "$(stat -c %a "$k")" == 600 ]] || fail "$k is not mode 600"
    grep -qF "$(sed -n 2p "$k")" "$EXCHANGE"/*.json && fail "key material of $k is in a definition"
  done
  jq -e --arg m "${MSP[$g]}" '.format == "civic-ledger/organisation/1" and .mspId == $m and (.caCerts | length) == 1
    and (.adminCerts | length) == 1 and (.orderers | length) == 1 and (.anchorPeers | length) == 1' "$EXCHANGE/$g.json" >/dev/null \
    || fail "$g's definition is not as COMMON.md describes"
done
say "3 organisations initialised; definitions exported (public material only: no key in them, every key mode 600)"

# ---------------------------------------------------------------- the channel
DEFS=("$EXCHANGE/community.json" "$EXCHANGE/bank.json" "$EXCHANGE/audit.json")
for g in "${ORGS[@]}"; do jq -r '.tlsCaCerts[0]' "$EXCHANGE/$g.json" >"$EXCHANGE/$g-tlsca.pem"; done
if [[ -n "${CIVIC_ORG_GENESIS:-}" ]]; then
  $CIVIC_ORG_GENESIS "$EXCHANGE/genesis.block" "${DEFS[@]}"
else
  [[ -d "$NETDIR/tools/civicgov" ]] || fail "no network/tools/civicgov to found the channel (or set CIVIC_ORG_GENESIS)"
  (cd "$NETDIR/tools" && GOFLAGS=-buildvcs=false go build -o "$T/civicgov" ./civicgov)
  "$T/civicgov" found --channel civic --out "$EXCHANGE/genesis.block" "${DEFS[@]}"
fi
[[ -s "$EXCHANGE/genesis.block" ]] || fail "no genesis block"
for g in "${ORGS[@]}"; do org "$g" start orderer; org "$g" start peer; done
for g in "${ORGS[@]}"; do org "$g" orderer-join "$EXCHANGE/genesis.block"; done
for g in "${ORGS[@]}"; do org "$g" peer-join "$EXCHANGE/genesis.block"; done
say "channel civic founded; 3 orderers and 3 peers joined"

# ---------------------------------------------------------------- chaincode
for g in "${ORGS[@]}"; do org "$g" chaincode-package --version 1; org "$g" chaincode-install; done
pids=()
for g in "${ORGS[@]}"; do org "$g" start chaincode & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || fail "a chaincode service did not start"; done
# each approval through a different orderer, named three ways
org community chaincode-approve --version 1 --sequence 1
org bank chaincode-approve --version 1 --sequence 1 --definition "$EXCHANGE/community.json"
org audit chaincode-approve --version 1 --sequence 1 --orderer "$(jq -r '.orderers[0] | "\(.host):\(.port)"' "$EXCHANGE/bank.json")" \
  --orderer-ca "$EXCHANGE/bank-tlsca.pem"
org bank chaincode-commit --version 1 --sequence 1 --definition "${DEFS[@]}"
for g in "${ORGS[@]}"; do
  org "$g" chaincode-committed | grep -q 'Version: 1, Sequence: 1' || fail "$g's peer does not show version 1 committed"
done
for g in "${ORGS[@]}"; do # the package names its TLS files; no key travels in it
  tar -xzOf "$(home "$g")/chaincode/1/civic-ledger.tgz" code.tar.gz | tar -xzO | grep -q 'PRIVATE KEY' && fail "$g's chaincode package holds a key"
done
say "chaincode civic-ledger 1 committed (approved by each organisation, each with its own package)"

# The chaincode service speaks only mutual TLS: plain text fails, TLS without a client certificate
# fails, TLS with the peer's client certificate succeeds.
CB="$(home bank)/nodes/chaincode/tls"
CCP="$(grep '^CHAINCODE_PORT=' "$(home bank)/org.env" | cut -d= -f2)"
curl -sS -m 5 --http2-prior-knowledge "http://127.0.0.1:$CCP/" >/dev/null 2>&1 && fail "the chaincode service answered plain text"
# (TLS 1.3: the server's refusal of a missing certificate arrives after the handshake, so stay a moment)
sleep 2 | openssl s_client -connect "127.0.0.1:$CCP" -CAfile "$CB/ca.crt" -alpn h2 >"$T/tls-noclient.txt" 2>&1 || true
sleep 2 | openssl s_client -connect "127.0.0.1:$CCP" -CAfile "$CB/ca.crt" -alpn h2 -cert "$CB/client.crt" -key "$CB/client.key" \
  >"$T/tls-client.txt" 2>&1 || true
grep -q 'Verify return code: 0 (ok)' "$T/tls-client.txt" && ! grep -q 'alert' "$T/tls-client.txt" || fail "no TLS handshake with the chaincode service (see $T/tls-client.txt)"
grep -qiE 'alert certificate required|alert handshake failure|peer did not return a certificate' "$T/tls-noclient.txt" \
  || fail "the chaincode service accepted a TLS client without a certificate (see $T/tls-noclient.txt)"
say "chaincode service: plain text refused, TLS without a client certificate refused, mutual TLS accepted"

# ---------------------------------------------------------------- transactions as the organisations' users
# invoke ORG USER FUNCTION ARG...: endorsed by Community's and Bank's peers (MAJORITY), via ORG's orderer;
# prints the transaction id; retried for up to INVOKE_RETRY seconds (60)
invoke() {
  local g="$1" u="$2" out end=$((SECONDS + ${INVOKE_RETRY:-60}))
  shift 2
  while true; do
    if out="$(
      ORG_HOME="$(home "$g")"
      # shellcheck source=org/lib.sh
      source "$NETDIR/org/lib.sh"
      org_load
      fabric_bin
      CIVIC_CLI_LOG=info as_user "$u" peer chaincode invoke -o "$LISTEN_IP:$ORDERER_PORT" --tls --cafile "$(tls_ca_cert)" \
        -C civic -n civic-ledger --waitForEvent \
        --peerAddresses "$(jq -r '.anchorPeers[0] | "\(.host):\(.port)"' "$EXCHANGE/community.json")" \
        --tlsRootCertFiles "$EXCHANGE/community-tlsca.pem" \
        --peerAddresses "$(jq -r '.anchorPeers[0] | "\(.host):\(.port)"' "$EXCHANGE/bank.json")" \
        --tlsRootCertFiles "$EXCHANGE/bank-tlsca.pem" \
        -c "$(cc_args "$@")" 2>&1
    )"; then
      sed -n 's/.*txid \[\([0-9a-f]*\)\] committed with status (VALID).*/\1/p' <<<"$out" | head -1
      return 0
    fi
    if ((SECONDS >= end)); then say "$g $u $1 failed: $out"; return 1; fi
    sleep 0.5
  done
}
# query ORG USER FUNCTION ARG...: through ORG's own peer
query() {
  local g="$1" u="$2"
  shift 2
  (
    ORG_HOME="$(home "$g")"
    source "$NETDIR/org/lib.sh"
    org_load
    fabric_bin
    as_user "$u" peer chaincode query -C civic -n civic-ledger -c "$(cc_args "$@")"
  )
}
client_id() { java -cp "$NETDIR/../chaincode/target/civic-ledger-chaincode.jar" "$NETDIR/tools/ClientId.java" "$(home "$1")/users/$2/msp/signcerts/cert.pem"; }
register_json() { # CLIENT_ID MSP ROLE SUBJECT [COMMUNITY]
  local j
  j="{\"clientId\":$(jq -Rn --arg v "$1" '$v'),\"mspId\":\"$2\",\"role\":\"$3\",\"subjectId\":\"$4\""
  [[ -z "${5:-}" ]] || j+=",\"communityId\":\"$5\""
  echo "$j}"
}
invoke community Admin Registry:init >/dev/null || fail "Registry:init"
tx_admin="$(invoke community Admin Registry:register "$(register_json "$(client_id community User1)" CommunityMSP ADMIN demo-admin demo)")" \
  || fail "Community's Admin could not register demo-admin"
tx_aud="$(invoke audit Admin Registry:register "$(register_json "$(client_id audit User1)" AuditMSP AUDITOR demo-auditor)")" \
  || fail "Audit's Admin could not register demo-auditor"
# Audit's user, through Audit's own peer: registered by Audit's Admin
query audit User1 Registry:whoAmI | jq -e '.role == "AUDITOR"' >/dev/null || fail "Audit's User1 is not the AUDITOR it was registered as"
# a Community Admin's transaction, read through Audit's peer (qscc) by Audit's user
(
  ORG_HOME="$(home audit)"; source "$NETDIR/org/lib.sh"; org_load; fabric_bin
  as_user User1 peer chaincode query -C civic -n qscc -c "{\"Args\":[\"GetTransactionByID\",\"civic\",\"$tx_admin\"]}" >/dev/null
) || fail "Community's registration $tx_admin is not on Audit's peer"
# an organisation's Admin may not register another organisation's caller (the chaincode's rule)
if INVOKE_RETRY=0 invoke bank Admin Registry:register "$(register_json "$(client_id community User2)" CommunityMSP APP demo-app demo)" >/dev/null 2>&1; then
  fail "Bank's Admin registered a Community caller"
fi
say "transactions as the organisations' users: registrations by each organisation's own Admin ($tx_admin, $tx_aud), read through Audit's peer"

# The resident story in chaincode calls, as the organisations' users through their own peers: Community's
# demo-app enrols a resident and awards points; Audit's auditor reads the balance and the transaction.
tx_app="$(invoke community Admin Registry:register "$(register_json "$(client_id community User2)" CommunityMSP APP demo-app demo)")" \
  || fail "Community's Admin could not register demo-app"
invoke community User1 Community:defineActivityType \
  '{"activityType":"volunteer-hour","category":"VOLUNTEER_SERVICE","pointsPerUnit":10,"unit":"HOUR","dailyCapPoints":80,"creditWeight":100}' >/dev/null \
  || fail "demo-admin could not define an activity type"
cc_rid="$(printf 'selftest-resident-%s' "$(date +%s%N)" | sha256sum | cut -d' ' -f1)"
invoke community User2 Community:enrolResident "{\"residentId\":\"$cc_rid\"}" >/dev/null || fail "demo-app could not enrol a resident"
cc_tx="$(invoke community User2 Points:award "{\"contributionId\":\"selftest-cc-1\",\"residentId\":\"$cc_rid\",\"activityType\":\"volunteer-hour\",\"quantity\":3,\"occurredAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}")" \
  || fail "demo-app could not award points"
balance="$(query audit User1 Points:getBalance "$cc_rid")" || fail "Audit's auditor cannot read the balance through Audit's peer"
jq -e '.available == 30' <<<"$balance" >/dev/null || fail "Audit's peer shows the balance $balance, not 30"
(
  ORG_HOME="$(home audit)"; source "$NETDIR/org/lib.sh"; org_load; fabric_bin
  as_user User1 peer chaincode query -C civic -n qscc -c "{\"Args\":[\"GetTransactionByID\",\"civic\",\"$cc_tx\"]}" >/dev/null
) || fail "the award $cc_tx is not on Audit's peer"
say "chaincode calls: resident enrolled and awarded 30 points by Community's demo-app (tx $cc_tx); Audit's auditor reads balance $(jq -c . <<<"$balance") and the transaction through Audit's peer"

# ---------------------------------------------------------------- upgrade: version 2, sequence 2
for g in "${ORGS[@]}"; do org "$g" chaincode-package --version 2; org "$g" chaincode-install; done
org community chaincode-approve --version 2 --sequence 2
org bank chaincode-approve --version 2 --sequence 2 --definition "$EXCHANGE/audit.json"
org audit chaincode-approve --version 2 --sequence 2
org audit chaincode-commit --version 2 --sequence 2 --definition "${DEFS[@]}"
for g in "${ORGS[@]}"; do org "$g" stop chaincode; org "$g" start chaincode; done # one organisation at a time
for g in "${ORGS[@]}"; do
  org "$g" chaincode-committed | grep -q 'Version: 2, Sequence: 2' || fail "$g's peer does not show version 2 committed"
  grep -q "$(cat "$(home "$g")/chaincode/2/package-id")" "/proc/$(cut -d' ' -f1 "$(home "$g")/pids/chaincode.pid")/environ" \
    || fail "$g's chaincode service does not run version 2's package"
done
balance="$(query audit User1 Points:getBalance "$cc_rid")" && jq -e '.available == 30' <<<"$balance" >/dev/null \
  || fail "after the upgrade Audit's peer shows the balance $balance, not 30"
invoke community User2 Points:award "{\"contributionId\":\"selftest-cc-2\",\"residentId\":\"$cc_rid\",\"activityType\":\"volunteer-hour\",\"quantity\":1,\"occurredAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}" >/dev/null \
  || fail "no award after the upgrade"
say "upgrade: version 2 packaged, installed, approved and committed as sequence 2; services restarted one organisation at a time; state kept, transactions go on"

# ---------------------------------------------------------------- a caller of Bank's own
teller_sha="$(printf 'selftest-teller-token' | sha256sum | cut -d' ' -f1)"
org bank caller-add --name bank-teller --role BANK --subject bank-teller --user User2 --token-sha256 "$teller_sha"
jq -e '[.callers[].name] == ["demo-bank", "bank-teller"]' "$(home bank)/gateway/profile.json" >/dev/null || fail "bank-teller is not in Bank's profile"
grep -qx "civic.callers.bank-teller.token-sha256=$teller_sha" "$(home bank)/gateway/callers.env" || fail "bank-teller is not in Bank's callers.env"
org bank caller-add --name bank-teller --role BANK --subject x --user User3 --token-sha256 "$teller_sha" 2>/dev/null \
  && fail "a second caller named bank-teller was accepted"
org bank caller-add --name other --role APP --subject x --user User3 --token-sha256 "$teller_sha" 2>/dev/null \
  && fail "an APP caller without a community was accepted"
org bank caller-add --name other --role BANK --subject x --user User1 --token-sha256 "$teller_sha" 2>/dev/null \
  && fail "a second caller with demo-bank's identity (User1) was accepted"

# ---------------------------------------------------------------- gateways
# ---------------------------------------------------------------- a peer that joins late (run last)
late_join() {
  # Audit's peer starts again from nothing (ledger and installed packages gone), joins with the genesis
  # block and catches up on every later block (configuration and chaincode lifecycle included); the
  # award is then on it. (Its organisation's own chaincode approvals are private data that no other peer
  # holds, so this peer could not run the chaincode again before the definition's next sequence: a
  # rebuilt sole peer is a late joiner for the ledger, not for the lifecycle. Hence this is done last.)
  height() { # ORG: its peer's height of civic
    (ORG_HOME="$(home "$1")"; source "$NETDIR/org/lib.sh"; org_load; fabric_bin
     as_admin peer channel getinfo -c civic 2>/dev/null | sed -n 's/.*"height":\([0-9]*\).*/\1/p')
  }
  late_tx="${tx:-$cc_tx}"
  org audit stop gateway
  org audit stop chaincode
  org audit stop peer
  rm -rf "$(home audit)/data/peer0"
  org audit start peer
  t_join=$SECONDS
  org audit peer-join "$EXCHANGE/genesis.block"
  want="$(height community)"
  for _ in $(seq 1 300); do [[ "$(height audit)" == "$want" ]] && break; sleep 0.2; done
  [[ "$(height audit)" == "$want" ]] || fail "Audit's re-joined peer is at height $(height audit), Community's at $want"
  (
    ORG_HOME="$(home audit)"; source "$NETDIR/org/lib.sh"; org_load; fabric_bin
    as_user User1 peer chaincode query -C civic -n qscc -c "{\"Args\":[\"GetTransactionByID\",\"civic\",\"$late_tx\"]}" >/dev/null
  ) || fail "the award $late_tx is not on Audit's re-joined peer"
  say "a late joiner: Audit's peer, started from nothing, joined with the genesis block and caught up to height $want in $((SECONDS - t_join)) s; the award $late_tx is on it"
}
# ---------------------------------------------------------------- Audit replaces its admin certificate
# admin-replace-prepare (a new admin and a CRL by Audit's own CA revoking the current one) -> the update
# proposed, signed and submitted by the CURRENT admin -> admin-replace-commit (new admin in use, the CRL
# in every local MSP, the peer, orderer and gateway restarted). Then: the new admin signs as Audit, the
# old admin's signature and the old admin on Audit's peer are refused, Audit's gateway still serves.
# The test keeps a copy of the old admin's MSP (as a thief of its key would): org.sh deletes its own.
OLD_ADMIN="$T/audit-old-admin"
# as_old_admin CMD...: CMD (the peer CLI) as Audit's old admin, against Audit's peer
as_old_admin() {
  (
    ORG_HOME="$(home audit)"; source "$NETDIR/org/lib.sh"; org_load; fabric_bin
    FABRIC_CFG_PATH="$(config_dir peer0)" CORE_PEER_LOCALMSPID=AuditMSP CORE_PEER_MSPCONFIGPATH="$OLD_ADMIN/msp" \
      CORE_PEER_ADDRESS="$LISTEN_IP:$PEER_PORT" CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_ROOTCERT_FILE="$(tls_ca_cert)" \
      FABRIC_LOGGING_SPEC=warning "$@"
  )
}
as_audit_admin() { (ORG_HOME="$(home audit)"; source "$NETDIR/org/lib.sh"; org_load; fabric_bin; as_admin "$@"); }
serial_of() { openssl x509 -in "$1" -noout -serial | cut -d= -f2 | tr 'A-F' 'a-f' | sed 's/^0*//'; }
admin_replace() {
  local A old_serial new_serial out d t_rep=$SECONDS
  A="$(home audit)"
  cp -a "$A/users/Admin" "$OLD_ADMIN"
  old_serial="$(serial_of "$OLD_ADMIN/msp/signcerts/cert.pem")"
  # before: the old admin reads the channel's config through Audit's peer
  as_old_admin peer channel fetch config "$T/old-before.block" -c civic >/dev/null 2>&1 || fail "Audit's admin cannot fetch the config before the replacement"

  org audit admin-replace-prepare --out "$EXCHANGE/audit-next.json"
  new_serial="$(serial_of "$A/users/Admin.next/msp/signcerts/cert.pem")"
  [[ "$(stat -c %a "$A/users/Admin.next/msp/keystore/priv_sk")" == 600 && "$(stat -c %a "$A/users/Admin.next/tls/client.key")" == 600 ]] \
    || fail "the new admin's keys are not mode 600"
  openssl x509 -in "$A/users/Admin.next/msp/signcerts/cert.pem" -noout -subject | grep -q 'OU *= *admin' || fail "the new admin is not OU=admin"
  openssl verify -CAfile "$A/ca/ca.crt" "$A/users/Admin.next/msp/signcerts/cert.pem" >/dev/null || fail "the new admin is not issued by Audit's CA"
  grep -q 'PRIVATE KEY' "$EXCHANGE/audit-next.json" && fail "Audit's next definition holds a private key"
  jq -e --rawfile a "$A/users/Admin.next/msp/signcerts/cert.pem" '.adminCerts == [$a] and (.crls | length) == 1' "$EXCHANGE/audit-next.json" >/dev/null \
    || fail "Audit's next definition does not name the new admin and the CRL"
  out="$(org audit admin-replace-prepare 2>&1)" && fail "a second replacement was staged"
  grep -q 'already staged' <<<"$out" || fail "second prepare refused without saying why: $out"
  out="$(org audit admin-replace-commit 2>&1)" && fail "admin-replace-commit was accepted before the channel holds the new admin"
  grep -q "does not hold AuditMSP's next definition" <<<"$out" || fail "early commit refused without saying why: $out"
  [[ -d "$A/users/Admin.next" && "$(serial_of "$A/users/Admin/msp/signcerts/cert.pem")" == "$old_serial" ]] || fail "the refused commit changed Audit's admins"

  # the update of Audit: proposed, signed and submitted by Audit's CURRENT admin (its own signature suffices)
  org audit channel-propose-update "$EXCHANGE/audit-next.json" --out "$EXCHANGE/audit-admin.pb"
  org audit channel-sign "$EXCHANGE/audit-admin.pb"
  org audit channel-submit "$EXCHANGE/audit-admin.pb"
  org community channel-describe | jq -e --arg s "$old_serial" '.organisations[] | select(.mspId == "AuditMSP") | .adminCerts == 1 and .crls == 1 and .revokedSerials == [$s]' >/dev/null \
    || fail "the channel does not revoke Audit's old admin $old_serial"
  # until the commit, Audit's peer's local MSP (no CRL yet) still takes the old admin as the peer's admin
  as_old_admin peer lifecycle chaincode queryinstalled >/dev/null 2>&1 \
    || fail "before the commit, Audit's peer already refuses the old admin as its admin (expected: only its channel MSP has the CRL)"
  local gw_pid="" pe_pid
  pe_pid="$(cut -d' ' -f1 "$A/pids/peer0.pid")"
  [[ -f "$A/pids/gateway.pid" ]] && gw_pid="$(cut -d' ' -f1 "$A/pids/gateway.pid")"
  org audit admin-replace-commit
  [[ "$(cut -d' ' -f1 "$A/pids/peer0.pid")" != "$pe_pid" ]] || fail "admin-replace-commit did not restart Audit's running peer"
  [[ -z "$gw_pid" || "$(cut -d' ' -f1 "$A/pids/gateway.pid")" != "$gw_pid" ]] || fail "admin-replace-commit did not restart Audit's running gateway"
  [[ "$(serial_of "$A/users/Admin/msp/signcerts/cert.pem")" == "$new_serial" && ! -e "$A/users/Admin.next" && ! -e "$A/definition.next.json" ]] \
    || fail "users/Admin is not the new admin after the commit"
  [[ -z "$(find "$A/users/Admin.revoked-$old_serial" -name priv_sk -o -name '*.key')" ]] || fail "the old admin's keys were kept"
  for d in "$A/msp" "$A/nodes/peer0/msp" "$A/nodes/orderer0/msp" "$A/users/Admin/msp" "$A/users/User1/msp"; do
    [[ -n "$(find "$d/crls" -name '*.pem')" ]] || fail "no CRL in $d/crls"
  done
  cmp -s <(jq -S . "$A/definition.json") <(jq -S . "$EXCHANGE/audit-next.json") || fail "Audit's definition.json is not the next definition"
  say "Audit's admin replaced in $((SECONDS - t_rep)) s: serial $old_serial revoked by Audit's CRL (update signed and submitted by the old admin), $new_serial in use"

  # (a) the new admin signs as Audit, (b) the old admin's signature is refused as revoked: on a proposal
  # to add a fourth organisation (never submitted) that needs 2 of the 3 organisations
  org bank2 init --name bank2 --msp Bank2MSP --domain bank2.civic.test --listen-ip 127.0.0.1 --port-base $((BASE + 300)) \
    --orderer no --advertise ip --users 1 >/dev/null 2>&1
  org bank2 export-definition --out "$EXCHANGE/bank2.json"
  org community channel-propose-add "$EXCHANGE/bank2.json" --out "$EXCHANGE/add-bank2.pb"
  org community channel-sign "$EXCHANGE/add-bank2.pb"
  cp "$EXCHANGE/add-bank2.pb" "$EXCHANGE/add-bank2-old.pb"
  org audit channel-sign "$EXCHANGE/add-bank2.pb"
  out="$(org community channel-check "$EXCHANGE/add-bank2.pb" 2>&1)" || fail "the new admin's signature does not count for Audit: $out"
  grep -q 'ready to submit.*signed by admins of 2 organisation(s): AuditMSP, CommunityMSP' <<<"$out" || fail "channel-check: $out"
  say "(a) the new admin's signature counts for Audit: $(grep -o 'signed by admins of .*' <<<"$out")"
  org community channel-fetch-config --out "$T/after-admin.block"
  "$T/civicgov" sign --update "$EXCHANGE/add-bank2-old.pb" --msp AuditMSP --cert "$OLD_ADMIN/msp/signcerts/cert.pem" --key "$OLD_ADMIN/msp/keystore/priv_sk" >/dev/null
  out="$("$T/civicgov" check-update --config "$T/after-admin.block" --update "$EXCHANGE/add-bank2-old.pb" 2>&1)" \
    && fail "civicgov accepted the old admin's signature: $out"
  grep -q "by AuditMSP: its certificate is revoked by AuditMSP's CRL" <<<"$out" || fail "old admin's signature refused without saying revoked: $out"
  say "(b) the old admin's signature: $out"

  # (c) the old admin on Audit's peer: channel reads (Readers policy, evaluated with the channel MSP and
  # its CRL) and proposals (creator validated against the channel MSP) are refused; the local MSP (its
  # crls/, read at start) refuses it as the peer's admin; the new admin is accepted each time
  out="$(as_old_admin peer channel fetch config "$T/old-after.block" -c civic 2>&1)" && fail "the old admin fetched the config after its revocation"
  grep -q FORBIDDEN <<<"$out" || fail "old admin's fetch refused without FORBIDDEN: $out"
  as_audit_admin peer channel fetch config "$T/new-after.block" -c civic >/dev/null 2>&1 || fail "the new admin cannot fetch the config"
  out="$(as_old_admin peer chaincode query -C civic -n qscc -c '{"Args":["GetChainInfo","civic"]}' 2>&1)" && fail "the old admin queried the channel after its revocation"
  grep -qi 'access denied\|revoked' <<<"$out" || fail "old admin's query refused without saying why: $out"
  as_audit_admin peer chaincode query -C civic -n qscc -c '{"Args":["GetChainInfo","civic"]}' >/dev/null 2>&1 || fail "the new admin cannot query qscc"
  out="$(as_old_admin peer lifecycle chaincode queryinstalled 2>&1)" && fail "Audit's restarted peer (local MSP with the CRL) took the old admin as its admin"
  local local_refusal
  local_refusal="$(grep -o 'Error: .*' <<<"$out" | head -1 | cut -c1-200)"
  as_audit_admin peer lifecycle chaincode queryinstalled >/dev/null 2>&1 || fail "Audit's peer does not take the new admin as its admin"
  grep -qi 'revoked' "$A/logs/peer0.log" || fail "Audit's peer log does not say the old admin is revoked"
  say "(c) Audit's peer refuses the old admin: fetch config FORBIDDEN, qscc query '$(grep -o 'access denied[^"]*' <<<"$(as_old_admin peer chaincode query -C civic -n qscc -c '{"Args":["GetChainInfo","civic"]}' 2>&1)" | head -1)', queryinstalled as the peer's admin (accepted before the commit) now '$local_refusal'; peer log: '$(grep -i 'revoked' "$A/logs/peer0.log" | tail -n 1 | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-300)'"

  # (d) Audit's gateway, restarted by the commit, still serves its auditor
  if $GATEWAY; then
    seen="$(curl -sS -m 60 -H "$AUDITOR" "$(GW audit)/audit/transactions/$tx")"
    jq -e --arg t "$tx" '.txId == $t and .validationCode == "VALID"' <<<"$seen" >/dev/null || fail "Audit's restarted gateway does not serve the award $tx: $seen"
    jq -e --arg c "$A/users/Admin/msp/signcerts/cert.pem" '.organisationAdmins[0].cert == $c' "$A/gateway/profile.json" >/dev/null || fail "Audit's profile does not name its admin"
    say "(d) Audit's gateway, restarted with the new admin, serves the auditor the award $tx"
  fi
}
if ! $GATEWAY; then say "gateways skipped (--no-gateway)"; admin_replace; late_join; exit 0; fi
for g in "${ORGS[@]}"; do org "$g" gateway-profile; done
for g in "${ORGS[@]}"; do
  jq -e --arg m "${MSP[$g]}" '.organisation == $m and ([.peers[].mspId, .organisationAdmins[].mspId, .callers[].mspId] | all(. == $m))' \
    "$(home "$g")/gateway/profile.json" >/dev/null || fail "$g's gateway profile names another organisation"
done
org community start gateway # first: it registers the demo community's ADMIN, which owns community "demo"
org bank start gateway & pb=$!
org audit start gateway & pa=$!
wait "$pb" || fail "Bank's gateway did not start (log: $(home bank)/logs/gateway.log)"
wait "$pa" || fail "Audit's gateway did not start (log: $(home audit)/logs/gateway.log)"
GW() { echo "http://127.0.0.1:$(grep '^GATEWAY_PORT=' "$(home "$1")/org.env" | cut -d= -f2)/api/v1"; }
APP="Authorization: Bearer demo-app-token"
AUDITOR="Authorization: Bearer demo-auditor-token"
JSON="Content-Type: application/json"
run="$(date +%s)"
resident="$(curl -sS -m 60 -H "$APP" -H "$JSON" -d "{\"externalRef\":\"selftest-$run\"}" "$(GW community)/residents")"
rid="$(jq -r '.residentId // empty' <<<"$resident")"
[[ -n "$rid" ]] || fail "enrolment through Community's gateway: $resident"
now="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
award="$(curl -sS -m 60 -H "$APP" -H "$JSON" \
  -d "{\"contributionId\":\"selftest-c-$run\",\"residentId\":\"$rid\",\"activityType\":\"volunteer-hour\",\"quantity\":3,\"occurredAt\":\"$now\"}" \
  "$(GW community)/contributions")"
tx="$(jq -r '.txId // empty' <<<"$award")"
[[ -n "$tx" && "$(jq -r .points <<<"$award")" == 30 ]] || fail "award through Community's gateway: $award"
seen=""
for _ in $(seq 1 50); do # Audit's peer commits the block moments later
  seen="$(curl -sS -m 30 -H "$AUDITOR" "$(GW audit)/audit/transactions/$tx")"
  jq -e --arg t "$tx" '.txId == $t' <<<"$seen" >/dev/null 2>&1 && break
  sleep 0.2
done
jq -e --arg t "$tx" '.txId == $t and .creatorMspId == "CommunityMSP" and .validationCode == "VALID"' <<<"$seen" >/dev/null \
  || fail "Audit's gateway does not show the award $tx: $seen"
loans="$(curl -sS -m 30 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer selftest-teller-token" "$(GW bank)/loan-products")"
[[ "$loans" == 200 ]] || fail "Bank's gateway refuses its own caller bank-teller (HTTP $loans)"
say "resident $rid enrolled and awarded 30 points through Community's gateway (tx $tx); Audit's gateway reads it: $(jq -c '{blockNumber, creatorMspId, endorsements}' <<<"$seen")"
admin_replace
late_join
