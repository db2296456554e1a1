package org.civicledger.client;

import java.time.Instant;
import java.util.Objects;

/**
 * A resident as the gateway reports it: the answer to {@link Residents#enrol} and {@link Residents#get}. The
 * real-world reference never appears here; {@code residentId} is its keyed hash.
 */
public final class Resident {
    private final String residentId;
    private final String communityId;
    private final String publicKey;
    private final String status;
    private final String statusReason;
    private final Instant enrolledAt;
    private final String txId;
    private final Long blockNumber;
    private final boolean replayed;

    Resident(String residentId, String communityId, String publicKey, String status, String statusReason,
            Instant enrolledAt, String txId, Long blockNumber, boolean replayed) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.communityId = Objects.requireNonNull(communityId, "communityId");
        this.publicKey = publicKey;
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
        this.txId = txId;
        this.blockNumber = blockNumber;
        this.replayed = replayed;
    }

    /**
     * Returns the pseudonymous resident id (64 hex characters).
     *
     * @return the pseudonymous resident id (64 hex characters)
     */
    public String residentId() {
        return residentId;
    }

    /**
     * Returns the resident's community.
     *
     * @return the resident's community
     */
    public String communityId() {
        return communityId;
    }

    /**
     * Returns the resident's public key (base64 X.509 SubjectPublicKeyInfo), or {@code null} if none was registered.
     *
     * @return the resident's public key (base64 X.509 SubjectPublicKeyInfo), or {@code null} if none was registered
     */
    public String publicKey() {
        return publicKey;
    }

    /**
     * Returns {@code ACTIVE}, or {@code SUSPENDED} (can neither earn nor redeem).
     *
     * @return {@code ACTIVE}, or {@code SUSPENDED} (can neither earn nor redeem)
     */
    public String status() {
        return status;
    }

    /**
     * Returns why the status was last changed, or {@code null}.
     *
     * @return why the status was last changed, or {@code null}
     */
    public String statusReason() {
        return statusReason;
    }

    /**
     * Returns when the resident was enrolled.
     *
     * @return when the resident was enrolled
     */
    public Instant enrolledAt() {
        return enrolledAt;
    }

    /**
     * Returns the transaction of the last write (the enrolment, on the answer to an enrolment).
     *
     * @return the transaction of the last write (the enrolment, on the answer to an enrolment)
     */
    public String txId() {
        return txId;
    }

    /**
     * Returns the block of that transaction on the answer to a write, otherwise {@code null}.
     *
     * @return the block of that transaction on the answer to a write, otherwise {@code null}
     */
    public Long blockNumber() {
        return blockNumber;
    }

    /**
     * Returns whether the answer to an enrolment found the person already enrolled (HTTP 200 rather than 201);
     * {@code false} on a read.
     *
     * @return whether the answer to an enrolment found the person already enrolled (HTTP 200 rather than 201);
     *         {@code false} on a read
     */
    public boolean replayed() {
        return replayed;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Resident)) {
            return false;
        }
        Resident o = (Resident) other;
        return Objects.equals(residentId, o.residentId) && Objects.equals(communityId, o.communityId)
                && Objects.equals(publicKey, o.publicKey) && Objects.equals(status, o.status)
                && Objects.equals(statusReason, o.statusReason) && Objects.equals(enrolledAt, o.enrolledAt)
                && Objects.equals(txId, o.txId) && Objects.equals(blockNumber, o.blockNumber) && replayed == o.replayed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(residentId, communityId, publicKey, status, statusReason, enrolledAt, txId, blockNumber,
                replayed);
    }

    @Override
    public String toString() {
        return "Resident{residentId=" + residentId
                + ", communityId=" + communityId
                + ", publicKey=" + publicKey
                + ", status=" + status
                + ", statusReason=" + statusReason
                + ", enrolledAt=" + enrolledAt
                + ", txId=" + txId
                + ", blockNumber=" + blockNumber
                + ", replayed=" + replayed + "}";
    }
}
