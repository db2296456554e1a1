package org.civicledger.chaincode.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Role;
import org.civicledger.api.community.AttesterKind;
import org.civicledger.api.community.AttesterStatus;
import org.civicledger.api.events.EventType;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Attester;
import org.civicledger.chaincode.model.AttesterDay;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.state.Keys;

/**
 * A community's named attesters (grid workers, service teams, social organisations, volunteer teams), by
 * pseudonymous ids: registered and suspended by the community's ADMIN, named by awards.
 */
public final class AttesterService {
    /** The largest daily limit an attester may have: the largest daily cap of an activity type. */
    static final long MAX_DAILY_LIMIT = CommunityService.MAX_DAILY_CAP;

    /** {@code {attesterId, kind, dailyLimitPoints?}} (ADMIN); the same body again returns the record. */
    public Attester register(Tx tx, String json) {
        Request r = Request.parse(json);
        String attesterId = r.id("attesterId");
        AttesterKind kind = r.enumValue("kind", AttesterKind.class);
        Long dailyLimit = r.optionalInteger("dailyLimitPoints", 1, MAX_DAILY_LIMIT);
        r.done();
        Member admin = tx.requireRole(Role.ADMIN);
        CommunityService.community(tx, admin.communityId());
        String key = Keys.attester(admin.communityId(), attesterId);
        Optional<Attester> existing = tx.store().replay(key, Attester.class,
                a -> a.sameRegistration(attesterId, kind, dailyLimit), "attester");
        if (existing.isPresent()) {
            return existing.get();
        }
        Attester attester = new Attester(admin.communityId(), attesterId, kind, AttesterStatus.ACTIVE, dailyLimit,
                tx.nowText(), tx.txId(), null);
        tx.store().put(key, attester);
        tx.emit(EventType.AttesterRegistered, "communityId", attester.communityId(), "attesterId", attesterId,
                "kind", kind, "status", attester.status());
        return attester;
    }

    /** {@code {attesterId, status, reason}} (ADMIN). */
    public Attester setStatus(Tx tx, String json) {
        Request r = Request.parse(json);
        String attesterId = r.id("attesterId");
        AttesterStatus status = r.enumValue("status", AttesterStatus.class);
        String reason = r.text("reason", Request.MAX_TEXT);
        r.done();
        Member admin = tx.requireRole(Role.ADMIN);
        Attester current = require(tx, admin.communityId(), attesterId);
        Attester updated = current.withStatus(status, reason, tx.txId());
        tx.store().put(Keys.attester(admin.communityId(), attesterId), updated);
        tx.emit(EventType.AttesterStatusChanged, "communityId", updated.communityId(), "attesterId", attesterId,
                "kind", updated.kind(), "status", status);
        return updated;
    }

    /**
     * The attesters of the caller's community; an AUDITOR names one (empty: every community's).
     */
    public List<Attester> list(Tx tx, String communityId) {
        Member caller = Access.readerRole(tx, Role.ADMIN, Role.APP, Role.COORDINATOR);
        String community = Access.listedCommunity(caller, communityId);
        return tx.store().scan(community == null ? "attester/" : Keys.attesters(community), Attester.class);
    }

    /**
     * @throws LedgerException {@code NOT_FOUND} when the community has no attester of that id
     */
    static Attester require(Tx tx, String communityId, String attesterId) {
        return tx.store().find(Keys.attester(communityId, attesterId), Attester.class)
                .orElseThrow(() -> LedgerException.notFound("no such attester"));
    }

    /**
     * @throws LedgerException {@code NOT_FOUND} when the community has no attester of that id, {@code INVALID_STATE}
     *                         when it is not ACTIVE
     */
    static Attester requireActive(Tx tx, String communityId, String attesterId) {
        Attester attester = require(tx, communityId, attesterId);
        if (attester.status() != AttesterStatus.ACTIVE) {
            throw LedgerException.invalidState("the attester is " + attester.status());
        }
        return attester;
    }

    /**
     * The attester an award names, checked: registered in the resident's community, ACTIVE, and (with a daily limit)
     * not over it by {@code points} on {@code day} (the day of recording). Writes the day's count when there is a limit.
     *
     * @throws LedgerException {@code NOT_FOUND}, {@code INVALID_STATE} or {@code DAILY_CAP_EXCEEDED}
     */
    static Attester attest(Tx tx, String communityId, String attesterId, long points, LocalDate day) {
        Attester attester = requireActive(tx, communityId, attesterId);
        if (attester.dailyLimitPoints() != null) {
            String key = Keys.attesterDay(communityId, attesterId, day);
            long before = tx.store().find(key, AttesterDay.class).map(AttesterDay::points).orElse(0L);
            long total = Math.addExact(before, points);
            if (total > attester.dailyLimitPoints()) {
                throw new LedgerException(ErrorCode.DAILY_CAP_EXCEEDED, "the attester would reach " + total
                        + " points attested today (UTC, the day of recording); its daily limit is "
                        + attester.dailyLimitPoints());
            }
            tx.store().put(key, new AttesterDay(communityId, attesterId, day.toString(), total));
        }
        return attester;
    }
}
