package org.civicledger.chaincode.contract;

import java.util.List;
import org.hyperledger.fabric.contract.ContractInterface;

/**
 * Every contract of the chaincode. A peer's contract router finds them by scanning the classpath;
 * a process that hosts the router itself (the gateway's embedded ledger) registers exactly these
 * instead, and a test checks the list against what the scan finds.
 */
public final class Contracts {
    public static final List<Class<? extends ContractInterface>> ALL = List.of(RegistryContract.class,
            CommunityContract.class, PointsContract.class, CreditContract.class, DisputeContract.class,
            AuditContract.class);

    private Contracts() {
    }
}
