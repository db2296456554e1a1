package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.RoutingRegistry;
import org.hyperledger.fabric.contract.routing.TxFunction;
import org.junit.jupiter.api.Test;

/**
 * The embedded ledger registers the contracts explicitly instead of letting the router scan every
 * jar; this scans the classpath the way the router's own scan does (every class annotated
 * {@code @Contract}, every {@code @Transaction} method) and expects the same routes. (A second
 * router is not built here: the shim keeps its type and metadata registries in static state.)
 */
class ContractRuntimeTest {

    @Test
    void registers_every_contract_and_transaction_a_classpath_scan_finds() throws Exception {
        Map<String, TreeSet<String>> scanned = new TreeMap<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().scan()) {
            for (ClassInfo info : scan.getClassesWithAnnotation(Contract.class.getName())) {
                Class<?> type = info.loadClass();
                TreeSet<String> transactions = new TreeSet<>();
                for (Method method : type.getMethods()) {
                    Transaction transaction = method.getAnnotation(Transaction.class);
                    if (transaction != null) {
                        transactions.add(transaction.name().isEmpty() ? method.getName() : transaction.name());
                    }
                }
                scanned.put(type.getName(), transactions);
            }
        }
        assertTrue(scanned.size() >= 7, "the scan found " + scanned.keySet());
        assertEquals(scanned, registered());
    }

    /** Contract class → its transaction names, as the embedded ledger's router routes them. */
    private static Map<String, TreeSet<String>> registered() throws Exception {
        Method router = ContractRuntime.class.getDeclaredMethod("router");
        router.setAccessible(true);
        RoutingRegistry registry = (RoutingRegistry) ContractRuntime.accessor("getRoutingRegistry")
                .invoke((ContractRouter) router.invoke(null));
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (ContractDefinition contract : registry.getAllDefinitions()) {
            TreeSet<String> names = new TreeSet<>();
            for (TxFunction fn : contract.getTxFunctions()) {
                names.add(fn.getName());
            }
            out.put(contract.getContractImpl().getName(), names);
        }
        return out;
    }
}
