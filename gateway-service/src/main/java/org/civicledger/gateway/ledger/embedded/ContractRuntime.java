package org.civicledger.gateway.ledger.embedded;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.chaincode.contract.Contracts;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.contract.metadata.MetadataBuilder;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.RoutingRegistry;
import org.hyperledger.fabric.contract.routing.TypeRegistry;
import org.hyperledger.fabric.contract.systemcontract.SystemContract;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The chaincode's contracts, routed exactly as on a peer by the contract API's router: one per
 * process (building it takes a classpath scan of its own, seconds), safe to share across threads
 * (each call gets a fresh context).
 */
final class ContractRuntime {
    private static volatile ContractRouter router;
    /** Held so java.util.logging keeps their levels. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private ContractRuntime() {
    }

    /**
     * Builds the router on a background thread now, so its classpath scan overlaps the rest of
     * start-up; calling it again once it is built or being built does nothing new.
     */
    static void loadInBackground() {
        Thread loader = new Thread(ContractRuntime::router, "civic-contract-loader");
        loader.setDaemon(true);
        loader.start();
    }

    static Chaincode.Response invoke(ChaincodeStub stub) {
        ContractRouter built = router; // once built, every call reads it without taking the class's lock
        return (built != null ? built : router()).invoke(stub);
    }

    private static synchronized ContractRouter router() {
        if (router == null) {
            long start = System.nanoTime();
            ContractRouter created = new ContractRouter(new String[] {"-i", "civic-ledger"});
            quietShim(); // the constructor set INFO: three lines per call and a stack trace per refusal
            register(created);
            router = created;
            Logger.getLogger(ContractRuntime.class.getName()).info(() -> String.format(java.util.Locale.ROOT,
                    "contract router ready in %.0f ms", (System.nanoTime() - start) / 1e6));
        }
        return router;
    }

    /**
     * Registers the chaincode's contracts with the router the way its own classpath scan would
     * (each contract, then each of its {@code @Transaction} methods, then the metadata), without a
     * second scan of every jar in the process — on a peer the scan sees one chaincode jar, here the
     * whole gateway (seconds of start-up). The router's registries are package-private in shim
     * 2.5.7, hence the reflection; {@code ContractRuntimeTest} checks the result equals the scan's.
     */
    @SuppressWarnings("unchecked")
    private static void register(ContractRouter router) {
        try {
            RoutingRegistry routes = (RoutingRegistry) accessor("getRoutingRegistry").invoke(router);
            TypeRegistry types = (TypeRegistry) accessor("getTypeRegistry").invoke(router);
            List<Class<?>> contracts = new ArrayList<>(Contracts.ALL);
            contracts.add(SystemContract.class);
            for (Class<?> contract : contracts) {
                ContractDefinition definition = routes.addNewContract((Class<ContractInterface>) contract);
                for (Method method : contract.getMethods()) {
                    if (method.getAnnotation(Transaction.class) != null) {
                        definition.addTxFunction(method);
                    }
                }
            }
            MetadataBuilder.initialize(routes, types);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot register the chaincode's contracts with this shim version", e);
        }
    }

    /** The router's package-private registry accessor {@code name}. */
    static Method accessor(String name) throws NoSuchMethodException {
        Method method = ContractRouter.class.getDeclaredMethod(name);
        method.setAccessible(true);
        return method;
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
