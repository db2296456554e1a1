package org.civicledger.benchmarks;

import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.line;
import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.loadAverage;
import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.median;
import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.round;
import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.stats;
import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fabric} mode: throughput and latency on the real Fabric network of {@code network/}.
 * <ol>
 * <li><b>baseline</b>: a put-only transaction (chaincode {@code civic-put}, deployed by
 * {@code benchmarks/fabric/deploy-put.sh} on the same channel, MAJORITY, CCaaS) through the raw
 * fabric-gateway client: one shared gRPC channel to the Community peer, N threads each keeping one
 * endorse + submitAsync + commit status in flight, distinct keys, 100-byte values, as a demo caller;</li>
 * <li><b>civic</b>: awards through the REST gateway in fabric mode (its own JVM, started here as a user
 * starts it), N threads each on a kept-alive connection, residents enrolled through the API first;</li>
 * <li><b>redemptions</b>: many redemptions at one merchant (the demo merchant), at distinct residents;</li>
 * <li><b>civic-raw</b> (only if named in {@code --phases}): the same awards submitted to {@code civic-ledger}
 * by the raw client, as the baseline submits puts: the chaincode's weight without the REST gateway.</li>
 * <li><b>shapes</b> (only if named in {@code --phases}): transactions of {@code civic-put}'s {@code Put:touch}
 * with R reads and W writes and no logic, for each {@code R:W} of {@code --shapes} (default {@code 0:1,3:3,7:5}),
 * through the raw client at the baseline's N: what each key of a transaction costs on this network.</li>
 * </ol>
 * N is chosen for each workload by a short sweep (the best throughput) unless given. Each workload:
 * warm-up, sweep, then rounds; per round the committed transactions per second, p50/p99 latency, and
 * the CPU each process of the network, the gateway and the load generator used. Over each workload the
 * channel's blocks are read back (qscc) and their validation codes counted: invalid transactions and
 * MVCC conflicts; for the gateway also its {@code civic_ledger_conflicts_retried_total} before and after.
 */
final class FabricBenchmark {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CONFLICTS_METRIC = "civic_ledger_conflicts_retried_total";

    private final Map<String, String> options;
    private final Map<String, Object> summary;

    FabricBenchmark(Map<String, String> options, Map<String, Object> summary) {
        this.options = options;
        this.summary = summary;
    }

    /** A workload's result: the chosen N, its rounds and the blocks it produced. */
    private record Workload(String label, int threads, List<Map<String, Object>> sweep,
                            List<Map<String, Object>> rounds, double medianPerSecond) {
    }

    void run() throws Exception {
        Path profile = Path.of(options.getOrDefault("profile", "network/.data/gateway.json")).toAbsolutePath()
                .normalize();
        List<String> phases = Arrays.asList(options.getOrDefault("phases", "baseline,civic").split(","));
        List<int[]> shapes = !phases.contains("shapes") ? List.of()
                : Arrays.stream(options.getOrDefault("shapes", "0:1,3:3,7:5").split(","))
                        .map(String::trim).map(FabricBenchmark::shape).toList(); // refused before the network is touched
        line("RUN fabric java=%s cpus=%d maxHeap=%dMiB jvmArgs=%s options=%s load=%s",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                options, loadAverage());
        try (FabricNetwork net = FabricNetwork.open(profile, options.getOrDefault("caller", "demo-app"))) {
            line("NETWORK profile=%s channel=%s peer=%s caller=%s batchTimeout=%s batchMaxMessages=%d height=%d",
                    net.profile, net.channel, net.peerEndpoint, net.callerName, net.batchTimeout,
                    net.batchMaxMessages, net.height());
            summary.put("batch", Map.of("timeout", net.batchTimeout, "maxMessageCount", net.batchMaxMessages));
            ProcessCpu cpu = ProcessCpu.of(net.pidsDir());
            Workload baseline = phases.contains("baseline") ? baseline(net, cpu) : null;
            Workload civic = phases.contains("civic") ? civic(net, cpu, profile, phases) : null;
            if (!shapes.isEmpty()) {
                shapes(net, cpu, baseline, shapes);
            }
            if (baseline != null && civic != null) {
                double ratio = civic.medianPerSecond() / baseline.medianPerSecond();
                summary.put("civicToBaseline", round(ratio));
                line("RESULT fabric-ratio civic=%.0f/s (N=%d) baseline=%.0f/s (N=%d) civicToBaseline=%.3f target=0.8 %s",
                        civic.medianPerSecond(), civic.threads(), baseline.medianPerSecond(), baseline.threads(), ratio,
                        ratio >= 0.8 ? "met" : "NOT met");
            }
            Double embedded = embeddedAwardsPerSecond();
            if (civic != null && embedded != null) {
                summary.put("embeddedAwardsPerSecond", round(embedded));
                summary.put("civicToEmbedded", round(civic.medianPerSecond() / embedded));
                line("RESULT fabric-vs-embedded civicOnFabric=%.0f/s embedded=%.0f/s ratio=%.3f",
                        civic.medianPerSecond(), embedded, civic.medianPerSecond() / embedded);
            }
        }
    }

    // ------------------------------------------------------------------------------------ baseline
    private Workload baseline(FabricNetwork net, ProcessCpu cpu) throws InterruptedException {
        String chaincode = options.getOrDefault("put-chaincode", "civic-put");
        String value = "v".repeat(100);
        long h0 = net.height();
        AwardLoad load = new AwardLoad(net.putSink(chaincode, tag("put"), value));
        Workload w = measure("baseline", load, cpu, true);
        FabricNetwork.Blocks blocks = net.blocks(h0, net.height());
        Map<String, Object> out = workloadSummary(w, load, blocks);
        summary.put("baseline", out);
        return w;
    }

    // ------------------------------------------------------------------------------------ shapes
    private void shapes(FabricNetwork net, ProcessCpu cpu, Workload baseline, List<int[]> shapes)
            throws InterruptedException {
        String chaincode = options.getOrDefault("put-chaincode", "civic-put");
        String value = "v".repeat(300);
        int reads = shapes.stream().mapToInt(rw -> rw[0]).max().orElse(0);
        String refusal = net.sink(chaincode, "Put:seed", n -> new String[] {Integer.toString(reads), value}).award(0);
        if (refusal != null) {
            throw new IllegalStateException("Put:seed " + reads + " was refused: " + refusal);
        }
        int threads = baseline != null ? baseline.threads() : intOption("threads", 0);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int[] rw : shapes) {
            String label = "shape-" + rw[0] + "r" + rw[1] + "w";
            String tag = tag(label);
            long h0 = net.height();
            AwardLoad load = new AwardLoad(net.sink(chaincode, "Put:touch", n -> new String[] {tag + "-" + n,
                    Integer.toString(rw[0]), Integer.toString(rw[1]), value}));
            Workload w = measure(label, load, cpu, false, threads);
            Map<String, Object> row = workloadSummary(w, load, net.blocks(h0, net.height()));
            row.put("reads", rw[0]);
            row.put("writes", rw[1]);
            String ratio = "-";
            if (baseline != null) {
                double toBaseline = w.medianPerSecond() / baseline.medianPerSecond();
                row.put("toBaseline", round(toBaseline));
                ratio = String.format(java.util.Locale.ROOT, "%.3f", toBaseline);
            }
            line("RESULT fabric-shape reads=%d writes=%d threads=%d perSecond=%.0f toBaseline=%s", rw[0], rw[1],
                    w.threads(), w.medianPerSecond(), ratio);
            out.add(row);
        }
        summary.put("shapes", out);
    }

    /** {@code R:W} (reads, writes; each 0 to 64) as {@code {R, W}}; anything else is refused with the expected form. */
    private static int[] shape(String text) {
        String[] rw = text.split(":");
        try {
            if (rw.length == 2) {
                int[] shape = {Integer.parseInt(rw[0]), Integer.parseInt(rw[1])};
                if (shape[0] >= 0 && shape[0] <= 64 && shape[1] >= 0 && shape[1] <= 64) {
                    return shape;
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("--shapes: '" + text + "' is not READS:WRITES (each 0 to 64), e.g. 3:3");
    }

    // ------------------------------------------------------------------------------------ civic
    private Workload civic(FabricNetwork net, ProcessCpu networkCpu, Path profile, List<String> phases)
            throws Exception {
        Path dir = Files.createTempDirectory("civic-fabric-bench-");
        int residents = intOption("residents", 3000);
        List<String> jvm = new ArrayList<>();
        jvm.add("-Dcivic.ledger.fabric-profile=" + profile);
        String extra = options.getOrDefault("gateway-jvm", "").trim();
        if (!extra.isEmpty()) {
            jvm.addAll(List.of(extra.split("\\s+")));
        }
        Path jar = Path.of(options.getOrDefault("gateway-jar", "gateway-service/target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath();
        Path log = Path.of(options.getOrDefault("gateway-log", dir.resolve("gateway.log").toString()));
        try (GatewayProcess gateway = GatewayProcess.start(jar, dir, intOption("port", 18180), jvm,
                Map.of("CIVIC_LEDGER_MODE", "fabric"), log)) {
            line("READY gateway (fabric mode) seconds=%.2f rssMiB=%d pid=%d log=%s", gateway.secondsToReady(),
                    gateway.rssMiB(), gateway.pid(), log);
            ProcessCpu cpu = networkCpu.with("gateway", gateway.pid());
            String tag = tag("f");
            HttpAwards http = new HttpAwards(gateway.baseUrl(), tag);
            long start = System.nanoTime();
            http.setUp(residents, intOption("setup-threads", 64));
            line("SETUP residents=%d seconds=%.1f (activity type %s, daily cap 100,000,000; enrolled through the API)",
                    residents, (System.nanoTime() - start) / 1e9, "bench-" + tag);
            summary.put("residents", residents);

            double conflicts0 = metric(gateway, CONFLICTS_METRIC);
            long h0 = net.height();
            AwardLoad awards = new AwardLoad(http.sink(tag));
            Workload w = measure("civic", awards, cpu, true);
            FabricNetwork.Blocks blocks = net.blocks(h0, net.height());
            double conflicts1 = metric(gateway, CONFLICTS_METRIC);
            Map<String, Object> out = workloadSummary(w, awards, blocks);
            out.put("gatewayConflictsRetried", conflicts1 - conflicts0);
            line("RESULT fabric-civic-conflicts %s before=%.0f after=%.0f retried=%.0f invalidTx=%d mvccTx=%d",
                    CONFLICTS_METRIC, conflicts0, conflicts1, conflicts1 - conflicts0, blocks.invalid(),
                    blocks.mvccConflicts());
            summary.put("civic", out);

            if (phases.contains("civic-raw")) {
                // the same awards, through the raw client instead of the gateway (the chaincode's weight alone)
                String rawTag = tag("fr");
                AwardLoad raw = new AwardLoad(net.sink(net.chaincode, "Points:award", n -> new String[] {
                    HttpAwards.awardBody(rawTag + "-" + n, http.resident(n), http.activityType(), java.time.Instant.now())}));
                long hr = net.height();
                Workload rw = measure("civic-raw", raw, cpu, false, w.threads());
                summary.put("civicRaw", workloadSummary(rw, raw, net.blocks(hr, net.height())));
                line("RESULT fabric-civic-raw-ratio civicThroughGateway=%.0f/s civicRaw=%.0f/s gatewayToRaw=%.3f",
                        w.medianPerSecond(), rw.medianPerSecond(), w.medianPerSecond() / rw.medianPerSecond());
            }

            if (!"false".equals(options.get("redemptions"))) {
                int withPoints = (int) Math.min(residents, awards.submitted());
                AwardLoad redemptions = new AwardLoad(http.redemptionSink(tag("r"), withPoints));
                double r0 = metric(gateway, CONFLICTS_METRIC);
                long h1 = net.height();
                Workload rw = measure("redemptions", redemptions, cpu, false, w.threads());
                FabricNetwork.Blocks rblocks = net.blocks(h1, net.height());
                double r1 = metric(gateway, CONFLICTS_METRIC);
                Map<String, Object> rout = workloadSummary(rw, redemptions, rblocks);
                rout.put("merchant", "demo-merchant");
                rout.put("residents", withPoints);
                rout.put("gatewayConflictsRetried", r1 - r0);
                line("RESULT fabric-redemptions-conflicts merchant=demo-merchant residents=%d %s before=%.0f after=%.0f "
                        + "retried=%.0f invalidTx=%d mvccTx=%d", withPoints, CONFLICTS_METRIC, r0, r1, r1 - r0,
                        rblocks.invalid(), rblocks.mvccConflicts());
                summary.put("redemptions", rout);
            }
            summary.put("gatewayRssMiBAfter", gateway.rssMiB());
            return w;
        } finally {
            if (!options.containsKey("keep-gateway-dir")) {
                EmbeddedLedgerBenchmark.deleteTree(dir);
            }
        }
    }

    // ------------------------------------------------------------------------------------ common
    private Workload measure(String label, AwardLoad load, ProcessCpu cpu, boolean sweep) throws InterruptedException {
        return measure(label, load, cpu, sweep, intOption("threads", 0));
    }

    /** Warm-up, then (if {@code sweep} and no N given) the sweep, then the rounds at N. */
    private Workload measure(String label, AwardLoad load, ProcessCpu cpu, boolean sweep, int givenThreads)
            throws InterruptedException {
        List<Integer> sweepThreads = Arrays.stream(options.getOrDefault("sweep", "8,16,32,64,128").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        double warmup = doubleOption("warmup", 15);
        int warmThreads = givenThreads > 0 ? givenThreads : sweepThreads.get(sweepThreads.size() / 2);
        AwardLoad.ClosedResult warm = load.closedLoop(warmThreads, warmup);
        line("WARMUP %s threads=%d seconds=%.0f perSecond=%.0f refused=%d (not counted)", label, warmThreads, warmup,
                warm.perSecond(), warm.refused());
        int threads = givenThreads;
        List<Map<String, Object>> sweepRows = new ArrayList<>();
        if (sweep && threads <= 0) {
            double best = -1;
            double seconds = doubleOption("sweep-seconds", 10);
            for (int n : sweepThreads) {
                String loadBefore = loadAverage();
                AwardLoad.ClosedResult c = load.closedLoop(n, seconds);
                line("SWEEP %s threads=%d seconds=%.0f perSecond=%.0f p50=%.1fms p99=%.1fms refused=%d load=%s",
                        label, n, seconds, c.perSecond(), c.latency().p50Millis(), c.latency().p99Millis(),
                        c.refused(), loadBefore);
                sweepRows.add(Map.of("threads", n, "perSecond", round(c.perSecond()), "p50Ms",
                        round(c.latency().p50Millis()), "p99Ms", round(c.latency().p99Millis())));
                if (c.perSecond() > best) {
                    best = c.perSecond();
                    threads = n;
                }
            }
            line("CHOSEN %s threads=%d (the sweep's best)", label, threads);
        }
        if (threads <= 0) {
            threads = warmThreads;
        }
        int rounds = intOption("rounds", 3);
        double seconds = doubleOption("duration", 20);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            String loadBefore = loadAverage();
            ProcessCpu.Snapshot before = cpu.snapshot();
            AwardLoad.ClosedResult c = load.closedLoop(threads, seconds);
            Map<String, Double> cores = ProcessCpu.cores(before, cpu.snapshot());
            line("RESULT fabric-%s round=%d threads=%d seconds=%.0f committed=%d perSecond=%.0f p50=%.1fms p99=%.1fms "
                    + "max=%.1fms refused=%d load=%s", label, r, threads, seconds, c.committed(), c.perSecond(),
                    c.latency().p50Millis(), c.latency().p99Millis(), c.latency().maxMillis(), c.refused(), loadBefore);
            line("CPU fabric-%s round=%d cores: %s", label, r, ProcessCpu.describe(cores));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("perSecond", c.perSecond());
            row.put("p50Ms", c.latency().p50Millis());
            row.put("p99Ms", c.latency().p99Millis());
            row.put("refused", (double) c.refused());
            Map<String, Object> rounded = new LinkedHashMap<>();
            cores.forEach((k, v) -> rounded.put(k, round(v)));
            row.put("cpuCores", rounded);
            row.put("load", loadBefore);
            out.add(row);
        }
        if (load.firstRefusal() != null) {
            line("NOTE %s first refusal: %s", label, load.firstRefusal());
        }
        double medianPerSecond = median(out.stream().map(r -> (Double) r.get("perSecond")).toList());
        return new Workload(label, threads, sweepRows, out, medianPerSecond);
    }

    private Map<String, Object> workloadSummary(Workload w, AwardLoad load, FabricNetwork.Blocks blocks) {
        String label = w.label();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threads", w.threads());
        if (!w.sweep().isEmpty()) {
            out.put("sweep", w.sweep());
        }
        for (String key : List.of("perSecond", "p50Ms", "p99Ms")) {
            out.put(key, stats(w.rounds().stream().map(r -> (Double) r.get(key)).toList()));
        }
        out.put("cpuCoresPerRound", w.rounds().stream().map(r -> r.get("cpuCores")).toList());
        out.put("refusedTotal", load.refused());
        out.put("blocks", Map.of("from", blocks.from(), "to", blocks.to(), "count", blocks.blocks(), "transactions",
                blocks.transactions(), "txPerBlock", round(blocks.transactionsPerBlock()), "invalid", blocks.invalid(),
                "mvccConflicts", blocks.mvccConflicts(), "codes", blocks.codes(),
                "perTransaction", FabricNetwork.perTransaction(blocks.shape())));
        line("SHAPE %s per transaction: %s", label, FabricNetwork.perTransaction(blocks.shape()));
        line("RESULT fabric-%s-summary threads=%d medianPerSecond=%.0f p50=%s p99=%s blocks=%d tx=%d txPerBlock=%.1f "
                + "invalidTx=%d mvccTx=%d codes=%s refusedTotal=%d", label, w.threads(), w.medianPerSecond(),
                w.rounds().stream().map(r -> String.format(java.util.Locale.ROOT, "%.1f", (Double) r.get("p50Ms"))).toList(),
                w.rounds().stream().map(r -> String.format(java.util.Locale.ROOT, "%.1f", (Double) r.get("p99Ms"))).toList(),
                blocks.blocks(), blocks.transactions(), blocks.transactionsPerBlock(), blocks.invalid(),
                blocks.mvccConflicts(), blocks.codes(), load.refused());
        return out;
    }

    /** The embedded ledger's awards/s: {@code --embedded=X}, or the median in an {@code awards} mode log. */
    private Double embeddedAwardsPerSecond() throws IOException {
        if (options.containsKey("embedded")) {
            return Double.parseDouble(options.get("embedded"));
        }
        String logFile = options.get("embedded-log");
        if (logFile == null || !Files.isRegularFile(Path.of(logFile))) {
            return null;
        }
        for (String l : Files.readAllLines(Path.of(logFile))) {
            if (l.startsWith("SUMMARY ")) {
                JsonNode median = MAPPER.readTree(l.substring(8)).path("closed").path("awardsPerSecond").path("median");
                return median.isNumber() ? median.asDouble() : null;
            }
        }
        return null;
    }

    /** A counter from the gateway's Prometheus endpoint ({@code /q/metrics}), summed over its series. */
    private static double metric(GatewayProcess gateway, String name) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(gateway.baseUrl() + "/q/metrics")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        double sum = 0;
        boolean found = false;
        for (String l : r.body().split("\n")) {
            if (l.startsWith(name + " ") || l.startsWith(name + "{")) {
                sum += Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("the gateway's /q/metrics has no " + name);
        }
        return sum;
    }

    private int intOption(String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }

    private double doubleOption(String name, double fallback) {
        return options.containsKey(name) ? Double.parseDouble(options.get(name)) : fallback;
    }
}
