package org.civicledger.api.points;

/** Kinds of movement on a resident's points. */
public enum HistoryType {
    AWARD, REDEMPTION, REVERSAL, EXPIRY
}
