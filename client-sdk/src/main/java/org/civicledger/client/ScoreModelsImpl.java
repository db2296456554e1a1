package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.credit.ScoreModel;
import org.civicledger.api.credit.ScoreModelApproval;
import org.civicledger.api.credit.ScoreModelEvaluation;
import org.civicledger.api.credit.ScoreModelRequest;

/** {@link ScoreModels} over the REST API. */
final class ScoreModelsImpl implements ScoreModels {
    private static final String PATH = ApiPath.V1 + "score-models";

    private final HttpTransport transport;

    ScoreModelsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<List<ScoreModel>> listAsync() {
        return transport.call("GET", PATH, null, Wire.listOf(ScoreModel.class));
    }

    @Override
    public CompletableFuture<ScoreModel> getAsync(long version) {
        return Calls.guarded(() -> transport.call("GET", path(version), null, Wire.type(ScoreModel.class)));
    }

    @Override
    public CompletableFuture<ScoreModel> proposeAsync(ScoreModelRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new NullPointerException("request"));
        }
        return transport.call("POST", PATH, request, Wire.type(ScoreModel.class));
    }

    @Override
    public CompletableFuture<ScoreModel> approveAsync(long version) {
        return Calls.guarded(() -> transport.call("POST", path(version) + "/approval", ScoreModelApproval.of(),
                Wire.type(ScoreModel.class)));
    }

    @Override
    public CompletableFuture<ScoreModelEvaluation> evaluateAsync(long version, String communityId, String cursor) {
        return Calls.guarded(() -> transport.call("GET", ApiPath.query(path(version) + "/evaluation", "communityId",
                Objects.requireNonNull(communityId, "communityId"), "cursor", cursor), null,
                Wire.type(ScoreModelEvaluation.class)));
    }

    private static String path(long version) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive: " + version);
        }
        return PATH + "/" + version;
    }
}
