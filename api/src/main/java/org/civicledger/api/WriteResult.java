package org.civicledger.api;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * The answer to a write: the transaction that committed it and its block. A write sent again with the same client
 * id and the same body answers the original result (HTTP 200 rather than 201): {@link #replayed()}.
 */
public abstract class WriteResult extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the write") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("Block of that transaction") private long blockNumber;
    @JacksonInject(value = Wire.REPLAYED, useInput = OptBoolean.FALSE)
    private boolean replayed;

    /** For subclasses. */
    protected WriteResult() {
    }

    /** @return the transaction of the write (of the original write, for a replay) */
    public String txId() { return txId; }

    /** @return the block of that transaction */
    public long blockNumber() { return blockNumber; }

    /**
     * Whether this answer is a replay: the same request was sent before and this is its original result
     * (HTTP 200 rather than 201); not a property on the wire.
     *
     * @return whether nothing new was written
     */
    public boolean replayed() { return replayed; }
}
