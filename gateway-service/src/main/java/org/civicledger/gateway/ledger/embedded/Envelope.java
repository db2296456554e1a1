package org.civicledger.gateway.ledger.embedded;

/** A transaction and its creator's signature over the transaction's canonical JSON bytes. */
record Envelope(Transaction transaction, byte[] signature) {
}
