package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.community.ActivityType;
import org.civicledger.api.community.ActivityTypeRequest;
import org.civicledger.api.community.Category;
import org.civicledger.api.community.CategoryRequest;
import org.civicledger.api.community.Policy;
import org.civicledger.api.community.PolicyRequest;

/** {@link Community} over the REST API. */
final class CommunityImpl implements Community {
    private static final String ACTIVITY_TYPES = ApiPath.V1 + "activity-types";
    private static final String CATEGORIES = ApiPath.V1 + "categories";

    private final HttpTransport transport;

    CommunityImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<ActivityType> defineActivityTypeAsync(ActivityTypeRequest request) {
        return Calls.guarded(() -> transport.call("POST", ACTIVITY_TYPES, Objects.requireNonNull(request, "request"),
                Wire.type(ActivityType.class)));
    }

    @Override
    public CompletableFuture<List<ActivityType>> listActivityTypesAsync(String communityId) {
        return transport.call("GET", ApiPath.query(ACTIVITY_TYPES, "communityId", communityId), null,
                Wire.listOf(ActivityType.class));
    }

    @Override
    public CompletableFuture<Category> defineCategoryAsync(CategoryRequest request) {
        return Calls.guarded(() -> transport.call("POST", CATEGORIES, Objects.requireNonNull(request, "request"),
                Wire.type(Category.class)));
    }

    @Override
    public CompletableFuture<List<Category>> listCategoriesAsync(String communityId) {
        return transport.call("GET", ApiPath.query(CATEGORIES, "communityId", communityId), null,
                Wire.listOf(Category.class));
    }

    @Override
    public CompletableFuture<Policy> setPolicyAsync(PolicyRequest request) {
        return Calls.guarded(() -> transport.call("PUT", ApiPath.V1 + "policy",
                Objects.requireNonNull(request, "request"), Wire.type(Policy.class)));
    }
}
