package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.civicledger.api.community.EnrolmentRequest;
import org.civicledger.api.community.Resident;
import org.civicledger.api.community.ResidentStatusRequest;
import org.civicledger.api.points.Balance;
import org.civicledger.api.points.HistoryEntry;
import org.civicledger.api.points.HistoryPage;

/**
 * Residents: enrolment, lookup, status, balance and history. Obtained from {@link CivicLedgerClient#residents()}.
 * The {@code …Async} variants never throw: they complete exceptionally with the exception the blocking variant
 * throws.
 */
public interface Residents {

    /**
     * Enrols a resident (roles ADMIN and APP); enrolling the same person again returns the same {@code residentId}
     * with {@link Resident#replayed()} true. The gateway normalises the reference before hashing it (Unicode NFKC,
     * spaces at both ends removed), so {@code "0042"}, {@code "0042 "} and full-width {@code "００４２"} are one
     * resident; a reference with control, format (such as a zero-width space) or unassigned characters, or an
     * unpaired surrogate, is refused with {@link ValidationFailedException}.
     *
     * @param request the real-world reference (the gateway keeps only a keyed hash) and an optional public key
     * @return the resident, with the enrolment's {@code txId}
     * @throws CivicLedgerException on any API or transport error
     */
    default Resident enrol(EnrolmentRequest request) {
        return HttpTransport.await(enrolAsync(request));
    }

    /**
     * Enrols a resident without a public key, as {@link #enrol(EnrolmentRequest)}.
     *
     * @param externalRef the resident's real-world identifier (1-256 characters once normalised)
     * @return the resident
     * @throws IllegalStateException if the reference is null or blank
     * @throws CivicLedgerException  on any API or transport error
     */
    default Resident enrol(String externalRef) {
        return enrol(externalRef, null);
    }

    /**
     * Enrols a resident with a public key, which lets the resident sign consents, as {@link #enrol(EnrolmentRequest)}.
     *
     * @param externalRef the resident's real-world identifier (1-256 characters once normalised)
     * @param publicKey   the resident's ECDSA P-256 public key, X.509 SubjectPublicKeyInfo, base64; may be {@code null}
     * @return the resident
     * @throws IllegalStateException if the reference is null or blank
     * @throws CivicLedgerException  on any API or transport error
     */
    default Resident enrol(String externalRef, String publicKey) {
        return enrol(EnrolmentRequest.builder().externalRef(externalRef).publicKey(publicKey).build());
    }

    /**
     * Asynchronous {@link #enrol(EnrolmentRequest)}.
     *
     * @param request the enrolment
     * @return a future of the resident
     */
    @Endpoint("POST /api/v1/residents")
    CompletableFuture<Resident> enrolAsync(EnrolmentRequest request);

    /**
     * Reads a resident (roles ADMIN, APP and AUDITOR).
     *
     * @param residentId the resident id
     * @return the resident
     * @throws NotFoundException    if there is no such resident
     * @throws CivicLedgerException on any other API or transport error
     */
    default Resident get(String residentId) {
        return HttpTransport.await(getAsync(residentId));
    }

    /**
     * Asynchronous {@link #get(String)}.
     *
     * @param residentId the resident id
     * @return a future of the resident
     */
    @Endpoint("GET /api/v1/residents/{residentId}")
    CompletableFuture<Resident> getAsync(String residentId);

    /**
     * Suspends or reactivates a resident (role ADMIN); a suspended resident can neither earn nor redeem.
     *
     * @param residentId the resident id
     * @param request    the new status and why
     * @return the resident with the new status and the change's {@code txId}
     * @throws NotFoundException    if there is no such resident
     * @throws CivicLedgerException on any other API or transport error
     */
    default Resident setStatus(String residentId, ResidentStatusRequest request) {
        return HttpTransport.await(setStatusAsync(residentId, request));
    }

    /**
     * Asynchronous {@link #setStatus(String, ResidentStatusRequest)}.
     *
     * @param residentId the resident id
     * @param request    the new status and why
     * @return a future of the resident
     */
    @Endpoint("POST /api/v1/residents/{residentId}/status")
    CompletableFuture<Resident> setStatusAsync(String residentId, ResidentStatusRequest request);

    /**
     * Reads a resident's points.
     *
     * @param residentId the resident id
     * @return the balance
     * @throws NotFoundException    if there is no such resident
     * @throws CivicLedgerException on any other API or transport error
     */
    default Balance balance(String residentId) {
        return HttpTransport.await(balanceAsync(residentId));
    }

    /**
     * Asynchronous {@link #balance(String)}.
     *
     * @param residentId the resident id
     * @return a future of the balance
     */
    @Endpoint("GET /api/v1/residents/{residentId}/balance")
    CompletableFuture<Balance> balanceAsync(String residentId);

    /**
     * Reads one page of a resident's history, oldest first (roles ADMIN, APP and AUDITOR).
     *
     * @param residentId the resident id
     * @param limit      entries per page, or {@code null} for the gateway's default
     * @param cursor     the previous page's {@link HistoryPage#nextCursor()}, or {@code null} for the first page
     * @return the page
     * @throws NotFoundException    if there is no such resident
     * @throws CivicLedgerException on any other API or transport error
     */
    default HistoryPage historyPage(String residentId, Integer limit, String cursor) {
        return HttpTransport.await(historyPageAsync(residentId, limit, cursor));
    }

    /**
     * Asynchronous {@link #historyPage(String, Integer, String)}.
     *
     * @param residentId the resident id
     * @param limit      entries per page, or {@code null}
     * @param cursor     the previous page's cursor, or {@code null}
     * @return a future of the page
     */
    @Endpoint("GET /api/v1/residents/{residentId}/history")
    CompletableFuture<HistoryPage> historyPageAsync(String residentId, Integer limit, String cursor);

    /**
     * A resident's whole history, oldest first, in pages of the gateway's default size; see
     * {@link #history(String, Integer)}.
     *
     * @param residentId the resident id
     * @return the entries, read as the stream is consumed
     */
    default Stream<HistoryEntry> history(String residentId) {
        return history(residentId, null);
    }

    /**
     * A resident's whole history, oldest first: a page is read only when the stream reaches it, so nothing is read
     * before a terminal operation and {@code limit(n)} reads no more pages than it needs. Reading a page throws as
     * {@link #historyPage(String, Integer, String)} does.
     *
     * @param residentId the resident id
     * @param pageSize   entries per page, or {@code null} for the gateway's default
     * @return the entries, read as the stream is consumed
     */
    default Stream<HistoryEntry> history(String residentId, Integer pageSize) {
        Objects.requireNonNull(residentId, "residentId");
        return Stream.of(residentId).flatMap(id -> Stream.iterate(historyPage(id, pageSize, null), Objects::nonNull,
                        page -> page.nextCursor() == null ? null : historyPage(id, pageSize, page.nextCursor())))
                .flatMap(page -> page.items().stream());
    }
}
