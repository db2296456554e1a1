package org.civicledger.api.disputes;

/**
 * Where a dispute stands: OPEN until an ADMIN upholds or rejects it. The outcome of a resolution is one of the
 * other two, and becomes the dispute's status.
 */
public enum DisputeStatus {
    OPEN, UPHELD, REJECTED;

    /** @return whether this is an outcome a resolution may give: UPHELD or REJECTED */
    public boolean isOutcome() {
        return this != OPEN;
    }
}
