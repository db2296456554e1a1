package org.civicledger.gateway.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import org.civicledger.gateway.auth.Callers;

/** The demo callers plus a second community, {@code north}, with an ADMIN and an APP of its own. */
public class SecondCommunity implements QuarkusTestProfile {
    static final String NORTH_ADMIN = "north-admin-token";
    static final String NORTH_APP = "north-app-token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "civic.callers.north-admin.token-sha256", Callers.sha256(NORTH_ADMIN),
                "civic.callers.north-admin.role", "ADMIN",
                "civic.callers.north-admin.organisation", "CommunityMSP",
                "civic.callers.north-admin.community", "north",
                "civic.callers.north-app.token-sha256", Callers.sha256(NORTH_APP),
                "civic.callers.north-app.role", "APP",
                "civic.callers.north-app.organisation", "CommunityMSP",
                "civic.callers.north-app.community", "north");
    }
}
