package org.civicledger.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A chaincode event of a committed, valid transaction, as the read model hands it to each {@link Projection}.
 *
 * @param block   the block number
 * @param tx      the transaction's index in its block
 * @param txId    the transaction id
 * @param type    the event type's wire name ({@code org.civicledger.api.events.EventType})
 * @param payload the event's JSON payload
 * @param at      the transaction's time: the payload's {@code at} or, on events written before it existed, the
 *                time of the block that holds it
 */
public record ProjectedEvent(long block, int tx, String txId, String type, JsonNode payload, Instant at) {

    /** @return the payload's text field, or null when absent or not text */
    public String text(String field) {
        JsonNode value = payload.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** @return the payload's whole-number field, or {@code otherwise} when absent */
    public long number(String field, long otherwise) {
        JsonNode value = payload.get(field);
        return value != null && value.canConvertToLong() ? value.asLong() : otherwise;
    }
}
