package org.civicledger.api.disputes;

/** Where a dispute stands: OPEN until an ADMIN upholds or rejects it. */
public enum DisputeStatus {
    OPEN, UPHELD, REJECTED
}
