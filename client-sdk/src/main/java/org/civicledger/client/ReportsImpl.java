package org.civicledger.client;

import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.reports.CreditProgrammeReport;
import org.civicledger.api.reports.TransparencyBoard;

/** {@link Reports} over the REST API. */
final class ReportsImpl implements Reports {
    private final HttpTransport transport;

    ReportsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public Oversight oversight() {
        return new OversightImpl(transport);
    }

    @Override
    public CompletableFuture<TransparencyBoard> transparencyAsync(String communityId, YearMonth from, YearMonth to) {
        return Calls.guarded(() -> transport.call("GET", ApiPath.query(ApiPath.V1 + "reports/communities/"
                + ApiPath.segment(communityId, "communityId") + "/transparency", "from", from, "to", to),
                null, Wire.type(TransparencyBoard.class)));
    }

    @Override
    public CompletableFuture<CreditProgrammeReport> creditProgrammeAsync(String communityId, String bankId,
                                                                         YearMonth from, YearMonth to) {
        return Calls.guarded(() -> transport.call("GET", ApiPath.query(ApiPath.V1 + "reports/credit-programme",
                "communityId", communityId, "bankId", bankId, "from", from, "to", to), null,
                Wire.type(CreditProgrammeReport.class)));
    }
}
