package org.civicledger.benchmarks;

import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.line;
import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.loadAverage;
import static org.civicledger.benchmarks.EmbeddedLedgerBenchmark.round;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code verify}: civic-verify's chain verification of an embedded ledger of {@code --target-tx}
 * transactions (default 1,000,000), in transactions verified per second, beside the machine's raw
 * ECDSA P-256 verification rate (the JDK's, as the verifier uses it) measured in the same run, on 1
 * and 2 threads, right before and after each verification.
 *
 * <p>The ledger is made once by the gateway's own {@code EmbeddedLedger} (the demo community, then
 * awards from 64 concurrent clients, so blocks batch as under load) and kept in {@code --dir}
 * (default {@code benchmarks/target/verify-ledger}): later runs reuse it. The verifier runs as an
 * auditor runs it, {@code java -jar civic-verify.jar chain --trust … blocks.dat} in a fresh JVM with
 * no flags ({@code --verifier-jvm} adds some), once with {@code --no-state} (signatures, hashes and
 * links only) and once as shipped (also the state replay, every state digest and the balances).
 */
final class ChainVerifyBenchmark {
    private static final Pattern VERIFIED = Pattern.compile("^Verified (\\d+) blocks?, (\\d+) transactions");
    private static final Pattern MAX_RSS = Pattern.compile("MAXRSS_KB (\\d+)");
    private static final Path TIME = Path.of("/usr/bin/time");

    private final Map<String, String> options;
    private final Map<String, Object> summary;

    ChainVerifyBenchmark(Map<String, String> options, Map<String, Object> summary) {
        this.options = options;
        this.summary = summary;
    }

    void run() throws Exception {
        Path dir = Path.of(options.getOrDefault("dir", "benchmarks/target/verify-ledger")).toAbsolutePath();
        long targetTx = Long.parseLong(options.getOrDefault("target-tx", "1000000").replace("_", ""));
        Path blocks = dir.resolve("ledger/blocks.dat");
        Path trust = dir.resolve("trust");
        ensureLedger(dir, targetTx, trust);
        Path jar = Path.of(options.getOrDefault("verifier-jar", "verifier/target/civic-verify.jar")).toAbsolutePath();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "1"));
        double rawSeconds = Double.parseDouble(options.getOrDefault("raw-seconds", "10"));
        long txCount = Long.parseLong(Files.readString(dir.resolve("complete")).trim());
        int messageBytes = (int) Math.min(64 * 1024, Files.size(blocks) / Math.max(1, txCount));
        line("LEDGER dir=%s blocksDat=%d MiB transactions=%d averageRecordBytesPerTx=%d", dir,
                Files.size(blocks) >> 20, txCount, messageBytes);
        summary.put("transactions", txCount);
        summary.put("blockFileMiB", Files.size(blocks) >> 20);

        List<Map<String, Object>> results = new ArrayList<>();
        double[] raw = rawRates(messageBytes, rawSeconds);
        for (int r = 1; r <= rounds; r++) {
            for (boolean state : new boolean[] {false, true}) {
                Map<String, Object> result = verifyOnce(jar, trust, blocks, state);
                double[] after = rawRates(messageBytes, rawSeconds);
                double raw1 = (raw[0] + after[0]) / 2;
                double raw2 = (raw[1] + after[1]) / 2;
                double perSecond = (Double) result.get("txPerSecond");
                result.put("raw1", round(raw1));
                result.put("raw2", round(raw2));
                result.put("ratioRaw2", round(perSecond / raw2));
                result.put("ratioRaw1", round(perSecond / raw1));
                line("RESULT verify round=%d state=%s transactions=%s seconds=%.1f txPerSecond=%.0f raw1=%.0f raw2=%.0f"
                        + " ratioRaw2=%.3f ratioRaw1=%.3f load=%s", r, state, result.get("transactions"),
                        result.get("seconds"), perSecond, raw1, raw2, perSecond / raw2, perSecond / raw1, loadAverage());
                results.add(result);
                raw = after;
            }
        }
        summary.put("verify", results);
    }

    /** Verifies the chain in a fresh JVM, timing the whole process. */
    private Map<String, Object> verifyOnce(Path jar, Path trust, Path blocks, boolean state)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(TIME)) { // the process's peak resident memory, on standard error
            command.addAll(List.of(TIME.toString(), "-f", "MAXRSS_KB %M"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvm = options.getOrDefault("verifier-jvm", "").trim();
        if (!jvm.isEmpty()) {
            command.addAll(List.of(jvm.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "chain", "--trust", trust.toString()));
        if (!state) {
            command.add("--no-state");
        }
        command.add(blocks.toString());
        Path out = Files.createTempFile("civic-verify-", ".out");
        Path err = Files.createTempFile("civic-verify-", ".err");
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int status = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        if (status != 0 || stderr.contains("NOT VERIFIED")) {
            throw new IllegalStateException("civic-verify exited " + status + ": " + stderr);
        }
        Matcher m = VERIFIED.matcher(stdout);
        if (!m.find()) {
            throw new IllegalStateException("civic-verify said: " + stdout);
        }
        long transactions = Long.parseLong(m.group(2));
        Matcher rss = MAX_RSS.matcher(stderr);
        long maxRssMiB = rss.find() ? Long.parseLong(rss.group(1)) >> 10 : -1;
        line("VERIFIED state=%s seconds=%.1f maxRssMiB=%d loadBefore=%s: %s", state, seconds, maxRssMiB, loadBefore,
                stdout.strip());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("state", state);
        result.put("blocks", Long.parseLong(m.group(1)));
        result.put("transactions", transactions);
        result.put("seconds", round(seconds));
        result.put("maxRssMiB", maxRssMiB);
        result.put("txPerSecond", round(transactions / seconds));
        return result;
    }

    private static double[] rawRates(int messageBytes, double seconds) throws InterruptedException {
        double one = RawVerifyRate.measure(1, messageBytes, seconds);
        double two = RawVerifyRate.measure(2, messageBytes, seconds);
        line("RAW verify messageBytes=%d threads=1 perSecond=%.0f threads=2 perSecond=%.0f load=%s", messageBytes, one,
                two, loadAverage());
        return new double[] {one, two};
    }

    /** Makes the ledger unless a complete one is there (its {@code complete} file holds the transaction count). */
    private void ensureLedger(Path dir, long targetTx, Path trust) throws Exception {
        Path complete = dir.resolve("complete");
        if (Files.exists(complete)) {
            line("LEDGER reused %s (%s transactions)", dir, Files.readString(complete).trim());
            return;
        }
        if (Files.exists(dir)) {
            EmbeddedLedgerBenchmark.deleteTree(dir); // an interrupted earlier attempt
        }
        Files.createDirectories(dir);
        int residents = Integer.parseInt(options.getOrDefault("residents", "10000"));
        int threads = Integer.parseInt(options.getOrDefault("fill-threads", "64"));
        long start = System.nanoTime();
        long committed;
        try (DemoCommunity community = DemoCommunity.create(dir, residents, threads)) {
            AwardLoad load = AwardLoad.embedded(community, EmbeddedLedgerBenchmark.tag("v"));
            long fill = Math.max(0, targetTx - community.committed.get());
            long filled = load.fill(fill, threads, Long.MAX_VALUE, done -> line("FILL progress awards=%d of %d elapsed=%.0fs load=%s",
                    done, fill, (System.nanoTime() - start) / 1e9, loadAverage()));
            committed = community.committed.get();
            line("RESULT generate transactions=%d awards=%d height=%d seconds=%.0f refusedAndRetried=%d", committed,
                    filled, community.ledger.height(), (System.nanoTime() - start) / 1e9, load.refused());
        }
        Files.createDirectories(trust);
        for (String msp : List.of("CommunityMSP", "AuditMSP", "OrdererMSP")) {
            Files.copy(dir.resolve("identities/" + msp + "/ca.crt"), trust.resolve(msp + ".crt"));
        }
        Files.writeString(complete, committed + "\n");
    }
}
