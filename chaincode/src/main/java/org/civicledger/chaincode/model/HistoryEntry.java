package org.civicledger.chaincode.model;

import org.civicledger.api.points.HistoryType;

/**
 * One movement of a resident's points; {@code points} is signed (awards positive, everything
 * else negative) and {@code ref} names what moved them (contribution id, redemption id, month).
 * A PENDING entry moves nothing: its points are what the approval would pay. {@code attesterId}
 * names the contribution's attester, when it has one.
 */
public record HistoryEntry(String txId, HistoryType type, long points, String at, String ref, String attesterId) {

    public HistoryEntry(String txId, HistoryType type, long points, String at, String ref) {
        this(txId, type, points, at, ref, null);
    }
}
