package org.civicledger.client;

/** How the community admin resolves a dispute ({@link Disputes#resolve}). */
public enum DisputeOutcome {
    /** The resident is right; upholding a dispute of an award reverses the award. */
    UPHELD,
    /** The disputed transaction stands. */
    REJECTED
}
