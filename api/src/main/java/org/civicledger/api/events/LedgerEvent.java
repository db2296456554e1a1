package org.civicledger.api.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/**
 * One committed business event of {@code GET /api/v1/events}: the event's data, and its {@link #position()}, which is
 * the event's SSE id rather than part of its data.
 */
@JsonClassDescription("The data of one server-sent event of GET /api/v1/events; the event's SSE id is its "
        + "position, block:tx, and its SSE name its type.")
public final class LedgerEvent extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The event type (one of the streamed ones)")
    private EventType type;
    @JsonProperty(required = true) @JsonPropertyDescription("The transaction that set it") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("Its block") private long blockNumber;
    @JsonProperty(required = true) @JsonPropertyDescription("The event's fields") private EventPayload payload;
    /** Not a property: the SSE id the event came with. */
    @JsonIgnore
    private EventPosition position;

    private LedgerEvent() {
    }

    public EventType type() { return type; }
    public String txId() { return txId; }
    public long blockNumber() { return blockNumber; }
    public EventPayload payload() { return payload; }

    /** @return where the event is, {@code block:tx}: what to resume after; null on an event not read from a stream */
    public EventPosition position() { return position; }

    /**
     * This event with the position its stream gave it (its SSE id), which is not part of the event's data.
     *
     * @param position the event's SSE id, parsed
     * @return a copy at that position
     */
    public LedgerEvent at(EventPosition position) {
        LedgerEvent copy = copy(this);
        copy.position = position;
        return copy;
    }
}
