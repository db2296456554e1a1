package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.community.Attester;
import org.civicledger.api.community.AttesterRequest;
import org.civicledger.api.community.AttesterStatusRequest;

/**
 * A community's named attesters (grid workers, service teams, social organisations, volunteer teams), by
 * pseudonymous ids. Obtained from {@link CivicLedgerClient#attesters()}. An award names one with
 * {@code ContributionRequest.Builder.attesterId}. The {@code …Async} variants never throw: they complete
 * exceptionally with the exception the blocking variant throws.
 */
public interface Attesters {

    /**
     * Registers an attester of the caller's community (role ADMIN); the same registration again returns the
     * original with {@link Attester#replayed()} true.
     *
     * @param request the attester
     * @return the attester as the ledger holds it (ACTIVE)
     * @throws IdConflictException  if the id is registered with another kind or limit
     * @throws CivicLedgerException on any other API or transport error
     */
    default Attester register(AttesterRequest request) {
        return HttpTransport.await(registerAsync(request));
    }

    /**
     * Asynchronous {@link #register(AttesterRequest)}.
     *
     * @param request the attester
     * @return a future of the attester
     */
    @Endpoint("POST /api/v1/attesters")
    CompletableFuture<Attester> registerAsync(AttesterRequest request);

    /**
     * Suspends or reactivates an attester of the caller's community (role ADMIN).
     *
     * @param attesterId the attester
     * @param request    its new status and why
     * @return the attester with its new status
     * @throws NotFoundException    if the community has no such attester
     * @throws CivicLedgerException on any other API or transport error
     */
    default Attester setStatus(String attesterId, AttesterStatusRequest request) {
        return HttpTransport.await(setStatusAsync(attesterId, request));
    }

    /**
     * Asynchronous {@link #setStatus(String, AttesterStatusRequest)}.
     *
     * @param attesterId the attester
     * @param request    its new status and why
     * @return a future of the attester
     */
    @Endpoint("POST /api/v1/attesters/{attesterId}/status")
    CompletableFuture<Attester> setStatusAsync(String attesterId, AttesterStatusRequest request);

    /**
     * Lists the attesters of the caller's community (roles ADMIN, APP, COORDINATOR; an AUDITOR: every community's).
     *
     * @return the attesters
     * @throws CivicLedgerException on any API or transport error
     */
    default List<Attester> list() {
        return list(null);
    }

    /**
     * Lists a community's attesters.
     *
     * @param communityId a community (an AUDITOR may name any; others only their own), or {@code null}
     * @return the attesters
     * @throws ForbiddenException   if the caller may not read that community
     * @throws CivicLedgerException on any other API or transport error
     */
    default List<Attester> list(String communityId) {
        return HttpTransport.await(listAsync(communityId));
    }

    /**
     * Asynchronous {@link #list(String)}.
     *
     * @param communityId a community, or {@code null}
     * @return a future of the attesters
     */
    @Endpoint("GET /api/v1/attesters")
    CompletableFuture<List<Attester>> listAsync(String communityId);
}
