package org.civicledger.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.civicledger.gateway.identity.LedgerIdentity;

/**
 * Issue 17: a bank's credit check of a household of five beside a single resident's check, in the same run and
 * ledger, alternating rounds (household, resident, household, resident…) so that both see the same machine load.
 * A household check reads 7 + 13 × 5 = 72 keys and writes five query-log entries; a resident's reads 19 and writes
 * one ({@code HouseholdContractTest} counts them).
 *
 * <pre>{@code
 * java -jar civic-ledger-benchmarks.jar household [--households=200 --threads=8 --warmup=10 --seconds=10 --rounds=2 --dir=D]
 * }</pre>
 */
final class HouseholdCheckBenchmark {
    private static final int MEMBERS = 5;
    private static final String PRODUCT = "bench-line";

    private final Map<String, String> options;
    private final Map<String, Object> summary;

    HouseholdCheckBenchmark(Map<String, String> options, Map<String, Object> summary) {
        this.options = options;
        this.summary = summary;
    }

    void run() throws Exception {
        int households = Integer.parseInt(options.getOrDefault("households", "200"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "10"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        double warmup = Double.parseDouble(options.getOrDefault("warmup", "10"));
        Path dir = options.containsKey("dir") ? Files.createDirectories(Path.of(options.get("dir")))
                : Files.createTempDirectory("civic-ledger-household-");
        // residents 0..5h-1 in households of five; 5h..6h-1 checked alone
        int residents = households * (MEMBERS + 1);
        try (DemoCommunity community = DemoCommunity.create(dir, residents, threads)) {
            LedgerIdentity bank = setUp(community, households, threads);
            List<String> householdChecks = new ArrayList<>();
            List<String> residentChecks = new ArrayList<>();
            for (int h = 0; h < households; h++) {
                householdChecks.add(DemoCommunity.json("householdId", "hh-" + h, "communityId", "demo", "productId",
                        PRODUCT, "purpose", "loan"));
                residentChecks.add(DemoCommunity.json("residentId", community.residents.get(households * MEMBERS + h),
                        "productId", PRODUCT, "purpose", "loan"));
            }
            measure(community, bank, householdChecks, threads, warmup); // the JIT's warm-up, not measured
            measure(community, bank, residentChecks, threads, warmup);
            List<Double> household = new ArrayList<>();
            List<Double> resident = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                household.add(measure(community, bank, householdChecks, threads, seconds));
                EmbeddedLedgerBenchmark.line("RESULT household round=%d checksPerSecond=%.0f", r,
                        household.get(r - 1));
                resident.add(measure(community, bank, residentChecks, threads, seconds));
                EmbeddedLedgerBenchmark.line("RESULT resident round=%d checksPerSecond=%.0f", r, resident.get(r - 1));
            }
            double h = median(household);
            double s = median(resident);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("households", households);
            result.put("threads", threads);
            result.put("secondsPerRound", seconds);
            result.put("householdChecksPerSecond", household);
            result.put("residentChecksPerSecond", resident);
            result.put("medianRatio", Math.round(h / s * 1000) / 1000.0);
            result.put("keysReadHousehold", 7 + 13 * MEMBERS);
            result.put("keysReadResident", 19);
            summary.put("household", result);
            EmbeddedLedgerBenchmark.line("RESULT household/resident medianRatio=%.3f (household %.0f/s, resident "
                    + "%.0f/s; keys read 72 vs 19)", h / s, h, s);
        } finally {
            if (!options.containsKey("dir")) {
                EmbeddedLedgerBenchmark.deleteTree(dir);
            }
        }
    }

    /** The bank, a product for every band, awards, households of five with their heads' consents, lone consents. */
    private static LedgerIdentity setUp(DemoCommunity community, int households, int threads) throws Exception {
        LedgerIdentity bankAdmin = community.identities.identity("BankMSP", "Admin", true);
        LedgerIdentity bank = community.identities.identity("BankMSP", "demo-bank", false);
        LedgerIdentity admin = community.identities.identity("CommunityMSP", "demo-admin", false);
        community.submit(bankAdmin, "Registry:register", DemoCommunity.json("clientId", bank.clientId(), "mspId",
                bank.mspId(), "role", "BANK", "subjectId", "demo-bank"));
        String band = "{\"maxAmountFen\":1000000,\"rateDiscountBps\":10}";
        community.submit(bank, "Credit:publishLoanProduct", "{\"productId\":\"" + PRODUCT + "\",\"name\":\"bench\","
                + "\"requireSignedConsent\":false,\"bands\":{\"A\":" + band + ",\"B\":" + band + ",\"C\":" + band
                + ",\"D\":" + band + "}}");
        String expires = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        AtomicLong n = new AtomicLong();
        parallel(threads, community.residents.size(), i -> community.submit(community.app, "Points:award",
                community.awardRequest("hh-bench-" + n.incrementAndGet(), community.residents.get(i))));
        parallel(threads, households, h -> {
            List<String> members = community.residents.subList(h * MEMBERS, (h + 1) * MEMBERS);
            community.submit(admin, "Community:registerHousehold", DemoCommunity.json("householdId", "hh-" + h,
                    "headResidentId", members.get(0), "memberIds", members));
            community.submit(community.app, "Credit:grantConsent", DemoCommunity.json("consentId", "hh-consent-" + h,
                    "residentId", members.get(0), "bankId", "demo-bank", "purpose", "loan", "expiresAt", expires,
                    "householdId", "hh-" + h));
            community.submit(community.app, "Credit:grantConsent", DemoCommunity.json("consentId", "consent-" + h,
                    "residentId", community.residents.get(households * MEMBERS + h), "bankId", "demo-bank",
                    "purpose", "loan", "expiresAt", expires));
        });
        return bank;
    }

    /** Checks round-robin over {@code requests} on {@code threads} threads for {@code seconds}; checks per second. */
    private static double measure(DemoCommunity community, LedgerIdentity bank, List<String> requests, int threads,
                                  double seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                workers.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < end; i += threads) {
                        community.submit(bank, "Credit:checkCredit", requests.get(i % requests.size()));
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private interface Task {
        void run(int i) throws Exception;
    }

    private static void parallel(int threads, int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    task.run(index);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
