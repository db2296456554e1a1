package org.civicledger.api.audit;

/**
 * Which kind of ledger wrote a transaction proof, and so which rules its bytes follow: the embedded ledger's block
 * format, or Fabric's protobuf messages.
 */
public enum LedgerKind {
    EMBEDDED, FABRIC
}
