package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.IOException;
import org.civicledger.api.Wire;
import org.civicledger.api.WireValue;
import org.civicledger.api.events.EventPayload;
import org.civicledger.api.events.EventPosition;
import org.civicledger.api.events.EventType;

/**
 * The chaincode event a transaction set, as the audit trail keeps it: its payload is the exact JSON text the
 * chaincode set (what an auditor may hash or compare), readable as an {@link EventPayload} with {@link #fields()}.
 */
@JsonClassDescription("The chaincode event a transaction set; its payload is the JSON text the chaincode set.")
public final class TransactionEvent extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Its position, block:tx (the id it streams with)")
    private String position;
    @JsonProperty(required = true) @JsonPropertyDescription("The transaction's block") private long blockNumber;
    @JsonProperty(required = true) @JsonPropertyDescription("The transaction's index in its block") private int txIndex;
    @JsonProperty(required = true) @JsonPropertyDescription("The transaction") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("The event type") private EventType type;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The payload as the chaincode set it: JSON text of an EventPayload")
    private String payload;

    private TransactionEvent() {
    }

    /** @return the position, parsed */
    public EventPosition position() { return EventPosition.parse(position); }
    public long blockNumber() { return blockNumber; }
    public int txIndex() { return txIndex; }
    public String txId() { return txId; }
    public EventType type() { return type; }
    public String payload() { return payload; }

    /**
     * The payload read as its wire type.
     *
     * @return the payload's fields
     * @throws IllegalStateException if the payload is not a JSON object of the chaincode's
     */
    public EventPayload fields() {
        try {
            return Wire.mapper().readValue(payload, EventPayload.class);
        } catch (IOException e) {
            throw new IllegalStateException("the event's payload is not an event payload: " + e.getMessage(), e);
        }
    }
}
