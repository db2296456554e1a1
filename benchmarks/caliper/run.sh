#!/usr/bin/env bash
# Hyperledger Caliper beside the project's own benchmark (ConsortiumLoad), on the consortium of
# network/README.md "A consortium for real" (each organisation in its own network namespace; root needed).
#
#   sudo benchmarks/caliper/run.sh [--duration S] [--warmup S] [--threads N] [--rounds R] [--workers W]
#                                  [--rate-control fixed-load|fixed-rate] [--tps T] [--caliper-load L] [--residents N]
#                                  [--transactions award,redemption,check] [--smoke] [--keep]
#     --duration S     seconds of each measured round, both tools (default 25)
#     --warmup S       seconds before each measured round, both tools, not counted (default 5)
#     --threads N      requests in flight: ConsortiumLoad's threads and Caliper's fixed-load transactionLoad (32)
#     --rounds R       pairs of latencies (0 ms, 20 ms, alternating) to run; figures are medians (default 1)
#     --workers W      Caliper worker processes (default 1)
#     --rate-control   Caliper's rate controller: fixed-load (default: a backlog of L transactions, L = --caliper-load,
#                      default N, like ConsortiumLoad's N closed-loop threads) or fixed-rate (--tps T per second, open loop)
#     --caliper-load L fixed-load's transactionLoad (default: --threads). Its controller sleeps about one average
#                      latency whenever the backlog exceeds L, so fewer than L are in flight on average (BENCHMARKS.md)
#     --transactions   which to compare (default all three; without ConsortiumLoad's modes for them: award only)
#     --residents N    residents enrolled (default 400; requests go round robin over them: no two in flight share one)
#     --smoke          one 5 s round of each workload at 0 ms with 8 in flight, each tool (no 20 ms, no warm-up)
#     --keep           leave the hosts running at the end (then: source network/consortium/hosts.sh; hosts_destroy)
#
# Steps: npm ci of this workspace when its node_modules is missing or older than package-lock.json; the
# consortium founded as network/consortium-test.sh step 1 does (network/consortium/found.sh); residents enrolled
# (ConsortiumLoad setup); prepared: points for redemptions, the bank's loan product, each resident's consent to the
# bank's checks; then for each latency, for each transaction (award, redemption, credit check), a Caliper round
# (the fabric-gateway binding, straight to the organisation's own peer) and ConsortiumLoad's round (through the
# organisation's REST gateway), in alternating order. Awards and redemptions run on Community's host with
# Community's callers (demo-app, demo-merchant), credit checks on Bank's host with Bank's caller (demo-bank):
# Caliper's network configuration is generated from each organisation's own files (network-config.js).
#
# Results in $CONSORTIUM_ROOT/results/caliper/ (default /tmp/civic-consortium/results/caliper):
#   <run id>/rounds.jsonl            one line per measured round and tool
#   <run id>/summary.json            medians per latency and transaction, ratios (Caliper ÷ ConsortiumLoad, 20 ms ÷ 0 ms)
#   <run id>/<round>/report.html     Caliper's report; caliper.log its printed output (the summary table)
#   <run id>/<round>/load.json       ConsortiumLoad's JSON line; cpu.json CPU seconds per process during the round
# The hosts are torn down at the end (trap), unless --keep.
set -euo pipefail
CAL="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$CAL/../.." && pwd)"
# shellcheck source=../../network/consortium/found.sh
source "$REPO/network/consortium/found.sh"

duration=25 warmup=5 threads=32 rounds=1 workers=1 rate_control=fixed-load tps=50 residents=400 smoke=false keep=false
caliper_load="" wanted=award,redemption,check
while (($#)); do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    --rate-control) rate_control="$2"; shift 2 ;;
    --tps) tps="$2"; shift 2 ;;
    --caliper-load) caliper_load="$2"; shift 2 ;;
    --transactions) wanted="$2"; shift 2 ;;
    --residents) residents="$2"; shift 2 ;;
    --smoke) smoke=true; shift ;;
    --keep) keep=true; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "caliper/run.sh: unknown option $1 (--help)" >&2; exit 2 ;;
  esac
done
for v in duration warmup threads rounds workers tps residents; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || { echo "caliper/run.sh: --$v must be a whole number" >&2; exit 2; }
done
[[ "$rate_control" =~ ^(fixed-load|fixed-rate)$ ]] || { echo "caliper/run.sh: --rate-control fixed-load|fixed-rate" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "caliper/run.sh: needs root (network namespaces)" >&2; exit 2; }
if $smoke; then duration=5 warmup=0 threads=8 rounds=1; fi
caliper_load="${caliper_load:-$threads}"
[[ "$caliper_load" =~ ^[0-9]+$ ]] || { echo "caliper/run.sh: --caliper-load must be a whole number" >&2; exit 2; }
[[ "$wanted" =~ ^(award|redemption|check)(,(award|redemption|check))*$ ]] \
  || { echo "caliper/run.sh: --transactions: a comma-separated list of award, redemption, check" >&2; exit 2; }
latencies=(0 20)
$smoke && latencies=(0)

found_on_exit "$keep"

RUN_ID="$(date -u +%Y%m%dT%H%M%SZ)"
TAG="cal"                                # ConsortiumLoad's --tag: activity type and loan product bench-cal
say "Caliper workspace: npm ci when needed"
if [[ ! -d "$CAL/node_modules" || "$CAL/package-lock.json" -nt "$CAL/node_modules" ]]; then
  (cd "$CAL" && npm ci --no-audit --no-fund --loglevel=error) >&2
  touch "$CAL/node_modules"
fi
found_build
earlier="$(mktemp -d)"   # the founding empties $CONSORTIUM_ROOT: earlier runs' results are kept aside
if [[ -d "$RESULTS/caliper" ]]; then mv "$RESULTS/caliper" "$earlier/"; fi
found_consortium
if [[ -d "$earlier/caliper" ]]; then mv "$earlier/caliper" "$RESULTS/"; fi
rmdir "$earlier"
OUT="$RESULTS/caliper/$RUN_ID"   # made after the founding, which empties $CONSORTIUM_ROOT
mkdir -p "$OUT/config"

transactions=()
for tx in award redemption check; do
  if [[ ",$wanted," == *",$tx,"* ]]; then transactions+=("$tx"); fi
done
say "transactions compared: ${transactions[*]}"

declare -A TX_HOST=([award]=community [redemption]=community [check]=bank)
declare -A TX_CALLER=([award]=demo-app [redemption]=demo-merchant [check]=demo-bank)
declare -A TX_MODULE=([award]=award.js [redemption]=redemption.js [check]=credit-check.js)
declare -A TX_LOAD=([award]="awards --app-token demo-app-token" [redemption]="redemptions --merchant-token demo-merchant-token"
  [check]="checks --bank-token demo-bank-token")

say "residents enrolled through the Community gateway; Caliper's network configuration from each organisation's own files"
host_exec community "${LOAD[@]}" setup --gateway "$(gateway_url community)" --admin-token demo-admin-token \
  --app-token demo-app-token --residents "$residents" --tag "$TAG" --out "$OUT/residents.txt" >"$OUT/setup.json"
host_exec community node "$CAL/network-config.js" --org-home "$(home community)" --callers demo-app,demo-merchant \
  --out "$OUT/config" >/dev/null
host_exec bank node "$CAL/network-config.js" --org-home "$(home bank)" --callers demo-bank --out "$OUT/config" >/dev/null
if [[ " ${transactions[*]} " == *" redemption "* ]]; then
  say "prepared: points for redemptions"
  host_exec community "${LOAD[@]}" prepare-redemptions --gateway "$(gateway_url community)" --app-token demo-app-token \
    --residents "$OUT/residents.txt" --tag "$TAG" >"$OUT/prepare-redemptions.json"
fi
if [[ " ${transactions[*]} " == *" check "* ]]; then
  say "prepared: the bank's loan product, each resident's consent to the bank"
  host_exec bank "${LOAD[@]}" loan-product --gateway "$(gateway_url bank)" --bank-token demo-bank-token --tag "$TAG" \
    >"$OUT/loan-product.json"
  host_exec community "${LOAD[@]}" consents --gateway "$(gateway_url community)" --app-token demo-app-token \
    --residents "$OUT/residents.txt" --bank demo-bank --tag "$TAG" >"$OUT/consents.json"
fi

# cpu_ticks: "org/process ticks" a line: user+system clock ticks so far of each organisation's orderer, peer,
# chaincode service and gateway (their PIDs from the organisation's own records)
cpu_ticks() {
  local g f pid
  for g in "${FOUNDERS[@]}"; do
    for f in "$(home "$g")"/pids/*.pid; do
      [[ -f "$f" ]] || continue
      read -r pid _ <"$f"
      [[ -r "/proc/$pid/stat" ]] || continue
      awk -v n="$g/$(basename "$f" .pid)" '{sub(/^.*\) /, ""); print n, $12 + $13}' "/proc/$pid/stat"
    done
  done
}
# cpu_json BEFORE AFTER LOADER_TIME_FILE TOOL_TICKS_FILE: CPU seconds of each service during the round, and of the
# load tool (loadToolSampled: every process of it on its host, sampled every 0.5 s; loadToolWaited: /usr/bin/time's
# figure, exact for what it waits for, i.e. not Caliper's workers; loadTool: the larger of the two)
cpu_json() {
  local hz
  hz="$(getconf CLK_TCK)"
  {
    join <(sort <<<"$1") <(sort <<<"$2") | awk -v hz="$hz" '{printf "\"%s\": %.2f\n", $1, ($3 - $2) / hz}'
    awk '/^cpu / {printf "\"loadToolWaited\": %.2f\n", $2 + $3}' "$3"
    awk -v hz="$hz" '{t += $2} END {printf "\"loadToolSampled\": %.2f\n", t / hz}' "$4"
  } | paste -sd, | sed 's/^/{/; s/$/}/' | jq -c '. + {loadTool: ([.loadToolSampled, .loadToolWaited] | max)}'
}
# "${TIMED[@]}" FILE CMD...: runs CMD; the CPU seconds of it and its waited-for children in FILE ("cpu USER SYSTEM")
TIMED=(/usr/bin/time -f 'cpu %U %S' -o)
# watch_tool ORG FILE: until FILE.stop exists, samples every 0.5 s the CPU ticks of each process on ORG's host that
# is none of the organisation's recorded services (the load tool: Caliper's manager and its worker processes, which
# /usr/bin/time misses when they are not waited for, or ConsortiumLoad's JVM); writes "pid ticks" lines, the last
# sample of each process, to FILE
watch_tool() {
  local g="$1" f="$2" own p pid
  own=" "; for p in "$(home "$g")"/pids/*.pid; do read -r pid _ <"$p"; own+="$pid "; done
  declare -A last=()
  while [[ ! -e "$f.stop" ]]; do
    for pid in $(ip netns pids "$(_hosts_ns "$g")" 2>/dev/null); do
      [[ "$own" == *" $pid "* || "$pid" == "$BASHPID" ]] && continue
      p="$(awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$pid/stat" 2>/dev/null)" || continue
      [[ -n "$p" ]] && last[$pid]="$p"
    done
    sleep 0.5
  done
  for pid in "${!last[@]}"; do echo "$pid ${last[$pid]}"; done >"$f"
}

# bench_config FILE TX RUN: Caliper's benchmark configuration for one transaction: a warm-up round (when
# --warmup > 0, not measured) and the measured round "TX"
bench_config() {
  local f="$1" tx="$2" run="$3" rc label secs
  if [[ "$rate_control" == fixed-load ]]; then rc="{type: fixed-load, opts: {transactionLoad: $caliper_load, startTps: $threads}}"
  else rc="{type: fixed-rate, opts: {tps: $tps}}"; fi
  {
    echo "test:"
    echo "  name: civic-ledger-$tx"
    echo "  workers: {number: $workers}"
    echo "  rounds:"
    for label in warmup "$tx"; do
      secs="$duration"
      if [[ "$label" == warmup ]]; then ((warmup > 0)) || continue; secs="$warmup"; fi
      echo "    - label: $label"
      echo "      txDuration: $secs"
      echo "      rateControl: $rc"
      echo "      workload:"
      echo "        module: workloads/${TX_MODULE[$tx]}"
      echo "        arguments: {residents: '$OUT/residents.txt', tag: $TAG, run: '$run$label', caller: ${TX_CALLER[$tx]}}"
    done
  } >"$f"
}
# caliper_row LOG TX: Caliper's summary-table row of round TX as JSON
caliper_row() {
  awk -F'|' -v tx="$2" '
    { for (i = 1; i <= NF; i++) gsub(/^ +| +$/, "", $i) }
    $2 == tx && $3 ~ /^[0-9]+$/ { row = sprintf("{\"succ\": %s, \"fail\": %s, \"sendRate\": %s, \"maxLatencyS\": %s, \"minLatencyS\": %s, \"avgLatencyS\": %s, \"throughput\": %s}", $3, $4, $5, $6, $7, $8, $9) }
    END { if (row == "") exit 1; print row }' "$1"
}
# caliper_round DIR TX RUN: one Caliper run on TX's organisation's host, with only that organisation's keys
caliper_round() {
  local d="$1" tx="$2" run="$3" g="${TX_HOST[$2]}"
  bench_config "$d/benchmark.yaml" "$tx" "$run"
  # its working directory is the round's folder: Caliper writes its log files there
  (cd "$d" && host_exec "$g" "${TIMED[@]}" "$d/loader-time.txt" node "$CAL/node_modules/.bin/caliper" launch manager \
    --caliper-workspace "$CAL" --caliper-networkconfig "$OUT/config/network-$g.json" \
    --caliper-benchconfig "$d/benchmark.yaml" --caliper-report-path "$d/report.html" --caliper-flow-only-test \
    >"$d/caliper.log" 2>&1) || fail "Caliper's $tx round failed: $(tail -n 20 "$d/caliper.log")"
  local measured warm=null
  measured="$(caliper_row "$d/caliper.log" "$tx")" || fail "no summary row for $tx in $d/caliper.log"
  if ((warmup > 0)); then warm="$(caliper_row "$d/caliper.log" warmup)" || warm=null; fi
  jq -c --argjson w "$warm" '. + {warmup: $w}' <<<"$measured"
}
# load_round DIR TX RUN: ConsortiumLoad's round of TX through TX's organisation's gateway, on its host
load_round() {
  local d="$1" tx="$2" run="$3" g="${TX_HOST[$2]}" extra=()
  [[ "$tx" == award ]] && extra=(--acks "$d/acks.tsv")
  # shellcheck disable=SC2086 # the mode and its token option
  host_exec "$g" "${TIMED[@]}" "$d/loader-time.txt" "${LOAD[@]}" ${TX_LOAD[$tx]} --gateway "$(gateway_url "$g")" \
    --residents "$OUT/residents.txt" --threads "$threads" --duration "${duration}s" --warmup "${warmup}s" \
    --tag "$TAG" --run "$run" "${extra[@]}" >"$d/load.json" 2>"$d/load.log" \
    || fail "ConsortiumLoad's $tx round failed: $(tail -n 5 "$d/load.log")"
  cat "$d/load.json"
}

for ((r = 1; r <= rounds; r++)); do
  for ms in "${latencies[@]}"; do
    latency_set "$ms"
    for tx in "${transactions[@]}"; do
      tools=(caliper load)
      ((r % 2 == 0)) && tools=(load caliper)   # the order alternates between rounds
      for tool in "${tools[@]}"; do
        name="r$r-${ms}ms-$tx-$tool"
        d="$OUT/$name"
        mkdir -p "$d"
        before="$(cpu_ticks)"
        rm -f "$d/tool-ticks.stop"
        watch_tool "${TX_HOST[$tx]}" "$d/tool-ticks" &
        watcher=$!
        start=$SECONDS
        if [[ "$tool" == caliper ]]; then result="$(caliper_round "$d" "$tx" "c$r${ms}${tx:0:1}")"
        else result="$(load_round "$d" "$tx" "l$r${ms}${tx:0:1}")"; fi
        after="$(cpu_ticks)"
        touch "$d/tool-ticks.stop"
        wait "$watcher"
        cpu="$(cpu_json "$before" "$after" "$d/loader-time.txt" "$d/tool-ticks")"
        echo "$cpu" >"$d/cpu.json"
        jq -c -n --argjson round "$r" --argjson ms "$ms" --arg tx "$tx" --arg tool "$tool" --argjson result "$result" \
          --argjson cpu "$cpu" --argjson seconds $((SECONDS - start)) --argjson threads "$threads" \
          '{round: $round, latencyMs: $ms, transaction: $tx, tool: $tool, threads: $threads, wallSeconds: $seconds,
            result: $result, cpuSeconds: $cpu,
            transactionsInRound: (if $tool == "caliper" then $result.succ + $result.fail + (($result.warmup // {}) | (.succ // 0) + (.fail // 0))
                                  else ($result.acked // (($result.committed // 0) + ($result.warmupCommitted // 0))) end)}' \
          >>"$OUT/rounds.jsonl"
        say "   $name: $(jq -c '{tps: (.result.throughput), cpu: .cpuSeconds}' <<<"$(tail -n 1 "$OUT/rounds.jsonl")")"
      done
    done
  done
done
latency_set 0

# The medians per latency, transaction and tool, and the ratios (summary.jq)
jq -s --arg run "$RUN_ID" --arg rc "$rate_control" --argjson duration "$duration" --argjson warmup "$warmup" \
  --argjson workers "$workers" --argjson smoke "$smoke" --argjson cload "$caliper_load" -f "$CAL/summary.jq" \
  "$OUT/rounds.jsonl" >"$OUT/summary.json" || fail "could not summarise $OUT/rounds.jsonl"
say "summary: $(jq -c .ratios "$OUT/summary.json")"
say "OK in $((SECONDS - T_START)) s; run $RUN_ID; results in $OUT"
