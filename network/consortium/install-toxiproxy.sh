#!/usr/bin/env bash
# Installs (or reuses) the pinned Toxiproxy (server and CLI) and prints the directory holding
# toxiproxy-server and toxiproxy-cli on stdout (progress goes to stderr). Toxiproxy is the TCP proxy the
# consortium test puts between hosts to add latency (this kernel has no netem); see hosts.sh.
# The module is downloaded from the Go module proxy, its hashes are checked against the ones pinned below,
# and it is built inside its own module directory, whose go.sum checks every dependency. A cached binary is
# reused only if it reports the pinned version (set with -ldflags) and Go's build info names its package.
#   install-toxiproxy.sh --check   prints the directory if both binaries are there and good, else fails (never builds)
set -euo pipefail

# The one place the Toxiproxy release is pinned. `go list -m -versions github.com/Shopify/toxiproxy/v2`
# lists what the proxy serves (here: v2.3.0 v2.5.0); to move, set the three values from
# `go mod download -json github.com/Shopify/toxiproxy/v2@<version>`.
TOXIPROXY_VERSION=v2.5.0
TOXIPROXY_MODULE_SUM=h1:i4LPT+qrSlKNtQf5QliVjdP08GyAH8+BUIc9gT0eahc=
TOXIPROXY_GOMOD_SUM=h1:yhM2epWtAmel9CB8r2+L+PCmhH6yH2pITaPAo7jxJl0=

module=github.com/Shopify/toxiproxy/v2
cache_root="${CIVIC_FABRIC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/civic-ledger}"
dir="$cache_root/toxiproxy-${TOXIPROXY_VERSION#v}"
export GOFLAGS=-buildvcs=false

# toxiproxy-server -version prints "toxiproxy-server version X"; the CLI prints "toxiproxy-cli version X".
# (Outputs are captured, not piped into grep -q: under pipefail a writer killed by SIGPIPE reads as "bad".)
good() {
  local b="$dir/toxiproxy-$1" info v
  [[ -x "$b" ]] || return 1
  info="$(go version -m "$b" 2>/dev/null)" && v="$("$b" -version 2>/dev/null)" || return 1
  grep -Eq "^[[:space:]]+path[[:space:]]+$module/cmd/$1\$" <<<"$info" && [[ "$v" == *" version ${TOXIPROXY_VERSION#v}" ]]
}

command -v go >/dev/null || { echo "install-toxiproxy: Go is required to build Toxiproxy $TOXIPROXY_VERSION" >&2; exit 1; }

if [[ "${1:-}" == --check ]]; then
  good server && good cli && echo "$dir"
  exit
fi

if ! good server || ! good cli; then
  echo "install-toxiproxy: building Toxiproxy $TOXIPROXY_VERSION into $dir" >&2
  json="$(cd /tmp && go mod download -json "$module@$TOXIPROXY_VERSION")"
  src="$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p' <<<"$json")"
  sum="$(sed -n 's/^[[:space:]]*"Sum": "\(.*\)",$/\1/p' <<<"$json")"
  modsum="$(sed -n 's/^[[:space:]]*"GoModSum": "\(.*\)",\?$/\1/p' <<<"$json")"
  if [[ -z "$src" || "$sum" != "$TOXIPROXY_MODULE_SUM" || "$modsum" != "$TOXIPROXY_GOMOD_SUM" ]]; then
    echo "install-toxiproxy: $module@$TOXIPROXY_VERSION: download failed or hashes differ from the pinned ones" >&2
    echo "$json" >&2
    exit 1
  fi
  mkdir -p "$dir"
  tmp="$(mktemp -d "$dir/.build.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  # The version as Toxiproxy's own Makefile sets it (-X ...Version), so that -version names the release.
  ld="-X $module.Version=${TOXIPROXY_VERSION#v}"
  (cd "$src" && go build -mod=readonly -ldflags "$ld" -o "$tmp/toxiproxy-server" ./cmd/server \
    && go build -mod=readonly -ldflags "$ld" -o "$tmp/toxiproxy-cli" ./cmd/cli) >&2
  mv -f "$tmp/toxiproxy-server" "$tmp/toxiproxy-cli" "$dir/"
  for b in server cli; do
    good "$b" || { echo "install-toxiproxy: $dir/toxiproxy-$b does not report Toxiproxy $TOXIPROXY_VERSION" >&2; exit 1; }
  done
fi
echo "$dir"
