package org.civicledger.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The client: maps each operation to its API path and answer type over one {@link HttpTransport}. */
final class DefaultCivicLedgerClient implements CivicLedgerClient, Residents, Contributions, Redemptions {
    private static final int MAX_BATCH = 1000;

    private final HttpTransport transport;

    DefaultCivicLedgerClient(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public Residents residents() {
        return this;
    }

    @Override
    public Contributions contributions() {
        return this;
    }

    @Override
    public Redemptions redemptions() {
        return this;
    }

    // ---- residents

    @Override
    public Resident enrol(String externalRef) {
        return enrol(externalRef, null);
    }

    @Override
    public Resident enrol(String externalRef, String publicKey) {
        return HttpTransport.await(enrolAsync(externalRef, publicKey));
    }

    @Override
    public CompletableFuture<Resident> enrolAsync(String externalRef, String publicKey) {
        Objects.requireNonNull(externalRef, "externalRef");
        return transport.post("api/v1/residents", JsonCodec.enrolment(externalRef, publicKey))
                .thenApply(JsonCodec::resident);
    }

    @Override
    public Resident get(String residentId) {
        return HttpTransport.await(getAsync(residentId));
    }

    @Override
    public CompletableFuture<Resident> getAsync(String residentId) {
        return transport.get("api/v1/residents/" + segment(residentId, "residentId")).thenApply(JsonCodec::resident);
    }

    @Override
    public Balance balance(String residentId) {
        return HttpTransport.await(balanceAsync(residentId));
    }

    @Override
    public CompletableFuture<Balance> balanceAsync(String residentId) {
        return transport.get("api/v1/residents/" + segment(residentId, "residentId") + "/balance")
                .thenApply(JsonCodec::balance);
    }

    // ---- contributions

    @Override
    public Award award(ContributionRequest request) {
        return HttpTransport.await(awardAsync(request));
    }

    @Override
    public CompletableFuture<Award> awardAsync(ContributionRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.post("api/v1/contributions", JsonCodec.contribution(request)).thenApply(JsonCodec::award);
    }

    @Override
    public BatchResult awardBatch(List<ContributionRequest> requests) {
        return HttpTransport.await(awardBatchAsync(requests));
    }

    @Override
    public CompletableFuture<BatchResult> awardBatchAsync(List<ContributionRequest> requests) {
        Objects.requireNonNull(requests, "requests");
        if (requests.isEmpty() || requests.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_BATCH + " contributions, got "
                    + requests.size());
        }
        return transport.post("api/v1/contributions/batch", JsonCodec.batch(requests))
                .thenApply(JsonCodec::batchResult);
    }

    // ---- redemptions

    @Override
    public Redemption redeem(RedemptionRequest request) {
        return HttpTransport.await(redeemAsync(request));
    }

    @Override
    public CompletableFuture<Redemption> redeemAsync(RedemptionRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.post("api/v1/redemptions", JsonCodec.redemption(request)).thenApply(JsonCodec::redemption);
    }

    private static String segment(String value, String name) {
        Objects.requireNonNull(value, name);
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
