package org.civicledger.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;

/** Reads a required field of a JSON object, or names what is wrong with it ({@code at: field is missing}). */
final class Fields {
    private Fields() {
    }

    static long requiredLong(JsonNode node, String field, String at) throws VerificationFailure {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new VerificationFailure(at + ": " + field + " is missing or not a whole number");
        }
        return v.asLong();
    }

    static String requiredText(JsonNode node, String field, String at) throws VerificationFailure {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new VerificationFailure(at + ": " + field + " is missing");
        }
        return v.asText();
    }

    static byte[] base64(JsonNode node, String field, String at) throws VerificationFailure {
        return base64(node.get(field), at + ": " + field);
    }

    /** @param what the part, named in the failure ("block 17: signature", "headers[2]") */
    static byte[] base64(JsonNode v, String what) throws VerificationFailure {
        if (v == null || !v.isTextual()) {
            throw new VerificationFailure(what + " is missing");
        }
        try {
            return Base64.getDecoder().decode(v.asText());
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure(what + " is not base64");
        }
    }
}
