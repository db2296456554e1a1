package org.civicledger.gateway.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;
import org.civicledger.gateway.auth.Callers;

/**
 * The demo callers plus a community of this test run only (so its board counts exactly what the test did, on a
 * fresh embedded ledger or a long-lived Fabric network alike): an ADMIN, an APP and two exchange points.
 */
public class TransparencyCommunity implements QuarkusTestProfile {
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String COMMUNITY = "tr-" + RUN;
    static final String ADMIN = "tr-admin-token-" + RUN;
    static final String APP = "tr-app-token-" + RUN;
    static final String SHOP_A = "tr-shop-a-token-" + RUN;
    static final String SHOP_B = "tr-shop-b-token-" + RUN;
    static final String APP_ID = "tr-app-" + RUN;
    static final String SHOP_A_ID = "tr-shop-a-" + RUN;
    static final String SHOP_B_ID = "tr-shop-b-" + RUN;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("civic.callers.tr-admin.token-sha256", Callers.sha256(ADMIN)),
                Map.entry("civic.callers.tr-admin.role", "ADMIN"),
                Map.entry("civic.callers.tr-admin.organisation", "CommunityMSP"),
                Map.entry("civic.callers.tr-admin.subject", "tr-admin-" + RUN),
                Map.entry("civic.callers.tr-admin.community", COMMUNITY),
                Map.entry("civic.callers.tr-app.token-sha256", Callers.sha256(APP)),
                Map.entry("civic.callers.tr-app.role", "APP"),
                Map.entry("civic.callers.tr-app.organisation", "CommunityMSP"),
                Map.entry("civic.callers.tr-app.subject", APP_ID),
                Map.entry("civic.callers.tr-app.community", COMMUNITY),
                Map.entry("civic.callers.tr-shop-a.token-sha256", Callers.sha256(SHOP_A)),
                Map.entry("civic.callers.tr-shop-a.role", "MERCHANT"),
                Map.entry("civic.callers.tr-shop-a.organisation", "CommunityMSP"),
                Map.entry("civic.callers.tr-shop-a.subject", SHOP_A_ID),
                Map.entry("civic.callers.tr-shop-a.community", COMMUNITY),
                Map.entry("civic.callers.tr-shop-b.token-sha256", Callers.sha256(SHOP_B)),
                Map.entry("civic.callers.tr-shop-b.role", "MERCHANT"),
                Map.entry("civic.callers.tr-shop-b.organisation", "CommunityMSP"),
                Map.entry("civic.callers.tr-shop-b.subject", SHOP_B_ID),
                Map.entry("civic.callers.tr-shop-b.community", COMMUNITY));
    }
}
