package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.community.Household;
import org.civicledger.api.community.HouseholdRequest;

/**
 * A community's households (户), by pseudonymous ids: a resident belongs to at most one at a time, and its head's
 * consent naming the household lets a bank check it. Obtained from {@link CivicLedgerClient#households()}. The
 * {@code …Async} variants never throw: they complete exceptionally with the exception the blocking variant throws.
 *
 * <pre>{@code
 * Household h = admin.households().register(HouseholdRequest.builder()
 *         .householdId("hh-0042").headResidentId(head).memberIds(List.of(head, spouse)).build());
 * }</pre>
 */
public interface Households {

    /**
     * Registers a household of the caller's community (role ADMIN); the same registration again returns the record
     * with {@link Household#replayed()} true.
     *
     * @param request the household
     * @return the household as the ledger holds it
     * @throws NotFoundException          if a member is not a resident of the caller's community
     * @throws HouseholdConflictException if a member already belongs to another household
     * @throws IdConflictException        if the id is registered with another head or other members
     * @throws CivicLedgerException       on any other API or transport error
     */
    default Household register(HouseholdRequest request) {
        return HttpTransport.await(registerAsync(request));
    }

    /**
     * Asynchronous {@link #register(HouseholdRequest)}.
     *
     * @param request the household
     * @return a future of the household
     */
    @Endpoint("POST /api/v1/households")
    CompletableFuture<Household> registerAsync(HouseholdRequest request);

    /**
     * Reads a household of the caller's community (roles ADMIN, APP).
     *
     * @param householdId the household
     * @return the household
     * @throws NotFoundException    if the community has no such household
     * @throws CivicLedgerException on any other API or transport error
     */
    default Household get(String householdId) {
        return get(householdId, null);
    }

    /**
     * Reads a household of a community.
     *
     * @param householdId the household
     * @param communityId its community (an AUDITOR must name it; others may name only their own), or {@code null}
     * @return the household
     * @throws NotFoundException    if the community has no such household
     * @throws CivicLedgerException on any other API or transport error
     */
    default Household get(String householdId, String communityId) {
        return HttpTransport.await(getAsync(householdId, communityId));
    }

    /**
     * Asynchronous {@link #get(String, String)}.
     *
     * @param householdId the household
     * @param communityId its community, or {@code null}
     * @return a future of the household
     */
    @Endpoint("GET /api/v1/households/{householdId}")
    CompletableFuture<Household> getAsync(String householdId, String communityId);

    /**
     * Lists a community's households.
     *
     * @param communityId a community (an AUDITOR may name any, or none for every community's; others only their
     *                    own), or {@code null}
     * @return the households
     * @throws ForbiddenException   if the caller may not read that community
     * @throws CivicLedgerException on any other API or transport error
     */
    default List<Household> list(String communityId) {
        return HttpTransport.await(listAsync(communityId));
    }

    /**
     * Asynchronous {@link #list(String)}.
     *
     * @param communityId a community, or {@code null}
     * @return a future of the households
     */
    @Endpoint("GET /api/v1/households")
    CompletableFuture<List<Household>> listAsync(String communityId);

    /**
     * Moves a resident of the caller's community into a household (role ADMIN), out of the one they were in.
     *
     * @param householdId the household
     * @param residentId  the resident
     * @return the household with the resident
     * @throws NotFoundException     if the resident or the household is unknown in the community
     * @throws InvalidStateException if the household is full, or the resident heads another household that keeps
     *                               other members
     * @throws CivicLedgerException  on any other API or transport error
     */
    default Household moveIn(String householdId, String residentId) {
        return HttpTransport.await(moveInAsync(householdId, residentId));
    }

    /**
     * Asynchronous {@link #moveIn(String, String)}.
     *
     * @param householdId the household
     * @param residentId  the resident
     * @return a future of the household
     */
    @Endpoint("POST /api/v1/households/{householdId}/members")
    CompletableFuture<Household> moveInAsync(String householdId, String residentId);

    /**
     * Moves a resident out of a household (role ADMIN): they then belong to none.
     *
     * @param householdId the household
     * @param residentId  the resident
     * @return the household without the resident
     * @throws NotFoundException     if the resident is not a member of it
     * @throws InvalidStateException if the resident is its head and others stay
     * @throws CivicLedgerException  on any other API or transport error
     */
    default Household moveOut(String householdId, String residentId) {
        return HttpTransport.await(moveOutAsync(householdId, residentId));
    }

    /**
     * Asynchronous {@link #moveOut(String, String)}.
     *
     * @param householdId the household
     * @param residentId  the resident
     * @return a future of the household
     */
    @Endpoint("DELETE /api/v1/households/{householdId}/members/{residentId}")
    CompletableFuture<Household> moveOutAsync(String householdId, String residentId);

    /**
     * Names a member the household's head (role ADMIN).
     *
     * @param householdId the household
     * @param residentId  a member
     * @return the household with its head
     * @throws InvalidStateException if the resident is not a member
     * @throws CivicLedgerException  on any other API or transport error
     */
    default Household setHead(String householdId, String residentId) {
        return HttpTransport.await(setHeadAsync(householdId, residentId));
    }

    /**
     * Asynchronous {@link #setHead(String, String)}.
     *
     * @param householdId the household
     * @param residentId  a member
     * @return a future of the household
     */
    @Endpoint("POST /api/v1/households/{householdId}/head")
    CompletableFuture<Household> setHeadAsync(String householdId, String residentId);
}
