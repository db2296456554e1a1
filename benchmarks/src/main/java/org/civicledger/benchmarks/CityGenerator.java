package org.civicledger.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A city's three years of ledger traffic, generated day by day from a seed (the same seed and scale give the same
 * transactions, in the same order): residents enrol (30% in the first month, the rest over the three years);
 * awards across the five default categories, each activity type with a daily cap that the generator respects
 * (a few residents reach it every time: the "at the cap" anomaly); redemptions at exchange points (about 10% of
 * transactions, only of points the resident still has: the generator keeps a conservative model of each book,
 * with expiry after 12 months); reversals (0.5%), consents and credit checks (0.5% each), disputes (0.03%), most
 * resolved within 3–30 days (some left open past their due date); each exchange point settled on the first of a
 * month. One community in eight has a third app that awards a few residents far more than its peers, and an
 * exchange point that takes most of its community's redemptions (the anomalies the oversight reports look for).
 * When the ledger has attesters and approval ({@code attest}), each community registers four attesters (and the
 * outlier app's own attester in the anomalous ones) and a coordinator; 85% of awards name an attester; about 3% of
 * awards are of an activity type that needs approval, decided 1–10 days later (85% approved, 10% rejected, the rest
 * left to expire), mostly by the coordinator.
 *
 * <p>Dependencies run across days only: a redemption spends points awarded on earlier days, a reversal, dispute or
 * check names a transaction of an earlier day; so a day's transactions may be submitted in parallel.
 */
final class CityGenerator {
    /** The first simulated day. */
    static final LocalDate START = LocalDate.of(2023, 12, 1);
    static final int POINTS_EXPIRY_MONTHS = 12;
    /** Months of a resident's book the generator counts on (fewer than the ledger keeps: it never over-spends). */
    static final int SPENDABLE_MONTHS = POINTS_EXPIRY_MONTHS - 2;
    static final int BANKS = 3;
    static final double REDEEM_SHARE = 0.10;
    static final double REVERSE_SHARE = 0.005;
    static final double CONSENT_SHARE = 0.005;
    static final double DISPUTE_SHARE = 0.0003;

    /** An activity type of every community: one per default category. */
    record Type(String id, String category, long pointsPerUnit, String unit, long dailyCap, int weight) {
    }

    static final List<Type> TYPES = List.of(
            new Type("volunteer", "VOLUNTEER_SERVICE", 10, "HOUR", 80, 15),
            new Type("patrol", "SAFETY_PATROL", 20, "EVENT", 60, 15),
            new Type("anti-fraud", "ANTI_FRAUD_PUBLICITY", 5, "EVENT", 20, 10),
            new Type("garbage", "GARBAGE_SORTING", 2, "EVENT", 10, 45),
            new Type("affairs", "COMMUNITY_AFFAIRS", 10, "EVENT", 30, 15));
    /** The activity type whose awards wait for approval (communities with attesters and approval only). */
    static final Type APPROVAL_TYPE = new Type("elderly-care", "VOLUNTEER_SERVICE", 20, "EVENT", 100, 0);
    static final List<String> ATTESTER_KINDS = List.of("GRID_WORKER", "SERVICE_TEAM", "SOCIAL_ORGANISATION",
            "VOLUNTEER_TEAM");
    static final double PENDING_SHARE = 0.03;
    private static final int TYPE_WEIGHTS = TYPES.stream().mapToInt(Type::weight).sum();
    private static final long[] REDEEM_AMOUNTS = {20, 50, 100, 200, 500};

    private final CityScale scale;
    private final boolean attest;
    private final SplittableRandom random;
    private final int months;
    /** Per resident and month: points the model counts on (awarded, less spent and reversed). */
    private final int[] buckets;
    private final long[] enrolledBefore;
    private final long[] cumulativeWeight;
    private final long awards;
    private final long redemptions;
    private final long consents;
    private final double reverseChance;
    private final double disputeChance;
    private final List<List<CityOp>> scheduled;
    /** Redemptions since the last settlement, per merchant (community, index) flattened. */
    private final boolean[] owed;
    private final int[] firstMerchant;
    private int day;
    private long redeemCarry;
    private long awardCarry;
    private long sequence;

    CityGenerator(CityScale scale, long seed) {
        this(scale, seed, false);
    }

    /** @param attest whether the ledger has attesters and approval (issue 16): awards name attesters, some wait */
    CityGenerator(CityScale scale, long seed, boolean attest) {
        this.scale = scale;
        this.attest = attest;
        this.random = new SplittableRandom(seed);
        this.months = monthIndex(scale.days() - 1) + 1;
        this.buckets = new int[Math.multiplyExact(scale.residents(), months)];
        this.enrolledBefore = new long[scale.days() + 1];
        for (int d = 0; d <= scale.days(); d++) {
            enrolledBefore[d] = enrolledBefore(d);
        }
        this.cumulativeWeight = new long[scale.days() + 1];
        for (int d = 0; d < scale.days(); d++) {
            cumulativeWeight[d + 1] = cumulativeWeight[d] + enrolledBefore[d];
        }
        long tx = scale.transactions();
        this.redemptions = Math.round(tx * REDEEM_SHARE);
        this.consents = Math.round(tx * CONSENT_SHARE);
        long reversals = Math.round(tx * REVERSE_SHARE);
        long disputes = Math.round(tx * DISPUTE_SHARE);
        long settlements = (long) scale.exchangePoints() * (months - 1);
        long awards = tx - setupTransactions(scale, attest) - scale.residents() - redemptions - 2 * consents - reversals
                - disputes - Math.round(disputes * 0.9) - settlements;
        if (attest) { // a decision follows 95% of the pending awards: room for them too
            awards = Math.round(awards / (1 + PENDING_SHARE * 0.95));
        }
        if (awards < tx / 2) {
            throw new IllegalArgumentException("too few transactions for this many residents: " + tx);
        }
        this.awards = awards;
        this.reverseChance = (double) reversals / awards;
        this.disputeChance = (double) disputes / awards;
        this.scheduled = new ArrayList<>(scale.days());
        for (int d = 0; d < scale.days(); d++) {
            scheduled.add(new ArrayList<>());
        }
        this.firstMerchant = new int[scale.communities() + 1];
        for (int c = 0; c < scale.communities(); c++) {
            firstMerchant[c + 1] = firstMerchant[c] + scale.merchantsOf(c);
        }
        this.owed = new boolean[scale.exchangePoints()];
    }

    /** Transactions the loader submits before the first day: registrations, policies, types, banks' products. */
    static long setupTransactions(CityScale scale, boolean attest) {
        long perCommunity = 0;
        for (int c = 0; c < scale.communities(); c++) {
            perCommunity += 2 + TYPES.size() + appsOf(c) + scale.merchantsOf(c); // ADMIN, policy, types, ids
            if (attest) {
                perCommunity += 2 + attestersOf(c); // the coordinator, the approval type, the attesters
            }
        }
        return 2 + 2L * BANKS + perCommunity; // init, auditor, each bank and its loan product
    }

    /** @return whether community {@code c} hides the anomalies (an outlier app and exchange point) */
    static boolean anomalous(int c) {
        return c % 8 == 0;
    }

    /** @return the apps of community {@code c}: two, and an outlier in the anomalous ones */
    static int appsOf(int c) {
        return anomalous(c) ? 3 : 2;
    }

    /** @return the attesters of community {@code c}: one of each kind, and the outlier app's in anomalous ones */
    static int attestersOf(int c) {
        return ATTESTER_KINDS.size() + (anomalous(c) ? 1 : 0);
    }

    /** @return the community of resident {@code r} */
    int communityOf(int r) {
        return r % scale.communities();
    }

    /** The day resident {@code r} enrols: 30% over the first 30 days, the rest evenly over the years after. */
    int enrolmentDay(int r) {
        long early = scale.residents() * 3L / 10;
        if (r < early) {
            return (int) (r * 30L / early);
        }
        return 30 + (int) ((r - early) * (scale.days() - 60L) / (scale.residents() - early));
    }

    /** Residents enrolled on days before {@code d} (residents enrol in index order). */
    private long enrolledBefore(int d) {
        long lo = 0;
        long hi = scale.residents();
        while (lo < hi) { // the first resident whose enrolment day is d or later
            long mid = (lo + hi) >>> 1;
            if (enrolmentDay((int) mid) < d) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    long plannedAwards() {
        return awards;
    }

    boolean hasNext() {
        return day < scale.days();
    }

    int day() {
        return day;
    }

    /** @return the next day's transactions, settlements first (wave 0), the rest by time */
    List<CityOp> nextDay() {
        int d = day++;
        long dayStart = START.plusDays(d).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        List<CityOp> ops = new ArrayList<>(scheduled.get(d));
        scheduled.set(d, null);
        for (CityOp op : ops) { // scheduled ones change the model on their day
            if (op.kind() == CityOp.Kind.REVERSE || op.kind() == CityOp.Kind.RESOLVE && op.upheld()) {
                reverseInModel(op.resident(), op.target());
            }
        }
        if (START.plusDays(d).getDayOfMonth() == 1 && d > 0) {
            for (int c = 0; c < scale.communities(); c++) {
                for (int m = 0; m < scale.merchantsOf(c); m++) {
                    if (owed[firstMerchant[c] + m]) {
                        owed[firstMerchant[c] + m] = false;
                        ops.add(CityOp.settle(c, m, "st-" + START.plusDays(d).toString().substring(0, 7) + "-" + m,
                                dayStart + 3600));
                    }
                }
            }
        }
        List<CityOp> approvals = new ArrayList<>();
        for (CityOp op : ops) {
            if (op.kind() == CityOp.Kind.APPROVE) {
                approvals.add(op);
            }
        }
        long enrolled = enrolledBefore[d];
        for (long r = enrolled; r < enrolledBefore[d + 1]; r++) {
            ops.add(CityOp.enrol(communityOf((int) r), (int) r, at(dayStart)));
        }
        if (enrolled > 0) {
            redeem(d, dayStart, enrolled, ops);
            consent(d, dayStart, enrolled, ops);
            award(d, dayStart, enrolled, ops);
        }
        for (CityOp op : approvals) { // paid as of the approval: spendable from tomorrow, as awards
            buckets[op.resident() * months + monthIndex(d)] += (int) op.points();
        }
        ops.sort(Comparator.comparingInt(CityOp::wave).thenComparingLong(CityOp::epochSecond));
        return ops;
    }

    private long quota(long total, int d) {
        long all = cumulativeWeight[scale.days()];
        return (long) ((double) total * cumulativeWeight[d + 1] / all) - (long) ((double) total * cumulativeWeight[d] / all);
    }

    /** A time of day between 06:00 and 22:00 UTC. */
    private long at(long dayStart) {
        return dayStart + 6 * 3600 + random.nextInt(16 * 3600);
    }

    /** An enrolled resident, the early ones more active. */
    private int activeResident(long enrolled) {
        double u = random.nextDouble();
        return (int) (enrolled * u * u);
    }

    private void redeem(int d, long dayStart, long enrolled, List<CityOp> ops) {
        long want = quota(redemptions, d) + redeemCarry;
        long made = 0;
        int month = monthIndex(d);
        for (long i = 0; i < want; i++) {
            int resident = -1;
            long available = 0;
            for (int attempt = 0; attempt < 10 && resident < 0; attempt++) {
                int r = activeResident(enrolled);
                long a = spendable(r, month);
                if (a * 8 / 10 >= REDEEM_AMOUNTS[0]) {
                    resident = r;
                    available = a * 8 / 10;
                }
            }
            if (resident < 0) {
                continue;
            }
            int choices = 0;
            while (choices < REDEEM_AMOUNTS.length && REDEEM_AMOUNTS[choices] <= available) {
                choices++;
            }
            long points = REDEEM_AMOUNTS[random.nextInt(choices)];
            spend(resident, month, points);
            int c = communityOf(resident);
            int merchant = merchant(c);
            owed[firstMerchant[c] + merchant] = true;
            ops.add(CityOp.redeem(c, merchant, resident, "rd-" + Long.toString(sequence++, 36), at(dayStart), points));
            made++;
        }
        redeemCarry = want - made; // tried again tomorrow
    }

    /** The exchange point of community {@code c} a redemption goes to: the first takes half, or 90% in anomalous ones. */
    private int merchant(int c) {
        int n = scale.merchantsOf(c);
        if (n == 1 || random.nextInt(100) < (anomalous(c) ? 90 : 50)) {
            return 0;
        }
        return 1 + random.nextInt(n - 1);
    }

    private void consent(int d, long dayStart, long enrolled, List<CityOp> ops) {
        long want = quota(consents, d);
        for (long i = 0; i < want; i++) {
            int resident = activeResident(enrolled);
            int c = communityOf(resident);
            int bank = random.nextInt(BANKS);
            String consentId = "cs-" + Long.toString(sequence++, 36);
            long at = at(dayStart);
            ops.add(CityOp.consent(c, bank, resident, consentId, at));
            int checkDay = d + 1 + random.nextInt(20);
            if (checkDay < scale.days()) {
                long checkStart = dayStart + (checkDay - d) * 86_400L;
                scheduled.get(checkDay).add(CityOp.check(c, bank, resident, "ck-" + Long.toString(sequence++, 36),
                        at(checkStart), consentId));
            }
        }
    }

    private void award(int d, long dayStart, long enrolled, List<CityOp> ops) {
        long want = quota(awards, d) + awardCarry;
        long made = 0;
        int month = monthIndex(d);
        Map<Long, Long> today = new HashMap<>();
        for (long i = 0; i < want; i++) {
            if (attest && random.nextDouble() < PENDING_SHARE) {
                pending(d, dayStart, enrolled, today, ops);
                made++;
                continue;
            }
            int resident = -1;
            int type = -1;
            int app = 0;
            long points = 0;
            for (int attempt = 0; attempt < 8 && resident < 0; attempt++) {
                int r = activeResident(enrolled);
                int c = communityOf(r);
                int t = type();
                int a = random.nextInt(10) < 7 ? 0 : 1;
                if (anomalous(c) && random.nextInt(100) < 4) { // the outlier app: a dozen residents, full caps
                    long pick = c + (long) random.nextInt(12) * scale.communities();
                    if (pick < enrolled) {
                        a = 2;
                        t = 1;
                        r = (int) pick;
                    }
                }
                Type ty = TYPES.get(t);
                long used = today.getOrDefault((long) r * TYPES.size() + t, 0L);
                long room = (ty.dailyCap() - used) / ty.pointsPerUnit();
                if (room < 1) {
                    continue;
                }
                boolean capper = r % 500 == 7 && t == 3 || a == 2;
                long quantity = capper ? room : Math.min(room, 1 + random.nextInt((int) Math.max(1,
                        ty.dailyCap() / ty.pointsPerUnit() / 2)));
                resident = r;
                type = t;
                app = a;
                points = quantity * ty.pointsPerUnit();
            }
            if (resident < 0) {
                continue;
            }
            today.merge((long) resident * TYPES.size() + type, points, Long::sum);
            buckets[resident * months + month] += (int) points;
            String id = "aw-" + Long.toString(sequence++, 36);
            long at = at(dayStart);
            long occurredAt = at - random.nextInt((int) Math.min(7200, at - dayStart));
            int c = communityOf(resident);
            boolean remember = false;
            double u = random.nextDouble();
            if (u < reverseChance) {
                int later = d + 1 + random.nextInt(14);
                if (later < scale.days()) {
                    scheduled.get(later).add(CityOp.reverse(c, resident, id + "/" + month + "/" + points,
                            at(dayStart + (later - d) * 86_400L)));
                }
            } else if (u < reverseChance + disputeChance) {
                int filed = d + 1 + random.nextInt(10);
                if (filed < scale.days()) {
                    remember = true;
                    String disputeId = "dp-" + Long.toString(sequence++, 36);
                    scheduled.get(filed).add(CityOp.dispute(c, resident, disputeId,
                            at(dayStart + (filed - d) * 86_400L), id));
                    int resolved = filed + 3 + random.nextInt(28);
                    if (random.nextInt(10) < 9 && resolved < scale.days()) {
                        scheduled.get(resolved).add(CityOp.resolve(c, resident, disputeId,
                                at(dayStart + (resolved - d) * 86_400L), random.nextInt(10) < 4)
                                .withTarget(id + "/" + month + "/" + points));
                    }
                }
            }
            CityOp award = CityOp.award(c, app, resident, id, at, type, points / TYPES.get(type).pointsPerUnit(),
                    points, occurredAt, remember);
            if (attest) {
                award = app == 2 ? award.attestedBy(ATTESTER_KINDS.size())
                        : random.nextInt(100) < 85 ? award.attestedBy(random.nextInt(ATTESTER_KINDS.size())) : award;
            }
            ops.add(award);
            made++;
        }
        awardCarry = want - made;
    }

    /** An award of {@link #APPROVAL_TYPE}: pending, then approved, rejected or left to expire. */
    private void pending(int d, long dayStart, long enrolled, Map<Long, Long> today, List<CityOp> ops) {
        int resident = activeResident(enrolled);
        long key = -1L - resident; // apart from the (resident, type) keys of the other awards
        if (today.getOrDefault(key, 0L) + APPROVAL_TYPE.pointsPerUnit() > APPROVAL_TYPE.dailyCap() / 2) {
            return; // at most half the cap a day: approvals of several days may fall on one day
        }
        today.merge(key, APPROVAL_TYPE.pointsPerUnit(), Long::sum);
        int c = communityOf(resident);
        String id = "pa-" + Long.toString(sequence++, 36);
        long at = at(dayStart);
        long occurredAt = at - random.nextInt((int) Math.min(7200, at - dayStart));
        ops.add(CityOp.award(c, random.nextInt(2), resident, id, at, TYPES.size(), 1, APPROVAL_TYPE.pointsPerUnit(),
                occurredAt, false).attestedBy(random.nextInt(ATTESTER_KINDS.size())));
        int decided = d + 1 + random.nextInt(10);
        int outcome = random.nextInt(100);
        if (decided < scale.days() && outcome < 95) {
            scheduled.get(decided).add(CityOp.decide(outcome < 85 ? CityOp.Kind.APPROVE : CityOp.Kind.REJECT, c,
                    resident, id, at(dayStart + (decided - d) * 86_400L), random.nextInt(100) < 20,
                    APPROVAL_TYPE.pointsPerUnit()));
        }
    }

    /** @return the activity type of award {@code op}: one of {@link #TYPES}, or {@link #APPROVAL_TYPE} */
    static Type typeOf(CityOp op) {
        return op.activityType() == TYPES.size() ? APPROVAL_TYPE : TYPES.get(op.activityType());
    }

    private int type() {
        int pick = random.nextInt(TYPE_WEIGHTS);
        for (int t = 0; t < TYPES.size(); t++) {
            pick -= TYPES.get(t).weight();
            if (pick < 0) {
                return t;
            }
        }
        throw new AssertionError();
    }

    /** Points of resident {@code r} the model counts on in month {@code month}. */
    private long spendable(int r, int month) {
        long sum = 0;
        for (int m = Math.max(0, month - SPENDABLE_MONTHS + 1); m <= month; m++) {
            sum += buckets[r * months + m];
        }
        return sum;
    }

    /** Takes {@code points} from the oldest spendable months first. */
    private void spend(int r, int month, long points) {
        for (int m = Math.max(0, month - SPENDABLE_MONTHS + 1); m <= month && points > 0; m++) {
            int take = (int) Math.min(points, buckets[r * months + m]);
            buckets[r * months + m] -= take;
            points -= take;
        }
    }

    /**
     * A reversal takes back what is left of the award's month (target: {@code id/month/points}). The ledger may
     * have spent older months first (the model never counts on the last two before expiry), leaving that month
     * whole: so the model takes the rest of the points from its other months too, newest first, and never counts
     * on more than the ledger has.
     */
    private void reverseInModel(int r, String target) {
        String[] parts = target.split("/");
        int month = Integer.parseInt(parts[1]);
        long points = Long.parseLong(parts[2]);
        int take = (int) Math.min(points, buckets[r * months + month]);
        buckets[r * months + month] -= take;
        points -= take;
        for (int m = months - 1; m >= 0 && points > 0; m--) {
            take = (int) Math.min(points, buckets[r * months + m]);
            buckets[r * months + m] -= take;
            points -= take;
        }
    }

    /** Months since {@link #START} of day {@code d}. */
    static int monthIndex(int d) {
        LocalDate date = START.plusDays(d);
        return (date.getYear() - START.getYear()) * 12 + date.getMonthValue() - START.getMonthValue();
    }

    static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }

    /** Counts of each kind over the whole run (tests; generates every day). */
    static Map<CityOp.Kind, Long> mix(CityScale scale, long seed, boolean attest) {
        CityGenerator generator = new CityGenerator(scale, seed, attest);
        Map<CityOp.Kind, Long> counts = new EnumMap<>(CityOp.Kind.class);
        while (generator.hasNext()) {
            for (CityOp op : generator.nextDay()) {
                counts.merge(op.kind(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
