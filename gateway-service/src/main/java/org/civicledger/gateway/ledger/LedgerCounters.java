package org.civicledger.gateway.ledger;

/** Since the ledger was opened: transactions committed valid through it, and MVCC conflicts it retried. */
public record LedgerCounters(long committed, long conflictsRetried) {
}
