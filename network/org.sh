#!/usr/bin/env bash
# The command an organisation's operator runs on its own host: it makes the organisation's keys and
# configuration in ORG_HOME, runs its peer, orderer, chaincode service and gateway, and takes part in
# the channel and the chaincode's lifecycle. It touches only ORG_HOME; what travels to the other
# organisations (its definition, the genesis block, signed updates) is public material.
#   network/org.sh --home ORG_HOME COMMAND [OPTIONS]      (or CIVIC_ORG_HOME=ORG_HOME)
# Commands (network/org.sh help prints them):
USAGE='commands:
  init --name bank --msp BankMSP --domain bank.civic.test [--listen-ip 127.0.0.1] [--port-offset 0 | --port-base B]
       [--orderer yes|no] [--users N] [--advertise names|ip] [--channel civic]
  export-definition [--out FILE]
  start [peer|orderer|chaincode|gateway|all]     stop [peer|orderer|chaincode|gateway|all]     status
  chain-info                                     the height and latest block hash of its peer
  endorsers                                      the organisations discovery offers as endorsers of the chaincode
  gateway-profile
  caller-add --name N --role R --subject S [--community C] --user UserK --token-sha256 H
  orderer-join GENESIS.block                     peer-join GENESIS.block
  chaincode-package [--version V]                chaincode-install [--version V]
  chaincode-approve --version V --sequence S [--orderer HOST:PORT --orderer-ca FILE | --definition DEF.json]
  chaincode-commit --version V --sequence S --definition DEF.json... [--orderer HOST:PORT --orderer-ca FILE]
  chaincode-committed
  admin-replace-prepare [--out DEF.json]         a new admin (users/Admin.next) + a CRL revoking the current one, the next definition
  admin-replace-commit                           once the channel holds that definition: the new admin in use, the CRL in every MSP
  channel-<x> ...                                (network/org/channel.sh)'
set -euo pipefail
ORG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/org" && pwd)"
source "$ORG_DIR/lib.sh"
source "$ORG_DIR/identity.sh"
source "$ORG_DIR/nodes.sh"
source "$ORG_DIR/chaincode.sh"
source "$ORG_DIR/gateway.sh"
source "$ORG_DIR/admin.sh"

usage() { echo "usage: network/org.sh --home ORG_HOME COMMAND [OPTIONS]" >&2; echo "$USAGE" >&2; exit 2; }

# init OPTIONS: a new organisation in ORG_HOME (refused when ORG_HOME holds anything already)
init() {
  local name="" msp="" domain="" ip=127.0.0.1 offset=0 base="" orderer=yes users="" advertise=names channel=civic k i c
  while (($#)); do
    [[ $# -ge 2 ]] || die "init: $1 needs a value"
    case "$1" in
      --name) name="$2" ;;
      --msp) msp="$2" ;;
      --domain) domain="$2" ;;
      --listen-ip) ip="$2" ;;
      --port-offset) offset="$2" ;;
      --port-base) base="$2" ;;
      --orderer) orderer="$2" ;;
      --users) users="$2" ;;
      --advertise) advertise="$2" ;;
      --channel) channel="$2" ;;
      *) die "init: unknown option $1" ;;
    esac
    shift 2
  done
  [[ "$name" =~ ^[a-z][a-z0-9]*$ ]] || die "init: --name must be a lowercase key such as bank (got '$name')"
  [[ "$msp" =~ ^[A-Za-z][A-Za-z0-9.-]*$ ]] || die "init: --msp must be an MSP id such as BankMSP (got '$msp')"
  [[ "$domain" =~ ^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$ ]] || die "init: --domain must be a DNS name such as bank.civic.test (got '$domain')"
  [[ "$ip" =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ ]] || die "init: --listen-ip must be an IPv4 address (got '$ip')"
  [[ "$offset" =~ ^[0-9]+$ ]] || die "init: --port-offset must be a whole number (got '$offset')"
  [[ -z "$base" || "$base" =~ ^[0-9]+$ ]] || die "init: --port-base must be a port number (got '$base')"
  [[ -z "$base" || "$offset" == 0 ]] || die "init: give --port-offset or --port-base, not both"
  [[ "$orderer" == yes || "$orderer" == no ]] || die "init: --orderer yes|no (got '$orderer')"
  [[ "$advertise" == names || "$advertise" == ip ]] || die "init: --advertise names|ip (got '$advertise')"
  [[ "$channel" =~ ^[a-z][a-z0-9.-]*$ ]] || die "init: --channel must be a channel name (got '$channel')"
  if [[ -z "$users" ]]; then # enough for its demo callers (network/lib.sh DEMO_CALLERS), at least one
    users=1
    for c in "${DEMO_CALLERS[@]}"; do
      read -r _ _ k _ _ i <<<"$c"
      [[ "$k" == "$name" ]] && ((${i#User} > users)) && users="${i#User}"
    done
  fi
  [[ "$users" =~ ^[1-9][0-9]?$ ]] || die "init: --users must be 1..99 (got '$users')"
  [[ -n "${ORG_HOME:-}" ]] || die "no organisation home: give --home ORG_HOME (or set CIVIC_ORG_HOME)"
  if [[ -e "$ORG_HOME/org.env" ]] || { [[ -d "$ORG_HOME" ]] && [[ -n "$(ls -A "$ORG_HOME")" ]]; }; then
    die "$ORG_HOME is not empty: an organisation is never initialised twice (its keys would change); choose a new home"
  fi
  command -v openssl >/dev/null || die "openssl is needed"
  command -v jq >/dev/null || die "jq is needed"

  declare -A port=()
  for i in "${!PORT_KINDS[@]}"; do
    k="${PORT_KINDS[$i]}"
    if [[ -n "$base" ]]; then port[$k]=$((base + i)); else port[$k]=$((PORT_DEFAULT[$k] + offset)); fi
    ((port[$k] > 0 && port[$k] < 65536)) || die "init: port $k would be ${port[$k]}"
  done

  # a failed init leaves nothing behind: ORG_HOME was empty or absent
  mkdir -p "$ORG_HOME"
  trap 'log "init failed: removing the half-made $ORG_HOME"; rm -rf "${ORG_HOME:?}"' EXIT
  {
    echo "# Written by network/org.sh init. The *_PORT lines are the ports every command uses."
    echo "NAME=$name"
    echo "MSP_ID=$msp"
    echo "DOMAIN=$domain"
    echo "LISTEN_IP=$ip"
    echo "PORT_OFFSET=$offset"
    echo "ORDERER=$orderer"
    echo "CHANNEL=$channel"
    echo "ENDPOINT_HOST=$advertise"
    echo "USERS=$users"
    for k in "${PORT_KINDS[@]}"; do echo "$k=${port[$k]}"; done
  } >"$ORG_HOME/org.env.tmp"
  mv "$ORG_HOME/org.env.tmp" "$ORG_HOME/org.env"
  org_load
  mkdir -p "$ORG_HOME"/{data,logs,pids,chaincode,gateway,config}
  identities_create
  fabric_bin
  configs_create
  definition_json >"$ORG_HOME/definition.json"
  trap - EXIT
  log "organisation $name ($msp, $domain) initialised in $ORG_HOME: peer0 on $LISTEN_IP:$PEER_PORT$([[ "$ORDERER" == yes ]] && echo ", orderer0 on $LISTEN_IP:$ORDERER_PORT"); definition: $ORG_HOME/definition.json"
}

# export_definition [--out FILE]: the organisation's definition (public) to FILE or standard output
export_definition() {
  local out=""
  while (($#)); do
    case "$1" in
      --out) out="${2:?--out needs a file}"; shift 2 ;;
      *) die "export-definition: unknown option $1 (usage: export-definition [--out FILE])" ;;
    esac
  done
  definition_json >"$ORG_HOME/definition.json.tmp"
  grep -q 'PRIVATE KEY' "$ORG_HOME/definition.json.tmp" && die "the definition would hold a private key: refused"
  mv "$ORG_HOME/definition.json.tmp" "$ORG_HOME/definition.json"
  if [[ -n "$out" ]]; then cp "$ORG_HOME/definition.json" "$out" && log "definition of $MSP_ID written to $out"; else cat "$ORG_HOME/definition.json"; fi
}

# ---------------------------------------------------------------- dispatch
ORG_HOME="${CIVIC_ORG_HOME:-}"
if [[ "${1:-}" == --home ]]; then
  ORG_HOME="${2:?--home needs a folder}"
  shift 2
fi
(($#)) || usage
cmd="$1"
shift
[[ -z "$ORG_HOME" || "$ORG_HOME" == /* ]] || ORG_HOME="$PWD/$ORG_HOME"
case "$cmd" in
  help | -h | --help) usage ;;
  init) init "$@"; exit ;;
esac
org_load
case "$cmd" in
  export-definition) export_definition "$@" ;;
  start) (($# <= 1)) || usage; start_nodes "${1:-all}" ;;
  stop) (($# <= 1)) || usage; stop_nodes "${1:-all}" ;;
  status) status_print ;;
  chain-info) (($# == 0)) || usage; chain_info ;;
  endorsers) (($# == 0)) || usage; endorsers ;;
  gateway-profile) (($# == 0)) || usage; gateway_profile ;;
  caller-add) caller_add "$@" ;;
  orderer-join) (($# == 1)) || usage; orderer_join "$1" ;;
  peer-join) (($# == 1)) || usage; peer_join "$1" ;;
  chaincode-package) chaincode_package "$@" ;;
  chaincode-install) chaincode_install "$@" ;;
  chaincode-approve) chaincode_approve "$@" ;;
  chaincode-commit) chaincode_commit "$@" ;;
  chaincode-committed) chaincode_committed ;;
  admin-replace-prepare) admin_replace_prepare "$@" ;;
  admin-replace-commit) admin_replace_commit "$@" ;;
  channel-*)
    fn="channel_${cmd#channel-}"
    fn="${fn//-/_}"
    [[ -f "$ORG_DIR/channel.sh" ]] || die "channel commands not installed (no $ORG_DIR/channel.sh)"
    # shellcheck source=/dev/null
    source "$ORG_DIR/channel.sh"
    declare -F "$fn" >/dev/null || die "unknown channel command $cmd (network/org/channel.sh has no $fn)"
    "$fn" "$@"
    ;;
  *) echo "unknown command: $cmd" >&2; usage ;;
esac
