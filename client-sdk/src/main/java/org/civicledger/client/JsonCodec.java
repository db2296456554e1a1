package org.civicledger.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The wire format: API.md's field names, in and out. Explicit tree mapping keeps Jackson out of the public types and
 * leaves optional fields out of requests (the gateway rejects unknown or malformed fields). An answer that lacks a
 * required field is a {@link TransportException}. This class holds the shared readers and the points group's
 * bodies.
 */
final class JsonCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonCodec() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new TransportException("the gateway's answer is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode parseOrNull(String body) {
        try {
            JsonNode node = body == null || body.isEmpty() ? null : MAPPER.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    // ---- readers

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String requiredText(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw lacks(field);
        }
        return value;
    }

    static Long optionalLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    static long requiredLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw lacks(field);
        }
        return value.asLong();
    }

    static int requiredInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw lacks(field);
        }
        return value.asInt();
    }

    static boolean requiredBoolean(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw lacks(field);
        }
        return value.asBoolean();
    }

    static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new TransportException("the gateway's answer has a malformed " + field + ": " + value, e);
        }
    }

    static Instant requiredInstant(JsonNode node, String field) {
        Instant value = instant(node, field);
        if (value == null) {
            throw lacks(field);
        }
        return value;
    }

    /** The items of an array answer (or of an array field), each read by {@code item}. */
    static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        if (array == null || !array.isArray()) {
            throw new TransportException("the gateway's answer lacks a list where one belongs", null);
        }
        List<T> items = new ArrayList<>(array.size());
        array.forEach(node -> items.add(item.apply(node)));
        return items;
    }

    static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    /** A JSON value as plain, unmodifiable Java: strings, numbers, booleans, {@code null}, lists and maps. */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(field -> map.put(field.getKey(), plain(field.getValue())));
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return Collections.unmodifiableList(list);
        }
        return node.isNumber() ? node.numberValue() : node.isBoolean() ? (Object) node.asBoolean() : node.asText();
    }

    private static TransportException lacks(String field) {
        return new TransportException("the gateway's answer lacks " + field, null);
    }
}
