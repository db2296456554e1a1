package org.civicledger.api.points;

/**
 * Whether an award still stands: REVERSED once an ADMIN took its points back. A contribution of an activity type
 * that requires approval is PENDING (no points paid) until a COORDINATOR or ADMIN approves it (AWARDED) or rejects
 * it (REJECTED).
 */
public enum ContributionStatus {
    AWARDED, REVERSED, PENDING, REJECTED
}
