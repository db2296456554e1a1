#!/usr/bin/env bash
# Installs (or reuses) the pinned Fabric binaries with `go install` into a per-commit cache dir and
# prints that bin dir on stdout (progress goes to stderr). A cached binary is reused only if Go's
# build info names Fabric at the pinned version and `peer version` reports the pinned release and commit.
#   FABRIC_DIR=1 install-fabric.sh   prints Fabric's module directory (sampleconfig/) instead
#   install-fabric.sh --check         prints the bin dir if every binary is there and good, else fails (never builds)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=fabric-version.env
source "$here/fabric-version.env"

cache_root="${CIVIC_FABRIC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/civic-ledger}"
bin="$cache_root/fabric-$FABRIC_COMMIT/bin"
short="${FABRIC_COMMIT:0:12}"
module=github.com/hyperledger/fabric
tools=(peer orderer configtxgen osnadmin cryptogen discover)
export GOFLAGS=-buildvcs=false
# Fabric itself is checked against the hashes pinned in fabric-version.env (see there).
export GONOSUMDB="$module${GONOSUMDB:+,$GONOSUMDB}"

command -v go >/dev/null || { echo "install-fabric: Go is required to build Fabric $FABRIC_VERSION" >&2; exit 1; }

# Downloads the pinned module (a no-op when cached), checks its hashes, prints its directory.
module_dir() {
  local json dir sum modsum
  json="$(cd /tmp && go mod download -json "$module@$FABRIC_MODULE_VERSION")"
  dir="$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p' <<<"$json")"
  sum="$(sed -n 's/^[[:space:]]*"Sum": "\(.*\)",$/\1/p' <<<"$json")"
  modsum="$(sed -n 's/^[[:space:]]*"GoModSum": "\(.*\)",\?$/\1/p' <<<"$json")"
  if [[ -z "$dir" || "$sum" != "$FABRIC_MODULE_SUM" || "$modsum" != "$FABRIC_GOMOD_SUM" ]]; then
    echo "install-fabric: $module@$FABRIC_MODULE_VERSION: download failed or hashes differ from fabric-version.env" >&2
    echo "$json" >&2
    exit 1
  fi
  echo "$dir"
}

# A binary is good when its own version command reports the pinned release and commit (set with
# -ldflags as Fabric's Makefile does) and Go's build info shows it was built from the pinned module.
good() {
  local b="$bin/$1" v
  [[ -x "$b" ]] || return 1
  go version -m "$b" 2>/dev/null | grep -Eq "^[[:space:]]+path[[:space:]]+$module/cmd/$1\$" || return 1
  case "$1" in
    peer|orderer|cryptogen) v="$("$b" version 2>/dev/null)" ;;
    configtxgen) v="$("$b" -version 2>/dev/null)" ;;
    osnadmin|discover) v="$(go version -m "$b" | sed -n 's/.*metadata\.Version=\([^ ]*\).*metadata\.CommitSHA=\([^ "]*\).*/Version: \1\nCommit SHA: \2/p')" ;;
  esac || return 1
  grep -q "Version: v\?$FABRIC_VERSION\$" <<<"$v" && grep -q "Commit SHA: $short" <<<"$v"
}

if [[ -n "${FABRIC_DIR:-}" ]]; then module_dir; exit 0; fi
if [[ "${1:-}" == --check ]]; then
  for t in "${tools[@]}"; do good "$t" || exit 1; done
  echo "$bin"
  exit 0
fi

missing=()
for t in "${tools[@]}"; do good "$t" || missing+=("$t"); done
if ((${#missing[@]})); then
  echo "install-fabric: building ${missing[*]} of Fabric $FABRIC_VERSION ($short) into $bin" >&2
  dir="$(module_dir)"
  mkdir -p "$bin"
  # -X values as Fabric's own Makefile sets them, so that `peer version` names the release.
  ld="-X $module/common/metadata.Version=$FABRIC_VERSION -X $module/common/metadata.CommitSHA=$short"
  pkgs=(); for t in "${missing[@]}"; do pkgs+=("./cmd/$t"); done
  # Built inside the verified module (its go.sum checks every dependency), not with `go install
  # pkg@version`, which also asks the proxy for Fabric's version list (refused here).
  (cd "$dir" && go build -mod=readonly -ldflags "$ld" -o "$bin/" "${pkgs[@]}") >&2
  for t in "${missing[@]}"; do
    good "$t" || { echo "install-fabric: $bin/$t does not report Fabric $FABRIC_VERSION ($short)" >&2; exit 1; }
  done
fi
echo "$bin"
