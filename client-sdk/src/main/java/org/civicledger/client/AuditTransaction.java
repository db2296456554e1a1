package org.civicledger.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A transaction as auditors see it: the answer to {@link Audit#transaction}.
 */
public final class AuditTransaction {
    private final String txId;
    private final long blockNumber;
    private final int txIndex;
    private final String validationCode;
    private final String creatorMspId;
    private final String creatorId;
    private final List<String> endorsements;
    private final Instant time;
    private final String function;
    private final List<String> arguments;
    private final List<LedgerEvent> events;

    AuditTransaction(String txId, long blockNumber, int txIndex, String validationCode, String creatorMspId,
            String creatorId, List<String> endorsements, Instant time, String function, List<String> arguments,
            List<LedgerEvent> events) {
        this.txId = Objects.requireNonNull(txId, "txId");
        this.blockNumber = blockNumber;
        this.txIndex = txIndex;
        this.validationCode = Objects.requireNonNull(validationCode, "validationCode");
        this.creatorMspId = Objects.requireNonNull(creatorMspId, "creatorMspId");
        this.creatorId = Objects.requireNonNull(creatorId, "creatorId");
        this.endorsements = List.copyOf(Objects.requireNonNull(endorsements, "endorsements"));
        this.time = Objects.requireNonNull(time, "time");
        this.function = Objects.requireNonNull(function, "function");
        this.arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        this.events = List.copyOf(Objects.requireNonNull(events, "events"));
    }

    /**
     * Returns the transaction id.
     *
     * @return the transaction id
     */
    public String txId() {
        return txId;
    }

    /**
     * Returns the block that holds it.
     *
     * @return the block that holds it
     */
    public long blockNumber() {
        return blockNumber;
    }

    /**
     * Returns its position in the block.
     *
     * @return its position in the block
     */
    public int txIndex() {
        return txIndex;
    }

    /**
     * Returns its validation code, {@code VALID} for a transaction that took effect.
     *
     * @return its validation code, {@code VALID} for a transaction that took effect
     */
    public String validationCode() {
        return validationCode;
    }

    /**
     * Returns the organisation (MSP id) of its creator.
     *
     * @return the organisation (MSP id) of its creator
     */
    public String creatorMspId() {
        return creatorMspId;
    }

    /**
     * Returns its creator's identity.
     *
     * @return its creator's identity
     */
    public String creatorId() {
        return creatorId;
    }

    /**
     * Returns the MSP ids of the organisations that endorsed it, as an unmodifiable list.
     *
     * @return the MSP ids of the organisations that endorsed it, as an unmodifiable list
     */
    public List<String> endorsements() {
        return endorsements;
    }

    /**
     * Returns when it was created.
     *
     * @return when it was created
     */
    public Instant time() {
        return time;
    }

    /**
     * Returns the chaincode function it called, for example {@code Points:award}.
     *
     * @return the chaincode function it called, for example {@code Points:award}
     */
    public String function() {
        return function;
    }

    /**
     * Returns the arguments of that call, as an unmodifiable list.
     *
     * @return the arguments of that call, as an unmodifiable list
     */
    public List<String> arguments() {
        return arguments;
    }

    /**
     * Returns the events it set, as an unmodifiable list.
     *
     * @return the events it set, as an unmodifiable list
     */
    public List<LedgerEvent> events() {
        return events;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuditTransaction)) {
            return false;
        }
        AuditTransaction o = (AuditTransaction) other;
        return Objects.equals(txId, o.txId) && blockNumber == o.blockNumber && txIndex == o.txIndex
                && Objects.equals(validationCode, o.validationCode) && Objects.equals(creatorMspId, o.creatorMspId)
                && Objects.equals(creatorId, o.creatorId) && Objects.equals(endorsements, o.endorsements)
                && Objects.equals(time, o.time) && Objects.equals(function, o.function)
                && Objects.equals(arguments, o.arguments) && Objects.equals(events, o.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(txId, blockNumber, txIndex, validationCode, creatorMspId, creatorId, endorsements, time,
                function, arguments, events);
    }

    @Override
    public String toString() {
        return "AuditTransaction{txId=" + txId
                + ", blockNumber=" + blockNumber
                + ", txIndex=" + txIndex
                + ", validationCode=" + validationCode
                + ", creatorMspId=" + creatorMspId
                + ", creatorId=" + creatorId
                + ", endorsements=" + endorsements
                + ", time=" + time
                + ", function=" + function
                + ", arguments=" + arguments
                + ", events=" + events + "}";
    }
}
