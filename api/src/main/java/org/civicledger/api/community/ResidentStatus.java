package org.civicledger.api.community;

/** Whether a resident may earn and redeem: SUSPENDED can do neither. */
public enum ResidentStatus {
    ACTIVE, SUSPENDED
}
