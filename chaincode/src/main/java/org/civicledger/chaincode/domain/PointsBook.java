package org.civicledger.chaincode.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicledger.chaincode.model.Account;
import org.civicledger.chaincode.model.Bucket;
import org.civicledger.chaincode.model.HistoryEntry;
import org.civicledger.api.points.HistoryType;
import org.civicledger.chaincode.state.Keys;

/**
 * A working copy of one resident's points: the account, the monthly buckets it touches and the
 * history entries it adds. Nothing is written until {@link #save()}, so a refusal found while
 * working changes nothing. Every key it touches belongs to this one resident.
 */
final class PointsBook {
    private final Tx tx;
    private final String residentId;
    private final TreeSet<String> openMonths;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();
    private final List<HistoryEntry> entries = new ArrayList<>();
    private long available;
    private long earned;
    private long spent;
    private long expired;
    private long reversed;
    private final long historyCount;
    private final Map<String, Long> recordedOn;

    private PointsBook(Tx tx, Account account) {
        this.tx = tx;
        this.residentId = account.residentId();
        this.openMonths = new TreeSet<>(account.openMonths());
        this.available = account.available();
        this.earned = account.earnedTotal();
        this.spent = account.spentTotal();
        this.expired = account.expiredTotal();
        this.reversed = account.reversedTotal();
        this.historyCount = account.historyCount();
        this.recordedOn = account.recordedOn() == null ? new TreeMap<>() : new TreeMap<>(account.recordedOn());
    }

    static PointsBook open(Tx tx, String residentId) {
        Account account = tx.store().find(Keys.account(residentId), Account.class).orElse(Account.empty(residentId));
        return new PointsBook(tx, account);
    }

    long available() {
        return available;
    }

    Account account() {
        return new Account(residentId, available, earned, spent, expired, reversed, List.copyOf(openMonths),
                historyCount + entries.size(), recordedOn);
    }

    /**
     * Expires, oldest first, every open month at least {@code expiryMonths} old (0 = never).
     *
     * @return the points this call expired (0 when none)
     */
    long expire(int expiryMonths) {
        if (expiryMonths == 0) {
            return 0;
        }
        long total = 0;
        YearMonth current = Keys.month(tx.now());
        for (String month : List.copyOf(openMonths)) {
            if (YearMonth.parse(month).plusMonths(expiryMonths).isAfter(current)) {
                break;
            }
            long points = bucket(month).remaining();
            change(month, bucket(month).expire(points));
            expired = Math.addExact(expired, points);
            available = Math.subtractExact(available, points);
            record(HistoryType.EXPIRY, -points, month);
            total = Math.addExact(total, points);
        }
        return total;
    }

    /** @return points of {@code activityType} already awarded for contributions on {@code day} */
    long awardedOn(LocalDate day, String activityType) {
        return bucket(YearMonth.from(day).toString()).awardedOn(day.toString(), activityType);
    }

    /** @return points of {@code activityType} awarded by transactions of {@code day} (the day of recording) */
    long recordedOn(LocalDate day, String activityType) {
        return recordedOn.getOrDefault(day + "/" + activityType, 0L);
    }

    /**
     * Adds an award of {@code activityType} for a contribution on {@code day}, counted for the
     * daily caps both on that day and on today (the day of recording); the account keeps only
     * today's counts, the only ones a later award can still be checked against.
     */
    void earn(LocalDate day, String activityType, long points, String category, int creditWeight, String ref) {
        earn(day, activityType, points, category, creditWeight, ref, null);
    }

    /** {@link #earn(LocalDate, String, long, String, int, String)} of a contribution its attester named. */
    void earn(LocalDate day, String activityType, long points, String category, int creditWeight, String ref,
              String attesterId) {
        String today = Keys.day(tx.now()).toString();
        recordedOn.keySet().removeIf(k -> !k.startsWith(today + "/"));
        recordedOn.merge(today + "/" + activityType, points, Math::addExact);
        String key = YearMonth.from(day).toString();
        change(key, bucket(key).earn(points, category, creditWeight, day.toString(), activityType));
        earned = Math.addExact(earned, points);
        available = Math.addExact(available, points);
        entries.add(new HistoryEntry(tx.txId(), HistoryType.AWARD, points, tx.nowText(), ref, attesterId));
    }

    /**
     * Records a history entry that moves nothing: a contribution awaiting approval (PENDING, with the points its
     * approval would pay) or its rejection (REJECTION, 0 points).
     */
    void note(HistoryType type, long points, String ref, String attesterId) {
        entries.add(new HistoryEntry(tx.txId(), type, points, tx.nowText(), ref, attesterId));
    }

    /** Spends {@code points} from the oldest months first; the caller has checked {@link #available()}. */
    void spend(long points, String ref) {
        take(new ArrayList<>(openMonths), points, Bucket::spend);
        spent = Math.addExact(spent, points);
        available = Math.subtractExact(available, points);
        record(HistoryType.REDEMPTION, -points, ref);
    }

    /**
     * Reverses an award of {@code points} earned in {@code month}: takes back what is still
     * available, first from that month, then from the oldest, and removes the whole award from
     * the score's inputs.
     *
     * @return the points taken back (less than {@code points} when some were already spent or expired)
     */
    long reverse(YearMonth month, long points, String category, int creditWeight, String ref) {
        String key = month.toString();
        long amount = Math.min(points, available);
        List<String> order = new ArrayList<>();
        if (openMonths.contains(key)) {
            order.add(key);
        }
        openMonths.stream().filter(m -> !m.equals(key)).forEach(order::add);
        take(order, amount, Bucket::deduct);
        change(key, bucket(key).unscore(points, category, creditWeight));
        reversed = Math.addExact(reversed, amount);
        available = Math.subtractExact(available, amount);
        record(HistoryType.REVERSAL, -amount, ref);
        return amount;
    }

    void save() {
        buckets.forEach((month, bucket) -> tx.store().put(Keys.bucket(residentId, YearMonth.parse(month)), bucket));
        for (int i = 0; i < entries.size(); i++) {
            tx.store().put(Keys.history(residentId, historyCount + i), entries.get(i));
        }
        tx.store().put(Keys.account(residentId), account());
    }

    private interface Taking {
        Bucket apply(Bucket bucket, long points);
    }

    private void take(List<String> months, long points, Taking how) {
        long left = points;
        for (String month : months) {
            if (left == 0) {
                break;
            }
            long part = Math.min(left, bucket(month).remaining());
            change(month, how.apply(bucket(month), part));
            left -= part;
        }
        if (left != 0) {
            throw new IllegalStateException("account of " + residentId + " disagrees with its buckets");
        }
    }

    private Bucket bucket(String month) {
        return buckets.computeIfAbsent(month, m -> tx.store()
                .find(Keys.bucket(residentId, YearMonth.parse(m)), Bucket.class)
                .orElse(Bucket.empty(residentId, m)));
    }

    private void change(String month, Bucket bucket) {
        buckets.put(month, bucket);
        if (bucket.remaining() > 0) {
            openMonths.add(month);
        } else {
            openMonths.remove(month);
        }
    }

    private void record(HistoryType type, long points, String ref) {
        if (points != 0 || type == HistoryType.REVERSAL) {
            entries.add(new HistoryEntry(tx.txId(), type, points, tx.nowText(), ref));
        }
    }
}
