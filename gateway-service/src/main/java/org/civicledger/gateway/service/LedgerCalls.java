package org.civicledger.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.TxResult;

/**
 * Calls the chaincode as a caller and shapes what comes back: every committed write carries
 * {@code txId} and {@code blockNumber}; a write that replayed an earlier one (same client id, same
 * request) returns the original result, transaction and block, and says so.
 */
@Singleton
public class LedgerCalls {
    private final LedgerPort ledger;
    private final Timer commitLatency;

    @Inject
    public LedgerCalls(LedgerPort ledger, MeterRegistry registry) {
        this.ledger = ledger;
        this.commitLatency = Timer.builder("civic.ledger.commit.latency")
                .description("Time from submitting a write until its block is durable, retries included")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    /** A committed write: the result object (with txId and blockNumber) and whether it was new. */
    public record Written(ObjectNode body, boolean created) {
    }

    public Written submit(Caller caller, String function, String... args) {
        TxResult result = commitLatency.record(() -> ledger.submit(caller.identity(), function, args));
        JsonNode payload = parse(result.payload());
        ObjectNode body = payload instanceof ObjectNode o ? o : Json.mapper().createObjectNode().set("result", payload);
        String originalTxId = body.path("txId").asText(null);
        boolean created = originalTxId == null || originalTxId.equals(result.txId());
        if (created) {
            body.put("txId", result.txId());
            body.put("blockNumber", result.blockNumber());
        } else {
            body.put("blockNumber", ledger.transaction(originalTxId).map(t -> t.blockNumber()).orElse(-1L));
        }
        return new Written(body, created);
    }

    public JsonNode evaluate(Caller caller, String function, String... args) {
        return parse(ledger.evaluate(caller.identity(), function, args));
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isEmpty()) {
            return Json.mapper().nullNode();
        }
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the chaincode returned malformed JSON", e);
        }
    }
}
