package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.credit.LineClosureRequest;
import org.civicledger.api.credit.LineEntry;
import org.civicledger.api.credit.LineEntryRequest;
import org.civicledger.api.credit.LoanDecision;
import org.civicledger.api.credit.LoanDecisionRequest;

/** {@link LoanDecisions} over the REST API. */
final class LoanDecisionsImpl implements LoanDecisions {
    private static final String PATH = ApiPath.V1 + "loan-decisions";

    private final HttpTransport transport;

    LoanDecisionsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<LoanDecision> decideAsync(LoanDecisionRequest request) {
        return Calls.guarded(() -> transport.call("POST", PATH, Objects.requireNonNull(request, "request"),
                Wire.type(LoanDecision.class)));
    }

    @Override
    public CompletableFuture<LoanDecision> getAsync(String decisionId, String bankId) {
        return Calls.guarded(() -> transport.call("GET", ApiPath.query(line(decisionId), "bankId", bankId), null,
                Wire.type(LoanDecision.class)));
    }

    @Override
    public CompletableFuture<List<LoanDecision>> listAsync(String bankId) {
        return transport.call("GET", ApiPath.query(PATH, "bankId", bankId), null, Wire.listOf(LoanDecision.class));
    }

    @Override
    public CompletableFuture<LineEntry> drawAsync(String decisionId, LineEntryRequest request) {
        return Calls.guarded(() -> transport.call("POST", line(decisionId) + "/drawdowns",
                Objects.requireNonNull(request, "request"), Wire.type(LineEntry.class)));
    }

    @Override
    public CompletableFuture<LineEntry> repayAsync(String decisionId, LineEntryRequest request) {
        return Calls.guarded(() -> transport.call("POST", line(decisionId) + "/repayments",
                Objects.requireNonNull(request, "request"), Wire.type(LineEntry.class)));
    }

    @Override
    public CompletableFuture<LoanDecision> closeAsync(String decisionId) {
        return Calls.guarded(() -> transport.call("POST", line(decisionId) + "/closure", LineClosureRequest.empty(),
                Wire.type(LoanDecision.class)));
    }

    private static String line(String decisionId) {
        return PATH + "/" + ApiPath.segment(decisionId, "decisionId");
    }
}
