package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Community;
import org.civicledger.api.points.HistoryType;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Owner;
import org.civicledger.chaincode.model.Receivable;
import org.civicledger.chaincode.model.Redemption;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.api.Role;
import org.civicledger.chaincode.model.Settlement;
import org.civicledger.chaincode.model.TxRef;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/**
 * Redemptions at merchants and the community's settlement of what it owes them.
 *
 * <p>A redemption writes its own record, its own receivable and its own log entry, plus its
 * resident's points: many redemptions at one merchant share no written key. A settlement reads
 * the merchant's receivables by range, so one racing a new redemption is invalidated and retried.
 */
public final class RedemptionService {
    static final long MAX_POINTS = 1_000_000_000_000L;
    static final int MAX_ITEM = 200;

    /** A merchant's statement: redemptions in a time range and what is still owed to it. */
    public record Statement(String merchantId, List<Line> redemptions, long totalPoints, long unsettledPoints,
                            long totalValueFen) {
    }

    /** One redemption on a statement. */
    public record Line(String redemptionId, String residentId, long points, String item, String at, String txId,
                       boolean settled, Long valueFen) {
    }

    public Redemption redeem(Tx tx, String json) {
        Request r = Request.parse(json);
        String redemptionId = r.id("redemptionId");
        String residentId = r.matching("residentId", ResidentService.RESIDENT_ID, ResidentService.RESIDENT_ID_RULE);
        long points = r.integer("points", 1, MAX_POINTS);
        String item = r.text("item", MAX_ITEM);
        Long valueFen = r.optionalInteger("valueFen", 0, Limits.MAX_VALUE_FEN);
        r.done();
        Member merchant = tx.requireRole(Role.MERCHANT);
        Store store = tx.store();
        // the merchant's community: read by every redemption anyway, and it says whether legacy ids may exist
        Community community = CommunityService.community(tx, merchant.communityId());
        String key = Keys.redemption(merchant.subjectId(), redemptionId);
        Optional<Redemption> existing = ScopedRecords.replay(store, community, key,
                Keys.legacyRedemption(redemptionId), Redemption.class,
                x -> x.merchantId().equals(merchant.subjectId()),
                x -> x.sameRequest(residentId, points, item, merchant.subjectId(), valueFen), "redemption");
        if (existing.isPresent()) {
            return existing.get();
        }
        Resident resident = ResidentService.require(tx, residentId);
        Access.sameCommunity(merchant, resident.communityId());
        ResidentService.requireActive(resident);
        PointsBook book = PointsBook.open(tx, residentId);
        long expiredNow = book.expire(community.pointsExpiryMonths());
        if (book.available() < points) {
            throw new LedgerException(ErrorCode.INSUFFICIENT_POINTS, "the resident has " + book.available()
                    + " points available, fewer than the points asked for");
        }
        book.spend(points, redemptionId);
        Instant now = tx.now();
        Redemption redemption = new Redemption(redemptionId, residentId, merchant.subjectId(),
                resident.communityId(), points, item, now.toString(), tx.txId(), book.available(), valueFen);
        book.save();
        store.put(key, redemption);
        store.put(Keys.receivable(merchant.subjectId(), redemptionId),
                new Receivable(merchant.subjectId(), redemptionId, points, now.toString(), valueFen));
        store.put(Keys.merchantRedemption(merchant.subjectId(), now, redemptionId), redemption);
        store.put(Keys.txRef(tx.txId()), new TxRef(tx.txId(), residentId, HistoryType.REDEMPTION, redemptionId));
        tx.emit(EventType.PointsRedeemed, "redemptionId", redemptionId, "residentId", residentId,
                "merchantId", merchant.subjectId(), "communityId", resident.communityId(), "points", points,
                "valueFen", valueFen, "expiredPoints", expiredNow > 0 ? expiredNow : null);
        return redemption;
    }

    /** Settles everything {@code merchantId} is owed now into one settlement record. */
    public Settlement settle(Tx tx, String json) {
        Request r = Request.parse(json);
        String settlementId = r.id("settlementId");
        String merchantId = r.id("merchantId");
        r.done();
        Member admin = tx.requireRole(Role.ADMIN);
        Store store = tx.store();
        Community community = CommunityService.community(tx, admin.communityId());
        String key = Keys.settlement(community.communityId(), settlementId);
        Optional<Settlement> existing = ScopedRecords.replay(store, community, key,
                Keys.legacySettlement(settlementId), Settlement.class,
                x -> x.communityId().equals(community.communityId()),
                x -> x.merchantId().equals(merchantId), "settlement");
        if (existing.isPresent()) {
            return existing.get();
        }
        Owner merchant = store.require(Keys.merchant(merchantId), Owner.class, "merchant");
        Access.sameCommunity(admin, merchant.communityId());
        List<Receivable> owed = store.scan(Keys.receivables(merchantId), Receivable.class);
        if (owed.isEmpty()) {
            throw LedgerException.invalidState("the merchant has nothing to settle");
        }
        long points = 0;
        long valueFen = 0;
        for (Receivable receivable : owed) {
            points = Math.addExact(points, receivable.points());
            valueFen = Math.addExact(valueFen, receivable.valueOrZero());
        }
        Settlement settlement = new Settlement(settlementId, merchantId, merchant.communityId(), points, owed.size(),
                owed.stream().map(Receivable::redemptionId).toList(), admin.actor(), tx.nowText(), tx.txId(), valueFen);
        store.put(key, settlement);
        owed.forEach(receivable -> store.delete(Keys.receivable(merchantId, receivable.redemptionId())));
        tx.emit(EventType.MerchantSettled, "settlementId", settlementId, "merchantId", merchantId, "points", points,
                "redemptionCount", owed.size(), "valueFen", valueFen);
        return settlement;
    }

    /**
     * @param from inclusive ISO instant, or null for the beginning
     * @param to exclusive ISO instant, or null for now and later; bounds beyond the range of the log's
     *     keys ({@link Keys#SORTABLE_MIN} to {@link Keys#SORTABLE_MAX}, 1677 to 2262) are open ends,
     *     so {@code 9999-12-31T23:59:59Z} means "no end"
     */
    public Statement statement(Tx tx, String merchantId, String from, String to) {
        Store store = tx.store();
        Request.checkId("merchantId", merchantId);
        Member caller = Access.readerRole(tx, Role.ADMIN, Role.MERCHANT);
        // before the lookup, so a merchant cannot probe which other merchants exist
        if (caller.role() == Role.MERCHANT && !merchantId.equals(caller.subjectId())) {
            throw LedgerException.forbidden("a merchant may read only its own statement");
        }
        Owner merchant = store.require(Keys.merchant(merchantId), Owner.class, "merchant");
        Access.readableIn(caller, merchant.communityId());
        String start = from == null || from.isEmpty() ? Keys.merchantRedemptions(merchantId)
                : Keys.merchantRedemptionsFrom(merchantId, instant("from", from));
        String end = to == null || to.isEmpty() ? Keys.endOf(Keys.merchantRedemptions(merchantId))
                : Keys.merchantRedemptionsFrom(merchantId, instant("to", to));
        List<Receivable> owed = store.scan(Keys.receivables(merchantId), Receivable.class);
        Set<String> unsettled = owed.stream().map(Receivable::redemptionId).collect(Collectors.toSet());
        // from at or after to: an empty period (a range query needs start < end)
        List<Redemption> inPeriod = start.compareTo(end) < 0 ? store.scan(start, end, Redemption.class) : List.of();
        List<Line> lines = inPeriod.stream()
                .map(x -> new Line(x.redemptionId(), x.residentId(), x.points(), x.item(), x.at(), x.txId(),
                        !unsettled.contains(x.redemptionId()), x.valueFen()))
                .toList();
        long total = lines.stream().mapToLong(Line::points).reduce(0, Math::addExact);
        long unsettledPoints = owed.stream().mapToLong(Receivable::points).reduce(0, Math::addExact);
        long totalValueFen = inPeriod.stream().mapToLong(Redemption::valueOrZero).reduce(0, Math::addExact);
        return new Statement(merchantId, lines, total, unsettledPoints, totalValueFen);
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            throw LedgerException.validation(field + " must be an ISO-8601 UTC instant");
        }
    }
}
