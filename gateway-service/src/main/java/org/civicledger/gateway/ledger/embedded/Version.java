package org.civicledger.gateway.ledger.embedded;

/** Where a key's value was last written: block number and the transaction's index in it. */
record Version(long block, int tx) {
}
