package org.civicledger.chaincode.model;

/** Kinds of movement on a resident's points. */
public enum HistoryType {
    AWARD, REDEMPTION, REVERSAL, EXPIRY
}
