package org.civicledger.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Benchmarks of the embedded ledger, run by {@code benchmarks/run.sh}; never by the build.
 *
 * <pre>{@code
 * java -Xmx4g -jar civic-ledger-benchmarks.jar raw     [--rounds=3 --raw-seconds=5]
 * java -Xmx4g -jar civic-ledger-benchmarks.jar awards  [--dir=D --residents=10000 --threads=64 --warmup=15 --duration=20 --rounds=3]
 * java -Xmx4g -jar civic-ledger-benchmarks.jar grow    --dir=D [--target-tx=1000000 --fill-threads=64 ...]
 * java -Xmx4g -jar civic-ledger-benchmarks.jar grown   --dir=D [--residents=10000 ...]  (awards on an existing, grown ledger)
 * java -Xmx4g -jar civic-ledger-benchmarks.jar restart --dir=D
 * java -jar civic-ledger-benchmarks.jar noop           (the JVM start-up baseline for restart)
 * java -jar civic-ledger-benchmarks.jar http    [--gateway-jar=J --port=18080 --residents=10000 --threads=64 ...]
 * java -jar civic-ledger-benchmarks.jar startup [--gateway-jar=J --runs=3 --idle-seconds=10]
 * java -jar civic-ledger-benchmarks.jar fabric  [--profile=network/.data/gateway.json --sweep=8,16,32,64 ...]
 * java -Xmx4g -jar civic-ledger-benchmarks.jar city --dir=D [--scale=0.1 --seed=16 --threads=64 ...] (CityBenchmark)
 * java -jar civic-ledger-benchmarks.jar household [--households=200 --threads=8 --seconds=10 --rounds=2] (issue 17)
 * java -jar civic-ledger-benchmarks.jar verify  [--dir=benchmarks/target/verify-ledger --target-tx=1000000 --rounds=1 --raw-seconds=10]
 * }</pre>
 *
 * Each mode prints one {@code RESULT ...} line per measurement and a last line
 * {@code SUMMARY {json}}.
 */
public final class EmbeddedLedgerBenchmark {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, String> options;
    private final Map<String, Object> summary = new LinkedHashMap<>();

    private EmbeddedLedgerBenchmark(Map<String, String> options) {
        this.options = options;
    }

    /**
     * @param args the mode ({@code raw}, {@code awards}, {@code grow}, {@code restart}, {@code noop})
     *     and {@code --name=value} options
     * @throws Exception when a measurement fails
     */
    public static void main(String[] args) throws Exception {
        long mainEntered = System.nanoTime();
        if (args.length == 0) {
            System.err.println("usage: EmbeddedLedgerBenchmark raw|awards|grow|restart|noop [--name=value ...]");
            System.exit(2);
        }
        if (args[0].equals("city")) { // its own options, checked (CityBenchmark)
            CityBenchmark.run(List.of(args).subList(1, args.length));
            System.exit(0);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length == 2 ? kv[1] : "true");
        }
        EmbeddedLedgerBenchmark benchmark = new EmbeddedLedgerBenchmark(options);
        benchmark.summary.put("mode", args[0]);
        switch (args[0]) {
            case "noop" -> benchmark.summary.put("jvmUptimeAtMainMs", ManagementFactory.getRuntimeMXBean().getUptime());
            case "raw" -> benchmark.raw();
            case "awards" -> benchmark.awards();
            case "grow" -> benchmark.grow();
            case "grown" -> benchmark.grown();
            case "restart" -> benchmark.restart(mainEntered);
            case "http" -> benchmark.http();
            case "startup" -> benchmark.startup();
            case "fabric" -> new FabricBenchmark(options, benchmark.summary).run();
            case "verify" -> new ChainVerifyBenchmark(options, benchmark.summary).run();
            case "household" -> new HouseholdCheckBenchmark(options, benchmark.summary).run();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        System.out.println("SUMMARY " + MAPPER.writeValueAsString(benchmark.summary));
        System.out.flush();
        System.exit(0); // the ledger's committer and pools are daemons or done; do not wait on stragglers
    }

    private void raw() throws InterruptedException {
        describeRun();
        int rounds = intOption("rounds", 3);
        double seconds = doubleOption("raw-seconds", 5);
        List<Double> one = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            one.add(rawRate(r, 1, seconds));
            two.add(rawRate(r, 2, seconds));
        }
        summary.put("raw1", stats(one));
        summary.put("raw2", stats(two));
    }

    private void awards() throws Exception {
        describeRun();
        Path dir = dataDir();
        try (DemoCommunity community = setUp(dir)) {
            AwardLoad load = AwardLoad.embedded(community, tag("a"));
            warmUp(load);
            List<Map<String, Object>> rounds = measureRounds(load, community.ledger::height, "empty");
            double peak = median(column(rounds, "awardsPerSecond"));
            summary.put("closed", statsOf(rounds));
            openLoop(load, peak);
            summary.put("refusedTotal", load.refused());
        } finally {
            if (!options.containsKey("dir") || options.containsKey("delete")) {
                deleteTree(dir);
            }
        }
    }

    private void grow() throws Exception {
        describeRun();
        Path dir = dataDir();
        long targetTx = longOption("target-tx", 1_000_000);
        double fillLimitSeconds = doubleOption("fill-limit-seconds", 1800);
        try (DemoCommunity community = setUp(dir)) {
            AwardLoad load = AwardLoad.embedded(community, tag("g"));
            warmUp(load);
            List<Map<String, Object>> empty = measureRounds(load, community.ledger::height, "empty");
            long before = community.committed.get();
            long fill = Math.max(0, targetTx - before);
            line("FILL from=%d target=%d awards=%d threads=%d", before, targetTx, fill, intOption("fill-threads", 64));
            long fillStart = System.nanoTime();
            long filled = load.fill(fill, intOption("fill-threads", 64), fillStart + (long) (fillLimitSeconds * 1e9),
                    done -> {
                        double s = (System.nanoTime() - fillStart) / 1e9;
                        line("FILL progress committedTx=%d elapsed=%.0fs rate=%.0f/s load=%s", before + done, s,
                                done / s, loadAverage());
                    });
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            if (filled < fill) {
                line("FILL stopped at its time limit of %.0f s: the ledger holds %d transactions, short of %d",
                        fillLimitSeconds, community.committed.get(), targetTx);
            }
            fill = filled;
            line("RESULT fill committedTx=%d awards=%d seconds=%.1f awardsPerSecond=%.0f", community.committed.get(),
                    fill, fillSeconds, fill / fillSeconds);
            summary.put("fill", Map.of("awards", fill, "seconds", round(fillSeconds), "awardsPerSecond",
                    round(fill / fillSeconds)));
            List<Map<String, Object>> grown = measureRounds(load, community.ledger::height, "grown");
            double emptyMedian = median(column(empty, "awardsPerSecond"));
            double grownMedian = median(column(grown, "awardsPerSecond"));
            summary.put("empty", statsOf(empty));
            summary.put("grown", statsOf(grown));
            summary.put("committedTx", community.committed.get());
            summary.put("height", community.ledger.height());
            summary.put("growthRatio", round(grownMedian / emptyMedian));
            line("RESULT growth committedTx=%d emptyMedian=%.0f/s grownMedian=%.0f/s ratio=%.3f",
                    community.committed.get(), emptyMedian, grownMedian, grownMedian / emptyMedian);
            summary.put("refusedTotal", load.refused());
        }
        reportSizes(dir);
    }

    /** The closed loop of {@link #grow}'s second half, on a ledger grown earlier (by an interrupted grow run). */
    private void grown() throws Exception {
        describeRun();
        Path dir = Path.of(requireOption("dir"));
        long start = System.nanoTime();
        try (DemoCommunity community = DemoCommunity.open(dir, intOption("residents", 10_000))) {
            line("OPENED dir=%s blocks=%d seconds=%.1f", dir, community.ledger.height(),
                    (System.nanoTime() - start) / 1e9);
            AwardLoad load = AwardLoad.embedded(community, tag("m"));
            warmUp(load);
            List<Map<String, Object>> grown = measureRounds(load, community.ledger::height, "grown");
            summary.put("heightBefore", community.ledger.height());
            summary.put("grown", statsOf(grown));
            summary.put("refusedTotal", load.refused());
        }
        reportSizes(dir);
    }

    /** Awards through the gateway's REST API, the gateway in its own JVM as {@code java -jar} runs it. */
    private void http() throws Exception {
        describeRun();
        Path dir = dataDir();
        int residents = intOption("residents", 10_000);
        try (GatewayProcess gateway = GatewayProcess.start(gatewayJar(), dir, intOption("port", 18080),
                gatewayJvmArgs(), dir.resolve("gateway.log"))) {
            line("READY seconds=%.2f rssMiB=%d", gateway.secondsToReady(), gateway.rssMiB());
            String tag = tag("h");
            HttpAwards http = new HttpAwards(gateway.baseUrl(), tag);
            long start = System.nanoTime();
            http.setUp(residents, intOption("threads", 64));
            line("SETUP residents=%d seconds=%.1f (through the API)", residents, (System.nanoTime() - start) / 1e9);
            summary.put("residents", residents);
            AwardLoad load = new AwardLoad(http.sink(tag));
            warmUp(load);
            List<Map<String, Object>> rounds = measureRounds(load, null, "http");
            summary.put("closed", statsOf(rounds));
            openLoop(load, median(column(rounds, "awardsPerSecond")));
            summary.put("refusedTotal", load.refused());
            summary.put("gatewayRssMiBAfter", gateway.rssMiB());
        } finally {
            if (!options.containsKey("dir") || options.containsKey("delete")) {
                deleteTree(dir);
            }
        }
    }

    /**
     * Cold start of the gateway to ready, and its resident memory once idle: on a fresh data dir
     * (certificate authorities and the demo set-up are created), then again on that same dir.
     */
    private void startup() throws Exception {
        describeRun();
        int runs = intOption("runs", 3);
        double idleSeconds = doubleOption("idle-seconds", 10);
        List<Double> fresh = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Path dir = Files.createTempDirectory("civic-gateway-startup-");
            try {
                for (String kind : List.of("fresh", "existing")) {
                    try (GatewayProcess gateway = GatewayProcess.start(gatewayJar(), dir, intOption("port", 18080),
                            gatewayJvmArgs(), dir.resolve("gateway.log"))) {
                        Thread.sleep((long) (idleSeconds * 1000));
                        long rssMiB = gateway.rssMiB();
                        line("RESULT startup run=%d dataDir=%s secondsToReady=%.2f idleRssMiB=%d (after %.0f s idle)",
                                r, kind, gateway.secondsToReady(), rssMiB, idleSeconds);
                        (kind.equals("fresh") ? fresh : again).add(gateway.secondsToReady());
                        rss.add((double) rssMiB);
                    }
                }
            } finally {
                deleteTree(dir);
            }
        }
        summary.put("secondsToReadyFresh", stats(fresh));
        summary.put("secondsToReadyExisting", stats(again));
        summary.put("idleRssMiB", stats(rss));
    }

    private Path gatewayJar() {
        return Path.of(options.getOrDefault("gateway-jar", "gateway-service/target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath();
    }

    private List<String> gatewayJvmArgs() {
        String args = options.getOrDefault("gateway-jvm", "").trim();
        return args.isEmpty() ? List.of() : List.of(args.split("\\s+"));
    }

    private void restart(long mainEntered) {
        Path dir = Path.of(requireOption("dir"));
        long jvmUptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
        long start = System.nanoTime();
        DemoCommunity community = DemoCommunity.open(dir, 1);
        long opened = System.nanoTime();
        String balance = community.firstBalance();
        long ready = System.nanoTime();
        long height = community.ledger.height();
        community.close();
        long closed = System.nanoTime();
        line("RESULT restart height=%d jvmUptimeAtMain=%dms open=%.0fms firstEvaluate=%.0fms "
                + "mainToReady=%.0fms jvmStartToReady=%.0fms close=%.0fms", height, jvmUptimeAtMain,
                (opened - start) / 1e6, (ready - opened) / 1e6, (ready - mainEntered) / 1e6,
                jvmUptimeAtMain + (ready - mainEntered) / 1e6, (closed - ready) / 1e6);
        line("restart read: %s", balance);
        summary.put("height", height);
        summary.put("openMs", round((opened - start) / 1e6));
        summary.put("firstEvaluateMs", round((ready - opened) / 1e6));
        summary.put("mainToReadyMs", round((ready - mainEntered) / 1e6));
        summary.put("jvmStartToReadyMs", round(jvmUptimeAtMain + (ready - mainEntered) / 1e6));
    }

    private DemoCommunity setUp(Path dir) throws Exception {
        int residents = intOption("residents", 10_000);
        long start = System.nanoTime();
        DemoCommunity community = DemoCommunity.create(dir, residents, intOption("threads", 64));
        double seconds = (System.nanoTime() - start) / 1e9;
        line("SETUP dir=%s residents=%d committedTx=%d blocks=%d seconds=%.1f", dir, residents,
                community.committed.get(), community.ledger.height(), seconds);
        summary.put("residents", residents);
        summary.put("setupTx", community.committed.get());
        return community;
    }

    private void warmUp(AwardLoad load) throws InterruptedException {
        double seconds = doubleOption("warmup", 15);
        AwardLoad.ClosedResult warm = load.closedLoop(intOption("threads", 64), seconds);
        line("WARMUP seconds=%.0f awardsPerSecond=%.0f (not counted)", seconds, warm.perSecond());
    }

    /** Rounds of: raw sign+verify on 1 and 2 threads, then the closed loop of awards, back to back. */
    /** Closed-loop rounds, each after its raw rate; {@code height} (null when not in-process) gives tx per block. */
    private List<Map<String, Object>> measureRounds(AwardLoad load, LongSupplier height, String label)
            throws InterruptedException {
        int rounds = intOption("rounds", 3);
        double rawSeconds = doubleOption("raw-seconds", 5);
        int threads = intOption("threads", 64);
        double seconds = doubleOption("duration", 20);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            double raw1 = rawRate(r, 1, rawSeconds);
            double raw2 = rawRate(r, 2, rawSeconds);
            String loadBefore = loadAverage();
            long heightBefore = height == null ? 0 : height.getAsLong();
            AwardLoad.ClosedResult c = load.closedLoop(threads, seconds);
            double txPerBlock = height == null ? Double.NaN
                    : c.committed() / (double) Math.max(1, height.getAsLong() - heightBefore);
            line("RESULT awards-closed %s round=%d threads=%d seconds=%.0f committed=%d awardsPerSecond=%.0f "
                    + "p50=%.1fms p99=%.1fms max=%.1fms refused=%d ratioToRaw2=%.3f ratioToRaw1=%.3f "
                    + "txPerBlock=%.1f load=%s",
                    label, r, threads, seconds, c.committed(), c.perSecond(), c.latency().p50Millis(),
                    c.latency().p99Millis(), c.latency().maxMillis(), c.refused(), c.perSecond() / raw2,
                    c.perSecond() / raw1, txPerBlock, loadBefore);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("awardsPerSecond", c.perSecond());
            row.put("p50Ms", c.latency().p50Millis());
            row.put("p99Ms", c.latency().p99Millis());
            row.put("raw1", raw1);
            row.put("raw2", raw2);
            row.put("ratioToRaw2", c.perSecond() / raw2);
            row.put("ratioToRaw1", c.perSecond() / raw1);
            if (height != null) {
                row.put("txPerBlock", txPerBlock);
            }
            out.add(row);
        }
        if (load.firstRefusal() != null) {
            line("NOTE first refusal: %s", load.firstRefusal());
        }
        return out;
    }

    private void openLoop(AwardLoad load, double peak) throws InterruptedException {
        double fraction = doubleOption("open-fraction", 0.5);
        double rate = peak * fraction;
        int rounds = intOption("rounds", 3);
        double seconds = doubleOption("duration", 20);
        int pool = intOption("open-pool", 256);
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> achieved = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            String loadBefore = loadAverage();
            AwardLoad.OpenResult o = load.openLoop(rate, seconds, pool);
            line("RESULT awards-open round=%d offered=%.0f/s (%.0f%% of peak %.0f/s) achieved=%.0f/s committed=%d "
                    + "p50=%.1fms p99=%.1fms max=%.1fms maxBacklog=%d refused=%d load=%s", r, rate, fraction * 100,
                    peak, o.perSecond(), o.committed(), o.latency().p50Millis(), o.latency().p99Millis(),
                    o.latency().maxMillis(), o.maxBacklog(), o.refused(), loadBefore);
            p50.add(o.latency().p50Millis());
            p99.add(o.latency().p99Millis());
            achieved.add(o.perSecond());
        }
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("offeredPerSecond", round(rate));
        open.put("achievedPerSecond", stats(achieved));
        open.put("p50Ms", stats(p50));
        open.put("p99Ms", stats(p99));
        summary.put("open", open);
    }

    private double rawRate(int round, int threads, double seconds) throws InterruptedException {
        String loadBefore = loadAverage();
        double rate = RawSignatureRate.measure(threads, seconds);
        line("RESULT raw-sign+verify round=%d threads=%d opsPerSecond=%.0f load=%s", round, threads, rate, loadBefore);
        return rate;
    }

    private void describeRun() {
        line("RUN java=%s vm=%s cpus=%d maxHeap=%dMiB jvmArgs=%s options=%s load=%s",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments(), options, loadAverage());
        summary.put("java", System.getProperty("java.version"));
        summary.put("cpus", Runtime.getRuntime().availableProcessors());
        summary.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private Path dataDir() throws IOException {
        if (options.containsKey("dir")) {
            Path dir = Path.of(options.get("dir"));
            Files.createDirectories(dir);
            return dir;
        }
        return Files.createTempDirectory("civic-ledger-bench-");
    }

    private static void reportSizes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("ledger"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                line("SIZE %s %d MiB", dir.relativize(f), Files.size(f) >> 20);
            }
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    static void deleteTreeIfExists(Path dir) {
        if (Files.exists(dir)) {
            deleteTree(dir);
        }
    }

    static String tag(String prefix) {
        return prefix + Long.toString(System.currentTimeMillis(), 36);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + "," + parts[1] + "," + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static List<Double> column(List<Map<String, Object>> rows, String key) {
        return rows.stream().map(r -> (Double) r.get(key)).toList();
    }

    private static Map<String, Object> statsOf(List<Map<String, Object>> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : rows.get(0).keySet()) {
            out.put(key, stats(column(rows, key)));
        }
        return out;
    }

    /** @return median, min, max and every value */
    static Map<String, Object> stats(List<Double> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("median", round(median(values)));
        out.put("min", round(values.stream().mapToDouble(d -> d).min().orElse(Double.NaN)));
        out.put("max", round(values.stream().mapToDouble(d -> d).max().orElse(Double.NaN)));
        out.put("values", values.stream().map(EmbeddedLedgerBenchmark::round).toList());
        return out;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private String requireOption(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "= is required");
        }
        return value;
    }

    private int intOption(String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }

    private long longOption(String name, long fallback) {
        return options.containsKey(name) ? Long.parseLong(options.get(name).replace("_", "")) : fallback;
    }

    private double doubleOption(String name, double fallback) {
        return options.containsKey(name) ? Double.parseDouble(options.get(name)) : fallback;
    }

    static void line(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
