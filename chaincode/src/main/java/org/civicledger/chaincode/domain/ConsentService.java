package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.api.credit.ConsentRequest;
import org.civicledger.api.credit.ConsentRequirement;
import org.civicledger.api.credit.WitnessKind;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Community;
import org.civicledger.chaincode.model.Consent;
import org.civicledger.chaincode.model.Household;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Owner;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.api.Role;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/**
 * Residents' consents to credit checks. A resident with a registered key must sign each consent
 * (the app relays it), so no organisation can grant consent in the resident's name. A resident
 * without a key signs a paper form before a witness instead: an ACTIVE attester of the community
 * (the app relays the consent) or the community's ADMIN (who records it itself); the consent keeps
 * the witness and the SHA-256 of the signed form.
 */
public final class ConsentService {
    static final int MAX_SIGNATURE = 256;
    static final Pattern PAPER_FORM_HASH = Pattern.compile("[0-9a-f]{64}");
    static final String PAPER_FORM_HASH_RULE = "64 lowercase hex digits (the SHA-256 of the signed paper form)";

    public Consent grant(Tx tx, String json) {
        Request r = Request.parse(json);
        String consentId = r.id("consentId");
        String residentId = r.matching("residentId", ResidentService.RESIDENT_ID, ResidentService.RESIDENT_ID_RULE);
        String bankId = r.id("bankId");
        String purpose = r.id("purpose");
        String expiresText = r.text("expiresAt", 40);
        String signature = r.optionalText("signature", MAX_SIGNATURE);
        String householdId = r.optionalId("householdId");
        Consent.Witness witness = witness(r.optionalObject("witness"));
        String paperFormHash = r.optionalMatching("paperFormHash", PAPER_FORM_HASH, PAPER_FORM_HASH_RULE);
        r.done();
        if ((witness == null) != (paperFormHash == null)) {
            throw LedgerException.validation(witness == null ? "paperFormHash is only for a witnessed consent"
                    : "paperFormHash is required with a witness");
        }
        Instant expiresAt = parseInstant(expiresText);
        Member app = tx.requireRole(Role.APP, Role.ADMIN);
        requireWitnessRole(app, witness);
        Store store = tx.store();
        Community community = CommunityService.community(tx, app.communityId());
        String key = Keys.consent(community.communityId(), consentId);
        Optional<Consent> existing = ScopedRecords.replay(store, community, key, Keys.legacyConsent(consentId),
                Consent.class, c -> c.communityId().equals(community.communityId()),
                c -> c.sameRequest(residentId, bankId, purpose, expiresText, signature, householdId, witness,
                        paperFormHash), "consent");
        if (existing.isPresent()) {
            return existing.get();
        }
        Resident resident = ResidentService.require(tx, residentId);
        Access.sameCommunity(app, resident.communityId());
        store.require(Keys.bank(bankId), Owner.class, "bank");
        if (householdId != null && !residentId.equals(
                HouseholdService.require(tx, community.communityId(), householdId).headResidentId())) {
            throw LedgerException.invalidState("only the household's head may consent to a check of the household");
        }
        if (witness != null) {
            requireWitness(tx, resident, witness);
        }
        if (!expiresAt.isAfter(tx.now())) {
            throw LedgerException.validation("expiresAt must be in the future");
        }
        int maxDays = community.consentDaysLimit();
        if (expiresAt.isAfter(tx.now().plus(Duration.ofDays(maxDays)))) {
            throw LedgerException.validation("expiresAt must be at most " + maxDays
                    + " days after the grant (the community's maxConsentDays)");
        }
        boolean signed = checkSignature(resident,
                ConsentRequest.signedMessage(consentId, residentId, bankId, purpose, expiresText, householdId),
                signature);
        Consent consent = new Consent(consentId, residentId, resident.communityId(), bankId, purpose, expiresText,
                signature, signed, app.subjectId(), tx.nowText(), null, tx.txId(), householdId, witness,
                paperFormHash, witness != null);
        store.put(key, consent);
        store.put(Keys.consentIndex(residentId, bankId, consentId), new ConsentRef(consentId, consent.communityId()));
        tx.emit(EventType.ConsentGranted, "consentId", consentId, "residentId", residentId, "communityId",
                consent.communityId(), "bankId", bankId,
                "purpose", purpose, "expiresAt", expiresText, "householdId", householdId);
        return consent;
    }

    /** Revokes a consent at once; revoking a revoked consent returns it unchanged. */
    public Consent revoke(Tx tx, String json) {
        Request r = Request.parse(json);
        String consentId = r.id("consentId");
        r.done();
        Member app = tx.requireRole(Role.APP);
        Community community = CommunityService.community(tx, app.communityId());
        ScopedRecords.Found<Consent> found = ScopedRecords.require(tx.store(), community,
                Keys.consent(community.communityId(), consentId), Keys.legacyConsent(consentId), Consent.class,
                c -> c.communityId().equals(community.communityId()), "consent");
        Consent consent = found.record();
        if (consent.revokedAt() != null) {
            return consent;
        }
        Consent revoked = consent.revoked(tx.nowText());
        tx.store().put(found.key(), revoked);
        tx.emit(EventType.ConsentRevoked, "consentId", consentId, "residentId", consent.residentId(), "communityId",
                consent.communityId(), "bankId", consent.bankId());
        return revoked;
    }

    /**
     * The calling bank's own consents of one subject, with their status at the transaction's time (never the wall
     * clock): of a resident ({@code residentId}: the consents naming no household, the ones a check of the resident
     * accepts), or of a household ({@code householdId} and its {@code communityId}: its current head's consents
     * naming it). One page of the bank's index for the resident, in consent id order, {@code limit} index entries a
     * page (1–{@link Limits#MAX_CONSENTS_PAGE}); a household's page lists only the entries naming it, so a page may
     * hold fewer than {@code limit} items and still have a {@code nextCursor}.
     *
     * @throws LedgerException {@code NOT_FOUND} for an unknown resident or household (as a check would)
     */
    public ConsentListing list(Tx tx, String json) {
        Request r = Request.parse(json);
        String residentId = r.optionalMatching("residentId", ResidentService.RESIDENT_ID,
                ResidentService.RESIDENT_ID_RULE);
        String householdId = r.optionalId("householdId");
        String communityId = r.optionalId("communityId");
        Long limit = r.optionalInteger("limit", 1, Limits.MAX_CONSENTS_PAGE);
        String cursor = r.optionalText("cursor", 512);
        r.done();
        if ((residentId == null) == (householdId == null)) {
            throw LedgerException.validation("exactly one of residentId and householdId is required");
        }
        if ((householdId == null) != (communityId == null)) {
            throw LedgerException.validation("communityId is required with householdId, and only with it");
        }
        Member bank = tx.requireRole(Role.BANK);
        Instant now = tx.now();
        Household household = null;
        String subject = residentId;
        if (householdId != null) {
            household = HouseholdService.require(tx, communityId, householdId);
            subject = household.headResidentId();
            if (subject == null) {
                return new ConsentListing(List.of(), null, now.toString());
            }
        } else {
            ResidentService.require(tx, residentId);
        }
        Store.Page<ConsentRef> page = tx.store().page(Keys.consentIndexes(subject, bank.subjectId()),
                limit == null ? Limits.MAX_CONSENTS_PAGE : limit.intValue(), cursor, ConsentRef.class);
        List<ConsentStatusView> items = new java.util.ArrayList<>();
        for (ConsentRef ref : page.items()) {
            Consent consent = tx.store().require(ref.key(), Consent.class, "consent");
            boolean forSubject = household == null ? consent.householdId() == null
                    : household.householdId().equals(consent.householdId())
                    && household.communityId().equals(consent.communityId());
            if (forSubject && consent.bankId().equals(bank.subjectId())) {
                items.add(ConsentStatusView.of(consent, now));
            }
        }
        return new ConsentListing(items, page.nextCursor(), now.toString());
    }

    /** A consent's status at {@code now}: revoked first, then expired (at or after {@code expiresAt}), else active. */
    static String statusAt(Consent consent, Instant now) {
        return consent.revokedAt() != null ? "REVOKED"
                : !Instant.parse(consent.expiresAt()).isAfter(now) ? "EXPIRED" : "ACTIVE";
    }

    /** One page of a bank's consents of a subject, and the time their status was computed at. */
    public record ConsentListing(List<ConsentStatusView> items, String nextCursor, String at) {
    }

    /** A consent as a bank sees it in the listing: no signature, no paper form hash; its status. */
    public record ConsentStatusView(String consentId, String residentId, String communityId, String bankId,
                                    String purpose, String expiresAt, String grantedAt, String revokedAt,
                                    String status, String householdId, boolean signed, boolean witnessed,
                                    Consent.Witness witness, String txId) {
        static ConsentStatusView of(Consent c, Instant now) {
            return new ConsentStatusView(c.consentId(), c.residentId(), c.communityId(), c.bankId(), c.purpose(),
                    c.expiresAt(), c.grantedAt(), c.revokedAt(), statusAt(c, now), c.householdId(), c.signed(),
                    c.witnessed(), c.witness(), c.txId());
        }
    }

    /**
     * @return a consent that lets {@code bankId} check {@code residentId} for {@code purpose} now
     * @throws LedgerException {@code CONSENT_REQUIRED} saying why none does
     */
    static Consent requireValid(Tx tx, String residentId, String bankId, String purpose,
                                ConsentRequirement requirement) {
        return requireValid(tx, residentId, null, bankId, purpose, requirement);
    }

    /**
     * A consent for a check of the resident alone ({@code householdId} null: consents naming a household do not
     * count) or of the household {@code householdId} of {@code communityId}, whose head {@code residentId} is
     * (consents naming no household, or another, do not count).
     *
     * @throws LedgerException {@code CONSENT_REQUIRED} saying why none does
     */
    static Consent requireValid(Tx tx, String residentId, Household household, String bankId, String purpose,
                                ConsentRequirement requirement) {
        List<ConsentRef> refs = tx.store().scan(Keys.consentIndexes(residentId, bankId), ConsentRef.class);
        Instant now = tx.now();
        Refusal why = Refusal.MISSING;
        for (ConsentRef ref : refs) {
            Consent consent = tx.store().require(ref.key(), Consent.class, "consent");
            boolean forSubject = household == null ? consent.householdId() == null
                    : household.householdId().equals(consent.householdId())
                    && household.communityId().equals(consent.communityId());
            if (!forSubject) {
                continue;
            }
            Refusal problem = !consent.purpose().equals(purpose) ? Refusal.OTHER_PURPOSE
                    : consent.revokedAt() != null ? Refusal.REVOKED
                    : !Instant.parse(consent.expiresAt()).isAfter(now) ? Refusal.EXPIRED
                    : requirement == ConsentRequirement.SIGNED && !consent.signed() ? Refusal.UNSIGNED
                    : requirement == ConsentRequirement.SIGNED_OR_WITNESSED && !consent.signed()
                            && !consent.witnessed() ? Refusal.UNWITNESSED
                    : null;
            if (problem == null) {
                return consent;
            }
            why = problem.compareTo(why) > 0 ? problem : why;
        }
        throw new LedgerException(ErrorCode.CONSENT_REQUIRED, household != null && why == Refusal.MISSING
                ? "no consent from the household's head naming this household for this bank" : why.detail());
    }

    /**
     * Why no consent lets a bank check a resident, from the least to the most specific: when
     * several consents fail, the detail names the one that came closest (a consent for this
     * purpose that has expired says more than one for another purpose). A consent the resident
     * gave another bank is not this bank's business, so it reads as no consent at all.
     */
    private enum Refusal {
        MISSING, OTHER_PURPOSE, REVOKED, EXPIRED, UNSIGNED, UNWITNESSED;

        String detail() {
            return switch (this) {
                case MISSING -> "no consent from the resident for this bank";
                case OTHER_PURPOSE -> "the resident's consent for this bank is for another purpose";
                case REVOKED -> "the resident revoked the consent for this purpose";
                case EXPIRED -> "the resident's consent for this purpose has expired";
                case UNSIGNED -> "the product requires consent signed by the resident; the consent is unsigned";
                case UNWITNESSED -> "the product requires a signed or witnessed consent; the consent is neither";
            };
        }
    }

    /**
     * Index entry: one consent of a resident for a bank, and the community that holds it (absent
     * on entries written before consent ids were scoped: the consent is under its legacy key).
     */
    record ConsentRef(String consentId, String communityId) {
        String key() {
            return communityId == null ? Keys.legacyConsent(consentId) : Keys.consent(communityId, consentId);
        }
    }

    /** {@code {kind: ATTESTER|ADMIN, attesterId?}}: an attester id exactly for an ATTESTER. */
    private static Consent.Witness witness(Request in) {
        if (in == null) {
            return null;
        }
        WitnessKind kind = in.enumValue("kind", WitnessKind.class);
        String attesterId = in.optionalId("attesterId");
        in.done();
        if ((kind == WitnessKind.ATTESTER) != (attesterId != null)) {
            throw LedgerException.validation(kind == WitnessKind.ATTESTER ? "witness.attesterId is required for an "
                    + "ATTESTER witness" : "witness.attesterId is only for an ATTESTER witness");
        }
        return new Consent.Witness(kind, attesterId);
    }

    /**
     * The app relays consents (and those an attester witnessed); the ADMIN records a consent only as its witness,
     * and only the ADMIN can be an ADMIN witness (its signing identity is the witness).
     */
    private static void requireWitnessRole(Member caller, Consent.Witness witness) {
        boolean adminWitness = witness != null && witness.kind() == WitnessKind.ADMIN;
        if (caller.role() == Role.ADMIN && !adminWitness) {
            throw LedgerException.validation("an ADMIN records a consent only as its witness (witness.kind ADMIN)");
        }
        if (caller.role() != Role.ADMIN && adminWitness) {
            throw LedgerException.validation("witness.kind ADMIN is for the community's ADMIN recording the consent "
                    + "itself");
        }
    }

    /** A witness is for a resident without a key (one with a key signs); an attester must be ACTIVE here. */
    private static void requireWitness(Tx tx, Resident resident, Consent.Witness witness) {
        if (resident.publicKey() != null) {
            throw LedgerException.validation("witness is for a resident without a registered key; this resident "
                    + "signs the consent");
        }
        if (witness.kind() == WitnessKind.ATTESTER) {
            AttesterService.requireActive(tx, resident.communityId(), witness.attesterId());
        }
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
