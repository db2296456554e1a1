package org.civicledger.api.points;

/** Whether an award still stands: REVERSED once an ADMIN took its points back. */
public enum ContributionStatus {
    AWARDED, REVERSED
}
