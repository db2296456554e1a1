package org.civicledger.api.points;

/** The outcome of one item of a contribution batch. */
public enum BatchItemStatus {
    /** Awarded now. */
    AWARDED,
    /** Awarded before: the same request was sent earlier; the original award. */
    ALREADY_AWARDED,
    /** Refused: see the item's code and detail; nothing was written for it. */
    FAILED,
    /**
     * Recorded, awaiting approval (its activity type requires it): nothing paid, the balance unchanged; the same
     * answer for a replay of that request.
     */
    PENDING
}
