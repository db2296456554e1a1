package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.ActivityType;
import org.civicledger.chaincode.model.AwardResult;
import org.civicledger.chaincode.model.Community;
import org.civicledger.chaincode.model.Contribution;
import org.civicledger.api.points.ContributionStatus;
import org.civicledger.api.points.HistoryType;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.chaincode.model.Reversal;
import org.civicledger.api.Role;
import org.civicledger.chaincode.model.TxRef;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/**
 * Awards for attested contributions and their reversal.
 *
 * <p>An award reads and writes only keys of its own contribution and its own resident, so
 * awards to different residents never conflict.
 */
public final class AwardService {
    static final long MAX_QUANTITY = 1_000_000;
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    private static final Pattern EVIDENCE_HASH = Pattern.compile("[0-9a-fA-F]{32,128}");

    public AwardResult award(Tx tx, String json) {
        Request r = Request.parse(json);
        String contributionId = r.id("contributionId");
        String residentId = r.matching("residentId", ResidentService.RESIDENT_ID, ResidentService.RESIDENT_ID_RULE);
        String activityTypeId = r.id("activityType");
        long quantity = r.integer("quantity", 1, MAX_QUANTITY);
        Instant occurredAt = r.instant("occurredAt");
        String evidenceHash = r.optionalMatching("evidenceHash", EVIDENCE_HASH, "32 to 128 hex digits");
        r.done();
        Member app = tx.requireRole(Role.APP);
        Store store = tx.store();
        // the app's community: read by every award anyway, and it says whether legacy ids may exist
        Community community = CommunityService.community(tx, app.communityId());
        String key = Keys.contribution(community.communityId(), contributionId);
        Optional<Contribution> existing = ScopedRecords.replay(store, community, key,
                Keys.legacyContribution(contributionId), Contribution.class,
                c -> c.communityId().equals(community.communityId()),
                c -> c.sameRequest(residentId, activityTypeId, quantity, occurredAt.toString(), evidenceHash,
                        app.subjectId()), "contribution");
        if (existing.isPresent()) {
            return existing.get().result();
        }
        Resident resident = ResidentService.require(tx, residentId);
        Access.sameCommunity(app, resident.communityId());
        if (app.activityTypes() != null && !app.activityTypes().contains(activityTypeId)) {
            throw LedgerException.forbidden("this app may not award this activity type");
        }
        ActivityType type = CommunityService.activityType(tx, resident.communityId(), activityTypeId);
        ResidentService.requireActive(resident);
        checkFreshness(tx.now(), occurredAt, community.maxContributionAgeDays());
        long points = points(type, quantity);
        int creditWeight = CategoryService.effectiveWeight(tx, type);

        LocalDate day = Keys.day(occurredAt);
        PointsBook book = PointsBook.open(tx, residentId);
        checkCaps(book, type, points, day, Keys.day(tx.now()));
        book.expire(community.pointsExpiryMonths());
        book.earn(day, activityTypeId, points, type.category(), creditWeight, contributionId);
        AwardResult result = new AwardResult(contributionId, residentId, points, book.available(), tx.txId());
        book.save();
        store.put(key, new Contribution(contributionId, residentId,
                resident.communityId(), activityTypeId, type.category(), creditWeight, quantity, points,
                app.subjectId(), occurredAt.toString(), evidenceHash, ContributionStatus.AWARDED, tx.nowText(),
                tx.txId(), result, null));
        store.put(Keys.txRef(tx.txId()), new TxRef(tx.txId(), residentId, HistoryType.AWARD, contributionId));
        tx.emit(EventType.PointsAwarded, "contributionId", contributionId, "residentId", residentId,
                "communityId", resident.communityId(), "activityType", activityTypeId, "points", points);
        return result;
    }

    public Reversal reverse(Tx tx, String json) {
        Request r = Request.parse(json);
        String contributionId = r.id("contributionId");
        String reason = r.text("reason", Request.MAX_TEXT);
        r.done();
        Member admin = tx.requireRole(Role.ADMIN);
        Community community = CommunityService.community(tx, admin.communityId());
        ScopedRecords.Found<Contribution> found = find(tx, community, contributionId);
        Contribution contribution = found.record();
        Reversal reversal = reverse(tx, admin, community, found, reason, null);
        tx.emit(EventType.ContributionReversed, "contributionId", contributionId, "residentId", contribution.residentId(),
                "communityId", contribution.communityId(), "reversedPoints", reversal.reversedPoints());
        return reversal;
    }

    /**
     * Reverses an award (the caller emits the event). Points already spent or expired cannot be
     * taken back: they are recorded as {@code unrecoveredPoints} and the balance never goes negative.
     */
    Reversal reverse(Tx tx, Member admin, Community community, ScopedRecords.Found<Contribution> found, String reason,
                     String disputeId) {
        Contribution contribution = found.record();
        Access.sameCommunity(admin, contribution.communityId());
        if (contribution.status() != ContributionStatus.AWARDED) {
            throw LedgerException.invalidState("the contribution is already " + contribution.status());
        }
        PointsBook book = PointsBook.open(tx, contribution.residentId());
        book.expire(community.pointsExpiryMonths());
        long taken = book.reverse(Keys.month(Instant.parse(contribution.occurredAt())), contribution.points(),
                contribution.category(), contribution.creditWeight(), contribution.contributionId());
        Reversal reversal = new Reversal(contribution.contributionId(), reason, admin.actor(), tx.nowText(), tx.txId(), taken,
                contribution.points() - taken, book.available(), disputeId);
        book.save();
        tx.store().put(found.key(), contribution.reversed(reversal));
        tx.store().put(Keys.txRef(tx.txId()), new TxRef(tx.txId(), contribution.residentId(), HistoryType.REVERSAL,
                contribution.contributionId()));
        return reversal;
    }

    /**
     * A contribution of community {@code community}'s by its id there.
     *
     * @throws LedgerException {@code NOT_FOUND} when the community has no contribution of that id
     */
    static ScopedRecords.Found<Contribution> find(Tx tx, Community community, String contributionId) {
        return ScopedRecords.require(tx.store(), community, Keys.contribution(community.communityId(), contributionId),
                Keys.legacyContribution(contributionId), Contribution.class,
                c -> c.communityId().equals(community.communityId()), "contribution");
    }

    /**
     * The daily cap holds per day the contribution occurred and, so that backdating cannot stack
     * caps, per day it is recorded (transaction time): at most one cap of a type per real day.
     */
    private static void checkCaps(PointsBook book, ActivityType type, long points, LocalDate occurred,
                                  LocalDate recorded) {
        long dayTotal = Math.addExact(book.awardedOn(occurred, type.activityType()), points);
        if (dayTotal > type.dailyCapPoints()) {
            throw new LedgerException(ErrorCode.DAILY_CAP_EXCEEDED, "the resident would reach " + dayTotal
                    + " points of this activity type on the day it occurred (UTC); the daily cap is "
                    + type.dailyCapPoints());
        }
        long recordedTotal = Math.addExact(book.recordedOn(recorded, type.activityType()), points);
        if (recordedTotal > type.dailyCapPoints()) {
            throw new LedgerException(ErrorCode.DAILY_CAP_EXCEEDED, "the resident would reach " + recordedTotal
                    + " points of this activity type recorded today (UTC, the day of recording); the daily cap is "
                    + type.dailyCapPoints());
        }
    }

    private static void checkFreshness(Instant now, Instant occurredAt, int maxAgeDays) {
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new LedgerException(ErrorCode.STALE_CONTRIBUTION, "occurredAt is in the future (more than 5 "
                    + "minutes after the transaction's time " + now + ")");
        }
        if (occurredAt.isBefore(now.minus(Duration.ofDays(maxAgeDays)))) {
            throw new LedgerException(ErrorCode.STALE_CONTRIBUTION, "occurredAt is older than the community's limit of "
                    + maxAgeDays + " days");
        }
    }

    private static long points(ActivityType type, long quantity) {
        try {
            return Math.multiplyExact(type.pointsPerUnit(), quantity);
        } catch (ArithmeticException e) {
            throw LedgerException.validation("quantity times the activity type's points per unit ("
                    + type.pointsPerUnit() + ") is beyond the points range");
        }
    }
}
