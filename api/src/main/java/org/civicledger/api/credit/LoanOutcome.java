package org.civicledger.api.credit;

/** What a bank decided after a credit check: a credit line granted, or credit declined with reason codes. */
public enum LoanOutcome {
    GRANTED, DECLINED
}
