package org.civicledger.gateway.demo;

import java.util.List;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.civicledger.api.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.identity.Identities;
import org.civicledger.gateway.identity.LedgerIdentity;

/**
 * The demo callers and tokens of API.md; only ever added when {@code civic.demo=true}. A gateway of one
 * organisation offers only that organisation's demo callers; the others' are offered by their own gateways.
 */
public final class DemoCallers {
    public static final String COMMUNITY = "demo";

    private static final Logger LOG = Logger.getLogger(DemoCallers.class.getName());

    /** {@code optional}: left out, with a warning, where the ledger has no identity for it (an older network). */
    private record Demo(String token, String name, Role role, String organisation, String subject, boolean optional) {
        Demo(String token, String name, Role role, String organisation, String subject) {
            this(token, name, role, organisation, subject, false);
        }
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("demo-admin-token", "demo-admin", Role.ADMIN, "CommunityMSP", "demo-admin"),
            new Demo("demo-app-token", "demo-app", Role.APP, "CommunityMSP", "demo-app"),
            new Demo("demo-merchant-token", "demo-merchant", Role.MERCHANT, "CommunityMSP", "demo-merchant"),
            new Demo("demo-coordinator-token", "demo-coordinator", Role.COORDINATOR, "CommunityMSP", "demo-coordinator",
                    true),
            new Demo("demo-bank-token", "demo-bank", Role.BANK, "BankMSP", "demo-bank"),
            new Demo("demo-auditor-token", "demo-auditor", Role.AUDITOR, "AuditMSP", "demo-auditor"));

    private DemoCallers() {
    }

    /** Adds the demo callers of the organisations {@code identities} serves (every one, unless it is one organisation's). */
    public static void addTo(Callers callers, Identities identities) {
        TreeSet<String> active = new TreeSet<>();
        TreeSet<String> elsewhere = new TreeSet<>();
        for (Demo d : DEMO) {
            if (identities.organisation().filter(own -> !own.equals(d.organisation())).isPresent()) {
                elsewhere.add(d.organisation());
                continue;
            }
            LedgerIdentity identity;
            try {
                identity = identities.identity(d.organisation(), d.name(), false);
            } catch (IllegalArgumentException e) {
                if (!d.optional()) {
                    throw e;
                }
                LOG.warning("demo caller " + d.name() + " left out: " + e.getMessage());
                continue;
            }
            active.add(d.organisation());
            callers.add(Callers.sha256(d.token()), new Caller(d.name(), d.role(), d.organisation(), d.subject(),
                    d.role().communityScoped() ? COMMUNITY : null, identity));
        }
        LOG.info("demo callers active of " + active + (elsewhere.isEmpty() ? ""
                : "; those of " + elsewhere + " are offered by their own organisations' gateways"));
    }
}
