package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import org.civicledger.api.credit.Consent;
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
}
