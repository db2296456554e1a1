package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.api.community.ResidentStatus;
import org.civicledger.api.Role;
import org.civicledger.chaincode.state.Keys;

/**
 * Enrolment and status of residents. A resident id must look like what the gateway computes
 * (HMAC-SHA-256, 64 lowercase hex digits), so no name or phone number can be used as one.
 */
public final class ResidentService {
    static final Pattern RESIDENT_ID = Pattern.compile("[0-9a-f]{64}");
    static final String RESIDENT_ID_RULE = "64 lowercase hex digits (an HMAC-SHA-256 of the real-world id)";

    /**
     * Enrols a resident in the caller's community. Enrolling the same resident again returns the
     * existing record; the caller tells a new enrolment by its {@code txId} being this transaction's.
     */
    public Resident enrol(Tx tx, String json) {
        Request r = Request.parse(json);
        String residentId = r.matching("residentId", RESIDENT_ID, RESIDENT_ID_RULE);
        String publicKey = r.optionalText("publicKey", 512);
        r.done();
        if (publicKey != null) {
            ResidentKeys.decode(publicKey);
        }
        Member caller = tx.requireRole(Role.ADMIN, Role.APP);
        Optional<Resident> existing = tx.store().find(Keys.resident(residentId), Resident.class);
        if (existing.isPresent()) {
            Resident known = existing.get();
            Access.sameCommunity(caller, known.communityId());
            if (publicKey == null || Objects.equals(publicKey, known.publicKey())) {
                return known;
            }
            throw LedgerException.conflict("resident is already enrolled with a different public key");
        }
        Resident resident = new Resident(residentId, caller.communityId(), publicKey, ResidentStatus.ACTIVE, null,
                tx.nowText(), tx.txId());
        tx.store().put(Keys.resident(residentId), resident);
        tx.emit(EventType.ResidentEnrolled, "residentId", residentId, "communityId", caller.communityId());
        return resident;
    }

    public Resident setStatus(Tx tx, String json) {
        Request r = Request.parse(json);
        String residentId = r.matching("residentId", RESIDENT_ID, RESIDENT_ID_RULE);
        ResidentStatus status = r.enumValue("status", ResidentStatus.class);
        String reason = r.text("reason", Request.MAX_TEXT);
        r.done();
        Member caller = tx.requireRole(Role.ADMIN);
        Resident resident = require(tx, residentId);
        Access.sameCommunity(caller, resident.communityId());
        Resident updated = changeStatus(tx, resident, status, reason);
        tx.emit(EventType.ResidentStatusChanged, "residentId", residentId, "communityId", updated.communityId(), "status",
                status);
        return updated;
    }

    /**
     * Writes a resident's new status, and which resident and status this transaction set (so that a suspension can
     * be disputed by its transaction id). Sets no event: the caller's transaction has its own.
     */
    static Resident changeStatus(Tx tx, Resident resident, ResidentStatus status, String reason) {
        Resident updated = resident.withStatus(status, reason);
        tx.store().put(Keys.resident(resident.residentId()), updated);
        tx.store().put(Keys.residentStatusTx(tx.txId()),
                new StatusChange(resident.residentId(), resident.communityId(), status));
        return updated;
    }

    /** Index entry: the resident whose status a transaction set, and to what. */
    record StatusChange(String residentId, String communityId, ResidentStatus status) {
    }

    public Resident get(Tx tx, String residentId) {
        return readable(tx, residentId, Role.ADMIN, Role.APP);
    }

    /**
     * A resident for a reader: AUDITOR, or one of {@code communityRoles} in the resident's
     * community. The role is checked before the lookup, so NOT_FOUND tells only permitted
     * readers who is enrolled.
     */
    static Resident readable(Tx tx, String residentId, Role... communityRoles) {
        checkId(residentId);
        Member reader = Access.readerRole(tx, communityRoles);
        Resident resident = require(tx, residentId);
        Access.readableIn(reader, resident.communityId());
        return resident;
    }

    static String checkId(String residentId) {
        if (residentId == null || !RESIDENT_ID.matcher(residentId).matches()) {
            throw LedgerException.validation("residentId must be " + RESIDENT_ID_RULE);
        }
        return residentId;
    }

    static Resident require(Tx tx, String residentId) {
        return tx.store().require(Keys.resident(residentId), Resident.class, "resident");
    }

    static void requireActive(Resident resident) {
        if (resident.status() != ResidentStatus.ACTIVE) {
            throw LedgerException.invalidState("the resident is " + resident.status());
        }
    }
}
