package org.civicledger.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Test settings: what start-up and the resident-id secrets read (data dir, demo mode, configured callers,
 * resident secrets; a Fabric ledger with 3 attempts and a 1 s start-up wait); the rest is not used by
 * the tests that build one.
 */
public record StartupSettings(Path dataDir, boolean demo, Map<String, CivicConfig.CallerConfig> callers,
                              Map<String, String> residentSecrets) implements CivicConfig {
    @Override
    public Ledger ledger() {
        return new Ledger() {
            @Override
            public String mode() {
                return "fabric";
            }

            @Override
            public Path fabricProfile() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int maxAttempts() {
                return 3;
            }

            @Override
            public Duration startupWait() {
                return Duration.ofSeconds(1);
            }
        };
    }

    @Override
    public Operations operations() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Http http() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Events events() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Console console() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ReadModel readModel() {
        throw new UnsupportedOperationException();
    }
}
