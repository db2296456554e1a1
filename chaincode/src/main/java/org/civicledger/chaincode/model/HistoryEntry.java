package org.civicledger.chaincode.model;

import org.civicledger.api.points.HistoryType;

/**
 * One movement of a resident's points; {@code points} is signed (awards positive, everything
 * else negative) and {@code ref} names what moved them (contribution id, redemption id, month).
 */
public record HistoryEntry(String txId, HistoryType type, long points, String at, String ref) {
}
