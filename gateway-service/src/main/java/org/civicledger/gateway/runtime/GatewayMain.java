package org.civicledger.gateway.runtime;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;

/**
 * The gateway's entry point: starts loading the chaincode's contracts (the contract router's
 * classpath scan, the longest part of start-up) before Quarkus boots, so the two overlap. A
 * gateway on a Fabric network runs no contracts itself (the peers do), so it skips that.
 */
@QuarkusMain
public final class GatewayMain {
    private GatewayMain() {
    }

    public static void main(String... args) {
        String mode = System.getProperty("civic.ledger.mode", System.getenv().getOrDefault("CIVIC_LEDGER_MODE", ""));
        if (!"fabric".equals(mode)) {
            EmbeddedLedger.loadContractsInBackground();
        }
        Quarkus.run(args);
    }
}
