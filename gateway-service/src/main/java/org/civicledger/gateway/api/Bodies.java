package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.service.LedgerCalls;

/** Request and response helpers shared by the resources. */
final class Bodies {
    private Bodies() {
    }

    /**
     * The request body as a JSON object. Its fields are checked by the chaincode (strictly: unknown
     * fields, wrong types, fractions, out-of-range numbers and oversize strings are refused), the
     * same way whichever ledger runs it.
     */
    static ObjectNode object(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ApiException.invalid("a JSON object body is required");
        }
        if (!(body instanceof ObjectNode o)) {
            throw ApiException.invalid("the body must be a JSON object, not " + body.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return o;
    }

    /** 201 for a new write, 200 for an idempotent replay of an earlier one. */
    static Response written(LedgerCalls.Written written) {
        return Response.status(written.created() ? 201 : 200).entity(written.body()).build();
    }

    /** The body with the id the path names; the same field in the body is refused rather than guessed between. */
    static String withPathId(JsonNode body, String field, String id) {
        ObjectNode request = Bodies.object(body).deepCopy();
        if (request.has(field)) {
            throw ApiException.invalid(field + " is given by the path, not the body");
        }
        request.put(field, id);
        return request.toString();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
