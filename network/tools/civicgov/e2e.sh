#!/usr/bin/env bash
# Channel governance against real Fabric processes, with network/org.sh as each organisation's operator
# would run it (one host, 127.0.0.1, each organisation its own ORG_HOME):
#   founders Community, Bank, Audit (each a peer and a Raft orderer) found channel civic; Bank2 (peer
#   only) is proposed, refused with one signature, added with two; Bank2 replaces its admin certificate
#   and revokes the old one (its own signature suffices, the old admin is refused afterwards); removing
#   Bank2 needs 3 of 4; removing an ordering organisation is refused; Bank (an orderer) adds an admin.
# Usage: network/tools/civicgov/e2e.sh [WORK_DIR] [PORT_BASE]   (default /tmp/civicgov-e2e, 21100; uses
#   PORT_BASE..PORT_BASE+39). Stops every process it started, also on failure. Needs openssl and jq.
set -euo pipefail
NET="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
W="${1:-/tmp/civicgov-e2e}"
BASE="${2:-21100}"
ORG="$NET/org.sh"
[[ ! -e "$W" ]] || [[ -z "$(ls -A "$W")" ]] || { echo "e2e: $W is not empty" >&2; exit 1; }
mkdir -p "$W/ex" "$W/rot"
EX="$W/ex"
T0=$SECONDS
say() { printf '%s e2e: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
org() { local n="$1"; shift; "$ORG" --home "$W/$n" "$@"; }
# refused EXPECTED CMD...: the command must fail and say EXPECTED
refused() {
  local want="$1" out
  shift
  if out="$("$@" 2>&1)"; then fail "accepted, expected a refusal ($want): $*"; fi
  grep -qF -- "$want" <<<"$out" || fail "refused without '$want': $out"
  say "refused as expected: $want"
}
cleanup() { local n; for n in community bank audit bank2; do [[ -f "$W/$n/org.env" ]] && org "$n" stop all >/dev/null 2>&1; done; return 0; }
trap cleanup EXIT

i=0
for spec in community:CommunityMSP:yes bank:BankMSP:yes audit:AuditMSP:yes bank2:Bank2MSP:no; do
  IFS=: read -r n m o <<<"$spec"
  org "$n" init --name "$n" --msp "$m" --domain "$n.civic.test" --port-base $((BASE + 10 * i)) --orderer "$o" --advertise ip --users 1
  org "$n" export-definition --out "$EX/$n.json"
  i=$((i + 1))
done

org community channel-found --out "$EX/genesis.block" "$EX/community.json" "$EX/bank.json" "$EX/audit.json"
# each founder looks at the block before joining with it
org bank channel-describe "$EX/genesis.block" | jq -e '(.orderer.consenters | length) == 3 and ([.organisations[] | select(.orderer)] | length) == 3' >/dev/null \
  || fail "the genesis block does not hold three ordering organisations"
for n in community bank audit; do org "$n" start orderer; org "$n" orderer-join "$EX/genesis.block"; done
for n in community bank audit; do org "$n" start peer; org "$n" peer-join "$EX/genesis.block"; done

# Bank2 joins: one signature is refused before anything is sent; two (a majority of three) suffice
org community channel-propose-add "$EX/bank2.json" --out "$EX/add.pb"
org community channel-sign "$EX/add.pb"
refused "needs the admins of 2 of the 3 application organisations" org community channel-submit "$EX/add.pb"
# Bank's admin signs the definition Bank2 sent: the update carries the same definition digest
dg="$("$W/community/tools/civicgov" check-definition "$EX/bank2.json" | sed -n 's/.*definition digest \([0-9a-f]*\)$/\1/p')"
signed="$(org bank channel-sign "$EX/add.pb" 2>&1)"
grep -qF "Bank2MSP (definition digest $dg)" <<<"$signed" || fail "the signed update does not carry Bank2's definition $dg: $signed"
org audit channel-submit "$EX/add.pb"
refused "duplicate MSP id Bank2MSP" org community channel-propose-add "$EX/bank2.json" --out "$EX/again.pb"
org bank2 start peer
org bank2 peer-join "$EX/genesis.block"
org bank2 channel-fetch-config --out "$EX/bank2.block"

# Bank2 replaces its admin certificate and revokes the old one, on its own host with its own CA
H="$W/bank2"
cat >"$W/rot/ca.cnf" <<EOF
[ca]
default_ca = CA_default
[CA_default]
database = $W/rot/index.txt
crlnumber = $W/rot/crlnumber
default_md = sha256
default_crl_days = 30
crl_extensions = crl_ext
[crl_ext]
authorityKeyIdentifier = keyid:always
EOF
touch "$W/rot/index.txt" && echo 01 >"$W/rot/crlnumber"
openssl ca -batch -config "$W/rot/ca.cnf" -keyfile "$H/ca/ca.key" -cert "$H/ca/ca.crt" -revoke "$H/users/Admin/msp/signcerts/cert.pem" 2>/dev/null
openssl ca -batch -config "$W/rot/ca.cnf" -keyfile "$H/ca/ca.key" -cert "$H/ca/ca.crt" -gencrl -out "$W/rot/crl.pem" 2>/dev/null
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$W/rot/admin2.key" 2>/dev/null
openssl req -new -key "$W/rot/admin2.key" -subj "/C=CN/O=bank2.civic.test/OU=admin/CN=Admin2@bank2.civic.test" -out "$W/rot/admin2.csr"
printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n' >"$W/rot/ext"
openssl x509 -req -sha256 -days 30 -in "$W/rot/admin2.csr" -CA "$H/ca/ca.crt" -CAkey "$H/ca/ca.key" \
  -set_serial "0x$(openssl rand -hex 16)" -extfile "$W/rot/ext" -out "$W/rot/admin2.pem" 2>/dev/null
jq --rawfile a "$W/rot/admin2.pem" --rawfile c "$W/rot/crl.pem" '.adminCerts = [$a] | .crls = [$c]' "$EX/bank2.json" >"$EX/bank2-v2.json"
org bank2 channel-propose-update "$EX/bank2-v2.json" --out "$EX/bank2-v2.pb"
org community channel-sign "$EX/bank2-v2.pb" # not Bank2's: not enough
refused "needs an admin of Bank2MSP" org community channel-check "$EX/bank2-v2.pb"
org bank2 channel-submit "$EX/bank2-v2.pb" # its own Admin's signature is added by the submission
GOV="$W/community/tools/civicgov"
org community channel-fetch-config --out "$EX/after-rotation.block"
"$GOV" describe --config "$EX/after-rotation.block" | jq -e '.organisations[] | select(.mspId == "Bank2MSP") | .crls == 1' >/dev/null \
  || fail "Bank2MSP's CRL is not in the channel"
# the revoked admin's signature is refused
org community channel-propose-remove Bank2MSP --out "$EX/rm.pb"
cp "$EX/rm.pb" "$EX/rm-revoked.pb"
"$GOV" sign --update "$EX/rm-revoked.pb" --msp Bank2MSP --cert "$H/users/Admin/msp/signcerts/cert.pem" --key "$H/users/Admin/msp/keystore/priv_sk"
refused "signature 1 by Bank2MSP: its certificate is revoked by Bank2MSP's CRL" "$GOV" check-update --config "$EX/after-rotation.block" --update "$EX/rm-revoked.pb"

# removing Bank2 needs 3 of the 4; an ordering organisation cannot be removed
org community channel-sign "$EX/rm.pb"
org bank channel-sign "$EX/rm.pb"
refused "needs the admins of 3 of the 4 application organisations" org bank channel-check "$EX/rm.pb"
org audit channel-submit "$EX/rm.pb"
refused "not supported while it runs consenters" org audit channel-propose-remove BankMSP --out "$EX/x.pb"

# an ordering organisation's definition changes in both groups; its own admin suffices
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$W/rot/badmin2.key" 2>/dev/null
openssl req -new -key "$W/rot/badmin2.key" -subj "/C=CN/O=bank.civic.test/OU=admin/CN=Admin2@bank.civic.test" -out "$W/rot/badmin2.csr"
openssl x509 -req -sha256 -days 30 -in "$W/rot/badmin2.csr" -CA "$W/bank/ca/ca.crt" -CAkey "$W/bank/ca/ca.key" \
  -set_serial "0x$(openssl rand -hex 16)" -extfile "$W/rot/ext" -out "$W/rot/badmin2.pem" 2>/dev/null
jq --rawfile a "$W/rot/badmin2.pem" '.adminCerts += [$a]' "$EX/bank.json" >"$EX/bank-v2.json"
org bank channel-propose-update "$EX/bank-v2.json" --out "$EX/bank-v2.pb"
org bank channel-submit "$EX/bank-v2.pb"
org audit channel-fetch-config --out "$EX/final.block"
"$GOV" describe --config "$EX/final.block" | jq -e '.sequence == 4 and ([.organisations[].mspId] == ["AuditMSP","BankMSP","CommunityMSP"])
  and (.organisations[] | select(.mspId == "BankMSP") | .adminCerts == 2)' >/dev/null || fail "final config: $("$GOV" describe --config "$EX/final.block")"
say "passed in $((SECONDS - T0)) s (config sequence 4; work dir $W)"
