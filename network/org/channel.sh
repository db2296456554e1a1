# shellcheck shell=bash
# Channel governance (sourced by network/org.sh for its channel-<x> commands): the channel's genesis
# block from the founders' definitions, and changes of its membership proposed, signed, checked and
# submitted by each organisation on its own host with its own Admin's key. network/tools/civicgov
# computes and checks the configuration; Fabric's own `peer channel fetch config` / `peer channel
# update` fetch and submit, so an update file is also what `peer channel signconfigtx` signs.
#   channel-found --out genesis.block [--batch-timeout 150ms] [--max-messages 200] DEF.json...
#   channel-fetch-config --out CONFIG.block [--orderer HOST:PORT --orderer-ca FILE]
#   channel-propose-add DEF.json --out UPDATE.pb        channel-propose-remove MSPID --out UPDATE.pb
#   channel-propose-update DEF.json --out UPDATE.pb     channel-sign UPDATE.pb
#   channel-check UPDATE.pb                             channel-submit UPDATE.pb [--orderer HOST:PORT --orderer-ca FILE]
#   channel-describe [BLOCK]                            (a genesis or config block; default: the current config)
# The current configuration is fetched from the organisation's own peer (its deliver service) into
# ORG_HOME/channel/config.block, unless --orderer names an orderer to fetch it from.

# civicgov ARGS...: runs network/tools/civicgov, built into ORG_HOME/tools (again when its sources
# are newer). Its refusals are one line on stderr and exit status 1.
civicgov() {
  local bin="$ORG_HOME/tools/civicgov"
  if [[ ! -x "$bin" ]] || [[ -n "$(find "$NET/tools/civicgov" "$NET/tools/go.mod" "$NET/tools/go.sum" -newer "$bin" -type f -print -quit)" ]]; then
    mkdir -p "$ORG_HOME/tools"
    (cd "$NET/tools" && GOFLAGS=-buildvcs=false go build -o "$bin" ./civicgov) >&2 || die "cannot build network/tools/civicgov"
  fi
  "$bin" "$@"
}

# channel_options ARGS...: parses --out FILE, --orderer HOST:PORT, --orderer-ca FILE (into CH_OUT,
# CH_ORDERER, CH_ORDERER_CA); the other arguments go to CH_ARGS.
channel_options() {
  CH_OUT="" CH_ORDERER="" CH_ORDERER_CA="" CH_ARGS=()
  while (($#)); do
    case "$1" in
      --out) CH_OUT="${2:?--out needs a file}"; shift 2 ;;
      --orderer) CH_ORDERER="${2:?--orderer needs HOST:PORT}"; shift 2 ;;
      --orderer-ca) CH_ORDERER_CA="${2:?--orderer-ca needs a file}"; shift 2 ;;
      *) CH_ARGS+=("$1"); shift ;;
    esac
  done
  if [[ -n "$CH_ORDERER" ]]; then
    [[ "$CH_ORDERER" =~ ^[A-Za-z0-9.-]+:[0-9]+$ ]] || die "--orderer must be HOST:PORT (got '$CH_ORDERER')"
    [[ -f "$CH_ORDERER_CA" ]] || die "--orderer $CH_ORDERER needs --orderer-ca FILE (its TLS CA certificate)"
  elif [[ -n "$CH_ORDERER_CA" ]]; then
    die "--orderer-ca without --orderer"
  fi
}

# try_fetch OUT [USER]: the channel's latest config block into OUT as USER (default Admin), from the
# own peer (or CH_ORDERER); written only when it is one. On failure: status 1, the reason in FETCH_ERR.
try_fetch() {
  local out="$1" user="${2:-Admin}" tmp msg
  fabric_bin
  mkdir -p "$(dirname "$out")"
  tmp="$out.fetch.$$"
  if [[ -n "$CH_ORDERER" ]]; then
    msg="$(as_user "$user" peer channel fetch config "$tmp" -c "$CHANNEL" -o "$CH_ORDERER" --tls --cafile "$CH_ORDERER_CA" 2>&1)" \
      || { rm -f "$tmp"; FETCH_ERR="cannot fetch the config of $CHANNEL from orderer $CH_ORDERER as $user: $(tail -n 1 <<<"$msg")"; return 1; }
  else
    alive peer0 || { FETCH_ERR="peer0 is not running (start peer), or fetch from an orderer: --orderer HOST:PORT --orderer-ca FILE"; return 1; }
    msg="$(as_user "$user" peer channel fetch config "$tmp" -c "$CHANNEL" 2>&1)" \
      || { rm -f "$tmp"; FETCH_ERR="cannot fetch the config of $CHANNEL from peer0 as $user (has it joined $CHANNEL?): $(tail -n 1 <<<"$msg")"; return 1; }
  fi
  civicgov describe --config "$tmp" >/dev/null || { rm -f "$tmp"; exit 1; }
  mv "$tmp" "$out"
}
# fetch_config OUT: try_fetch as Admin, or dies
fetch_config() { try_fetch "$1" || die "$FETCH_ERR"; }

# config_sequence BLOCK: the configuration sequence number a config block carries
config_sequence() { civicgov describe --config "$1" | sed -n 's/^  "sequence": \([0-9]*\),$/\1/p'; }

current_config() { echo "$ORG_HOME/channel/config.block"; }

# channel_found --out FILE [--batch-timeout D] [--max-messages N] DEF.json...: the channel's genesis
# block from the founding organisations' definitions (this organisation's own among them)
channel_found() {
  channel_options "$@"
  [[ -n "$CH_OUT" && ${#CH_ARGS[@]} -gt 0 ]] || die "usage: channel-found --out genesis.block [--batch-timeout 150ms] [--max-messages 200] DEF.json..."
  [[ -z "$CH_ORDERER" ]] || die "channel-found: --orderer does not apply"
  local d own=no
  for d in "${CH_ARGS[@]}"; do
    [[ "$d" == --* || ! -f "$d" ]] && continue
    civicgov check-definition "$d" 2>/dev/null | grep -q ": $MSP_ID (" && own=yes
  done
  [[ "$own" == yes ]] || die "channel-found: $MSP_ID's own definition is not among the definitions given"
  civicgov found --channel "$CHANNEL" --out "$CH_OUT" "${CH_ARGS[@]}" || exit 1
  log "genesis block of $CHANNEL written to $CH_OUT: each founder joins its orderer (orderer-join) and its peer (peer-join) with it"
}

# channel_fetch_config --out FILE [--orderer HOST:PORT --orderer-ca FILE]: the latest config block,
# fetched as its own Admin (from its own peer unless an orderer is named)
channel_fetch_config() {
  channel_options "$@"
  [[ -n "$CH_OUT" && ${#CH_ARGS[@]} -eq 0 ]] || die "usage: channel-fetch-config --out CONFIG.block [--orderer HOST:PORT --orderer-ca FILE]"
  fetch_config "$CH_OUT"
  log "config of $CHANNEL (sequence $(config_sequence "$CH_OUT")) written to $CH_OUT"
}

# channel_describe [BLOCK]: a JSON summary of a genesis or config block (what a founder checks before
# joining with a genesis block someone else made); without BLOCK, of the current config
channel_describe() {
  (($# <= 1)) || die "usage: channel-describe [BLOCK]"
  local block="${1:-}"
  if [[ -z "$block" ]]; then
    CH_ORDERER="" CH_ORDERER_CA=""
    block="$(current_config)"
    fetch_config "$block"
  fi
  [[ -f "$block" ]] || die "no block file $block"
  civicgov describe --config "$block" || exit 1
}

# propose KIND ARG: fetches the current config and writes the unsigned update (add-org, remove-org, update-org)
propose() {
  local kind="$1" usage="$2"
  shift 2
  channel_options "$@"
  [[ -n "$CH_OUT" && ${#CH_ARGS[@]} -eq 1 ]] || die "usage: $usage"
  fetch_config "$(current_config)"
  case "$kind" in
    add-org | update-org) civicgov "$kind" --config "$(current_config)" --definition "${CH_ARGS[0]}" --out "$CH_OUT" || exit 1 ;;
    remove-org) civicgov remove-org --config "$(current_config)" --msp "${CH_ARGS[0]}" --out "$CH_OUT" || exit 1 ;;
  esac
  log "proposal written to $CH_OUT (unsigned): pass it to the organisations' admins for channel-sign, then channel-submit"
}
channel_propose_add() { propose add-org "channel-propose-add DEF.json --out UPDATE.pb" "$@"; }
channel_propose_remove() { propose remove-org "channel-propose-remove MSPID --out UPDATE.pb" "$@"; }
channel_propose_update() { propose update-org "channel-propose-update DEF.json --out UPDATE.pb" "$@"; }

# channel_sign UPDATE.pb: adds its own Admin's signature to the update, in place, after checking that it
# applies to the current config (and saying what it changes)
channel_sign() {
  channel_options "$@"
  [[ ${#CH_ARGS[@]} -eq 1 && -z "$CH_OUT" ]] || die "usage: channel-sign UPDATE.pb"
  local update="${CH_ARGS[0]}"
  [[ -f "$update" ]] || die "no update file $update"
  fetch_config "$(current_config)"
  civicgov sign --update "$update" --msp "$MSP_ID" --cert "$(admin_cert)" --key "$(admin_key)" --config "$(current_config)" || exit 1
}

# channel_check UPDATE.pb: whether the update, with the signatures it carries, can be submitted now
channel_check() {
  channel_options "$@"
  [[ ${#CH_ARGS[@]} -eq 1 && -z "$CH_OUT" ]] || die "usage: channel-check UPDATE.pb"
  [[ -f "${CH_ARGS[0]}" ]] || die "no update file ${CH_ARGS[0]}"
  fetch_config "$(current_config)"
  civicgov check-update --config "$(current_config)" --update "${CH_ARGS[0]}" || exit 1
}

# channel_submit UPDATE.pb [--orderer HOST:PORT --orderer-ca FILE]: checks the update as it will be
# sent (its signatures plus the submitter's, which `peer channel update` adds) and refuses before
# sending when it falls short; sends it (to its own orderer, the one named, or else the first of the
# channel's orderers that accepts it) and waits until its own peer has the new config.
channel_submit() {
  channel_options "$@"
  [[ ${#CH_ARGS[@]} -eq 1 && -z "$CH_OUT" ]] || die "usage: channel-submit UPDATE.pb [--orderer HOST:PORT --orderer-ca FILE]"
  local update="${CH_ARGS[0]}" cfg seq0 seq="" trial out ca end o sent=""
  local orderers=()
  [[ -f "$update" ]] || die "no update file $update"
  cfg="$(current_config)"
  # the config (and the check) come from its own peer; --orderer is where the update goes
  local ord="$CH_ORDERER" ord_ca="$CH_ORDERER_CA"
  CH_ORDERER="" CH_ORDERER_CA=""
  fetch_config "$cfg"
  seq0="$(config_sequence "$cfg")"
  trial="$ORG_HOME/channel/submit-check.pb"
  cp "$update" "$trial"
  civicgov sign --update "$trial" --msp "$MSP_ID" --cert "$(admin_cert)" --key "$(admin_key)" --config "$cfg" >/dev/null 2>&1 || true
  if ! out="$(civicgov check-update --config "$cfg" --update "$trial" 2>&1)"; then
    rm -f "$trial"
    die "not submitted: ${out#civicgov: }"
  fi
  rm -f "$trial"
  log "${out}"

  if [[ -n "$ord" ]]; then
    orderers=("$ord") ca="$ord_ca"
  elif [[ "$ORDERER" == yes ]]; then
    orderers=("$LISTEN_IP:$ORDERER_PORT") ca="$(tls_ca_cert)"
  else
    ca="$ORG_HOME/channel/orderers-tlsca.pem"
    mapfile -t orderers < <(civicgov orderers --config "$cfg" --tls-ca-out "$ca")
  fi
  # An orderer that cannot order now (no Raft leader during an election, unreachable) is asked again,
  # the orderers in turn, for up to 3 rounds 5 s apart; one that refuses the update ends it at once.
  local round
  for round in 1 2 3; do
    for o in "${orderers[@]}"; do
      if out="$(as_admin peer channel update -f "$update" -c "$CHANNEL" -o "$o" --tls --cafile "$ca" 2>&1)"; then
        sent="$o"
        break 2
      fi
      # the orderer answered and refused: another orderer would refuse it as well
      grep -q 'BAD_REQUEST\|FORBIDDEN' <<<"$out" && die "the orderer $o refused the update: $(grep -m1 'Error' <<<"$out")"
      log "orderer $o did not take the update ($(tail -n 1 <<<"$out")); trying the next"
    done
    if ((round < 3)); then sleep 5; fi
  done
  [[ -n "$sent" ]] || die "no orderer took the update (tried: ${orderers[*]})"
  log "update submitted to $sent; waiting for peer0 to hold the new config"
  # Watched as Admin; should the update have revoked that Admin, as the first client user instead.
  local watcher=Admin
  end=$((SECONDS + 60))
  while true; do
    if try_fetch "$cfg" "$watcher"; then
      seq="$(config_sequence "$cfg")"
      ((seq > seq0)) && break
    elif [[ "$watcher" == Admin && "$FETCH_ERR" == *FORBIDDEN* && -d "$(user_msp User1)" ]]; then
      log "the channel no longer accepts $MSP_ID's Admin (did this update revoke it?): watching as User1; install the new admin certificate before its next use"
      watcher=User1
      continue
    fi
    ((SECONDS < end)) || die "peer0 does not hold a config newer than sequence $seq0 after 60 s: the update may not have been applied (peer log: $LOGS/peer0.log)${FETCH_ERR:+; last fetch: $FETCH_ERR}"
    sleep 1
  done
  log "channel $CHANNEL is at config sequence $seq on peer0 (was $seq0)"
}
