package org.civicledger.api.community;

/** Whether an attester may attest awards: a SUSPENDED attester may not. */
public enum AttesterStatus {
    ACTIVE, SUSPENDED
}
