package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Community;
import org.civicledger.chaincode.model.Contribution;
import org.civicledger.api.points.ContributionStatus;
import org.civicledger.chaincode.model.Dispute;
import org.civicledger.api.disputes.DisputeStatus;
import org.civicledger.api.points.HistoryType;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.api.Role;
import org.civicledger.chaincode.model.TxRef;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/**
 * Residents' disputes of points transactions: filed through their app, due 20 days after
 * filing, resolved once by their community's ADMIN. Upholding a dispute of an award reverses it.
 */
public final class DisputeService {
    static final Duration DUE_AFTER = Duration.ofDays(20);

    private final AwardService awards = new AwardService();

    public Dispute file(Tx tx, String json) {
        Request r = Request.parse(json);
        String disputeId = r.id("disputeId");
        String residentId = r.matching("residentId", ResidentService.RESIDENT_ID, ResidentService.RESIDENT_ID_RULE);
        String targetTxId = r.id("targetTxId");
        String reason = r.text("reason", Request.MAX_TEXT);
        r.done();
        Member app = tx.requireRole(Role.APP);
        Store store = tx.store();
        Community community = CommunityService.community(tx, app.communityId());
        String key = Keys.dispute(community.communityId(), disputeId);
        Optional<Dispute> existing = ScopedRecords.replay(store, community, key, Keys.legacyDispute(disputeId),
                Dispute.class, d -> d.communityId().equals(community.communityId()),
                d -> d.sameRequest(residentId, targetTxId, reason), "dispute");
        if (existing.isPresent()) {
            return existing.get();
        }
        Resident resident = ResidentService.require(tx, residentId);
        Access.sameCommunity(app, resident.communityId());
        TxRef target = store.find(Keys.txRef(targetTxId), TxRef.class)
                .filter(ref -> ref.residentId().equals(residentId))
                .orElseThrow(() -> LedgerException.notFound("targetTxId is not a points transaction of this resident"));
        // one open dispute per transaction: a second would be decided twice, possibly both ways
        store.find(Keys.openDispute(targetTxId), OpenDispute.class).ifPresent(open -> {
            throw LedgerException.invalidState("dispute " + open.disputeId() + " of this transaction is still open");
        });
        Dispute dispute = new Dispute(disputeId, residentId, resident.communityId(), targetTxId, target.type(),
                target.ref(), reason, DisputeStatus.OPEN, app.subjectId(), tx.nowText(),
                tx.now().plus(DUE_AFTER).toString(), tx.txId(), null, attesterOf(tx, community, target));
        store.put(key, dispute);
        store.put(Keys.openDispute(targetTxId), new OpenDispute(disputeId, key));
        tx.emit(EventType.DisputeFiled, "disputeId", disputeId, "residentId", residentId, "communityId",
                resident.communityId(), "targetTxId", targetTxId, "dueBy", dispute.dueBy(),
                "targetType", target.type());
        return dispute;
    }

    public Dispute resolve(Tx tx, String json) {
        Request r = Request.parse(json);
        String disputeId = r.id("disputeId");
        DisputeStatus outcome = r.enumValue("outcome", DisputeStatus.class);
        String note = r.text("note", Request.MAX_TEXT);
        r.done();
        if (!outcome.isOutcome()) {
            throw LedgerException.validation("outcome must be UPHELD or REJECTED");
        }
        Member admin = tx.requireRole(Role.ADMIN);
        Store store = tx.store();
        Community community = CommunityService.community(tx, admin.communityId());
        ScopedRecords.Found<Dispute> found = ScopedRecords.require(store, community,
                Keys.dispute(community.communityId(), disputeId), Keys.legacyDispute(disputeId), Dispute.class,
                d -> d.communityId().equals(community.communityId()), "dispute");
        Dispute dispute = found.record();
        if (dispute.status() != DisputeStatus.OPEN) {
            Dispute.Resolution done = dispute.resolution();
            // a retry of the resolution gets the original answer; another resolution is refused
            if (done != null && done.outcome() == outcome && done.note().equals(note)) {
                return dispute.resolutionAnswer();
            }
            throw LedgerException.invalidState("the dispute is already " + dispute.status());
        }
        Long reversedPoints = null;
        String category = null;
        Long expiredPoints = null;
        if (outcome == DisputeStatus.UPHELD && dispute.targetType() == HistoryType.AWARD) {
            ScopedRecords.Found<Contribution> contribution = AwardService.find(tx, community, dispute.targetRef());
            if (contribution.record().status() == ContributionStatus.AWARDED) {
                AwardService.Reversed reversed = awards.reverseCounting(tx, admin, community, contribution,
                        "dispute " + disputeId + ": " + note, disputeId);
                reversedPoints = reversed.reversal().reversedPoints();
                category = contribution.record().category();
                expiredPoints = reversed.expiredPoints() > 0 ? reversed.expiredPoints() : null;
            }
        }
        Dispute resolved = dispute.resolved(new Dispute.Resolution(outcome, note, admin.actor(), tx.nowText(),
                tx.txId(), reversedPoints));
        store.put(found.key(), resolved);
        // only an index entry naming this dispute is removed: disputes filed before the index have none
        store.find(Keys.openDispute(dispute.targetTxId()), OpenDispute.class)
                .filter(open -> open.key().equals(found.key()))
                .ifPresent(open -> store.delete(Keys.openDispute(dispute.targetTxId())));
        tx.emit(EventType.DisputeResolved, "disputeId", disputeId, "residentId", dispute.residentId(), "communityId",
                dispute.communityId(), "outcome", outcome, "reversedPoints", reversedPoints,
                "resolvedBy", admin.actor(), "category", category, "expiredPoints", expiredPoints);
        return resolved.resolutionAnswer();
    }

    /** @return the attester of the contribution a disputed award (or pending award, or rejection) concerns, if any */
    private static String attesterOf(Tx tx, Community community, TxRef target) {
        if (target.type() != HistoryType.AWARD && target.type() != HistoryType.PENDING
                && target.type() != HistoryType.REJECTION) {
            return null;
        }
        return ScopedRecords.find(tx.store(), community, Keys.contribution(community.communityId(), target.ref()),
                Keys.legacyContribution(target.ref()), Contribution.class,
                c -> c.communityId().equals(community.communityId())).map(f -> f.record().attesterId()).orElse(null);
    }

    /** The index entry of a transaction's open dispute: its id and the key of its record. */
    record OpenDispute(String disputeId, String key) {
    }

    /** Disputes the caller may read (its community's; all for an AUDITOR), optionally of one status. */
    public List<Dispute> list(Tx tx, String status) {
        DisputeStatus filter = status == null || status.isEmpty() ? null
                : Request.enumOf("status", status, DisputeStatus.class);
        Member caller = tx.requireRole(Role.ADMIN, Role.APP, Role.AUDITOR);
        return tx.store().scan(Keys.disputes(), Dispute.class).stream()
                .filter(d -> caller.role() == Role.AUDITOR || d.communityId().equals(caller.communityId()))
                .filter(d -> filter == null || d.status() == filter)
                .toList();
    }
}
