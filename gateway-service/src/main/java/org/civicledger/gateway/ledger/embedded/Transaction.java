package org.civicledger.gateway.ledger.embedded;

import java.time.Instant;
import java.util.List;

/**
 * A simulated transaction as its creator signs it: who, when, what was called, the read/write
 * set, the chaincode event and the chaincode's response.
 */
record Transaction(String txId, String timestamp, String mspId, byte[] creator, String function,
                   List<String> args, ReadWriteSet rwset, Event event, byte[] response) {

    /** The chaincode event a transaction set, if any. */
    record Event(String name, byte[] payload) {
    }

    long timestampMillis() {
        return Instant.parse(timestamp).toEpochMilli();
    }
}
