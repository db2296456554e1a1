package org.civicledger.api.credit;

/**
 * Where a loan decision's credit line stands: ACTIVE from the grant until it is CLOSED (nothing outstanding); a
 * declined decision is DECLINED for good. Drawdowns and repayments happen only on an ACTIVE line.
 */
public enum LineStatus {
    ACTIVE, CLOSED, DECLINED
}
