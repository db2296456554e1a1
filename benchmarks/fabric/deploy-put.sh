#!/usr/bin/env bash
# Deploys the Fabric benchmark's baseline chaincode `civic-put` (one putState per transaction,
# benchmarks/put-chaincode) on the network network/up.sh started, arranged exactly like `civic-ledger`:
# same channel, the channel's default endorsement policy (MAJORITY), one CCaaS package per organisation
# naming that organisation's own chaincode server, and three servers (JVMs, same flags) with their
# PIDs recorded like up.sh records its own, so that network/down.sh stops them too.
# Idempotent: finished lifecycle steps are recorded in network/.data/steps/put.*; servers already
# running are left alone. Re-run it after network/up.sh restarts a stopped network.
#   benchmarks/fabric/deploy-put.sh
# Environment: CIVIC_CC_JAVA_OPTS (as up.sh).
set -euo pipefail
# shellcheck source=../../network/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/../../network" && pwd)/lib.sh"

PUT_NAME=civic-put
PUT_VERSION=1
PUT_SEQUENCE=1
PUT_LABEL=civic-put_1
PUT_MODULE="$REPO/benchmarks/put-chaincode"
PUT_JAR="$PUT_MODULE/target/civic-put-chaincode.jar"
put_port() { echo $(($(ccaas_port "$1") + 1)); } # next to the org's civic-ledger server (BASE+1x5)

T0=$SECONDS
[[ -f "$DATA/steps/setup" ]] || die "no network set up in $DATA: run network/up.sh first"
load_ports
for n in $(all_process_names); do
  alive "$n" || die "$n is not running: run network/up.sh first"
done
fabric_bin

if [[ ! -f "$PUT_JAR" ]] || [[ -n "$(find "$PUT_MODULE/src" "$PUT_MODULE/pom.xml" -newer "$PUT_JAR" -type f -print -quit)" ]]; then
  log "building $PUT_JAR"
  (cd "$REPO" && { mvn -B -ntp -q -Dstyle.color=never -o -f "$PUT_MODULE/pom.xml" package -DskipTests 2>/dev/null \
    || mvn -B -ntp -q -Dstyle.color=never -f "$PUT_MODULE/pom.xml" package -DskipTests; }) >&2
fi

# ---------------------------------------------------------------- packages (offline), as up.sh makes them
for g in "${ORGS[@]}"; do
  ccaas_package "$DATA/put-chaincode/$g" "$PUT_NAME" "$PUT_LABEL" "$(put_port "$g")" "$g"
done

# ---------------------------------------------------------------- servers (recorded for down.sh)
touch "$DATA/extra-processes"
for g in "${ORGS[@]}"; do
  name="chaincode-put.$g"
  grep -qx -- "$name" "$DATA/extra-processes" || echo "$name" >>"$DATA/extra-processes"
  alive "$name" && continue
  # shellcheck disable=SC2086
  nohup env CHAINCODE_SERVER_ADDRESS="127.0.0.1:$(put_port "$g")" \
    CORE_CHAINCODE_ID_NAME="$(cat "$DATA/put-chaincode/$g/package-id")" CORE_PEER_TLS_ENABLED=false \
    CORE_CHAINCODE_LOGGING_LEVEL=WARNING CORE_CHAINCODE_LOGGING_SHIM=WARNING \
    java ${CIVIC_CC_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m} -jar "$PUT_JAR" \
    >>"$LOGS/$name.log" 2>&1 </dev/null &
  echo "$! $(proc_start_time $!)" >"$PIDS/$name.pid"
done

# ---------------------------------------------------------------- lifecycle
for g in "${ORGS[@]}"; do
  done_step "put.install.$g" && continue
  out="$(as_org "$g" -- peer lifecycle chaincode install "$DATA/put-chaincode/$g/$PUT_NAME.tgz" 2>&1)" \
    || grep -q "already successfully installed" <<<"$out" || die "install of $PUT_NAME on peer0.$g failed: $out"
  mark_step "put.install.$g"
done
if ! done_step put.approve; then
  pids=()
  for g in "${ORGS[@]}"; do
    # shellcheck disable=SC2046
    retry 30 as_org "$g" -- peer lifecycle chaincode approveformyorg $(orderer_args) --channelID "$CHANNEL" \
      --name "$PUT_NAME" --version "$PUT_VERSION" --sequence "$PUT_SEQUENCE" \
      --package-id "$(cat "$DATA/put-chaincode/$g/package-id")" --waitForEvent >/dev/null &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || die "approveformyorg of $PUT_NAME failed"; done
  mark_step put.approve
fi
if ! done_step put.commit; then
  # shellcheck disable=SC2046
  retry 30 as_org community -- peer lifecycle chaincode commit $(orderer_args) --channelID "$CHANNEL" \
    --name "$PUT_NAME" --version "$PUT_VERSION" --sequence "$PUT_SEQUENCE" $(peer_args "${ORGS[@]}") \
    --waitForEvent >/dev/null
  mark_step put.commit
fi
for g in "${ORGS[@]}"; do
  name="chaincode-put.$g"
  wait_port "$(put_port "$g")" 60 || { tail -n 30 "$LOGS/$name.log" >&2 || true; die "$name is not listening on 127.0.0.1:$(put_port "$g")"; }
  alive "$name" || die "$name exited (log: $LOGS/$name.log)"
done

# one put as the demo app, endorsed by every peer (each org's server answers), committed VALID
# shellcheck disable=SC2046
retry 60 as_org community User2 -- peer chaincode invoke $(orderer_args) -C "$CHANNEL" -n "$PUT_NAME" \
  $(peer_args "${ORGS[@]}") -c "$(cc_args Put:put deploy-put-check "$(date -u +%FT%TZ)")" --waitForEvent >/dev/null \
  || die "a put through $PUT_NAME did not commit"
log "$PUT_NAME committed on $CHANNEL (endorsement: channel default = MAJORITY), servers on 127.0.0.1:$(for g in "${ORGS[@]}"; do printf '%s ' "$(put_port "$g")"; done)in $((SECONDS - T0)) s"
