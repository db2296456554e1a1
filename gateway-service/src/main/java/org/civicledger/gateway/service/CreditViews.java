package org.civicledger.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civicledger.chaincode.json.Json;

/**
 * Shapes the chaincode's score records into API.md's credit views: the score's fields at the top
 * level, and {@code asOf} as the block the score was computed at and its time.
 */
public final class CreditViews {
    private CreditViews() {
    }

    /** A bank's credit check: score fields, product terms, and the check's own transaction and block. */
    public static ObjectNode check(ObjectNode check) {
        ObjectNode out = score(check.path("score"), check.path("blockNumber").asLong(), check.path("at").asText());
        for (String field : new String[] {"productId", "purpose", "consentId", "eligible", "maxAmountFen",
                "rateDiscountBps", "checkId", "txId", "blockNumber", "householdId", "communityId", "memberIds"}) {
            if (check.has(field)) {
                out.set(field, check.get(field));
            }
        }
        return out;
    }

    /** The resident's own view, computed on committed state at {@code height}. */
    public static ObjectNode own(JsonNode score, long height) {
        return score(score, height - 1, score.path("asOf").path("time").asText());
    }

    private static ObjectNode score(JsonNode score, long blockNumber, String time) {
        ObjectNode out = Json.mapper().createObjectNode();
        for (String field : new String[] {"residentId", "score", "band", "range", "reasons", "factors", "modelVersion"}) {
            if (score.has(field)) {
                out.set(field, score.get(field));
            }
        }
        ObjectNode asOf = out.putObject("asOf");
        asOf.put("blockNumber", blockNumber);
        asOf.put("time", time);
        return out;
    }
}
