package org.civicledger.chaincode.model;

/**
 * How an award was reversed. {@code reversedPoints} were taken back from the resident;
 * {@code unrecoveredPoints} had already been spent or expired and could not be. {@code attesterId}
 * names the contribution's attester, when it has one.
 */
public record Reversal(String contributionId, String reason, String by, String at, String txId,
                       long reversedPoints, long unrecoveredPoints, long balance, String disputeId,
                       String attesterId) {

    public Reversal(String contributionId, String reason, String by, String at, String txId, long reversedPoints,
                    long unrecoveredPoints, long balance, String disputeId) {
        this(contributionId, reason, by, at, txId, reversedPoints, unrecoveredPoints, balance, disputeId, null);
    }
}
