package org.civicledger.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * bodies; {@link CreditJson} holds the credit group's.
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

    // ---- requests

    static ObjectNode enrolment(String externalRef, String publicKey) {
        ObjectNode body = object().put("externalRef", externalRef);
        if (publicKey != null) {
            body.put("publicKey", publicKey);
        }
        return body;
    }

    static ObjectNode contribution(ContributionRequest request) {
        ObjectNode body = object()
                .put("contributionId", request.contributionId())
                .put("residentId", request.residentId())
                .put("activityType", request.activityType())
                .put("quantity", request.quantity())
                .put("occurredAt", request.occurredAt().toString());
        if (request.evidenceHash() != null) {
            body.put("evidenceHash", request.evidenceHash());
        }
        return body;
    }

    static ObjectNode batch(List<ContributionRequest> requests) {
        ObjectNode body = object();
        ArrayNode items = body.putArray("items");
        requests.forEach(request -> items.add(contribution(request)));
        return body;
    }

    static ObjectNode redemption(RedemptionRequest request) {
        return object()
                .put("redemptionId", request.redemptionId())
                .put("residentId", request.residentId())
                .put("points", request.points())
                .put("item", request.item());
    }

    // ---- answers

    static Resident resident(JsonNode node, boolean replayed) {
        return new Resident(requiredText(node, "residentId"), requiredText(node, "communityId"),
                text(node, "publicKey"), requiredText(node, "status"), text(node, "statusReason"),
                requiredInstant(node, "enrolledAt"), text(node, "txId"), optionalLong(node, "blockNumber"), replayed);
    }

    static Balance balance(JsonNode node) {
        return new Balance(requiredText(node, "residentId"), requiredLong(node, "available"),
                requiredLong(node, "earnedTotal"), requiredLong(node, "spentTotal"),
                requiredLong(node, "expiredTotal"), requiredLong(node, "reversedTotal"));
    }

    static Award award(JsonNode node, boolean replayed) {
        return new Award(requiredText(node, "contributionId"), requiredText(node, "residentId"),
                requiredLong(node, "points"), requiredLong(node, "balance"), requiredText(node, "txId"),
                requiredLong(node, "blockNumber"), replayed);
    }

    static BatchResult batchResult(JsonNode node) {
        return new BatchResult(list(node.path("results"), item -> new BatchItemResult(text(item, "contributionId"),
                requiredText(item, "status"), optionalLong(item, "points"), optionalLong(item, "balance"),
                text(item, "txId"), optionalLong(item, "blockNumber"), text(item, "code"), text(item, "detail"))));
    }

    static Redemption redemption(JsonNode node, boolean replayed) {
        return new Redemption(requiredText(node, "redemptionId"), requiredText(node, "residentId"),
                requiredText(node, "merchantId"), requiredLong(node, "points"), requiredLong(node, "balance"),
                requiredText(node, "txId"), requiredLong(node, "blockNumber"), replayed);
    }

    static MerchantStatement statement(JsonNode node) {
        return new MerchantStatement(requiredText(node, "merchantId"),
                list(node.get("redemptions"), line -> new StatementLine(requiredText(line, "redemptionId"),
                        requiredText(line, "residentId"), requiredLong(line, "points"), requiredText(line, "item"),
                        requiredInstant(line, "at"), requiredText(line, "txId"), requiredBoolean(line, "settled"))),
                requiredLong(node, "totalPoints"), requiredLong(node, "unsettledPoints"));
    }
}
