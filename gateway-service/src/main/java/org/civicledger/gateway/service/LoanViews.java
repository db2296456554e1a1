package org.civicledger.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civicledger.api.credit.DeclineReason;
import org.civicledger.api.credit.OverrideReason;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.problem.Language;

/**
 * Shapes the chaincode's loan decision records into API.md's answer: the ledger stores reason codes only, the
 * answer gives each reason as {@code {code, text}} in the negotiated language, and the line's outstanding amount.
 */
public final class LoanViews {
    private LoanViews() {
    }

    /** A loan decision record as the API answers it. */
    public static ObjectNode decision(JsonNode line, Language language) {
        ObjectNode out = ((ObjectNode) line).deepCopy();
        out.remove("closedTxId");
        JsonNode codes = out.remove("reasonCodes");
        if (codes != null && codes.isArray()) {
            ArrayNode reasons = out.putArray("reasons");
            for (JsonNode code : codes) {
                reasons.add(ReasonTexts.reason(DeclineReason.valueOf(code.asText()), language));
            }
        }
        JsonNode override = out.remove("override");
        if (override != null && override.isObject()) {
            ObjectNode shaped = out.putObject("override");
            String code = override.path("reasonCode").asText();
            shaped.put("code", code);
            shaped.put("text", ReasonTexts.text(OverrideReason.valueOf(code), language));
            shaped.set("note", override.get("note"));
        }
        out.put("outstandingFen", Math.subtractExact(line.path("drawnFen").asLong(), line.path("repaidFen").asLong()));
        return out;
    }

    /** A list of loan decision records as the API answers it. */
    public static ArrayNode decisions(JsonNode lines, Language language) {
        ArrayNode out = Json.mapper().createArrayNode();
        for (JsonNode line : lines) {
            out.add(decision(line, language));
        }
        return out;
    }
}
