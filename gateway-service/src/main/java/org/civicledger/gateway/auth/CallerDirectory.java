package org.civicledger.gateway.auth;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicledger.api.Role;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.gateway.demo.DemoCallers;
import org.civicledger.gateway.identity.Identities;

/**
 * Builds the gateway's {@link Callers}: the configured ones, plus the demo tokens when {@code civic.demo=true}.
 * A gateway of one organisation ({@link Identities#organisation()}) serves only that organisation's callers: a
 * configured caller of another is refused at start, and demo callers of others are not offered (their tokens are
 * as unknown as any). Its resident-id secrets stay with the community's gateway: a configured
 * {@code civic.resident-secrets.<community>} that none of its callers belongs to is refused at start.
 */
@Singleton
public class CallerDirectory {

    @Produces
    @Singleton
    Callers callers(CivicConfig config, Identities identities) {
        return build(config, identities);
    }

    /**
     * @return the callers {@code config} names, with their identities from {@code identities}
     * @throws IllegalStateException naming the caller or setting that this gateway cannot serve
     */
    public static Callers build(CivicConfig config, Identities identities) {
        Optional<String> own = identities.organisation();
        Callers callers = new Callers();
        for (Map.Entry<String, CivicConfig.CallerConfig> e : config.callers().entrySet()) {
            CivicConfig.CallerConfig c = e.getValue();
            Role role = role(e.getKey(), c.role());
            if (role.communityScoped() && c.community().isEmpty()) {
                throw new IllegalStateException("caller " + e.getKey() + " (" + role + ") needs civic.callers."
                        + e.getKey() + ".community");
            }
            if (own.isPresent() && !own.get().equals(c.organisation())) {
                throw new IllegalStateException("caller " + e.getKey() + ": civic.callers." + e.getKey()
                        + ".organisation is " + c.organisation() + ", but this is " + own.get() + "'s gateway, which"
                        + " holds only " + own.get() + "'s keys: configure the caller on " + c.organisation()
                        + "'s gateway");
            }
            callers.add(c.tokenSha256(), new Caller(e.getKey(), role, c.organisation(), c.subject().orElse(e.getKey()),
                    role.communityScoped() ? c.community().get() : null,
                    identities.identity(c.organisation(), e.getKey(), false)));
        }
        if (config.demo()) {
            DemoCallers.addTo(callers, identities);
        }
        own.ifPresent(o -> requireOwnResidentSecrets(config, callers, o));
        return callers;
    }

    private static void requireOwnResidentSecrets(CivicConfig config, Callers callers, String own) {
        Set<String> communities = callers.all().stream().map(Caller::communityId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (String community : config.residentSecrets().keySet()) {
            if (!communities.contains(community)) {
                throw new IllegalStateException("civic.resident-secrets." + community + " is set, but no caller of "
                        + own + "'s gateway belongs to community " + community + ": resident-id secrets stay with"
                        + " the community's own gateway; remove the setting here");
            }
        }
    }

    private static Role role(String name, String text) {
        try {
            return Role.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("caller " + name + ": unknown role " + text, e);
        }
    }
}
