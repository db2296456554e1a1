package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import org.civicledger.api.credit.Consent;
import org.civicledger.api.credit.ConsentPage;
import org.civicledger.api.credit.ConsentRequest;

/**
 * A resident's consents to credit checks, relayed by their app (role APP). Obtained from
 * {@link CivicLedgerClient#consents()}. A resident enrolled with a public key signs each consent once, on their
 * device ({@link ResidentKeys#sign(ConsentRequest)}); the app keeps the signed request and sends it as it is, again
 * after a failure: the same consent id and body is a replay of the original grant.
 *
 * <p>A resident without a key may sign a paper form before a witness instead: the app relays the consent naming an
 * attester ({@code ConsentWitness.attester(id)}), or the community's ADMIN client grants it itself
 * ({@code ConsentWitness.admin()}); either way with the SHA-256 of the signed form
 * ({@code ConsentRequest.Builder#paperFormHash}).
 */
public interface Consents {

    /**
     * Grants a consent; the same request again answers the original consent, with {@link Consent#replayed()} true.
     *
     * @param request the consent, signed when the resident has a registered key, or witnessed when not
     * @return the granted consent
     * @throws ValidationFailedException if the request breaks a rule, for example a signature is missing though the
     *                                   resident has a key, {@code expiresAt} is not in the future, a witness comes
     *                                   without the paper form's hash, or an ADMIN grants a consent it did not
     *                                   witness
     * @throws InvalidStateException     if the witnessing attester is not ACTIVE
     * @throws ForbiddenException        if the signature does not verify against the resident's registered key
     * @throws NotFoundException         if the resident, the bank or the witnessing attester is unknown
     * @throws IdConflictException       if the id was used before with a different body
     * @throws CivicLedgerException      on any other API or transport error
     */
    default Consent grant(ConsentRequest request) {
        return HttpTransport.await(grantAsync(request));
    }

    /**
     * Asynchronous {@link #grant(ConsentRequest)}.
     *
     * @param request the consent
     * @return a future of the granted consent
     */
    @Endpoint("POST /api/v1/consents")
    CompletableFuture<Consent> grantAsync(ConsentRequest request);

    /**
     * Revokes a consent; it stops working at once. Revoking a revoked consent again succeeds.
     *
     * @param consentId the consent
     * @throws NotFoundException    if there is no such consent
     * @throws CivicLedgerException on any other API or transport error
     */
    default void revoke(String consentId) {
        HttpTransport.await(revokeAsync(consentId));
    }

    /**
     * Asynchronous {@link #revoke(String)}.
     *
     * @param consentId the consent
     * @return a future that completes when the consent is revoked
     */
    @Endpoint("DELETE /api/v1/consents/{consentId}")
    CompletableFuture<Void> revokeAsync(String consentId);

    /**
     * The calling bank's own consents of a resident (those naming no household: the ones a check of the resident
     * accepts), each with its status at the ledger time of the read (role BANK): what a loan officer looks at before
     * a check. The first page ({@link org.civicledger.api.Limits#MAX_CONSENTS_PAGE} entries at most).
     *
     * @param residentId the resident
     * @return the consents and their status
     * @throws NotFoundException    if the resident is unknown
     * @throws ForbiddenException   if the caller is not a bank
     * @throws CivicLedgerException on any other API or transport error
     */
    default ConsentPage list(String residentId) {
        if (residentId == null) {
            throw new NullPointerException("residentId");
        }
        return HttpTransport.await(listAsync(residentId, null, null, null, null));
    }

    /**
     * The calling bank's own consents of a household: its current head's consents naming it, with their status
     * (role BANK). The first page.
     *
     * @param communityId the household's community
     * @param householdId the household
     * @return the consents and their status
     * @throws NotFoundException    if the household is unknown
     * @throws CivicLedgerException on any other API or transport error
     */
    default ConsentPage listForHousehold(String communityId, String householdId) {
        if (communityId == null || householdId == null) {
            throw new NullPointerException(communityId == null ? "communityId" : "householdId");
        }
        return HttpTransport.await(listAsync(null, householdId, communityId, null, null));
    }

    /**
     * Asynchronous list of the calling bank's consents of a resident or of a household, one page at a time.
     *
     * @param residentId  the resident, or null for a household
     * @param householdId the household (with communityId), or null for a resident
     * @param communityId the household's community, or null for a resident
     * @param limit       index entries a page, 1 to {@link org.civicledger.api.Limits#MAX_CONSENTS_PAGE}, or null
     *                    for the most
     * @param cursor      {@link ConsentPage#nextCursor()} of the previous page, or null for the first
     * @return a future of the page
     */
    @Endpoint("GET /api/v1/consents")
    CompletableFuture<ConsentPage> listAsync(String residentId, String householdId, String communityId,
                                             Integer limit, String cursor);
}
