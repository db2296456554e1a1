#!/usr/bin/env bash
# Builds the project and runs every benchmark mode in one go; output goes to benchmarks/results/<time>/.
#   benchmarks/run.sh                      # raw, awards, grow (to 1,000,000 transactions), restart x5
#   TARGET_TX=200000 benchmarks/run.sh     # a smaller growth run
#   MODES="raw awards" benchmarks/run.sh   # some modes only
#   JFR=1 benchmarks/run.sh                # also record a JFR profile of the awards run
#   MODES="awards http startup" benchmarks/run.sh   # the gateway: HTTP awards beside in-process ones, cold start, RSS
#   MODES=verify benchmarks/run.sh         # civic-verify chain on a 1,000,000-transaction ledger (made once, kept
#                                          # in benchmarks/target/verify-ledger) beside the JDK's raw ECDSA verify rate
#   MODES=city benchmarks/run.sh           # issue 16: a generated city (CITY_SCALE of Jiaxing, default 0.1: 193,000
#                                          # residents, 2,000,000 tx over 3 simulated years) loaded through the
#                                          # embedded ledger; commit rate, event feed, read model follow/catch-up/
#                                          # rebuild, database size, each report's p95 through the gateway
#   MODES="fabric" benchmarks/run.sh       # the real Fabric network of network/: up.sh (if not up), deploy-put.sh,
#                                          # the embedded `awards` mode (same run, unless run already), then the
#                                          # put-only baseline, awards and redemptions through the gateway in fabric mode
# Environment: JAVA_OPTS (default -Xmx4g -XX:+UseG1GC), TARGET_TX, FILL_LIMIT_SECONDS, RESIDENTS, THREADS,
# DURATION, WARMUP, ROUNDS, RESTARTS, KEEP_DATA=1 to keep the grown ledger (and the city), MVN_ARGS (e.g. -o);
# city mode: CITY_SCALE (0.1), CITY_SEED (16), CITY_THREADS (64), CITY_PHASES, CITY_REQUESTS (200);
# fabric mode: FABRIC_SWEEP (8,16,32,64,128: N for each workload = the sweep's best), FABRIC_THREADS (a fixed N,
# no sweep), FABRIC_SWEEP_SECONDS (10), FABRIC_RESIDENTS (3000), FABRIC_PHASES (baseline,civic; add civic-raw
# for the same awards through the raw client, without the gateway; shapes for civic-put's Put:touch with R reads
# and W writes at the baseline's N, for each R:W of FABRIC_SHAPES, default 0:1,3:3,7:5).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/civic-ledger-benchmarks.jar"
out="$here/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

JAVA_OPTS="${JAVA_OPTS:--Xmx4g -XX:+UseG1GC}"
MODES="${MODES:-raw awards grow restart}"
TARGET_TX="${TARGET_TX:-1000000}"
FILL_LIMIT_SECONDS="${FILL_LIMIT_SECONDS:-3600}"
RESIDENTS="${RESIDENTS:-10000}"
THREADS="${THREADS:-64}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-15}"
ROUNDS="${ROUNDS:-3}"
RESTARTS="${RESTARTS:-5}"
data="$out/grow-data"

# shellcheck disable=SC2086
(cd "$root" && mvn -B -q ${MVN_ARGS:-} -DskipTests install)

{
  echo "date: $(date -u +%FT%TZ)"
  echo "nproc: $(nproc)"
  free -m | sed -n 2p
  java -version 2>&1
  echo "JAVA_OPTS: $JAVA_OPTS"
  echo "load before: $(cat /proc/loadavg)"
} | tee "$out/machine.txt"

bench() { # mode, then options; output to $out/<mode>.log
  local mode="$1"; shift
  local jfr=()
  if [[ "${JFR:-0}" == 1 && "$mode" == awards ]]; then
    jfr=("-XX:StartFlightRecording=filename=$out/awards.jfr,settings=profile")
  fi
  echo "== $mode $* (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/summary.txt"
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${jfr[@]}" -jar "$jar" "$mode" "$@" 2>"$out/$mode.err" | tee "$out/$mode.log" \
    | grep -E '^(RESULT|SUMMARY|FILL stopped|NOTE)' | tee -a "$out/summary.txt"
}

common=(--residents="$RESIDENTS" --threads="$THREADS" --duration="$DURATION" --warmup="$WARMUP" --rounds="$ROUNDS")
for mode in $MODES; do
  case "$mode" in
    raw) bench raw --rounds="$ROUNDS" ;;
    awards) bench awards "${common[@]}" ;;
    grow) rm -rf "$data"; bench grow --dir="$data" --target-tx="$TARGET_TX" \
            --fill-limit-seconds="$FILL_LIMIT_SECONDS" "${common[@]}" ;;
    restart)
      # A fresh JVM each time, against the JVM start-up baseline (the same jar, doing nothing).
      for i in $(seq 1 "$RESTARTS"); do
        # shellcheck disable=SC2086
        java $JAVA_OPTS -jar "$jar" noop >/dev/null
        start=$(date +%s%N)
        # shellcheck disable=SC2086
        java $JAVA_OPTS -jar "$jar" restart --dir="$data" 2>>"$out/restart.err" >>"$out/restart.log"
        echo "restart run $i: whole process $(( ($(date +%s%N) - start) / 1000000 )) ms" | tee -a "$out/summary.txt"
      done
      grep -E '^RESULT' "$out/restart.log" | tee -a "$out/summary.txt" ;;
    http) bench http "${common[@]}" ;;
    city)
      # the city's data folder is kept under $out/city-data (KEEP_DATA=1) or removed after the run
      bench city --dir="$out/city-data" --scale="${CITY_SCALE:-0.1}" --seed="${CITY_SEED:-16}" \
        --threads="${CITY_THREADS:-64}" --phases="${CITY_PHASES:-load,follow,gateway,feed,catchup,rebuild,compact}" \
        --gateway-jar="$root/gateway-service/target/quarkus-app/quarkus-run.jar" --requests="${CITY_REQUESTS:-200}"
      grep -E '^(PROGRESS|READY|READ-MODEL)' "$out/city.log" >>"$out/summary.txt" || true
      [[ "${KEEP_DATA:-0}" == 1 ]] || rm -rf "$out/city-data" ;;   # through the REST gateway (its own JVM, as java -jar runs it)
    startup) bench startup --runs="${STARTUP_RUNS:-3}" --idle-seconds="${IDLE_SECONDS:-10}" ;;
    fabric)
      # the network of network/ (started if it is not running) with the baseline chaincode beside civic-ledger
      "$root/network/up.sh" 2>&1 | tee -a "$out/fabric-network.log" >&2
      "$root/benchmarks/fabric/deploy-put.sh" 2>&1 | tee -a "$out/fabric-network.log" >&2
      # the embedded ledger's award throughput in the same run, for the ratio
      [[ -f "$out/awards.log" ]] || bench awards "${common[@]}"
      fabric_n=(--sweep="${FABRIC_SWEEP:-8,16,32,64,128}")
      [[ -n "${FABRIC_THREADS:-}" ]] && fabric_n=(--threads="$FABRIC_THREADS")
      bench fabric --profile="$root/network/.data/gateway.json" \
        --gateway-jar="$root/gateway-service/target/quarkus-app/quarkus-run.jar" --gateway-log="$out/fabric-gateway.log" \
        --embedded-log="$out/awards.log" --residents="${FABRIC_RESIDENTS:-3000}" "${fabric_n[@]}" \
        --phases="${FABRIC_PHASES:-baseline,civic}" --shapes="${FABRIC_SHAPES:-0:1,3:3,7:5}" \
        --sweep-seconds="${FABRIC_SWEEP_SECONDS:-10}" --warmup="$WARMUP" --duration="$DURATION" --rounds="$ROUNDS"
      grep -E '^(CPU|SWEEP|CHOSEN|NETWORK|READY|SETUP|SHAPE)' "$out/fabric.log" >>"$out/summary.txt" || true ;;
    verify)
      # civic-verify over a 1,000,000-transaction ledger (made once, kept in target/verify-ledger), fresh JVMs
      bench verify --dir="${VERIFY_DIR:-$here/target/verify-ledger}" --target-tx="$TARGET_TX" \
        --verifier-jar="$root/verifier/target/civic-verify.jar" --rounds="${VERIFY_ROUNDS:-1}" \
        --raw-seconds="${RAW_SECONDS:-10}"
      grep -E '^(LEDGER|RAW|VERIFIED)' "$out/verify.log" >>"$out/summary.txt" || true ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
  esac
done

if [[ "${KEEP_DATA:-0}" != 1 ]]; then
  rm -rf "$data"
fi
echo "load after: $(cat /proc/loadavg)" | tee -a "$out/machine.txt"
echo "results in $out"
