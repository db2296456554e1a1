package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.community.Household;
import org.civicledger.api.community.HouseholdMemberRequest;
import org.civicledger.api.community.HouseholdRequest;

/** {@link Households} over the REST API. */
final class HouseholdsImpl implements Households {
    private static final String PATH = ApiPath.V1 + "households";

    private final HttpTransport transport;

    HouseholdsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<Household> registerAsync(HouseholdRequest request) {
        return Calls.guarded(() -> transport.call("POST", PATH, Objects.requireNonNull(request, "request"),
                Wire.type(Household.class)));
    }

    @Override
    public CompletableFuture<Household> getAsync(String householdId, String communityId) {
        return Calls.guarded(() -> transport.call("GET", ApiPath.query(household(householdId), "communityId",
                communityId), null, Wire.type(Household.class)));
    }

    @Override
    public CompletableFuture<List<Household>> listAsync(String communityId) {
        return Calls.guarded(() -> transport.call("GET", ApiPath.query(PATH, "communityId", communityId), null,
                Wire.listOf(Household.class)));
    }

    @Override
    public CompletableFuture<Household> moveInAsync(String householdId, String residentId) {
        return Calls.guarded(() -> transport.call("POST", household(householdId) + "/members",
                HouseholdMemberRequest.of(residentId), Wire.type(Household.class)));
    }

    @Override
    public CompletableFuture<Household> moveOutAsync(String householdId, String residentId) {
        return Calls.guarded(() -> transport.call("DELETE", household(householdId) + "/members/"
                + ApiPath.segment(residentId, "residentId"), null, Wire.type(Household.class)));
    }

    @Override
    public CompletableFuture<Household> setHeadAsync(String householdId, String residentId) {
        return Calls.guarded(() -> transport.call("POST", household(householdId) + "/head",
                HouseholdMemberRequest.of(residentId), Wire.type(Household.class)));
    }

    private static String household(String householdId) {
        return PATH + "/" + ApiPath.segment(householdId, "householdId");
    }
}
