package org.civicledger.api.disputes;

/**
 * Where a dispute stands: OPEN until it is upheld or rejected; an OPEN dispute past its {@code dueBy} reads as
 * OVERDUE (and {@code Disputes:markOverdue} records it so). The outcome of a resolution is UPHELD or REJECTED,
 * and becomes the dispute's status.
 */
public enum DisputeStatus {
    OPEN, UPHELD, REJECTED, OVERDUE;

    /** @return whether this is an outcome a resolution may give: UPHELD or REJECTED */
    public boolean isOutcome() {
        return this == UPHELD || this == REJECTED;
    }

    /** @return whether a dispute of this status still waits for its resolution: OPEN or OVERDUE */
    public boolean isPending() {
        return this == OPEN || this == OVERDUE;
    }
}
