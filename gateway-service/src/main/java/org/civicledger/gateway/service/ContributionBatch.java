package org.civicledger.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.chaincode.json.Json;
import org.civicledger.chaincode.json.Request;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.civicledger.gateway.problem.ApiException;

/**
 * Up to {@link Limits#MAX_BATCH_ITEMS} awards in one request, each its own ledger transaction that succeeds or fails on its
 * own. They are submitted together, so the ledger commits them in a few blocks rather than one
 * block each; results come back in the request's order.
 */
@Singleton
public class ContributionBatch {
    private static final int PARALLELISM = 32;

    private final LedgerCalls ledger;
    private final ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM, r -> {
        Thread t = new Thread(r, "civic-batch");
        t.setDaemon(true);
        return t;
    });

    @Inject
    public ContributionBatch(LedgerCalls ledger) {
        this.ledger = ledger;
    }

    public ObjectNode award(Caller app, ObjectNode request) {
        ArrayNode items = items(request);
        List<Future<ObjectNode>> pending = new ArrayList<>();
        for (JsonNode item : items) {
            pending.add(pool.submit(() -> one(app, item)));
        }
        ArrayNode results = Json.mapper().createArrayNode();
        for (Future<ObjectNode> f : pending) {
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while awarding a batch", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        ObjectNode out = Json.mapper().createObjectNode();
        out.set("results", results);
        return out;
    }

    private ObjectNode one(Caller app, JsonNode item) {
        ObjectNode result = Json.mapper().createObjectNode();
        JsonNode id = item.path("contributionId");
        // a valid id names its result; an invalid one is not repeated (results are in the request's order)
        if (id.isTextual() && Request.ID.matcher(id.textValue()).matches()) {
            result.put("contributionId", id.textValue());
        }
        if (!item.isObject()) {
            return failed(result, ErrorCode.VALIDATION_FAILED, "each item must be a JSON object");
        }
        try {
            LedgerCalls.Written written = ledger.submit(app, "Points:award", item.toString());
            boolean pending = "PENDING".equals(written.body().path("status").asText(null));
            result.put("status", pending ? "PENDING" : written.created() ? "AWARDED" : "ALREADY_AWARDED");
            result.put("points", written.body().path("points").asLong());
            result.put("balance", written.body().path("balance").asLong());
            result.put("txId", written.body().path("txId").asText());
            result.put("blockNumber", written.body().path("blockNumber").asLong());
            return result;
        } catch (LedgerRefusal e) {
            return failed(result, e.code(), e.detail());
        }
    }

    private static ObjectNode failed(ObjectNode result, ErrorCode code, String detail) {
        result.put("status", "FAILED");
        result.put("code", code.name());
        result.put("detail", detail);
        return result;
    }

    private static ArrayNode items(ObjectNode request) {
        request.fieldNames().forEachRemaining(name -> {
            if (!name.equals("items")) {
                throw ApiException.invalid("unknown field; the only field is items");
            }
        });
        JsonNode items = request.get("items");
        if (!(items instanceof ArrayNode array)) {
            throw ApiException.invalid("items must be an array of contributions");
        }
        if (array.isEmpty() || array.size() > Limits.MAX_BATCH_ITEMS) {
            throw ApiException.invalid("items must hold 1 to " + Limits.MAX_BATCH_ITEMS + " contributions");
        }
        return array;
    }

    @PreDestroy
    void close() {
        pool.shutdown();
    }
}
