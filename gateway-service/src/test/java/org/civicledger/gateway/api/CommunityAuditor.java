package org.civicledger.gateway.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import org.civicledger.gateway.auth.Callers;

/** The demo callers plus an AUDITOR of the community's own organisation (a second pair of eyes it may not be). */
public class CommunityAuditor implements QuarkusTestProfile {
    static final String COMMUNITY_AUDITOR = "community-auditor-token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "civic.callers.community-auditor.token-sha256", Callers.sha256(COMMUNITY_AUDITOR),
                "civic.callers.community-auditor.role", "AUDITOR",
                "civic.callers.community-auditor.organisation", "CommunityMSP");
    }
}
