package org.civicledger.benchmarks;

import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.line;
import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.loadAverage;
import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.round;

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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.civicledger.chaincode.crypto.Sha256;

/**
 * Issue 16's city benchmark: a generated city ({@link CityGenerator}) loaded through the embedded ledger
 * ({@link CityLoader}: simulated clock, real identities, real transactions), then, in the same run, phase by phase:
 * <ol>
 * <li>{@code load}: the ledger's commit rate while loading; with {@code follow}, the gateway's read model engine
 *     ({@link ReadModelUnderTest}, every report projection, the gateway's default H2 file) follows the load in the
 *     same process: how much of the load it had projected when the load ended, and how long it then needed;</li>
 * <li>sizes of the ledger and of the read model's files;</li>
 * <li>{@code gateway}: each report's latency (p50/p95/p99 over {@code --requests} requests with varied communities,
 *     banks and periods) through the gateway's HTTP API, the gateway started on the loaded folder as
 *     {@code java -jar} runs it (its read model: the one that followed the load, else it catches up first; removed
 *     afterwards unless {@code keep-read-model} is among the phases, as the catch-up phase writes another);</li>
 * <li>{@code feed}: the baseline: the ledger's raw event feed from block 0 into a sink that only counts;</li>
 * <li>{@code catchup}: a fresh read model from checkpoint 0 to the head, as a separate phase (events per second,
 *     beside the commit rate and the raw feed rate); {@code compact}: its live size (H2's {@code SHUTDOWN
 *     COMPACT}); {@code rebuild}: that read model, reopened, rebuilt from scratch.</li>
 * </ol>
 *
 * <pre>{@code
 * java -Xmx4g -jar benchmarks/target/civic-ledger-benchmarks.jar city --dir=D [--scale=0.1] [--seed=16]
 *     [--threads=64] [--phases=load,follow,gateway,feed,catchup,rebuild,compact] [--batch=500] [--jdbc-url-suffix=;K=V]
 *     [--gateway-jar=gateway-service/target/quarkus-app/quarkus-run.jar] [--port=18090] [--requests=200]
 *     [--warmup-requests=20] [--gateway-jvm="-Xmx2g"]
 * }</pre>
 *
 * {@code --scale} is the fraction of Jiaxing (0.1: 193,000 residents, 56 communities, 138 exchange points,
 * 2,000,000 transactions over three simulated years; 0.01 a tenth of that). {@code --dir} must be empty for
 * {@code load}; the later phases may run alone on a loaded folder ({@code readmodel} stands for
 * {@code follow,catchup,rebuild}). Prints {@code PROGRESS} and {@code RESULT} lines and a last line
 * {@code SUMMARY {json}}; the summary is also kept in {@code D/city-summary.json}, rewritten after each phase.
 */
public final class CityBenchmark {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> OPTIONS = Set.of("dir", "scale", "seed", "threads", "phases", "gateway-jar",
            "port", "requests", "warmup-requests", "gateway-jvm", "batch", "jdbc-url-suffix");
    static final String OPERATOR_TOKEN = "city-benchmark-operator-token";

    private final CommandLine options;
    private final Map<String, Object> summary = new LinkedHashMap<>();
    private final CityScale scale;
    private final long seed;
    private final Path dir;
    private final List<String> phases;
    /** Events per block, from the feed phase (to turn a read model position into an event count). */
    private long[] eventsBefore;
    private double commitRate = Double.NaN;
    private double feedRate = Double.NaN;
    private long feedEvents = -1;

    private CityBenchmark(CommandLine options) throws IOException {
        this.options = options;
        this.scale = CityScale.of(Double.parseDouble(options.get("scale", "0.1")));
        this.seed = Long.parseLong(options.get("seed", "16"));
        this.dir = Path.of(options.required("dir")).toAbsolutePath();
        this.phases = List.of(options.get("phases", "load,follow,gateway,feed,catchup,rebuild,compact")
                .replace("readmodel", "follow,catchup,rebuild").split(","));
        Files.createDirectories(dir);
    }

    public static void main(String[] args) throws Exception {
        run(List.of(args));
        System.exit(0);
    }

    static void run(List<String> args) throws Exception {
        CityBenchmark benchmark = new CityBenchmark(new CommandLine(args, OPTIONS));
        benchmark.run();
        String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(benchmark.summary);
        Files.writeString(benchmark.dir.resolve("city-summary.json"), json);
        System.out.println("SUMMARY " + MAPPER.writeValueAsString(benchmark.summary));
        System.out.flush();
    }

    private void run() throws Exception {
        line("RUN city java=%s cpus=%d maxHeap=%dMiB jvmArgs=%s scale=%s load=%s", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments(), scale, loadAverage());
        summary.put("scale", scale);
        summary.put("seed", seed);
        summary.put("cpus", Runtime.getRuntime().availableProcessors());
        summary.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        summary.put("loadBefore", loadAverage());
        if (phases.contains("load")) {
            try (CityLoader loader = new CityLoader(scale, seed, dir)) {
                ReadModelUnderTest following = null;
                if (phases.contains("follow")) {
                    following = ReadModelUnderTest.start(loader.ledger, url(dir), batch());
                    line("READ-MODEL following the load with projections %s, batch %d, url %s",
                            following.projectionNames(), batch(), url(dir));
                    summary.put("projections", following.projectionNames());
                }
                load(loader, following);
                if (following != null) {
                    drain(following);
                    following.close();
                }
                writeSummary();
            }
        }
        sizes("");
        writeSummary();
        if (phases.contains("gateway")) {
            gateway();
            writeSummary();
            if (!phases.contains("keep-read-model") && (phases.contains("catchup") || phases.contains("rebuild"))) {
                // its size is recorded; the catch-up phase writes a database as large (disk space)
                EmbeddedLedgerBenchmark.deleteTreeIfExists(dir.resolve("read-model"));
            }
        }
        if (phases.contains("feed")) {
            try (CityLedger ledger = CityLedger.open(dir)) {
                feed(ledger.port());
            }
            writeSummary();
        }
        if (phases.contains("catchup") || phases.contains("rebuild")) {
            try (CityLedger ledger = CityLedger.open(dir)) {
                catchUpAndRebuild(ledger);
            }
            sizes("AfterRebuild");
        }
        summary.put("loadAfter", loadAverage());
    }

    /** The read model's JDBC url for a data folder: the gateway's default, and {@code --jdbc-url-suffix} if given. */
    private String url(Path dataDir) {
        return ReadModelUnderTest.defaultUrl(dataDir) + options.get("jdbc-url-suffix", "");
    }

    private void writeSummary() throws IOException {
        Files.writeString(dir.resolve("city-summary.json"),
                MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    }

    private int batch() {
        return Integer.parseInt(options.get("batch", "500"));
    }

    private void load(CityLoader loader, ReadModelUnderTest following) throws InterruptedException {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        loader.setUp();
        line("SETUP transactions=%d seconds=%.1f valueFen=%s attestersAndApproval=%s", loader.setupTransactions(),
                (System.nanoTime() - start) / 1e9, loader.redemptionValue(), loader.attest());
        summary.put("redemptionValue", loader.redemptionValue());
        summary.put("attestersAndApproval", loader.attest());
        int threads = options.positive("threads", 64);
        AtomicLong lastReport = new AtomicLong(System.nanoTime());
        loader.load(threads, day -> {
            long now = System.nanoTime();
            if ((day + 1) % 30 == 0 || now - lastReport.get() > TimeUnit.SECONDS.toNanos(60)) {
                lastReport.set(now);
                double s = (now - start) / 1e9;
                long committed = loader.committedTotal();
                line("PROGRESS day=%d simulated=%s committedTx=%d blocks=%d elapsed=%.0fs rate=%.0ftx/s%s load=%s",
                        day + 1, CityGenerator.START.plusDays(day), committed, loader.ledger.height(), s,
                        committed / s, following == null ? "" : String.format(" projected=%d lagBlocks=%d",
                                following.eventsProjected(), following.lagBlocks()), loadAverage());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long committed = loader.committedTotal();
        commitRate = committed / seconds;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        line("RESULT load committedTx=%d blocks=%d seconds=%.1f commitRate=%.0ftx/s txPerBlock=%.1f cpuSeconds=%.0f "
                + "cpuPerTx=%.3fms load=%s", committed, loader.ledger.height(), seconds, commitRate,
                committed / (double) loader.ledger.height(), cpu, cpu * 1000 / committed, loadAverage());
        line("RESULT mix %s", loader.committedByKind());
        line("RESULT refused %s", loader.refusals());
        loader.firstRefusals().forEach((k, v) -> line("NOTE first refusal %s: %s", k, v));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("committedTx", committed);
        out.put("setupTx", loader.setupTransactions());
        out.put("blocks", loader.ledger.height());
        out.put("seconds", round(seconds));
        out.put("commitRateTxPerSecond", round(commitRate));
        out.put("cpuSecondsPerTxMs", round(cpu * 1000 / committed));
        out.put("threads", threads);
        out.put("byKind", loader.committedByKind());
        out.put("refused", loader.refusals());
        out.put("firstRefusals", loader.firstRefusals());
        out.put("simulatedEnd", loader.simulatedNow().toString());
        summary.put("load", out);
    }

    /** The baseline: the ledger's event feed from block 0 to the head, into a sink that only counts. */
    private void feed(org.civicledger.gateway.ledger.LedgerPort ledger) throws Exception {
        long height = ledger.height();
        eventsBefore = new long[(int) height + 1];
        AtomicLong events = new AtomicLong();
        AtomicLong lastAt = new AtomicLong(System.nanoTime());
        long start = System.nanoTime();
        try (AutoCloseable subscription = ledger.subscribe(null, event -> {
            events.incrementAndGet();
            if (event.blockNumber() + 1 < eventsBefore.length) {
                eventsBefore[(int) event.blockNumber() + 1]++;
            }
            lastAt.set(System.nanoTime());
        })) {
            long seen = -1;
            while (true) { // done when nothing arrived for a second
                Thread.sleep(200);
                if (events.get() == seen && System.nanoTime() - lastAt.get() > TimeUnit.SECONDS.toNanos(1)) {
                    break;
                }
                seen = events.get();
            }
        }
        for (int b = 1; b < eventsBefore.length; b++) {
            eventsBefore[b] += eventsBefore[b - 1];
        }
        double seconds = (lastAt.get() - start) / 1e9;
        feedRate = events.get() / seconds;
        feedEvents = events.get();
        line("RESULT feed events=%d blocks=%d seconds=%.1f eventsPerSecond=%.0f (raw event feed from block 0, "
                + "counting sink)", events.get(), height, seconds, feedRate);
        summary.put("feed", Map.of("events", events.get(), "seconds", round(seconds), "eventsPerSecond",
                round(feedRate)));
    }

    /** After the load: how long the read model that followed it needed to reach the head. */
    private void drain(ReadModelUnderTest following) throws InterruptedException {
        long start = System.nanoTime();
        long projectedAtEnd = following.eventsProjected();
        long lagAtEnd = following.lagBlocks();
        double drain = (following.awaitHead(-1, TimeUnit.HOURS.toNanos(2), "drain") - start) / 1e9;
        long total = following.eventsProjected();
        long committed = ((Number) loadSummary().getOrDefault("committedTx", total)).longValue();
        double cpu = following.projectorCpuNanos() / 1e9;
        line("RESULT follow eventsProjectedAtLoadEnd=%d of %d committed (%.4f) lagBlocksAtLoadEnd=%d drainSeconds=%.1f "
                + "totalEvents=%d projectorCpuSeconds=%.0f projectorCpuPerEvent=%.3fms", projectedAtEnd, committed,
                projectedAtEnd / (double) committed, lagAtEnd, drain, total, cpu, cpu * 1000 / total);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eventsProjectedAtLoadEnd", projectedAtEnd);
        out.put("committedTx", committed);
        out.put("projectedShareAtLoadEnd", round(projectedAtEnd / (double) committed));
        out.put("lagBlocksAtLoadEnd", lagAtEnd);
        out.put("drainSeconds", round(drain));
        out.put("events", total);
        out.put("projectorCpuSeconds", round(cpu));
        out.put("projectorCpuPerEventMs", round(cpu * 1000 / total));
        summary.put("follow", out);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> loadSummary() {
        return (Map<String, Object>) summary.getOrDefault("load", Map.of());
    }

    /** A fresh read model from checkpoint 0 to the head (a separate phase), then a rebuild of it. */
    private void catchUpAndRebuild(CityLedger ledger) throws Exception {
        Path db = dir.resolve("catchup");
        EmbeddedLedgerBenchmark.deleteTreeIfExists(db);
        String url = url(db);
        long expected = feedEvents;
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try (ReadModelUnderTest engine = ReadModelUnderTest.start(ledger.port(), url, batch())) {
            line("READ-MODEL catch-up from checkpoint 0, url %s", url);
            double seconds = (engine.awaitHead(expected, TimeUnit.HOURS.toNanos(2), "catchup") - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            long events = engine.eventsProjected();
            double rate = events / seconds;
            line("RESULT catchup events=%d seconds=%.1f eventsPerSecond=%.0f ratioToCommitRate=%.3f "
                    + "ratioToFeedRate=%.3f cpuSeconds=%.0f load=%s", events, seconds, rate, rate / commitRate,
                    rate / feedRate, cpu, loadAverage());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("events", events);
            out.put("seconds", round(seconds));
            out.put("eventsPerSecond", round(rate));
            out.put("ratioToCommitRate", round(rate / commitRate));
            out.put("ratioToFeedRate", round(rate / feedRate));
            out.put("cpuSeconds", round(cpu));
            out.put("projectorCpuSeconds", round(engine.projectorCpuNanos() / 1e9));
            summary.put("catchup", out);
            writeSummary();
        }
        sizes("AfterCatchup");
        if (phases.contains("compact")) { // the live size, and disk space for the rebuild's dead pages
            compact();
        }
        if (!phases.contains("rebuild")) {
            return;
        }
        try (ReadModelUnderTest engine = ReadModelUnderTest.start(ledger.port(), url, batch())) {
            engine.awaitHead(-1, TimeUnit.MINUTES.toNanos(10), "reopen");
            long before = engine.eventsProjected();
            long rebuildStart = System.nanoTime();
            engine.rebuild();
            double rebuild = (engine.awaitHead(expected < 0 ? -1 : before + expected, TimeUnit.HOURS.toNanos(2),
                    "rebuild") - rebuildStart) / 1e9;
            long events = engine.eventsProjected() - before;
            line("RESULT rebuild events=%d seconds=%.1f eventsPerSecond=%.0f (emptied, then replayed from block 0)",
                    events, rebuild, events / rebuild);
            summary.put("rebuild", Map.of("events", events, "seconds", round(rebuild), "eventsPerSecond",
                    round(events / rebuild)));
        }
    }

    @SuppressWarnings("unchecked")
    private void sizes(String when) throws IOException {
        Map<String, Object> out = (Map<String, Object>) summary.computeIfAbsent("sizes", k -> new LinkedHashMap<>());
        for (String sub : List.of("ledger", "read-model", "catchup")) {
            Path p = dir.resolve(sub);
            if (Files.exists(p)) {
                long bytes = treeSize(p);
                out.put(sub + "MiB" + when, round(bytes / 1048576.0));
                line("RESULT size %s %.1f MiB %s", sub, bytes / 1048576.0, when);
            }
        }
    }

    /**
     * The live size of the catch-up phase's H2 database: H2's {@code SHUTDOWN COMPACT} rewrites the file with only
     * its live pages (the file grows with the dead pages of every committed batch; H2's background compaction does
     * not keep up with a replay).
     */
    private void compact() throws Exception {
        Path db = dir.resolve("catchup");
        if (!Files.exists(db)) {
            line("NOTE no catch-up database to compact");
            return;
        }
        line("NOTE disk free before compacting: %d MiB", Files.getFileStore(db).getUsableSpace() >> 20);
        long before = treeSize(db);
        long start = System.nanoTime();
        try (java.sql.Connection sql = java.sql.DriverManager.getConnection(url(db));
             java.sql.Statement statement = sql.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = treeSize(db);
        line("RESULT compact before=%.1fMiB after=%.1fMiB seconds=%.1f (H2 SHUTDOWN COMPACT of the catch-up database)",
                before / 1048576.0, after / 1048576.0, seconds);
        summary.put("compact", Map.of("beforeMiB", round(before / 1048576.0), "afterMiB", round(after / 1048576.0),
                "seconds", round(seconds)));
    }

    /** Each report's latency through the gateway's HTTP API, the gateway on the loaded data folder. */
    private void gateway() throws Exception {
        Path jar = Path.of(options.get("gateway-jar", "gateway-service/target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath();
        int port = options.positive("port", 18090);
        String jvm = options.get("gateway-jvm", "").trim();
        Map<String, String> env = Map.of("CIVIC_OPERATIONS_TOKEN_SHA256", Sha256.hex(OPERATOR_TOKEN));
        long start = System.nanoTime();
        try (GatewayProcess gateway = GatewayProcess.start(jar, dir, port, jvm.isEmpty() ? List.of()
                : List.of(jvm.split("\\s+")), env, dir.resolve("gateway.log"))) {
            line("READY gateway seconds=%.1f rssMiB=%d", gateway.secondsToReady(), gateway.rssMiB());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            JsonNode state = awaitReadModel(client, gateway.baseUrl(), start);
            line("READ-MODEL gateway %s", state);
            int count = options.positive("requests", 200);
            int warm = Integer.parseInt(options.get("warmup-requests", "20"));
            Map<String, Object> reports = new LinkedHashMap<>();
            for (ReportRequests.Report report : ReportRequests.all(scale, count + warm, seed)) {
                long[] nanos = new long[count];
                Map<String, List<Long>> bySpan = new TreeMap<>();
                Map<Integer, Integer> statuses = new TreeMap<>();
                String firstError = null;
                for (int i = 0; i < report.paths().size(); i++) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.baseUrl()
                            + report.paths().get(i))).timeout(Duration.ofSeconds(60)).GET();
                    if (report.auditor()) {
                        request.header("Authorization", "Bearer demo-auditor-token");
                    }
                    long began = System.nanoTime();
                    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - began;
                    if (i >= warm) {
                        nanos[i - warm] = took;
                        bySpan.computeIfAbsent(report.spans().get(i), k -> new ArrayList<>()).add(took);
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                        if (response.statusCode() != 200 && firstError == null) {
                            firstError = response.statusCode() + " " + report.paths().get(i) + " "
                                    + response.body().substring(0, Math.min(300, response.body().length()));
                        }
                    }
                }
                Arrays.sort(nanos);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("requests", count);
                r.put("statuses", statuses);
                r.put("p50Ms", round(percentile(nanos, 0.50) / 1e6));
                r.put("p95Ms", round(percentile(nanos, 0.95) / 1e6));
                r.put("p99Ms", round(percentile(nanos, 0.99) / 1e6));
                r.put("maxMs", round(nanos[nanos.length - 1] / 1e6));
                if (firstError != null) {
                    r.put("firstError", firstError);
                }
                Map<String, Object> spans = new LinkedHashMap<>();
                bySpan.forEach((span, values) -> {
                    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
                    spans.put(span, Map.of("requests", sorted.length, "p50Ms", round(percentile(sorted, 0.5) / 1e6),
                            "p95Ms", round(percentile(sorted, 0.95) / 1e6)));
                });
                r.put("byPeriod", spans);
                line("RESULT report-periods %s %s", report.name(), spans);
                line("RESULT report %s requests=%d statuses=%s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%s",
                        report.name(), count, statuses, percentile(nanos, 0.50) / 1e6, percentile(nanos, 0.95) / 1e6,
                        percentile(nanos, 0.99) / 1e6, nanos[nanos.length - 1] / 1e6,
                        firstError == null ? "" : " firstError=" + firstError);
                reports.put(report.name(), r);
            }
            summary.put("reports", reports);
            summary.put("gatewayRssMiB", gateway.rssMiB());
        }
    }

    /** Waits until the gateway's read model reports no lag; logs its progress (a catch-up when it starts empty). */
    private JsonNode awaitReadModel(HttpClient client, String base, long processStart) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(2);
        long lastLine = 0;
        while (System.nanoTime() < deadline) {
            JsonNode data = readModelCheck(MAPPER.readTree(client.send(health, HttpResponse.BodyHandlers.ofString())
                    .body()));
            if (data == null) {
                line("NOTE the gateway has no read-model health check: reports are measured as they are");
                return null;
            }
            if (data.path("lagBlocks").asLong(-1) == 0 && !data.path("rebuilding").asBoolean(false)) {
                double s = (System.nanoTime() - processStart) / 1e9;
                line("RESULT gateway-read-model caughtUpSecondsFromProcessStart=%.1f state=%s", s, data);
                return data;
            }
            if (System.nanoTime() - lastLine > TimeUnit.SECONDS.toNanos(30)) {
                lastLine = System.nanoTime();
                line("PROGRESS gateway read model %s", data);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the gateway's read model did not catch up within 2 hours");
    }

    private static JsonNode readModelCheck(JsonNode health) {
        for (JsonNode check : health.path("checks")) {
            if ("read-model".equals(check.path("name").asText())) {
                return check.path("data");
            }
        }
        return null;
    }

    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long treeSize(Path p) throws IOException {
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The ledger the phases after loading read: the loader's, or the loaded folder's reopened. */
    static final class CityLedger implements AutoCloseable {
        private final org.civicledger.gateway.ledger.embedded.EmbeddedLedger ledger;
        private final boolean owned;

        private CityLedger(org.civicledger.gateway.ledger.embedded.EmbeddedLedger ledger, boolean owned) {
            this.ledger = ledger;
            this.owned = owned;
        }

        static CityLedger of(org.civicledger.gateway.ledger.embedded.EmbeddedLedger ledger) {
            return new CityLedger(ledger, false);
        }

        static CityLedger open(Path dir) {
            return new CityLedger(org.civicledger.gateway.ledger.embedded.EmbeddedLedger.open(dir,
                    org.civicledger.gateway.identity.IdentityStore.open(dir)), true);
        }

        org.civicledger.gateway.ledger.LedgerPort port() {
            return ledger;
        }

        @Override
        public void close() {
            if (owned) {
                ledger.close();
            }
        }
    }
}
