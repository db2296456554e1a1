package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Limits;
import org.civicledger.api.Wire;
import org.civicledger.api.reports.AnomalyReport;
import org.civicledger.api.reports.AwardsReport;
import org.civicledger.api.reports.CreditCheckReport;
import org.civicledger.api.reports.DecisionsReport;

/** {@link Oversight} over the REST API. */
final class OversightImpl implements Oversight {
    private static final String PATH = ApiPath.V1 + "reports/";

    private final HttpTransport transport;

    OversightImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<CreditCheckReport> creditChecksAsync(OversightQuery query, String bankId, int limit,
                                                                  String cursor) {
        if (limit < 1 || limit > Limits.MAX_REPORT_ROWS) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "limit must be 1 to " + Limits.MAX_REPORT_ROWS + ", was " + limit));
        }
        return Calls.guarded(() -> transport.call("GET", path("oversight/credit-checks", query, "bankId", bankId,
                "limit", limit, "cursor", cursor), null, Wire.type(CreditCheckReport.class)));
    }

    @Override
    public CompletableFuture<AwardsReport> awardsAsync(OversightQuery query) {
        return Calls.guarded(() -> transport.call("GET", path("oversight/awards", query), null,
                Wire.type(AwardsReport.class)));
    }

    @Override
    public CompletableFuture<DecisionsReport> decisionsAsync(OversightQuery query) {
        return Calls.guarded(() -> transport.call("GET", path("oversight/decisions", query), null,
                Wire.type(DecisionsReport.class)));
    }

    @Override
    public CompletableFuture<AnomalyReport> anomaliesAsync(OversightQuery query, Integer multiple) {
        if (multiple != null && (multiple < Limits.MIN_ANOMALY_MULTIPLE || multiple > Limits.MAX_ANOMALY_MULTIPLE)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("multiple must be "
                    + Limits.MIN_ANOMALY_MULTIPLE + " to " + Limits.MAX_ANOMALY_MULTIPLE + ", was " + multiple));
        }
        return Calls.guarded(() -> transport.call("GET", path("anomalies", query, "multiple", multiple), null,
                Wire.type(AnomalyReport.class)));
    }

    /** The report's path with the query's community and period, then {@code more} name/value pairs. */
    static String path(String report, OversightQuery query, Object... more) {
        Objects.requireNonNull(query, "query");
        Object[] all = new Object[6 + more.length];
        all[0] = "communityId";
        all[1] = query.communityId();
        all[2] = "from";
        all[3] = query.from();
        all[4] = "to";
        all[5] = query.to();
        System.arraycopy(more, 0, all, 6, more.length);
        return ApiPath.query(PATH + report, all);
    }
}
