package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.community.EnrolmentRequest;
import org.civicledger.api.community.Resident;
import org.civicledger.api.community.ResidentStatusRequest;
import org.civicledger.api.points.Balance;
import org.civicledger.api.points.HistoryPage;

/** {@link Residents} over the REST API. */
final class ResidentsImpl implements Residents {
    private final HttpTransport transport;

    ResidentsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<Resident> enrolAsync(EnrolmentRequest request) {
        return Calls.guarded(() -> transport.call("POST", ApiPath.V1 + "residents",
                Objects.requireNonNull(request, "request"), Wire.type(Resident.class)));
    }

    @Override
    public CompletableFuture<Resident> getAsync(String residentId) {
        return Calls.guarded(() -> transport.call("GET", path(residentId), null,
                Wire.type(Resident.class)));
    }

    @Override
    public CompletableFuture<Resident> setStatusAsync(String residentId, ResidentStatusRequest request) {
        return Calls.guarded(() -> transport.call("POST", path(residentId) + "/status",
                Objects.requireNonNull(request, "request"), Wire.type(Resident.class), false));
    }

    @Override
    public CompletableFuture<Balance> balanceAsync(String residentId) {
        return Calls.guarded(() -> transport.call("GET", path(residentId) + "/balance", null,
                Wire.type(Balance.class)));
    }

    @Override
    public CompletableFuture<HistoryPage> historyPageAsync(String residentId, Integer limit, String cursor) {
        return Calls.guarded(() -> transport.call("GET",
                ApiPath.query(path(residentId) + "/history", "limit", limit, "cursor", cursor), null,
                Wire.type(HistoryPage.class)));
    }

    /** {@code api/v1/residents/{residentId}}; the credit group's paths start here too. */
    static String path(String residentId) {
        return ApiPath.V1 + "residents/" + ApiPath.segment(residentId, "residentId");
    }
}
