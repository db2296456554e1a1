package org.civicledger.benchmarks;

import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Load and an exactly-once check for the consortium test ({@code network/consortium-test.sh}), over HTTP against
 * gateways: set up residents, award on N threads recording every acknowledged award, then check each of them
 * against the ledger. Usage: {@link #USAGE}. Prints one JSON line per run; exit 0, 1 when {@code check} finds a
 * mismatch, 2 on a usage error or a failure to run.
 */
public final class ConsortiumLoad {
    static final String USAGE = """
            usage: java -cp civic-ledger-benchmarks.jar org.civicledger.benchmarks.ConsortiumLoad <mode> [options]
              setup  --gateway URL --admin-token T --app-token T --residents N --tag X --out residents.txt [--threads 8]
              awards --gateway URL --app-token T --residents residents.txt --threads N --tag X --acks acks.tsv
                     (--duration 20s | --until-file F [--max-duration 1h]) [--warmup 0s] [--timeout 30s]
                     [--resends 3] [--settle-rounds 6] [--run ID]
              check  --auditor URL --auditor-token T --gateway URL --app-token T --acks acks.tsv [--acks more.tsv ...]
                     [--threads 8] [--show 20]""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,59}");
    private static final Pattern RESIDENT = Pattern.compile("[0-9a-f]{64}");

    private ConsortiumLoad() {
    }

    /**
     * @param args the mode ({@code setup}, {@code awards} or {@code check}) and its options
     */
    public static void main(String[] args) {
        int exit;
        try {
            exit = run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ConsortiumLoad: " + e.getMessage());
            System.err.println(USAGE);
            exit = 2;
        } catch (Exception e) {
            System.err.println("ConsortiumLoad: " + e);
            exit = 2;
        }
        System.out.flush();
        System.exit(exit); // the HTTP clients' threads are not daemons
    }

    static int run(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("no mode given");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "setup" -> setup(new CommandLine(rest, Set.of("gateway", "admin-token", "app-token", "residents",
                    "tag", "out", "threads")));
            case "awards" -> awards(new CommandLine(rest, Set.of("gateway", "app-token", "residents", "threads", "tag",
                    "acks", "duration", "until-file", "max-duration", "warmup", "timeout", "resends", "settle-rounds",
                    "run")));
            case "check" -> check(new CommandLine(rest, Set.of("auditor", "auditor-token", "gateway", "app-token",
                    "acks", "threads", "show")));
            default -> throw new IllegalArgumentException("unknown mode '" + args[0] + "'");
        };
    }

    /** Defines the activity type {@code bench-<tag>}, enrols the residents and writes their ids, one a line. */
    private static int setup(CommandLine o) throws Exception {
        HttpAwards http = new HttpAwards(o.required("gateway"), tag(o), o.required("admin-token"),
                o.required("app-token"));
        int count = o.positive("residents", 1);
        Path out = Path.of(o.required("out"));
        long start = System.nanoTime();
        http.setUp(count, o.positive("threads", 8));
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Files.write(partial, http.residents(), StandardCharsets.UTF_8);
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("mode", "setup");
        s.put("activityType", http.activityType());
        s.put("residents", http.residentCount());
        s.put("seconds", round((System.nanoTime() - start) / 1e9));
        s.put("out", out.toString());
        print(s);
        return 0;
    }

    /** Awards on N threads until the duration passes or the file appears; every acknowledgement on file. */
    private static int awards(CommandLine o) throws Exception {
        Duration duration = o.duration("duration", null);
        Path untilFile = o.has("until-file") ? Path.of(o.required("until-file")) : null;
        if ((duration == null) == (untilFile == null)) {
            throw new IllegalArgumentException("give exactly one of --duration and --until-file");
        }
        int threads = o.positive("threads", 1);
        Duration warmup = o.duration("warmup", "0s");
        String run = o.get("run", Long.toString(System.currentTimeMillis(), 36));
        String tag = tag(o);
        HttpAwards http = new HttpAwards(o.required("gateway"), tag, null, o.required("app-token"));
        http.useResidents(readResidents(Path.of(o.required("residents"))));
        long start = System.nanoTime();
        long hardStop = start + o.duration("max-duration", "1h").toNanos();
        try (AckingAwards sink = new AckingAwards(http, tag + "-" + run, Path.of(o.required("acks")),
                (int) o.duration("timeout", "30s").toMillis(), o.positive("resends", 3))) {
            AwardLoad load = new AwardLoad(sink);
            if (!warmup.isZero()) {
                load.closedLoop(threads, warmup.toNanos() / 1e9);
            }
            AtomicLong deadline = new AtomicLong(duration != null ? System.nanoTime() + duration.toNanos()
                    : Long.MAX_VALUE);
            if (untilFile != null) {
                watch(untilFile, deadline, hardStop);
            }
            AwardLoad.ClosedResult measured = load.closedLoop(threads, deadline);
            if (sink.broken() != null) {
                throw new IllegalStateException("the awards stopped: " + sink.broken().getMessage(), sink.broken());
            }
            sink.settleUnknown(o.positive("settle-rounds", 6));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("mode", "awards");
            s.put("run", run);
            s.put("threads", threads);
            s.put("seconds", round((System.nanoTime() - start) / 1e9));
            s.put("warmupSeconds", round(warmup.toNanos() / 1e9));
            s.put("measuredSeconds", round(measured.seconds()));
            s.put("acked", sink.acked());
            s.put("ackedMeasured", measured.committed());
            s.put("failed", sink.failed());
            s.put("resent", sink.resent());
            s.put("unresolved", sink.unresolved());
            s.put("throughput", round(measured.perSecond()));
            s.put("p50", round(measured.latency().p50Millis()));
            s.put("p99", round(measured.latency().p99Millis()));
            print(s);
        }
        return 0;
    }

    /** Each acknowledged award against the ledger ({@link ExactlyOnce}); exit 1 on any mismatch. */
    private static int check(CommandLine o) throws Exception {
        Acks.Merged acks = Acks.read(o.all("acks").stream().map(Path::of).toList());
        LedgerReads auditor = new LedgerReads(o.required("auditor"), o.required("auditor-token"));
        LedgerReads app = new LedgerReads(o.required("gateway"), o.required("app-token"));
        int threads = o.positive("threads", 8);
        List<String> txIds = acks.byContribution().values().stream().filter(Ack::acknowledged).map(Ack::txId)
                .distinct().toList();
        Map<String, Long> acknowledged = ExactlyOnce.acknowledgedPoints(acks);
        Map<String, ExactlyOnce.Recorded> byTx = readAll(txIds, auditor::transaction, threads);
        Map<String, Long> earned = readAll(acknowledged.keySet(), app::earned, threads);
        List<String> mismatches = ExactlyOnce.mismatches(acks, byTx, earned);
        List<String> shown = mismatches.subList(0, Math.min(mismatches.size(), o.positive("show", 20)));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("mode", "check");
        s.put("ok", mismatches.isEmpty());
        s.put("lines", acks.lines());
        s.put("contributions", acks.byContribution().size());
        s.put("transactions", txIds.size());
        s.put("valid", byTx.values().stream().filter(r -> ExactlyOnce.VALID.equals(r.validationCode())).count());
        s.put("residents", acknowledged.size());
        s.put("acknowledgedPoints", acknowledged.values().stream().mapToLong(Long::longValue).sum());
        s.put("mismatches", mismatches.size());
        s.put("firstMismatches", shown);
        print(s);
        shown.forEach(m -> System.err.println("MISMATCH " + m));
        return mismatches.isEmpty() ? 0 : 1;
    }

    /** One read of the ledger, by key. */
    @FunctionalInterface
    private interface Read<V> {
        V of(String key) throws IOException, InterruptedException;
    }

    /** The reads of {@code keys} on {@code threads} threads; a key the ledger has not is left out. */
    private static <V> Map<String, V> readAll(Collection<String> keys, Read<V> read, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, Future<V>> futures = new LinkedHashMap<>();
            for (String key : keys) {
                futures.put(key, pool.submit(() -> read.of(key)));
            }
            Map<String, V> out = new HashMap<>();
            for (Map.Entry<String, Future<V>> f : futures.entrySet()) {
                V v;
                try {
                    v = f.getValue().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                if (v != null) {
                    out.put(f.getKey(), v);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Brings {@code deadline} to now once {@code file} exists, or at {@code hardStop} at the latest. */
    private static void watch(Path file, AtomicLong deadline, long hardStop) {
        Thread watcher = new Thread(() -> {
            while (!Files.exists(file) && System.nanoTime() < hardStop) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    break;
                }
            }
            deadline.set(System.nanoTime());
        }, "until-file");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static List<String> readResidents(Path file) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i).trim();
            if (id.isEmpty()) {
                continue;
            }
            if (!RESIDENT.matcher(id).matches()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a resident id (64 hexadecimal digits)");
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no resident ids; run setup first");
        }
        return ids;
    }

    private static String tag(CommandLine o) {
        String tag = o.required("tag");
        if (!TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("--tag must be 1-60 letters, digits, '.', '_', ':' or '-', starting "
                    + "with a letter or digit");
        }
        return tag;
    }

    private static void print(Map<String, Object> summary) throws IOException {
        System.out.println(JSON.writeValueAsString(summary));
    }
}
