package org.civicledger.gateway.demo;

import java.util.List;
import org.civicledger.api.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.identity.Identities;

/** The demo callers and tokens of API.md; only ever added when {@code civic.demo=true}. */
public final class DemoCallers {
    public static final String COMMUNITY = "demo";

    private record Demo(String token, String name, Role role, String organisation, String subject) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("demo-admin-token", "demo-admin", Role.ADMIN, "CommunityMSP", "demo-admin"),
            new Demo("demo-app-token", "demo-app", Role.APP, "CommunityMSP", "demo-app"),
            new Demo("demo-merchant-token", "demo-merchant", Role.MERCHANT, "CommunityMSP", "demo-merchant"),
            new Demo("demo-bank-token", "demo-bank", Role.BANK, "BankMSP", "demo-bank"),
            new Demo("demo-auditor-token", "demo-auditor", Role.AUDITOR, "AuditMSP", "demo-auditor"));

    private DemoCallers() {
    }

    public static void addTo(Callers callers, Identities identities) {
        for (Demo d : DEMO) {
            callers.add(Callers.sha256(d.token()), new Caller(d.name(), d.role(), d.organisation(), d.subject(),
                    d.role().communityScoped() ? COMMUNITY : null, identities.identity(d.organisation(), d.name(), false)));
        }
    }
}
