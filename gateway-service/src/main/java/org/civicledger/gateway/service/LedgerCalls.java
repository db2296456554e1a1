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
 * Calls the chaincode as a caller and shapes what comes back: a write that committed carries its own
 * {@code txId} and {@code blockNumber}, whatever older transaction the returned record names (a status
 * change returns the resident, whose record names its enrolment). A write that wrote nothing — a replay
 * of an earlier one (same client id, same request) or a no-op — was never ordered: it returns the
 * original result with the transaction and block of the record it found, and says it was not created.
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
        if (result.written()) {
            body.put("txId", result.txId());
            body.put("blockNumber", result.blockNumber());
        } else {
            String originalTxId = body.path("txId").asText(null);
            if (originalTxId != null) {
                body.put("blockNumber", ledger.transaction(originalTxId).map(t -> t.blockNumber()).orElse(-1L));
            }
        }
        return new Written(body, result.written());
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
