package org.civicledger.client;

import java.util.Map;
import java.util.Objects;

/**
 * A committed business event: delivered by an {@link Events} subscription, and listed on an
 * {@link AuditTransaction}.
 */
public final class LedgerEvent {
    private final String id;
    private final String type;
    private final String txId;
    private final long blockNumber;
    private final Map<String, Object> payload;

    LedgerEvent(String id, String type, String txId, long blockNumber, Map<String, Object> payload) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.txId = Objects.requireNonNull(txId, "txId");
        this.blockNumber = blockNumber;
        this.payload = Objects.requireNonNull(payload, "payload");
    }

    /**
     * Returns the event's position {@code block:tx}, which {@link Events#subscribe(String, EventListener)} resumes
     * after.
     *
     * @return the event's position {@code block:tx}, which {@link Events#subscribe(String, EventListener)} resumes
     *         after
     */
    public String id() {
        return id;
    }

    /**
     * Returns the event type: {@code PointsAwarded}, {@code PointsRedeemed}, {@code ContributionReversed},
     * {@code ConsentGranted}, {@code ConsentRevoked}, {@code CreditChecked}, {@code DisputeFiled} or
     * {@code DisputeResolved}.
     *
     * @return the event type: {@code PointsAwarded}, {@code PointsRedeemed}, {@code ContributionReversed},
     *         {@code ConsentGranted}, {@code ConsentRevoked}, {@code CreditChecked}, {@code DisputeFiled} or
     *         {@code DisputeResolved}
     */
    public String type() {
        return type;
    }

    /**
     * Returns the transaction that set the event.
     *
     * @return the transaction that set the event
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
     * Returns the event's fields ({@code residentId}, {@code communityId}, {@code points}…), as an unmodifiable map of
     * strings, numbers, booleans and {@code null}s.
     *
     * @return the event's fields ({@code residentId}, {@code communityId}, {@code points}…), as an unmodifiable map of
     *         strings, numbers, booleans and {@code null}s
     */
    public Map<String, Object> payload() {
        return payload;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LedgerEvent)) {
            return false;
        }
        LedgerEvent o = (LedgerEvent) other;
        return Objects.equals(id, o.id) && Objects.equals(type, o.type) && Objects.equals(txId, o.txId)
                && blockNumber == o.blockNumber && Objects.equals(payload, o.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, txId, blockNumber, payload);
    }

    @Override
    public String toString() {
        return "LedgerEvent{id=" + id
                + ", type=" + type
                + ", txId=" + txId
                + ", blockNumber=" + blockNumber
                + ", payload=" + payload + "}";
    }
}
