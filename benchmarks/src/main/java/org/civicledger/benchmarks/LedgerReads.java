package org.civicledger.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.civicledger.api.Wire;
import org.civicledger.api.audit.AuditTransaction;
import org.civicledger.api.audit.TransactionEvent;
import org.civicledger.api.events.EventPayload;
import org.civicledger.api.events.EventType;
import org.civicledger.api.points.Balance;

/**
 * The reads {@code ConsortiumLoad check} makes of a gateway, as one caller: a transaction as the auditor sees it
 * ({@code GET /api/v1/audit/transactions/{txId}}), a resident's balance ({@code GET /api/v1/residents/{id}/balance}).
 * Thread-safe.
 */
final class LedgerReads {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final String token;

    LedgerReads(String baseUrl, String token) {
        this.api = baseUrl + "/api/v1";
        this.token = token;
    }

    /** The transaction under {@code txId}, or null when the ledger has none (404). */
    ExactlyOnce.Recorded transaction(String txId) throws IOException, InterruptedException {
        String body = get("/audit/transactions/" + txId);
        if (body == null) {
            return null;
        }
        AuditTransaction tx = Wire.read(Wire.mapper().readTree(body), Wire.type(AuditTransaction.class), false);
        for (TransactionEvent event : tx.events()) {
            if (event.type() == EventType.PointsAwarded) {
                EventPayload award = event.fields();
                return new ExactlyOnce.Recorded(tx.validationCode(), award.contributionId(), award.residentId(),
                        award.points());
            }
        }
        return new ExactlyOnce.Recorded(tx.validationCode(), null, null, null);
    }

    /** All points ever awarded to the resident ({@code earnedTotal}), or null when there is no such resident (404). */
    Long earned(String residentId) throws IOException, InterruptedException {
        String body = get("/residents/" + residentId + "/balance");
        return body == null ? null
                : Wire.<Balance>read(Wire.mapper().readTree(body), Wire.type(Balance.class), false).earnedTotal();
    }

    /** The body of a 200, null for a 404; anything else is an error naming the status and the problem's code. */
    private String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
            return r.body();
        }
        if (r.statusCode() == 404) {
            return null;
        }
        throw new IOException("GET " + api + path.replaceAll("[0-9a-f]{16,}", "{id}") + " answered "
                + Failure.label(r.statusCode(), r.body()));
    }
}
