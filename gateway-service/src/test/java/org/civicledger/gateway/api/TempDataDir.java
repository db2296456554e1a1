package org.civicledger.gateway.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Every test run of the gateway gets a fresh data dir (identities, secrets, ledger) under target/. */
public class TempDataDir implements QuarkusTestResourceLifecycleManager {
    static Path dir;

    @Override
    public Map<String, String> start() {
        try {
            Files.createDirectories(Path.of("target"));
            dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "gateway-test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("civic.data-dir", dir.toString());
    }

    @Override
    public void stop() {
        // kept for inspection (target/ is cleaned by mvn clean); the leak test reads it after the run
    }
}
