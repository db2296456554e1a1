package org.civicledger.gateway.runtime;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import org.civicledger.gateway.backup.Restore;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;

/**
 * The gateway's entry point: starts loading the chaincode's contracts (the contract router's
 * classpath scan, the longest part of start-up) before Quarkus boots, so the two overlap. A
 * gateway on a Fabric network runs no contracts itself (the peers do), so it skips that.
 *
 * <p>It also switches off Quarkus's check that the request target is a valid URI, which answers a bare 400
 * with no body: {@code RequestLimits} makes the same check and answers a problem. Quarkus reads this
 * system property once, when its HTTP layer loads, so it is set before anything starts.
 */
@QuarkusMain
public final class GatewayMain {
    private GatewayMain() {
    }

    /** Read by Quarkus's HTTP layer as it loads (also set for the tests, in the pom). */
    static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

    /** {@code restore <backup-folder> <data-dir>} restores a backup and exits (see {@link Restore}); otherwise the gateway runs. */
    public static void main(String... args) {
        if (args.length > 0 && "restore".equals(args[0])) {
            System.exit(Restore.command(System.out, System.err, Arrays.copyOfRange(args, 1, args.length)));
        }
        System.setProperty(DISABLE_URI_VALIDATION, "true");
        String mode = System.getProperty("civic.ledger.mode", System.getenv().getOrDefault("CIVIC_LEDGER_MODE", ""));
        if (!"fabric".equals(mode)) {
            EmbeddedLedger.loadContractsInBackground();
        }
        Quarkus.run(args);
    }
}
