package org.civicledger.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civicledger.chaincode.json.Json;

/** Builds a chaincode argument: one JSON object from name/value pairs, null values left out. */
public final class Args {
    private Args() {
    }

    public static String json(Object... namesAndValues) {
        return object(namesAndValues).toString();
    }

    public static ObjectNode object(Object... namesAndValues) {
        ObjectNode node = Json.mapper().createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                node.set((String) namesAndValues[i], Json.mapper().valueToTree(value));
            }
        }
        return node;
    }
}
