package org.civicledger.gateway.ledger;

import java.util.List;

/** A block as auditors see it: header fields and the ids of its transactions, in order. */
public record BlockInfo(long number, String hash, String previousHash, String dataHash, String stateDigest,
                        String time, List<String> transactions) {
}
