package org.civicledger.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format: API.md's field names, in and out. Explicit tree mapping keeps Jackson out of the public types and
 * leaves optional fields out of requests (the gateway rejects unknown or malformed fields).
 */
final class JsonCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonCodec() {
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

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Long optionalLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    private static long requiredLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new TransportException("the gateway's answer lacks the number " + field, null);
        }
        return value.asLong();
    }

    // ---- requests

    static ObjectNode enrolment(String externalRef, String publicKey) {
        ObjectNode body = MAPPER.createObjectNode().put("externalRef", externalRef);
        if (publicKey != null) {
            body.put("publicKey", publicKey);
        }
        return body;
    }

    static ObjectNode contribution(ContributionRequest request) {
        ObjectNode body = MAPPER.createObjectNode()
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
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode items = body.putArray("items");
        requests.forEach(request -> items.add(contribution(request)));
        return body;
    }

    static ObjectNode redemption(RedemptionRequest request) {
        return MAPPER.createObjectNode()
                .put("redemptionId", request.redemptionId())
                .put("residentId", request.residentId())
                .put("points", request.points())
                .put("item", request.item());
    }

    // ---- answers

    static Resident resident(JsonNode node) {
        String enrolledAt = text(node, "enrolledAt");
        return new Resident(text(node, "residentId"), text(node, "communityId"), text(node, "publicKey"),
                text(node, "status"), text(node, "statusReason"), enrolledAt == null ? null : Instant.parse(enrolledAt),
                text(node, "txId"), optionalLong(node, "blockNumber"));
    }

    static Balance balance(JsonNode node) {
        return new Balance(text(node, "residentId"), requiredLong(node, "available"),
                requiredLong(node, "earnedTotal"), requiredLong(node, "spentTotal"),
                requiredLong(node, "expiredTotal"), requiredLong(node, "reversedTotal"));
    }

    static Award award(JsonNode node) {
        return new Award(text(node, "contributionId"), text(node, "residentId"), requiredLong(node, "points"),
                requiredLong(node, "balance"), text(node, "txId"), requiredLong(node, "blockNumber"));
    }

    static BatchResult batchResult(JsonNode node) {
        List<BatchItemResult> results = new ArrayList<>();
        for (JsonNode item : node.path("results")) {
            results.add(new BatchItemResult(text(item, "contributionId"), text(item, "status"),
                    optionalLong(item, "points"), optionalLong(item, "balance"), text(item, "txId"),
                    optionalLong(item, "blockNumber"), text(item, "code"), text(item, "detail")));
        }
        return new BatchResult(results);
    }

    static Redemption redemption(JsonNode node) {
        return new Redemption(text(node, "redemptionId"), text(node, "residentId"), text(node, "merchantId"),
                requiredLong(node, "points"), requiredLong(node, "balance"), text(node, "txId"),
                requiredLong(node, "blockNumber"));
    }
}
