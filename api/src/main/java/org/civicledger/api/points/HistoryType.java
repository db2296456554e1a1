package org.civicledger.api.points;

/**
 * Kinds of movement on a resident's points. PENDING records a contribution awaiting approval (its points are not in
 * the balance); REJECTION records its rejection (0 points). An approval is an AWARD.
 */
public enum HistoryType {
    AWARD, REDEMPTION, REVERSAL, EXPIRY, PENDING, REJECTION
}
