package org.civicledger.chaincode.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicledger.chaincode.error.ErrorCode;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Consent;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Owner;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.chaincode.model.Role;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/**
 * Residents' consents to credit checks. A resident with a registered key must sign each consent
 * (the app relays it), so no organisation can grant consent in the resident's name.
 */
public final class ConsentService {
    static final int MAX_SIGNATURE = 256;

    /** The message a resident signs. */
    public static String signedMessage(String consentId, String residentId, String bankId, String purpose,
                                       String expiresAt) {
        return String.join("|", consentId, residentId, bankId, purpose, expiresAt);
    }

    public Consent grant(Tx tx, String json) {
        Request r = Request.parse(json);
        String consentId = r.id("consentId");
        String residentId = r.matching("residentId", ResidentService.RESIDENT_ID, ResidentService.RESIDENT_ID_RULE);
        String bankId = r.id("bankId");
        String purpose = r.id("purpose");
        String expiresText = r.text("expiresAt", 40);
        String signature = r.optionalText("signature", MAX_SIGNATURE);
        r.done();
        Instant expiresAt = parseInstant(expiresText);
        Member app = tx.requireRole(Role.APP);
        Store store = tx.store();
        Optional<Consent> existing = store.replay(Keys.consent(consentId), Consent.class,
                c -> c.sameRequest(residentId, bankId, purpose, expiresText, signature), "consent");
        if (existing.isPresent()) {
            // another community's app must not read the consent by replaying its request
            Access.sameCommunity(app, existing.get().communityId());
            return existing.get();
        }
        Resident resident = ResidentService.require(tx, residentId);
        Access.sameCommunity(app, resident.communityId());
        store.require(Keys.bank(bankId), Owner.class, "bank");
        if (!expiresAt.isAfter(tx.now())) {
            throw LedgerException.validation("expiresAt must be in the future");
        }
        boolean signed = checkSignature(resident, signedMessage(consentId, residentId, bankId, purpose, expiresText),
                signature);
        Consent consent = new Consent(consentId, residentId, resident.communityId(), bankId, purpose, expiresText,
                signature, signed, app.subjectId(), tx.nowText(), null, tx.txId());
        store.put(Keys.consent(consentId), consent);
        store.put(Keys.consentIndex(residentId, bankId, consentId), new ConsentRef(consentId));
        tx.emit("ConsentGranted", "consentId", consentId, "residentId", residentId, "communityId",
                consent.communityId(), "bankId", bankId,
                "purpose", purpose, "expiresAt", expiresText);
        return consent;
    }

    /** Revokes a consent at once; revoking a revoked consent returns it unchanged. */
    public Consent revoke(Tx tx, String json) {
        Request r = Request.parse(json);
        String consentId = r.id("consentId");
        r.done();
        Member app = tx.requireRole(Role.APP);
        Consent consent = tx.store().require(Keys.consent(consentId), Consent.class, "consent");
        Access.sameCommunity(app, consent.communityId());
        if (consent.revokedAt() != null) {
            return consent;
        }
        Consent revoked = consent.revoked(tx.nowText());
        tx.store().put(Keys.consent(consentId), revoked);
        tx.emit("ConsentRevoked", "consentId", consentId, "residentId", consent.residentId(), "communityId",
                consent.communityId(), "bankId", consent.bankId());
        return revoked;
    }

    /**
     * @return a consent that lets {@code bankId} check {@code residentId} for {@code purpose} now
     * @throws LedgerException {@code CONSENT_REQUIRED} saying why none does
     */
    static Consent requireValid(Tx tx, String residentId, String bankId, String purpose, boolean signedOnly) {
        List<ConsentRef> refs = tx.store().scan(Keys.consentIndexes(residentId, bankId), ConsentRef.class);
        String why = "no consent from the resident for this bank";
        Instant now = tx.now();
        for (ConsentRef ref : refs) {
            Consent consent = tx.store().require(Keys.consent(ref.consentId()), Consent.class, "consent");
            String problem = !consent.purpose().equals(purpose) ? "consent is for another purpose"
                    : consent.revokedAt() != null ? "consent was revoked"
                    : !Instant.parse(consent.expiresAt()).isAfter(now) ? "consent has expired"
                    : signedOnly && !consent.signed() ? "the product requires consent signed by the resident"
                    : null;
            if (problem == null) {
                return consent;
            }
            why = problem;
        }
        throw new LedgerException(ErrorCode.CONSENT_REQUIRED, why);
    }

    /** Index entry: one consent of a resident for a bank. */
    record ConsentRef(String consentId) {
    }

    private static boolean checkSignature(Resident resident, String message, String signature) {
        if (resident.publicKey() == null) {
            if (signature != null) {
                throw LedgerException.validation("signature given but the resident has no registered key");
            }
            return false;
        }
        if (signature == null) {
            throw LedgerException.validation("signature is required: the resident has a registered key");
        }
        if (!ResidentKeys.verifies(resident.publicKey(), message, signature)) {
            throw LedgerException.forbidden("signature does not verify against the resident's registered key");
        }
        return true;
    }

    private static Instant parseInstant(String text) {
        return Request.instantOf("expiresAt", text);
    }
}
