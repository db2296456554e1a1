package org.civicledger.gateway.ledger.embedded;

/** Why a transaction in a block is or is not valid (Fabric's names). */
public enum ValidationCode {
    VALID,
    MVCC_READ_CONFLICT,
    PHANTOM_READ_CONFLICT,
    BAD_CREATOR_SIGNATURE,
    DUPLICATE_TXID
}
