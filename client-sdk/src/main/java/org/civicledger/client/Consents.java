package org.civicledger.client;

import java.util.concurrent.CompletableFuture;

/**
 * A resident's consents to credit checks, relayed by their app (role APP). Obtained from
 * {@link CivicLedgerClient#consents()}. A resident enrolled with a public key must sign each consent: see
 * {@link ResidentKeys#signConsent(ConsentRequest)}. Grants are idempotent by {@code consentId}.
 */
public interface Consents {

    /**
     * Grants a consent ({@code POST /api/v1/consents}). The same request again returns the original consent, with
     * {@link Consent#replayed()} true.
     *
     * @param request the consent, signed when the resident has a registered key
     * @return the granted consent
     * @throws ValidationFailedException if the request breaks a rule, for example a signature is missing though the
     *                                   resident has a key, or {@code expiresAt} is not in the future
     * @throws ForbiddenException        if the signature does not verify against the resident's registered key
     * @throws NotFoundException         if the resident or the bank is unknown
     * @throws IdConflictException       if the id was used before with a different body
     * @throws CivicLedgerException      on any other API or transport error
     */
    Consent grant(ConsentRequest request);

    /**
     * Asynchronous {@link #grant(ConsentRequest)}.
     *
     * @param request the consent
     * @return a future of the granted consent
     */
    CompletableFuture<Consent> grantAsync(ConsentRequest request);

    /**
     * Revokes a consent ({@code DELETE /api/v1/consents/{consentId}}); it stops working at once. Revoking a revoked
     * consent again succeeds.
     *
     * @param consentId the consent
     * @throws NotFoundException    if there is no such consent
     * @throws CivicLedgerException on any other API or transport error
     */
    void revoke(String consentId);

    /**
     * Asynchronous {@link #revoke(String)}.
     *
     * @param consentId the consent
     * @return a future that completes when the consent is revoked
     */
    CompletableFuture<Void> revokeAsync(String consentId);
}
