package org.civicledger.gateway.auth;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import org.civicledger.api.Role;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.gateway.demo.DemoCallers;
import org.civicledger.gateway.identity.Identities;

/** Builds the gateway's {@link Callers}: the configured ones, plus the demo tokens when {@code civic.demo=true}. */
@Singleton
public class CallerDirectory {

    @Produces
    @Singleton
    Callers callers(CivicConfig config, Identities identities) {
        Callers callers = new Callers();
        for (Map.Entry<String, CivicConfig.CallerConfig> e : config.callers().entrySet()) {
            CivicConfig.CallerConfig c = e.getValue();
            Role role = role(e.getKey(), c.role());
            if (role.communityScoped() && c.community().isEmpty()) {
                throw new IllegalStateException("caller " + e.getKey() + " (" + role + ") needs civic.callers."
                        + e.getKey() + ".community");
            }
            callers.add(c.tokenSha256(), new Caller(e.getKey(), role, c.organisation(), c.subject().orElse(e.getKey()),
                    role.communityScoped() ? c.community().get() : null,
                    identities.identity(c.organisation(), e.getKey(), false)));
        }
        if (config.demo()) {
            DemoCallers.addTo(callers, identities);
        }
        return callers;
    }

    private static Role role(String name, String text) {
        try {
            return Role.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("caller " + name + ": unknown role " + text, e);
        }
    }
}
