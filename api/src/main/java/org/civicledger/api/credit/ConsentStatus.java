package org.civicledger.api.credit;

/**
 * Where a consent stands at the time of the read (the ledger transaction's time): ACTIVE until its {@code expiresAt},
 * EXPIRED from then on, REVOKED once the resident withdrew it (whatever its expiry). Only an ACTIVE consent lets a bank
 * check, and only for its purpose.
 */
public enum ConsentStatus {
    ACTIVE, EXPIRED, REVOKED
}
