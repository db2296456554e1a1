package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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
import org.civicledger.chaincode.model.PendingContribution;
import org.civicledger.chaincode.model.Rejection;
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
        String attesterId = r.optionalId("attesterId");
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
                        app.subjectId(), attesterId), "contribution");
        if (existing.isPresent()) {
            return existing.get().result();
        }
        if (attesterId == null && community.requiresAttester()) {
            throw LedgerException.validation("attesterId is required in this community");
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
        if (type.needsApproval()) {
            return pending(tx, app, community, key, resident, type, quantity, points, occurredAt, evidenceHash,
                    contributionId, attesterId, creditWeight);
        }

        LocalDate day = Keys.day(occurredAt);
        PointsBook book = PointsBook.open(tx, residentId);
        checkCaps(book, type, points, day, Keys.day(tx.now()));
        if (attesterId != null) {
            AttesterService.attest(tx, resident.communityId(), attesterId, points, Keys.day(tx.now()));
        }
        long expired = book.expire(community.pointsExpiryMonths());
        book.earn(day, activityTypeId, points, type.category(), creditWeight, contributionId, attesterId);
        AwardResult result = new AwardResult(contributionId, residentId, points, book.available(), tx.txId(),
                ContributionStatus.AWARDED, null, attesterId, null);
        book.save();
        Contribution contribution = new Contribution(contributionId, residentId,
                resident.communityId(), activityTypeId, type.category(), creditWeight, quantity, points,
                app.subjectId(), occurredAt.toString(), evidenceHash, ContributionStatus.AWARDED, tx.nowText(),
                tx.txId(), result, null, attesterId, null, null, null, null, null);
        store.put(key, contribution);
        store.put(Keys.txRef(tx.txId()), new TxRef(tx.txId(), residentId, HistoryType.AWARD, contributionId));
        emitAwarded(tx, contribution, type, expired, null);
        return result;
    }

    /** Records an award of a type that requires approval: PENDING, nothing paid, the balance unchanged. */
    private static AwardResult pending(Tx tx, Member app, Community community, String key, Resident resident,
                                       ActivityType type, long quantity, long points, Instant occurredAt,
                                       String evidenceHash, String contributionId, String attesterId,
                                       int creditWeight) {
        if (attesterId != null) {
            AttesterService.attest(tx, resident.communityId(), attesterId, points, Keys.day(tx.now()));
        }
        String expiresAt = tx.now().plus(Duration.ofDays(community.pendingDaysLimit())).toString();
        PointsBook book = PointsBook.open(tx, resident.residentId());
        book.note(HistoryType.PENDING, points, contributionId, attesterId);
        AwardResult result = new AwardResult(contributionId, resident.residentId(), points, book.available(),
                tx.txId(), ContributionStatus.PENDING, expiresAt, attesterId, null);
        book.save();
        Store store = tx.store();
        store.put(key, new Contribution(contributionId, resident.residentId(), resident.communityId(),
                type.activityType(), type.category(), creditWeight, quantity, points, app.subjectId(),
                occurredAt.toString(), evidenceHash, ContributionStatus.PENDING, tx.nowText(), tx.txId(), result, null,
                attesterId, expiresAt, null, null, null, null));
        store.put(Keys.pending(resident.communityId(), contributionId), new PendingContribution(contributionId,
                resident.residentId(), resident.communityId(), type.activityType(), type.category(), points,
                app.subjectId(), attesterId, occurredAt.toString(), tx.nowText(), expiresAt, tx.txId(), null));
        store.put(Keys.txRef(tx.txId()), new TxRef(tx.txId(), resident.residentId(), HistoryType.PENDING,
                contributionId));
        tx.emit(EventType.ContributionPending, "contributionId", contributionId, "residentId", resident.residentId(),
                "communityId", resident.communityId(), "activityType", type.activityType(), "category",
                type.category(), "points", points, "appId", app.subjectId(), "attesterId", attesterId,
                "expiresAt", expiresAt);
        return result;
    }

    /**
     * {@code {contributionId}} (ADMIN, COORDINATOR of its community): pays a PENDING contribution as of now (the
     * daily caps checked on today, its points in today's bucket).
     */
    public AwardResult approve(Tx tx, String json) {
        Request r = Request.parse(json);
        String contributionId = r.id("contributionId");
        r.done();
        Member decider = tx.requireRole(Role.ADMIN, Role.COORDINATOR);
        Community community = CommunityService.community(tx, decider.communityId());
        ScopedRecords.Found<Contribution> found = find(tx, community, contributionId);
        Contribution c = found.record();
        requireDecidable(tx, c);
        ResidentService.requireActive(ResidentService.require(tx, c.residentId()));
        ActivityType type = CommunityService.activityType(tx, c.communityId(), c.activityType());
        LocalDate today = Keys.day(tx.now());
        PointsBook book = PointsBook.open(tx, c.residentId());
        checkCaps(book, type, c.points(), today, today);
        long expired = book.expire(community.pointsExpiryMonths());
        book.earn(today, c.activityType(), c.points(), c.category(), c.creditWeight(), contributionId, c.attesterId());
        AwardResult result = new AwardResult(contributionId, c.residentId(), c.points(), book.available(), tx.txId(),
                ContributionStatus.AWARDED, null, c.attesterId(), decider.actor());
        book.save();
        Contribution approved = c.decided(ContributionStatus.AWARDED, decider.actor(), tx.nowText(), tx.txId(), null);
        tx.store().put(found.key(), approved);
        tx.store().delete(Keys.pending(c.communityId(), contributionId));
        tx.store().put(Keys.txRef(tx.txId()), new TxRef(tx.txId(), c.residentId(), HistoryType.AWARD, contributionId));
        emitAwarded(tx, approved, type, expired, decider.actor());
        return result;
    }

    /** {@code {contributionId, reason}} (ADMIN, COORDINATOR of its community): a PENDING contribution is REJECTED. */
    public Rejection reject(Tx tx, String json) {
        Request r = Request.parse(json);
        String contributionId = r.id("contributionId");
        String reason = r.text("reason", Request.MAX_TEXT);
        r.done();
        Member decider = tx.requireRole(Role.ADMIN, Role.COORDINATOR);
        Community community = CommunityService.community(tx, decider.communityId());
        ScopedRecords.Found<Contribution> found = find(tx, community, contributionId);
        Contribution c = found.record();
        requireDecidable(tx, c);
        PointsBook book = PointsBook.open(tx, c.residentId());
        book.note(HistoryType.REJECTION, 0, contributionId, c.attesterId());
        book.save();
        tx.store().put(found.key(), c.decided(ContributionStatus.REJECTED, decider.actor(), tx.nowText(), tx.txId(),
                reason));
        tx.store().delete(Keys.pending(c.communityId(), contributionId));
        tx.store().put(Keys.txRef(tx.txId()), new TxRef(tx.txId(), c.residentId(), HistoryType.REJECTION,
                contributionId));
        tx.emit(EventType.ContributionRejected, "contributionId", contributionId, "residentId", c.residentId(),
                "communityId", c.communityId(), "rejectedBy", decider.actor(), "points", c.points());
        return new Rejection(contributionId, c.residentId(), ContributionStatus.REJECTED, reason, decider.actor(),
                tx.nowText(), c.attesterId(), tx.txId());
    }

    /**
     * The contributions awaiting approval of the caller's community (an AUDITOR names one, or reads every
     * community's), oldest recorded first; {@code expired} as of this read.
     */
    public List<PendingContribution> listPending(Tx tx, String communityId) {
        String community = communityId == null || communityId.isEmpty() ? null
                : Request.checkId("communityId", communityId);
        Member caller = Access.readerRole(tx, Role.ADMIN, Role.COORDINATOR);
        if (caller.role().communityScoped()) {
            if (community != null) {
                Access.sameCommunity(caller, community);
            }
            community = caller.communityId();
        }
        Instant now = tx.now();
        return tx.store().scan(community == null ? "pending/" : Keys.pendings(community), PendingContribution.class)
                .stream().map(p -> p.asOf(now))
                .sorted(Comparator.comparing((PendingContribution p) -> Instant.parse(p.recordedAt()))
                        .thenComparing(PendingContribution::communityId)
                        .thenComparing(PendingContribution::contributionId))
                .toList();
    }

    /**
     * @throws LedgerException {@code INVALID_STATE} unless PENDING, {@code APPROVAL_EXPIRED} once its time is over
     */
    private static void requireDecidable(Tx tx, Contribution c) {
        if (c.status() != ContributionStatus.PENDING) {
            throw LedgerException.invalidState("the contribution is " + c.status() + ", not PENDING");
        }
        if (!tx.now().isBefore(Instant.parse(c.expiresAt()))) {
            throw new LedgerException(ErrorCode.APPROVAL_EXPIRED, "the contribution's approval period ended at "
                    + c.expiresAt());
        }
    }

    private static void emitAwarded(Tx tx, Contribution c, ActivityType type, long expired, String approvedBy) {
        tx.emit(EventType.PointsAwarded, "contributionId", c.contributionId(), "residentId", c.residentId(),
                "communityId", c.communityId(), "activityType", c.activityType(), "category", c.category(),
                "appId", c.attestedBy(), "attesterId", c.attesterId(), "occurredAt", c.occurredAt(),
                "dailyCapPoints", type.dailyCapPoints(), "approvedBy", approvedBy,
                "expiredPoints", expired > 0 ? expired : null, "points", c.points());
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
        Reversed reversed = reverseCounting(tx, admin, community, found, reason, null);
        tx.emit(EventType.ContributionReversed, reversedPayload(contribution, reversed.reversal(),
                reversed.expiredPoints()));
        return reversed.reversal();
    }

    /** A reversal and the points its transaction expired on the way. */
    record Reversed(Reversal reversal, long expiredPoints) {
    }

    /** @return the key/value pairs of a ContributionReversed event about {@code reversal} of {@code c} */
    static Object[] reversedPayload(Contribution c, Reversal reversal, long expired) {
        return new Object[] {"contributionId", c.contributionId(), "residentId", c.residentId(),
            "communityId", c.communityId(), "reversedPoints", reversal.reversedPoints(), "reversedBy", reversal.by(),
            "unrecoveredPoints", reversal.unrecoveredPoints(), "category", c.category(), "appId", c.attestedBy(),
            "attesterId", c.attesterId(), "disputeId", reversal.disputeId(),
            "expiredPoints", expired > 0 ? expired : null};
    }

    /**
     * Reverses an award (the caller emits the event). Points already spent or expired cannot be
     * taken back: they are recorded as {@code unrecoveredPoints} and the balance never goes negative.
     *
     * @return the reversal and the points its transaction expired on the way
     */
    Reversed reverseCounting(Tx tx, Member admin, Community community, ScopedRecords.Found<Contribution> found,
                             String reason, String disputeId) {
        Contribution contribution = found.record();
        Access.sameCommunity(admin, contribution.communityId());
        if (contribution.status() != ContributionStatus.AWARDED) {
            throw LedgerException.invalidState("the contribution is already " + contribution.status());
        }
        PointsBook book = PointsBook.open(tx, contribution.residentId());
        long expired = book.expire(community.pointsExpiryMonths());
        long taken = book.reverse(contribution.paidMonth(), contribution.points(),
                contribution.category(), contribution.creditWeight(), contribution.contributionId());
        Reversal reversal = new Reversal(contribution.contributionId(), reason, admin.actor(), tx.nowText(), tx.txId(), taken,
                contribution.points() - taken, book.available(), disputeId, contribution.attesterId());
        book.save();
        tx.store().put(found.key(), contribution.reversed(reversal));
        tx.store().put(Keys.txRef(tx.txId()), new TxRef(tx.txId(), contribution.residentId(), HistoryType.REVERSAL,
                contribution.contributionId()));
        return new Reversed(reversal, expired);
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
