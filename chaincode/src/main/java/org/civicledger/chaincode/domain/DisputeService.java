package org.civicledger.chaincode.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicledger.api.Limits;
import org.civicledger.api.Role;
import org.civicledger.api.community.ResidentStatus;
import org.civicledger.api.disputes.DisputeStatus;
import org.civicledger.api.disputes.DisputeTargetType;
import org.civicledger.api.disputes.ScoreCorrection;
import org.civicledger.api.events.EventType;
import org.civicledger.api.points.ContributionStatus;
import org.civicledger.api.points.HistoryType;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Community;
import org.civicledger.chaincode.model.Contribution;
import org.civicledger.chaincode.model.CreditCheck;
import org.civicledger.chaincode.model.Dispute;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.chaincode.model.TxRef;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/**
 * Residents' disputes, filed through their app: of a points transaction, of the suspension of the resident, of a
 * bank's credit check on them, or of their current score. A dispute is due 20 days after filing; an OPEN dispute
 * past due reads as OVERDUE (at the reading transaction's time), and {@link #markOverdue} records it so, with an
 * event. It is resolved once, by its community's ADMIN, or by an AUDITOR once past due. Upholding reverses a
 * disputed award, reactivates a suspended resident, marks a disputed check on every query log it is on, or
 * recomputes a disputed score (naming the correction).
 */
public final class DisputeService {
    static final Duration DUE_AFTER = Duration.ofDays(20);

    private final AwardService awards = new AwardService();

    public Dispute file(Tx tx, String json) {
        Request r = Request.parse(json);
        String disputeId = r.id("disputeId");
        String residentId = r.matching("residentId", ResidentService.RESIDENT_ID, ResidentService.RESIDENT_ID_RULE);
        String typeText = r.optionalText("targetType", 64);
        DisputeTargetType type = typeText == null ? null : Request.enumOf("targetType", typeText,
                DisputeTargetType.class);
        String targetTxId = r.optionalId("targetTxId");
        String reason = r.text("reason", Request.MAX_TEXT);
        r.done();
        if (type == DisputeTargetType.SCORE && targetTxId != null) {
            throw LedgerException.validation("targetTxId must be absent for a SCORE dispute");
        }
        if (type != DisputeTargetType.SCORE && targetTxId == null) {
            throw LedgerException.validation("targetTxId is required (unless targetType is SCORE)");
        }
        Member app = tx.requireRole(Role.APP);
        Store store = tx.store();
        Community community = CommunityService.community(tx, app.communityId());
        String key = Keys.dispute(community.communityId(), disputeId);
        Optional<Dispute> existing = ScopedRecords.replay(store, community, key, Keys.legacyDispute(disputeId),
                Dispute.class, d -> d.communityId().equals(community.communityId()),
                d -> d.sameRequest(residentId, type, targetTxId, reason), "dispute");
        if (existing.isPresent()) {
            return existing.get().readAt(tx.now());
        }
        Resident resident = ResidentService.require(tx, residentId);
        Access.sameCommunity(app, resident.communityId());
        Target target = type == DisputeTargetType.SCORE ? new Target(DisputeTargetType.SCORE, null, null)
                : target(tx, residentId, targetTxId);
        if (type != null && type != target.type()) {
            throw LedgerException.validation("targetType does not agree with the disputed transaction");
        }
        // one open dispute per target: a second would be decided twice, possibly both ways
        String openKey = openKey(residentId, target.type(), targetTxId);
        store.find(openKey, OpenDispute.class).ifPresent(open -> {
            throw LedgerException.invalidState("dispute " + open.disputeId() + " of this target is still open");
        });
        Dispute.ScoreAt scoreAtFiling = target.type() == DisputeTargetType.SCORE
                ? Dispute.ScoreAt.of(CreditService.score(tx, resident)) : null;
        Instant dueBy = tx.now().plus(DUE_AFTER);
        Dispute dispute = new Dispute(disputeId, residentId, resident.communityId(), targetTxId, target.type(),
                target.ref(), reason, DisputeStatus.OPEN, app.subjectId(), tx.nowText(), dueBy.toString(),
                tx.txId(), null, target.attesterId(community, tx), scoreAtFiling);
        store.put(key, dispute);
        store.put(openKey, new OpenDispute(disputeId, key));
        store.put(Keys.disputeDue(resident.communityId(), dueBy, disputeId), new OpenDispute(disputeId, key));
        tx.emit(EventType.DisputeFiled, "disputeId", disputeId, "residentId", residentId, "communityId",
                resident.communityId(), "targetTxId", targetTxId, "dueBy", dispute.dueBy(),
                "targetType", target.type(), "disputeStatus", DisputeStatus.OPEN);
        return dispute;
    }

    /** What a transaction id names for this resident; NOT_FOUND when nothing of theirs. */
    private static Target target(Tx tx, String residentId, String targetTxId) {
        Store store = tx.store();
        Optional<TxRef> points = store.find(Keys.txRef(targetTxId), TxRef.class)
                .filter(ref -> ref.residentId().equals(residentId));
        if (points.isPresent()) {
            return new Target(DisputeTargetType.of(points.get().type()), points.get().ref(), points.get());
        }
        Optional<ResidentService.StatusChange> status = store.find(Keys.residentStatusTx(targetTxId),
                ResidentService.StatusChange.class)
                .filter(change -> change.residentId().equals(residentId)
                        && change.status() == ResidentStatus.SUSPENDED);
        if (status.isPresent()) {
            return new Target(DisputeTargetType.SUSPENSION, null, null);
        }
        Optional<CreditCheck> check = checkOn(tx, residentId, targetTxId);
        if (check.isPresent()) {
            return new Target(DisputeTargetType.CREDIT_CHECK, check.get().bankId(), null);
        }
        throw LedgerException.notFound("targetTxId is not a transaction of this resident that may be disputed");
    }

    /**
     * The check transaction {@code txId} made, when it is on this resident's query log: the resident was its subject
     * or a member of the household it checked.
     */
    private static Optional<CreditCheck> checkOn(Tx tx, String residentId, String txId) {
        Optional<CreditService.CheckRef> ref = tx.store().find(Keys.creditCheckTx(txId), CreditService.CheckRef.class);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        CreditCheck check = tx.store().require(ref.get().key(), CreditCheck.class, "credit check");
        return tx.store().find(Keys.creditQuery(residentId, Instant.parse(check.at()), txId), CreditCheck.class);
    }

    /** What a dispute is about: its type, the record it names, the disputed points transaction (if one). */
    private record Target(DisputeTargetType type, String ref, TxRef points) {
        /** @return the attester of the contribution a disputed award (or pending award, or rejection) concerns */
        String attesterId(Community community, Tx tx) {
            if (points == null || (points.type() != HistoryType.AWARD && points.type() != HistoryType.PENDING
                    && points.type() != HistoryType.REJECTION)) {
                return null;
            }
            return ScopedRecords.find(tx.store(), community, Keys.contribution(community.communityId(), points.ref()),
                    Keys.legacyContribution(points.ref()), Contribution.class,
                    c -> c.communityId().equals(community.communityId())).map(f -> f.record().attesterId())
                    .orElse(null);
        }
    }

    private static String openKey(String residentId, DisputeTargetType type, String targetTxId) {
        return type == DisputeTargetType.SCORE ? Keys.openScoreDispute(residentId) : Keys.openDispute(targetTxId);
    }

    public Dispute resolve(Tx tx, String json) {
        Request r = Request.parse(json);
        String disputeId = r.id("disputeId");
        DisputeStatus outcome = r.enumValue("outcome", DisputeStatus.class);
        String note = r.text("note", Request.MAX_TEXT);
        String correctionText = r.optionalText("correction", 64);
        ScoreCorrection correction = correctionText == null ? null
                : Request.enumOf("correction", correctionText, ScoreCorrection.class);
        String communityId = r.optionalId("communityId");
        r.done();
        if (!outcome.isOutcome()) {
            throw LedgerException.validation("outcome must be UPHELD or REJECTED");
        }
        Member caller = tx.requireRole(Role.ADMIN, Role.AUDITOR);
        String scope = scope(caller, communityId, true);
        Store store = tx.store();
        Community community = CommunityService.community(tx, scope);
        ScopedRecords.Found<Dispute> found = ScopedRecords.require(store, community,
                Keys.dispute(community.communityId(), disputeId), Keys.legacyDispute(disputeId), Dispute.class,
                d -> d.communityId().equals(community.communityId()), "dispute");
        Dispute dispute = found.record();
        if (!dispute.status().isPending()) {
            Dispute.Resolution done = dispute.resolution();
            // a retry of the resolution gets the original answer; another resolution is refused
            if (done != null && done.outcome() == outcome && done.note().equals(note)
                    && done.correction() == correction) {
                return dispute.resolutionAnswer();
            }
            throw LedgerException.invalidState("the dispute is already " + dispute.status());
        }
        if (caller.role() == Role.AUDITOR && !dispute.pastDue(tx.now())) {
            throw LedgerException.forbidden("an AUDITOR may resolve a dispute only once it is past due");
        }
        boolean scoreUpheld = outcome == DisputeStatus.UPHELD && dispute.targetType() == DisputeTargetType.SCORE;
        if (scoreUpheld && correction == null) {
            throw LedgerException.validation("correction is required to uphold a SCORE dispute");
        }
        if (!scoreUpheld && correction != null) {
            throw LedgerException.validation("correction is only for upholding a SCORE dispute");
        }
        // the auditor acts in the dispute's community for this resolution only
        Member acting = caller.role() == Role.AUDITOR ? new Member(caller.mspId(), caller.clientId(), caller.role(),
                caller.subjectId(), community.communityId(), caller.activityTypes(), caller.registeredBy(),
                caller.registeredAt(), caller.txId()) : caller;
        Long reversedPoints = null;
        String category = null;
        Long expiredPoints = null;
        Boolean reactivated = null;
        Dispute.ScoreAt scoreAfter = null;
        if (outcome == DisputeStatus.UPHELD) {
            switch (dispute.targetType()) {
                case AWARD -> {
                    ScopedRecords.Found<Contribution> contribution = AwardService.find(tx, community,
                            dispute.targetRef());
                    if (contribution.record().status() == ContributionStatus.AWARDED) {
                        AwardService.Reversed reversed = awards.reverseCounting(tx, acting, community, contribution,
                                "dispute " + disputeId + ": " + note, disputeId);
                        reversedPoints = reversed.reversal().reversedPoints();
                        category = contribution.record().category();
                        expiredPoints = reversed.expiredPoints() > 0 ? reversed.expiredPoints() : null;
                    }
                }
                case SUSPENSION -> {
                    Resident resident = ResidentService.require(tx, dispute.residentId());
                    reactivated = resident.status() != ResidentStatus.ACTIVE;
                    if (reactivated) {
                        ResidentService.changeStatus(tx, resident, ResidentStatus.ACTIVE,
                                "dispute " + disputeId + " upheld");
                    }
                }
                case CREDIT_CHECK -> markDisputed(tx, dispute);
                case SCORE -> scoreAfter = Dispute.ScoreAt.of(
                        CreditService.score(tx, ResidentService.require(tx, dispute.residentId())));
                default -> {
                    // a redemption, reversal, expiry, pending award or rejection: the ruling is the record
                }
            }
        }
        Dispute resolved = dispute.resolved(new Dispute.Resolution(outcome, note, caller.actor(), tx.nowText(),
                tx.txId(), reversedPoints, caller.role(), correction, scoreUpheld ? dispute.scoreAtFiling() : null,
                scoreAfter, reactivated));
        store.put(found.key(), resolved);
        // only an index entry naming this dispute is removed: disputes filed before the index have none
        String openKey = openKey(dispute.residentId(), dispute.targetType(), dispute.targetTxId());
        store.find(openKey, OpenDispute.class)
                .filter(open -> open.key().equals(found.key()))
                .ifPresent(open -> store.delete(openKey));
        store.delete(Keys.disputeDue(dispute.communityId(), Instant.parse(dispute.dueBy()), disputeId));
        tx.emit(EventType.DisputeResolved, "disputeId", disputeId, "residentId", dispute.residentId(), "communityId",
                dispute.communityId(), "outcome", outcome, "reversedPoints", reversedPoints,
                "resolvedBy", caller.actor(), "category", category, "expiredPoints", expiredPoints,
                "targetType", dispute.targetType(), "disputeStatus", outcome, "resolverRole", caller.role(),
                "correction", correction, "reactivated", reactivated,
                "band", scoreAfter == null ? null : scoreAfter.band(),
                "modelVersion", scoreAfter == null ? null : scoreAfter.modelVersion());
        return resolved.resolutionAnswer();
    }

    /**
     * The community a caller acts on: an ADMIN its own (naming another is FORBIDDEN); an AUDITOR the one it names
     * (required when {@code required}, else null for all).
     */
    private static String scope(Member caller, String communityId, boolean required) {
        if (caller.role() == Role.ADMIN) {
            if (communityId != null) {
                Access.sameCommunity(caller, communityId);
            }
            return caller.communityId();
        }
        if (communityId == null && required) {
            throw LedgerException.validation("communityId is required for an auditor");
        }
        return communityId;
    }

    /** Marks the disputed check {@code disputed} on every query log it is on (the subject's, each member's). */
    private static void markDisputed(Tx tx, Dispute dispute) {
        Store store = tx.store();
        CreditService.CheckRef ref = store.require(Keys.creditCheckTx(dispute.targetTxId()),
                CreditService.CheckRef.class, "credit check");
        ObjectNode check = store.require(ref.key(), ObjectNode.class, "credit check");
        Instant at = Instant.parse(check.path("at").asText());
        List<String> residents = new ArrayList<>();
        residents.add(check.path("residentId").asText());
        // a household check names its members; it is on each member's log
        check.path("memberIds").forEach(member -> {
            if (!residents.contains(member.asText())) {
                residents.add(member.asText());
            }
        });
        Map<String, String> disputed = new TreeMap<>(Map.of("disputeId", dispute.disputeId(), "at", tx.nowText()));
        for (String residentId : residents) {
            String key = Keys.creditQuery(residentId, at, dispute.targetTxId());
            store.find(key, ObjectNode.class).ifPresent(entry -> {
                entry.set("disputed", entry.objectNode().put("disputeId", disputed.get("disputeId"))
                        .put("at", disputed.get("at")));
                store.put(key, entry);
            });
        }
    }

    /**
     * Records OVERDUE on the OPEN disputes past due of the caller's community (ADMIN), of one community or of every
     * community (AUDITOR): at most {@link Limits#MAX_OVERDUE_MARKED}, oldest due first, all of one community (the
     * transaction's one event is that community's); {@code more} when any are left.
     */
    public Overdue markOverdue(Tx tx, String json) {
        Request r = Request.parse(json);
        String communityId = r.optionalId("communityId");
        r.done();
        Member caller = tx.requireRole(Role.ADMIN, Role.AUDITOR);
        String scope = scope(caller, communityId, false);
        Store store = tx.store();
        List<String> communities = new ArrayList<>();
        if (scope != null) {
            communities.add(CommunityService.community(tx, scope).communityId());
        } else {
            store.scan(Keys.communities(), Community.class).forEach(c -> communities.add(c.communityId()));
        }
        Instant now = tx.now();
        List<Dispute> marked = new ArrayList<>();
        boolean more = false;
        String markedIn = null;
        for (String community : communities) {
            List<OpenDispute> due = store.scanFirst(Keys.disputesDue(community),
                    Keys.disputesDue(community) + Keys.sortable(now), Limits.MAX_OVERDUE_MARKED + 1,
                    OpenDispute.class);
            if (due.isEmpty()) {
                continue;
            }
            if (markedIn != null) {
                more = true;
                break;
            }
            markedIn = community;
            for (OpenDispute entry : due) {
                if (marked.size() == Limits.MAX_OVERDUE_MARKED) {
                    more = true;
                    break;
                }
                Dispute dispute = store.require(entry.key(), Dispute.class, "dispute");
                store.delete(Keys.disputeDue(community, Instant.parse(dispute.dueBy()), dispute.disputeId()));
                if (dispute.status() == DisputeStatus.OPEN) {
                    Dispute overdue = dispute.withStatus(DisputeStatus.OVERDUE);
                    store.put(entry.key(), overdue);
                    marked.add(overdue);
                }
            }
        }
        if (!marked.isEmpty()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Dispute d : marked) {
                Map<String, Object> item = new TreeMap<>();
                item.put("disputeId", d.disputeId());
                item.put("residentId", d.residentId());
                item.put("dueBy", d.dueBy());
                item.put("targetType", d.targetType());
                items.add(item);
            }
            Dispute single = marked.size() == 1 ? marked.get(0) : null;
            tx.emit(EventType.DisputeOverdue, "communityId", markedIn, "disputeStatus", DisputeStatus.OVERDUE,
                    "disputes", items, "disputeId", single == null ? null : single.disputeId(),
                    "residentId", single == null ? null : single.residentId(),
                    "dueBy", single == null ? null : single.dueBy(),
                    "targetType", single == null ? null : single.targetType());
        }
        return new Overdue(marked, more, marked.isEmpty() ? null : tx.txId());
    }

    /**
     * The answer to {@link #markOverdue}: what this call recorded OVERDUE, whether any are left, and the transaction
     * (null when it marked nothing, so wrote nothing).
     */
    public record Overdue(List<Dispute> marked, boolean more, String txId) {
    }

    /** The index entry of a target's open dispute (and of a dispute by due time): its id and its record's key. */
    record OpenDispute(String disputeId, String key) {
    }

    /**
     * Disputes the caller may read (its community's; all for an AUDITOR), optionally of one status, as they stand at
     * the reading transaction's time (OPEN past due reads OVERDUE).
     */
    public List<Dispute> list(Tx tx, String status) {
        DisputeStatus filter = status == null || status.isEmpty() ? null
                : Request.enumOf("status", status, DisputeStatus.class);
        Member caller = tx.requireRole(Role.ADMIN, Role.APP, Role.AUDITOR);
        Instant now = tx.now();
        return tx.store().scan(Keys.disputes(), Dispute.class).stream()
                .filter(d -> caller.role() == Role.AUDITOR || d.communityId().equals(caller.communityId()))
                .map(d -> d.readAt(now))
                .filter(d -> filter == null || d.status() == filter)
                .toList();
    }
}
