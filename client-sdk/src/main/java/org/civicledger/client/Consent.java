package org.civicledger.client;

import java.time.Instant;
import java.util.Objects;

/**
 * A resident's consent that a bank may check their credit for one purpose until a time: the answer to
 * {@link Consents#grant}.
 */
public final class Consent {
    private final String consentId;
    private final String residentId;
    private final String communityId;
    private final String bankId;
    private final String purpose;
    private final Instant expiresAt;
    private final boolean signed;
    private final Instant grantedAt;
    private final Instant revokedAt;
    private final String txId;
    private final long blockNumber;
    private final boolean replayed;

    Consent(String consentId, String residentId, String communityId, String bankId, String purpose, Instant expiresAt,
            boolean signed, Instant grantedAt, Instant revokedAt, String txId, long blockNumber, boolean replayed) {
        this.consentId = Objects.requireNonNull(consentId, "consentId");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.communityId = Objects.requireNonNull(communityId, "communityId");
        this.bankId = Objects.requireNonNull(bankId, "bankId");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.signed = signed;
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
        this.revokedAt = revokedAt;
        this.txId = Objects.requireNonNull(txId, "txId");
        this.blockNumber = blockNumber;
        this.replayed = replayed;
    }

    /**
     * Returns the consent.
     *
     * @return the consent
     */
    public String consentId() {
        return consentId;
    }

    /**
     * Returns the resident who consents.
     *
     * @return the resident who consents
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
     * Returns the bank that may check.
     *
     * @return the bank that may check
     */
    public String bankId() {
        return bankId;
    }

    /**
     * Returns what the check is for, for example {@code loan}.
     *
     * @return what the check is for, for example {@code loan}
     */
    public String purpose() {
        return purpose;
    }

    /**
     * Returns until when the consent holds.
     *
     * @return until when the consent holds
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Returns whether the resident's signature was verified.
     *
     * @return whether the resident's signature was verified
     */
    public boolean signed() {
        return signed;
    }

    /**
     * Returns when the consent was granted.
     *
     * @return when the consent was granted
     */
    public Instant grantedAt() {
        return grantedAt;
    }

    /**
     * Returns when the consent was revoked, or {@code null}.
     *
     * @return when the consent was revoked, or {@code null}
     */
    public Instant revokedAt() {
        return revokedAt;
    }

    /**
     * Returns the transaction of the grant.
     *
     * @return the transaction of the grant
     */
    public String txId() {
        return txId;
    }

    /**
     * Returns the block of that transaction.
     *
     * @return the block of that transaction
     */
    public long blockNumber() {
        return blockNumber;
    }

    /**
     * Returns whether this answer is a replay: the same request was sent before, and this is the original result (HTTP
     * 200 rather than 201).
     *
     * @return whether this answer is a replay: the same request was sent before, and this is the original result (HTTP
     *         200 rather than 201)
     */
    public boolean replayed() {
        return replayed;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Consent)) {
            return false;
        }
        Consent o = (Consent) other;
        return Objects.equals(consentId, o.consentId) && Objects.equals(residentId, o.residentId)
                && Objects.equals(communityId, o.communityId) && Objects.equals(bankId, o.bankId)
                && Objects.equals(purpose, o.purpose) && Objects.equals(expiresAt, o.expiresAt) && signed == o.signed
                && Objects.equals(grantedAt, o.grantedAt) && Objects.equals(revokedAt, o.revokedAt)
                && Objects.equals(txId, o.txId) && blockNumber == o.blockNumber && replayed == o.replayed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(consentId, residentId, communityId, bankId, purpose, expiresAt, signed, grantedAt,
                revokedAt, txId, blockNumber, replayed);
    }

    @Override
    public String toString() {
        return "Consent{consentId=" + consentId
                + ", residentId=" + residentId
                + ", communityId=" + communityId
                + ", bankId=" + bankId
                + ", purpose=" + purpose
                + ", expiresAt=" + expiresAt
                + ", signed=" + signed
                + ", grantedAt=" + grantedAt
                + ", revokedAt=" + revokedAt
                + ", txId=" + txId
                + ", blockNumber=" + blockNumber
                + ", replayed=" + replayed + "}";
    }
}
