package org.civicledger.client;

import java.util.concurrent.CompletableFuture;

/**
 * Resident operations: enrolment, lookup and balance. Obtained from {@link CivicLedgerClient#residents()}.
 * The {@code …Async} variants complete exceptionally with the same {@link CivicLedgerException} that the blocking
 * variant throws.
 */
public interface Residents {

    /**
     * Enrols a resident ({@code POST /api/v1/residents}, roles ADMIN and APP). Enrolling the same person again
     * returns the same {@code residentId}. The gateway normalises the reference before hashing it (Unicode NFKC,
     * spaces at both ends removed), so {@code "0042"}, {@code "0042 "} and full-width {@code "００４２"} are one
     * resident; a reference with control, format (such as a zero-width space) or unassigned characters, or an
     * unpaired surrogate, is refused with {@link ValidationFailedException}.
     *
     * @param externalRef the resident's real-world identifier (1-256 characters once normalised); the gateway keeps
     *                    only a keyed hash
     * @return the resident, with the enrolment's {@code txId}
     * @throws CivicLedgerException on any API or transport error
     */
    Resident enrol(String externalRef);

    /**
     * Enrols a resident with a public key, which lets the resident sign consents.
     *
     * @param externalRef the resident's real-world identifier (1-256 characters once normalised, as {@link #enrol(String)})
     * @param publicKey   the resident's ECDSA P-256 public key, X.509 SubjectPublicKeyInfo, base64; may be {@code null}
     * @return the resident, with the enrolment's {@code txId}
     * @throws CivicLedgerException on any API or transport error
     */
    Resident enrol(String externalRef, String publicKey);

    /**
     * Asynchronous {@link #enrol(String, String)}.
     *
     * @param externalRef the resident's real-world identifier
     * @param publicKey   the resident's public key, or {@code null}
     * @return a future of the resident
     */
    CompletableFuture<Resident> enrolAsync(String externalRef, String publicKey);

    /**
     * Reads a resident ({@code GET /api/v1/residents/{residentId}}, roles ADMIN, APP and AUDITOR).
     *
     * @param residentId the resident id
     * @return the resident
     * @throws NotFoundException    if there is no such resident
     * @throws CivicLedgerException on any other API or transport error
     */
    Resident get(String residentId);

    /**
     * Asynchronous {@link #get(String)}.
     *
     * @param residentId the resident id
     * @return a future of the resident
     */
    CompletableFuture<Resident> getAsync(String residentId);

    /**
     * Reads a resident's points ({@code GET /api/v1/residents/{residentId}/balance}).
     *
     * @param residentId the resident id
     * @return the balance
     * @throws NotFoundException    if there is no such resident
     * @throws CivicLedgerException on any other API or transport error
     */
    Balance balance(String residentId);

    /**
     * Asynchronous {@link #balance(String)}.
     *
     * @param residentId the resident id
     * @return a future of the balance
     */
    CompletableFuture<Balance> balanceAsync(String residentId);
}
