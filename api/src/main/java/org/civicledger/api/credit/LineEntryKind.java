package org.civicledger.api.credit;

/** A movement on a credit line: money drawn from it, or paid back. */
public enum LineEntryKind {
    DRAWDOWN, REPAYMENT
}
