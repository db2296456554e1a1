package org.civicledger.gateway.ledger.embedded;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The chaincode's contracts, routed exactly as on a peer by the contract API's router. The
 * router scans the classpath once (seconds), so there is one per process; it is safe to share
 * across threads (each call gets a fresh context).
 */
final class ContractRuntime {
    private static ContractRouter router;
    /** Held so java.util.logging keeps their levels. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private ContractRuntime() {
    }

    /** Builds the router on a background thread now, so its classpath scan overlaps the rest of start-up. */
    static void loadInBackground() {
        Thread loader = new Thread(ContractRuntime::router, "civic-contract-loader");
        loader.setDaemon(true);
        loader.start();
    }

    static Chaincode.Response invoke(ChaincodeStub stub) {
        return router().invoke(stub);
    }

    private static synchronized ContractRouter router() {
        if (router == null) {
            long start = System.nanoTime();
            ContractRouter created = new ContractRouter(new String[] {"-i", "civic-ledger"});
            quietShim(); // the constructor set INFO: three lines per call and a stack trace per refusal
            try {
                created.startRouterWithChaincodeServer(new ChaincodeServer() {
                    @Override
                    public void start() {
                        // in-process: no server, the router only scans for contracts
                    }

                    @Override
                    public void stop() {
                    }
                });
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot load the chaincode's contracts", e);
            }
            router = created;
            Logger.getLogger(ContractRuntime.class.getName()).info(() -> String.format(java.util.Locale.ROOT,
                    "contract router ready in %.0f ms (it scans the classpath for contracts once)",
                    (System.nanoTime() - start) / 1e6));
        }
        return router;
    }

    private static void quietShim() {
        for (String name : new String[] {"org.hyperledger", "org.hyperledger.fabric.contract",
            "org.hyperledger.fabric.shim", "org.hyperledger.fabric.contract.ContractRouter"}) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
        // these log every business refusal as SEVERE with a stack trace (the shim's ResponseUtils logger
        // is unregistered and inherits from "org.hyperledger.fabric"); the gateway reports refusals itself
        for (String name : new String[] {ContractRouter.class.getName(), "org.hyperledger.fabric"}) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.OFF);
            QUIETED.add(logger);
        }
    }
}
