package org.civicledger.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The points books of the replayed world state, recomputed as the chaincode's {@code Audit:reconcile}
 * checks them, from the chaincode's own records (its key layout, {@code chaincode/…/state/Keys}):
 * every account's totals against the sum of its history entries and of its monthly buckets, and the
 * ledger's totals against the contribution, redemption and reversal records.
 *
 * <p>What it keeps: the last value of every {@code account/} and {@code bucket/} key (one per resident,
 * one per resident and month); of the many history, contribution and redemption records only running
 * sums, each record's share kept beside its key in {@link LiveKeys} so that an overwrite or a delete
 * takes it back out.
 */
final class Books {
    static final String ACCOUNT = "account/";
    static final String BUCKET = "bucket/";
    static final String HISTORY = "history/";
    static final String CONTRIBUTION = "contribution/";
    static final String REDEMPTION = "redemption/";
    /**
     * {@code HistoryType} of the chaincode's API, in its order. PENDING (a contribution awaiting approval) and
     * REJECTION move no points: they count as entries only.
     */
    static final List<String> HISTORY_TYPES = List.of("AWARD", "REDEMPTION", "REVERSAL", "EXPIRY", "PENDING",
            "REJECTION");
    private static final int AWARD = 0;
    private static final int REDEEMED = 1;
    private static final int REVERSED = 2;
    private static final int EXPIRED = 3;
    private static final int ENTRIES = 6;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, byte[]> accounts = new HashMap<>();
    private final Map<String, byte[]> buckets = new HashMap<>();
    /** Per resident id: history points by type (signed, as recorded) and the number of entries. */
    private final Map<String, long[]> histories = new HashMap<>();
    private long contributed;
    private long clawedBack;
    private long redeemed;

    /** One account's recomputed books (its history), checked against its record and its buckets. */
    record Account(String residentId, long issued, long redeemed, long expired, long reversed) {
        long balance() {
            return issued - redeemed - expired - reversed;
        }
    }

    /** Every account, by resident id, and the ledger's totals. */
    record Result(List<Account> accounts, long issued, long available, long redeemed, long expired, long reversed) {
    }

    /** Whether a key's value feeds the books (only those reach {@link #added} and {@link #removed}). */
    static boolean tracks(String key) {
        return key.startsWith(ACCOUNT) || key.startsWith(BUCKET) || key.startsWith(HISTORY)
                || key.startsWith(CONTRIBUTION) || key.startsWith(REDEMPTION);
    }

    /**
     * A value was written to {@code key}; {@code facts} receives the two numbers to hand back to
     * {@link #removed} when this value goes.
     *
     * @throws VerificationFailure when a record the books read is not what its key says
     */
    void added(String key, byte[] value, long[] facts) throws VerificationFailure {
        facts[0] = 0;
        facts[1] = 0;
        if (key.startsWith(ACCOUNT)) {
            accounts.put(key, value);
        } else if (key.startsWith(BUCKET)) {
            buckets.put(key, value);
        } else if (key.startsWith(HISTORY)) {
            String resident = historyOwner(key);
            if (resident == null) {
                return; // outside every resident's history range
            }
            JsonNode entry = record(key, value, "history entry");
            int type = HISTORY_TYPES.indexOf(entry.path("type").asText(""));
            if (type < 0) {
                throw new VerificationFailure(key + ": not a history entry (unknown type)");
            }
            facts[0] = number(key, entry, "points", "history entry");
            facts[1] = type + 1;
            history(resident, type, facts[0], 1);
        } else if (key.startsWith(CONTRIBUTION)) {
            JsonNode contribution = record(key, value, "contribution");
            String status = contribution.path("status").asText("");
            // a contribution awaiting approval, or rejected, was never paid
            facts[0] = status.equals("PENDING") || status.equals("REJECTED") ? 0
                    : number(key, contribution, "points", "contribution");
            JsonNode reversal = contribution.get("reversal");
            facts[1] = reversal == null || reversal.isNull() ? 0 : number(key, reversal, "reversedPoints", "reversal");
            contributed = Math.addExact(contributed, facts[0]);
            clawedBack = Math.addExact(clawedBack, facts[1]);
        } else if (key.startsWith(REDEMPTION)) {
            facts[0] = number(key, record(key, value, "redemption"), "points", "redemption");
            redeemed = Math.addExact(redeemed, facts[0]);
        }
    }

    /** The value of {@code key} that {@link #added} saw, with the facts it gave, was overwritten or deleted. */
    void removed(String key, long a, long b) {
        if (key.startsWith(ACCOUNT)) {
            accounts.remove(key);
        } else if (key.startsWith(BUCKET)) {
            buckets.remove(key);
        } else if (key.startsWith(HISTORY)) {
            if (b > 0) {
                history(historyOwner(key), (int) b - 1, -a, -1);
            }
        } else if (key.startsWith(CONTRIBUTION)) {
            contributed = Math.subtractExact(contributed, a);
            clawedBack = Math.subtractExact(clawedBack, b);
        } else if (key.startsWith(REDEMPTION)) {
            redeemed = Math.subtractExact(redeemed, a);
        }
    }

    /**
     * Recomputes every account from its history and checks it as {@code Audit:reconcile} does.
     *
     * @throws VerificationFailure naming the first account (by its key) or ledger total that does not add up
     */
    Result reconcile() throws VerificationFailure {
        Map<String, List<JsonNode>> bucketsByResident = new HashMap<>();
        for (Map.Entry<String, byte[]> e : new TreeMap<>(buckets).entrySet()) {
            JsonNode bucket = record(e.getKey(), e.getValue(), "bucket");
            bucketsByResident.computeIfAbsent(bucketOwner(e.getKey()), r -> new ArrayList<>()).add(bucket);
        }
        List<Account> out = new ArrayList<>();
        long available = 0;
        for (Map.Entry<String, byte[]> e : new TreeMap<>(accounts).entrySet()) {
            String key = e.getKey();
            JsonNode account = record(key, e.getValue(), "account");
            String resident = account.path("residentId").asText("");
            Account recomputed = check(key, account, histories.getOrDefault(resident, new long[ENTRIES + 1]),
                    bucketsByResident.getOrDefault(resident, List.of()));
            out.add(recomputed);
            available = Math.addExact(available, recomputed.balance());
        }
        out.sort(java.util.Comparator.comparing(Account::residentId));
        long issued = out.stream().mapToLong(Account::issued).reduce(0, Math::addExact);
        long spent = out.stream().mapToLong(Account::redeemed).reduce(0, Math::addExact);
        long expired = out.stream().mapToLong(Account::expired).reduce(0, Math::addExact);
        long reversed = out.stream().mapToLong(Account::reversed).reduce(0, Math::addExact);
        expect("ledger", "issued = available + redeemed + expired + reversed", issued,
                available + spent + expired + reversed);
        expect("ledger", "issued = sum of contribution records", contributed, issued);
        expect("ledger", "redeemed = sum of redemption records", redeemed, spent);
        expect("ledger", "reversed = sum of reversal records", clawedBack, reversed);
        return new Result(List.copyOf(out), issued, available, spent, expired, reversed);
    }

    private Account check(String key, JsonNode account, long[] history, List<JsonNode> buckets)
            throws VerificationFailure {
        String subject = "account " + key;
        long available = number(key, account, "available", "account");
        long earned = number(key, account, "earnedTotal", "account");
        long spent = number(key, account, "spentTotal", "account");
        long expired = number(key, account, "expiredTotal", "account");
        long reversed = number(key, account, "reversedTotal", "account");
        Account recomputed = new Account(account.path("residentId").asText(""), history[AWARD], -history[REDEEMED],
                -history[EXPIRED], -history[REVERSED]);
        expect(subject, "balance is never negative", 0, Math.min(0, available));
        expect(subject, "available = earned - spent - expired - reversed", earned - spent - expired - reversed, available);
        expect(subject, "earned = sum of AWARD history", recomputed.issued(), earned);
        expect(subject, "spent = sum of REDEMPTION history", recomputed.redeemed(), spent);
        expect(subject, "expired = sum of EXPIRY history", recomputed.expired(), expired);
        expect(subject, "reversed = sum of REVERSAL history", recomputed.reversed(), reversed);
        expect(subject, "history count", history[ENTRIES], number(key, account, "historyCount", "account"));
        long[] sums = new long[4];
        List<String> open = new ArrayList<>();
        for (JsonNode bucket : buckets) {
            long[] b = {number(key, bucket, "earned", "bucket"), number(key, bucket, "spent", "bucket"),
                number(key, bucket, "expired", "bucket"), number(key, bucket, "reversed", "bucket")};
            for (int i = 0; i < 4; i++) {
                sums[i] = Math.addExact(sums[i], b[i]);
            }
            long remaining = b[0] - b[1] - b[2] - b[3];
            expect(subject + " bucket " + bucket.path("month").asText(""), "bucket remaining is never negative", 0,
                    Math.min(0, remaining));
            if (remaining > 0) {
                open.add(bucket.path("month").asText(""));
            }
        }
        expect(subject, "earned = sum of buckets", sums[0], earned);
        expect(subject, "spent = sum of buckets", sums[1], spent);
        expect(subject, "expired = sum of buckets", sums[2], expired);
        expect(subject, "reversed = sum of buckets", sums[3], reversed);
        List<String> recorded = new ArrayList<>();
        account.path("openMonths").forEach(m -> recorded.add(m.asText()));
        if (!open.equals(recorded)) {
            throw new VerificationFailure(subject + ": open months " + recorded + " are not the months whose buckets hold points "
                    + open);
        }
        return recomputed;
    }

    private void history(String resident, int type, long points, int entries) {
        long[] sums = histories.computeIfAbsent(resident, r -> new long[ENTRIES + 1]);
        sums[type] = Math.addExact(sums[type], points);
        sums[ENTRIES] += entries;
        if (sums[ENTRIES] == 0) {
            histories.remove(resident);
        }
    }

    /** {@code history/<resident>/<sequence>}: the resident, or null for a key outside every history range. */
    private static String historyOwner(String key) {
        int slash = key.indexOf('/', HISTORY.length());
        return slash < 0 ? null : key.substring(HISTORY.length(), slash);
    }

    private static String bucketOwner(String key) {
        int slash = key.indexOf('/', BUCKET.length());
        return slash < 0 ? "" : key.substring(BUCKET.length(), slash);
    }

    private JsonNode record(String key, byte[] value, String kind) throws VerificationFailure {
        try {
            JsonNode node = mapper.readTree(value);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // named below
        }
        throw new VerificationFailure(key + ": not a " + kind + " record (not a JSON object)");
    }

    private static long number(String key, JsonNode record, String field, String kind) throws VerificationFailure {
        JsonNode v = record.get(field);
        if (v == null) {
            return 0; // absent: the chaincode's records read a missing number as 0
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new VerificationFailure(key + ": " + kind + " field " + field + " is not a whole number");
        }
        return v.asLong();
    }

    private static void expect(String subject, String check, long expected, long actual) throws VerificationFailure {
        if (expected != actual) {
            throw new VerificationFailure(subject + ": " + check + " does not hold (expected " + expected + ", found "
                    + actual + ")");
        }
    }
}
