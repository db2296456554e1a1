package org.civicledger.verify.fabric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an endorser transaction does, decoded from its own bytes: the chaincode, the function and its
 * arguments (from the chaincode proposal payload the creator signed), the chaincode event and the keys
 * written (from the proposal response payload the endorsers signed), by namespace.
 */
record TxContent(String chaincode, String function, List<String> arguments, String eventName, String eventPayload,
                 Map<String, List<String>> writes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final TxContent NONE = new TxContent("", "", List.of(), "", "", Map.of());

    /** @return one sentence, strings JSON-quoted (they are the ledger's, not ours) */
    String describe() {
        StringBuilder s = new StringBuilder("Content: chaincode ").append(quote(chaincode))
                .append(", function ").append(quote(function))
                .append(", arguments [").append(arguments.stream().map(TxContent::quote).collect(Collectors.joining(", ")))
                .append("]");
        if (eventName.isEmpty()) {
            s.append(", no chaincode event");
        } else {
            s.append(", chaincode event ").append(quote(eventName)).append(" with payload ").append(quote(eventPayload));
        }
        if (writes.isEmpty()) {
            s.append(", no key written");
        } else {
            s.append(", keys written: ").append(writes.entrySet().stream()
                    .map(e -> "in " + quote(e.getKey()) + " " + e.getValue().stream().collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
        }
        return s.append('.').toString();
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
