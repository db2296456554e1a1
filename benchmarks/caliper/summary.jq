# The summary of a run of run.sh from its rounds.jsonl (jq -s): per latency, transaction and tool the medians
# of the rounds, and the ratios Caliper ÷ ConsortiumLoad and 20 ms ÷ 0 ms of the throughputs.
# Arguments: $run, $rc (rate controller), $duration, $warmup, $workers, $smoke, $cload (fixed-load's backlog).
def median: sort | if length == 0 then null elif length % 2 == 1 then .[length / 2 | floor]
            else (.[length / 2 - 1] + .[length / 2]) / 2 end;
def ratio(a; b): if a == null or b == null or b == 0 then null else (a / b * 1000 | round) / 1000 end;
def r1: if . == null then null else (. * 10 | round) / 10 end;
# failures: Caliper's count, or ConsortiumLoad's counts by kind
def failures: .result | if .fail != null then .fail elif (.failed | type) == "object" then ([.failed[]] | add // 0)
                        else (.failed // 0) end;
def fig:
  (map(.transactionsInRound) | add) as $n
  | {rounds: length,
     throughput: (map(.result.throughput) | median),
     avgLatencyMs: (map(.result.avgLatencyS | select(. != null) * 1000) | median | r1),
     maxLatencyMs: (map(.result.maxLatencyS | select(. != null) * 1000) | median | r1),
     p50Ms: (map(.result.p50 | select(. != null)) | median | r1),
     p99Ms: (map(.result.p99 | select(. != null)) | median | r1),
     # Little's law: transactions in flight on average = throughput × mean latency (Caliper gives the mean)
     inFlight: (map(select(.result.avgLatencyS != null) | .result.throughput * .result.avgLatencyS) | median | r1),
     failed: (map(failures) | add),
     cpuMsPerTx: (if $n > 0 then (map(.cpuSeconds | del(.loadToolWaited, .loadToolSampled) | [.[]] | add) | add) / $n * 1000 | r1 else null end),
     cpuMsPerTxByProcess: (map(.cpuSeconds | del(.loadToolWaited, .loadToolSampled) | to_entries[]) | group_by(.key)
       | map({(.[0].key): (if $n > 0 then (map(.value) | add) / $n * 1000 | r1 else null end)}) | add)};
. as $all
| ($all | map(.transaction) | unique) as $txs
| {run: $run, rateControl: $rc, durationSeconds: $duration, warmupSeconds: $warmup, caliperWorkers: $workers,
   smoke: $smoke, threads: ($all[0].threads), caliperTransactionLoad: (if $rc == "fixed-load" then $cload else null end),
   figures: [$all | group_by(.latencyMs, .transaction, .tool)[]
             | {latencyMs: .[0].latencyMs, transaction: .[0].transaction, tool: .[0].tool} + fig]}
| .ratios = [.figures as $f | $txs[] as $tx
    | def tp(tool; ms): [$f[] | select(.transaction == $tx and .tool == tool and .latencyMs == ms)][0].throughput;
      {transaction: $tx, caliperToLoadAt0ms: ratio(tp("caliper"; 0); tp("load"; 0)),
       caliperToLoadAt20ms: ratio(tp("caliper"; 20); tp("load"; 20)),
       caliper20to0: ratio(tp("caliper"; 20); tp("caliper"; 0)), load20to0: ratio(tp("load"; 20); tp("load"; 0))}]
