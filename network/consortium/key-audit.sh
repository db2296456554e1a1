#!/usr/bin/env bash
# key-audit.sh HOSTS_DIR: proves that no organisation's host holds another organisation's private key.
# HOSTS_DIR holds one folder per host (an organisation's ORG_HOME, network/org.sh). For every private key
# found anywhere under a host's folder (any file with a PEM private key), its public key must be
#   - the public key of that host's own CA or TLS CA (ca/ca.crt, ca/tlsca.crt), or
#   - the public key of a certificate in that host's folder that its own CA or TLS CA issued;
# and no private key may be found on two hosts. Prints one line per host; exit 1 on any violation.
set -euo pipefail
hosts="${1:?usage: key-audit.sh HOSTS_DIR}"
declare -A owner=()
bad=0

pub_of_key() { # the public key of a PEM private key file, or nothing when openssl cannot read it
  local der
  der="$(openssl pkey -in "$1" -pubout -outform DER 2>/dev/null | base64 -w0)" || return 0
  [[ -n "$der" ]] && base64 -d <<<"$der" | sha256sum | cut -c1-64
  return 0
}
# private_keys FILE DIR: every PEM private key in FILE, also one inside JSON text (newlines as \n, as in a
# chaincode connection.json), written to DIR/key-N.pem; prints how many
private_keys() {
  sed 's/\\n/\n/g' "$1" | awk -v dir="$2" '
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/ { n++; out = dir "/key-" n ".pem"; inside = 1; sub(/.*-----BEGIN/, "-----BEGIN") }
    inside { line = $0; if (line ~ /-----END [A-Z ]*PRIVATE KEY-----/) { sub(/PRIVATE KEY-----.*/, "PRIVATE KEY-----", line); print line > out; close(out); inside = 0 } else print line > out }
    END { print n + 0 }'
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pub_of_cert() { openssl x509 -in "$1" -noout -pubkey 2>/dev/null | openssl pkey -pubin -outform DER 2>/dev/null | sha256sum | cut -c1-64; }

for dir in "$hosts"/*/; do
  host="$(basename "$dir")"
  ca="$dir/ca/ca.crt" tlsca="$dir/ca/tlsca.crt"
  [[ -f "$ca" && -f "$tlsca" ]] || { echo "$host: no own CA (ca/ca.crt, ca/tlsca.crt)" >&2; bad=1; continue; }
  # the public keys this host may hold private keys for: its CAs' and its CAs' certificates'
  declare -A own=()
  own["$(pub_of_cert "$ca")"]=1
  own["$(pub_of_cert "$tlsca")"]=1
  while IFS= read -r -d '' f; do
    grep -q -- '-----BEGIN CERTIFICATE-----' "$f" 2>/dev/null || continue
    if openssl verify -CAfile "$ca" -partial_chain "$f" >/dev/null 2>&1 \
      || openssl verify -CAfile "$tlsca" -partial_chain "$f" >/dev/null 2>&1; then
      own["$(pub_of_cert "$f")"]=1
    fi
  done < <(find "$dir" -type f -size -64k -print0)
  keys=0 host_bad=0
  while IFS= read -r -d '' f; do
    grep -q -- 'PRIVATE KEY-----' "$f" 2>/dev/null || continue
    rm -f "$work"/key-*.pem
    count="$(private_keys "$f" "$work")"
    for ((k = 1; k <= count; k++)); do
      keys=$((keys + 1))
      p="$(pub_of_key "$work/key-$k.pem")"
      if [[ -z "$p" ]]; then
        echo "$host: ${f#"$dir"} holds a private key openssl cannot read" >&2
        host_bad=1
        continue
      fi
      if [[ -z "${own[$p]:-}" ]]; then
        echo "$host: ${f#"$dir"} holds a private key that no certificate of $host's own CAs belongs to" >&2
        host_bad=1
      fi
      if [[ -n "${owner[$p]:-}" && "${owner[$p]}" != "$host" ]]; then
        echo "$host: ${f#"$dir"} holds a private key that is also on ${owner[$p]}" >&2
        host_bad=1
      fi
      owner["$p"]="$host"
    done
  done < <(find "$dir" -type f -size -64k -print0)
  if ((host_bad)); then bad=1; else echo "$host: $keys private keys, each of its own CAs or issued by them"; fi
  unset own
done
exit "$bad"
