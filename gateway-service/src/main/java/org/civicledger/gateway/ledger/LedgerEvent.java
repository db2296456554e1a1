package org.civicledger.gateway.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.civicledger.api.events.EventPosition;
import org.civicledger.chaincode.json.Json;

/**
 * A chaincode event of a committed, valid transaction. {@code position} ({@code block:tx})
 * orders events and is what a subscriber passes back to resume after the last one it saw.
 */
public record LedgerEvent(String position, long blockNumber, int txIndex, String txId, String type, String payload) {

    /**
     * @return the community the chaincode named in this event's payload ({@code communityId}), or null
     *     when the event belongs to no community (a bank's product, a registry entry of another scope)
     */
    public static String communityOf(List<LedgerEvent> events) {
        for (LedgerEvent event : events) {
            try {
                JsonNode id = Json.mapper().readTree(event.payload()).get("communityId");
                if (id != null && id.isTextual()) {
                    return id.asText();
                }
            } catch (IOException e) {
                // not JSON: names no community
            }
        }
        return null;
    }

    /** @return the position of an event: {@code block:tx} ({@link EventPosition}) */
    public static String position(long blockNumber, int txIndex) {
        return EventPosition.of(blockNumber, txIndex).toString();
    }

    /**
     * @return {@code block:tx} as {block, tx}; null or empty as {-1, -1} (before the first block)
     * @throws IllegalArgumentException when {@code position} is not an {@link EventPosition}
     */
    public static long[] parsePosition(String position) {
        if (position == null || position.isEmpty()) {
            return new long[] {-1, -1};
        }
        EventPosition parsed = EventPosition.parse(position);
        return new long[] {parsed.block(), parsed.tx()};
    }
}
