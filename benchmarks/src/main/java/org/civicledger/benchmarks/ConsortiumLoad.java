package org.civicledger.benchmarks;

import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Load and an exactly-once check for the consortium test ({@code network/consortium-test.sh}), over HTTP against
 * gateways: set up residents, award on N threads recording every acknowledged award, then check each of them
 * against the ledger. The same residents also carry the other two transactions measured beside Caliper
 * ({@code benchmarks/caliper}): redemptions at a merchant ({@code prepare-redemptions} gives each resident points
 * first) and consent-gated credit checks by a bank ({@code loan-product} and {@code consents} first). The three
 * loads are closed loops alike: N threads, each on its own kept-alive connection, each sending its next write once
 * the previous one is answered, consecutive writes at consecutive residents (so that writes in flight rarely touch
 * the same keys); a write counts once its 2xx came, i.e. once its transaction committed. Usage: {@link #USAGE}.
 * Prints one JSON line per run; exit 0, 1 when {@code check} finds a mismatch, 2 on a usage error or a failure to
 * run (a set-up write that failed included).
 * <pre>{@code
 * ConsortiumLoad redemptions --gateway http://127.0.0.1:8080 --merchant-token demo-merchant-token \
 *     --residents residents.txt --threads 16 --tag t1 --duration 20s --warmup 5s
 * }</pre>
 */
public final class ConsortiumLoad {
    static final String USAGE = """
            usage: java -cp civic-ledger-benchmarks.jar org.civicledger.benchmarks.ConsortiumLoad <mode> [options]
              setup  --gateway URL --admin-token T --app-token T --residents N --tag X --out residents.txt [--threads 8]
              awards --gateway URL --app-token T --residents residents.txt --threads N --tag X --acks acks.tsv
                     (--duration 20s | --until-file F [--max-duration 1h]) [--warmup 0s] [--timeout 30s]
                     [--resends 3] [--settle-rounds 6] [--run ID]
              check  --auditor URL --auditor-token T --gateway URL --app-token T --acks acks.tsv [--acks more.tsv ...]
                     [--threads 8] [--show 20]
              prepare-redemptions --gateway URL --app-token T --residents residents.txt --tag X [--points 1000]
                     [--threads 8]      (awards each resident --points, up to a multiple of 20; once a UTC day)
              redemptions --gateway URL --merchant-token T --residents residents.txt --threads N --tag X
                     --duration 20s [--warmup 0s] [--points 1] [--timeout 30s] [--run ID]
              loan-product --gateway URL --bank-token T --tag X      (publishes bench-<tag>, terms for every band)
              consents --gateway URL --app-token T --residents residents.txt --bank BANK-ID --tag X [--days 30]
                     [--threads 8]      (each resident consents to the bank's checks; once a UTC day)
              checks --gateway URL --bank-token T --residents residents.txt --threads N --tag X --duration 20s
                     [--warmup 0s] [--timeout 30s] [--run ID]      (each check is a ledger transaction)""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,59}");
    private static final Pattern RESIDENT = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,19}");
    private static final Pattern BANK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,39}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private ConsortiumLoad() {
    }

    /**
     * @param args the mode ({@code setup}, {@code awards}, {@code check}, {@code prepare-redemptions},
     *     {@code redemptions}, {@code loan-product}, {@code consents} or {@code checks}) and its options
     */
    public static void main(String[] args) {
        int exit;
        try {
            exit = run(args, System.out);
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

    /** Runs one mode, its JSON line to {@code out}; the exit status. */
    static int run(String[] args, PrintStream out) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("no mode given");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "setup" -> setup(new CommandLine(rest, Set.of("gateway", "admin-token", "app-token", "residents",
                    "tag", "out", "threads")), out);
            case "awards" -> awards(new CommandLine(rest, Set.of("gateway", "app-token", "residents", "threads", "tag",
                    "acks", "duration", "until-file", "max-duration", "warmup", "timeout", "resends", "settle-rounds",
                    "run")), out);
            case "check" -> check(new CommandLine(rest, Set.of("auditor", "auditor-token", "gateway", "app-token",
                    "acks", "threads", "show")), out);
            case "prepare-redemptions" -> prepareRedemptions(new CommandLine(rest, Set.of("gateway", "app-token",
                    "residents", "tag", "points", "threads")), out);
            case "redemptions" -> redemptions(new CommandLine(rest, Set.of("gateway", "merchant-token", "residents",
                    "threads", "tag", "duration", "warmup", "points", "timeout", "run")), out);
            case "loan-product" -> loanProduct(new CommandLine(rest, Set.of("gateway", "bank-token", "tag")), out);
            case "consents" -> consents(new CommandLine(rest, Set.of("gateway", "app-token", "residents", "bank", "tag",
                    "days", "threads")), out);
            case "checks" -> checks(new CommandLine(rest, Set.of("gateway", "bank-token", "residents", "threads", "tag",
                    "duration", "warmup", "timeout", "run")), out);
            default -> throw new IllegalArgumentException("unknown mode '" + args[0] + "'");
        };
    }

    /** Defines the activity type {@code bench-<tag>}, enrols the residents and writes their ids, one a line. */
    private static int setup(CommandLine o, PrintStream out) throws Exception {
        HttpAwards http = new HttpAwards(o.required("gateway"), tag(o), o.required("admin-token"),
                o.required("app-token"));
        int count = o.positive("residents", 1);
        Path file = Path.of(o.required("out"));
        long start = System.nanoTime();
        http.setUp(count, o.positive("threads", 8));
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, http.residents(), StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("mode", "setup");
        s.put("activityType", http.activityType());
        s.put("residents", http.residentCount());
        s.put("seconds", round((System.nanoTime() - start) / 1e9));
        s.put("out", file.toString());
        print(out, s);
        return 0;
    }

    /** Awards on N threads until the duration passes or the file appears; every acknowledgement on file. */
    private static int awards(CommandLine o, PrintStream out) throws Exception {
        Duration duration = o.duration("duration", null);
        Path untilFile = o.has("until-file") ? Path.of(o.required("until-file")) : null;
        if ((duration == null) == (untilFile == null)) {
            throw new IllegalArgumentException("give exactly one of --duration and --until-file");
        }
        int threads = o.positive("threads", 1);
        Duration warmup = o.duration("warmup", "0s");
        String run = run(o);
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
            print(out, s);
        }
        return 0;
    }

    /** Each acknowledged award against the ledger ({@link ExactlyOnce}); exit 1 on any mismatch. */
    private static int check(CommandLine o, PrintStream out) throws Exception {
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
        print(out, s);
        shown.forEach(m -> System.err.println("MISMATCH " + m));
        return mismatches.isEmpty() ? 0 : 1;
    }

    /**
     * Awards each resident {@code --points} points (whole units of setup's activity type, rounded up) in one award,
     * so that redemptions have points to take. The award's id and time are the UTC day's, so a second run on the
     * same day replays (200, nothing paid twice); a run on another day awards again.
     */
    private static int prepareRedemptions(CommandLine o, PrintStream out) throws Exception {
        String tag = tag(o);
        List<String> residents = readResidents(Path.of(o.required("residents")));
        long units = (o.positive("points", 1000) + HttpAwards.POINTS_PER_AWARD - 1) / HttpAwards.POINTS_PER_AWARD;
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        Instant occurredAt = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        String activityType = HttpAwards.activityType(tag);
        String prefix = tag + "-prepare-" + day.format(DAY);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("activityType", activityType);
        facts.put("pointsEach", units * HttpAwards.POINTS_PER_AWARD);
        return once(o, out, "prepare-redemptions", "/contributions", o.required("app-token"), residents.size(),
                n -> HttpAwards.awardBody(prefix + "-" + n, residents.get((int) n), activityType, units, occurredAt),
                facts);
    }

    /** Redemptions at the merchant whose token is given, {@code --points} each, in a closed loop. */
    private static int redemptions(CommandLine o, PrintStream out) throws Exception {
        long points = o.positive("points", 1);
        return closedLoop(o, out, "redemptions", "Points:redeem", "/redemptions", o.required("merchant-token"),
                (id, resident) -> WriteBodies.redemption(id, resident, points));
    }

    /** The bank publishes the product {@code bench-<tag>} that {@code checks} name. */
    private static int loanProduct(CommandLine o, PrintStream out) throws Exception {
        String product = product(o);
        return once(o, out, "loan-product", "/loan-products", o.required("bank-token"), 1,
                n -> WriteBodies.loanProduct(product), Map.of("productId", product));
    }

    /**
     * Each resident consents to credit checks by {@code --bank} for {@link WriteBodies#PURPOSE}, for {@code --days}
     * from the start of the UTC day; the id is the day's, so a second run on the same day replays (200).
     */
    private static int consents(CommandLine o, PrintStream out) throws Exception {
        String bank = o.required("bank");
        if (!BANK.matcher(bank).matches()) {
            throw new IllegalArgumentException("--bank must be a bank id: 1-40 letters, digits, '.', '_', ':' or '-'");
        }
        String tag = tag(o);
        List<String> residents = readResidents(Path.of(o.required("residents")));
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        Instant expiresAt = day.plusDays(o.positive("days", 30)).atStartOfDay(ZoneOffset.UTC).toInstant();
        String prefix = tag + "-consent-" + bank + "-" + day.format(DAY);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("bankId", bank);
        facts.put("purpose", WriteBodies.PURPOSE);
        facts.put("expiresAt", expiresAt.toString());
        return once(o, out, "consents", "/consents", o.required("app-token"), residents.size(),
                n -> WriteBodies.consent(prefix + "-" + n, residents.get((int) n), bank, expiresAt), facts);
    }

    /** Consent-gated credit checks of product {@code bench-<tag>} by the bank whose token is given, in a closed loop. */
    private static int checks(CommandLine o, PrintStream out) throws Exception {
        String product = product(o);
        return closedLoop(o, out, "checks", "Credit:checkCredit", "/credit-checks", o.required("bank-token"),
                (id, resident) -> WriteBodies.creditCheck(id, resident, product));
    }

    /** A closed-loop write's body, for its id and the resident it is at. */
    @FunctionalInterface
    private interface Write {
        String body(String id, String residentId);
    }

    /**
     * A closed loop of one kind of write on {@code --threads} threads, {@code --warmup} (not counted) then
     * {@code --duration}; write n is at resident n mod count, under id {@code <tag>-<run>[-warmup]-<n>}. A refusal
     * (422 INSUFFICIENT_POINTS, 403 CONSENT_REQUIRED...) is counted under {@code failed}, never resent.
     */
    private static int closedLoop(CommandLine o, PrintStream out, String mode, String function, String path,
            String token, Write write) throws Exception {
        Duration duration = o.duration("duration", null);
        if (duration == null || duration.isZero()) {
            throw new IllegalArgumentException("--duration is required and must be above 0");
        }
        int threads = o.positive("threads", 1);
        Duration warmup = o.duration("warmup", "0s");
        String run = run(o);
        String prefix = tag(o) + "-" + run;
        List<String> residents = readResidents(Path.of(o.required("residents")));
        String api = o.required("gateway") + "/api/v1";
        int timeout = (int) o.duration("timeout", "30s").toMillis();
        long start = System.nanoTime();
        long warmCommitted = 0;
        if (!warmup.isZero()) {
            try (RestWrites w = roundRobin(api, path, token, timeout, prefix + "-warmup", residents, write)) {
                warmCommitted = new AwardLoad(w).closedLoop(threads, warmup.toNanos() / 1e9).committed();
            }
        }
        try (RestWrites w = roundRobin(api, path, token, timeout, prefix, residents, write)) {
            AwardLoad.ClosedResult measured = new AwardLoad(w).closedLoop(threads, duration.toNanos() / 1e9);
            print(out, loopSummary(mode, run, function, threads, residents.size(), (System.nanoTime() - start) / 1e9,
                    warmup, warmCommitted, measured, w.failed()));
        }
        return 0;
    }

    /** Write n under id {@code <idPrefix>-<n>} at resident n mod count. */
    private static RestWrites roundRobin(String api, String path, String token, int timeoutMillis, String idPrefix,
            List<String> residents, Write write) {
        return new RestWrites(api, path, token,
                n -> write.body(idPrefix + "-" + n, residents.get((int) (n % residents.size()))), timeoutMillis);
    }

    /**
     * The JSON line of {@code redemptions} and {@code checks}: awards' figures by awards' names ({@code throughput}
     * committed per second, {@code p50} and {@code p99} in milliseconds), the chaincode function each write is, and
     * the measured phase's failures by label.
     */
    static Map<String, Object> loopSummary(String mode, String run, String function, int threads, int residents,
            double seconds, Duration warmup, long warmCommitted, AwardLoad.ClosedResult measured,
            Map<String, Long> failed) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("mode", mode);
        s.put("run", run);
        s.put("transaction", function);
        s.put("ledgerTransaction", true);
        s.put("threads", threads);
        s.put("residents", residents);
        s.put("seconds", round(seconds));
        s.put("warmupSeconds", round(warmup.toNanos() / 1e9));
        s.put("warmupCommitted", warmCommitted);
        s.put("measuredSeconds", round(measured.seconds()));
        s.put("committed", measured.committed());
        s.put("throughput", round(measured.perSecond()));
        s.put("p50", round(measured.latency().p50Millis()));
        s.put("p99", round(measured.latency().p99Millis()));
        s.put("failed", failed);
        return s;
    }

    /**
     * Set-up writes 0 to {@code count - 1}, each once, on {@code --threads} threads; prints what was created, what
     * was replayed (200: done before) and what failed; any failure is a failure to run.
     */
    private static int once(CommandLine o, PrintStream out, String mode, String path, String token, int count,
            LongFunction<String> body, Map<String, Object> facts) throws Exception {
        long start = System.nanoTime();
        try (RestWrites w = new RestWrites(o.required("gateway") + "/api/v1", path, token, body, 60_000)) {
            w.each(count, o.positive("threads", 8));
            Map<String, Long> committed = w.committed();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("mode", mode);
            s.putAll(facts);
            s.put("requests", count);
            s.put("created", committed.getOrDefault("201", 0L));
            s.put("replayed", committed.getOrDefault("200", 0L));
            s.put("failed", w.failed());
            s.put("seconds", round((System.nanoTime() - start) / 1e9));
            print(out, s);
            if (!w.failed().isEmpty()) {
                throw new IllegalStateException(mode + ": not every write went through: " + w.failed());
            }
        }
        return 0;
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

    /** The run's id in its writes' ids: {@code --run}, else the time in base 36. */
    private static String run(CommandLine o) {
        String run = o.get("run", Long.toString(System.currentTimeMillis(), 36));
        if (!RUN.matcher(run).matches()) {
            throw new IllegalArgumentException("--run must be 1-20 letters, digits, '.', '_', ':' or '-', starting "
                    + "with a letter or digit");
        }
        return run;
    }

    /** The loan product of a benchmark tagged {@code --tag}: {@code bench-<tag>}. */
    private static String product(CommandLine o) {
        return "bench-" + tag(o);
    }

    private static void print(PrintStream out, Map<String, Object> summary) throws IOException {
        out.println(JSON.writeValueAsString(summary));
    }
}
