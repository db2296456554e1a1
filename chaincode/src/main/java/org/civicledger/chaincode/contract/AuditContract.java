package org.civicledger.chaincode.contract;

import org.civicledger.chaincode.domain.ReconciliationService;
import org.civicledger.chaincode.domain.Tx;
import org.civicledger.chaincode.json.Json;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Auditors' checks of the ledger's invariants. */
@Contract(name = "Audit", info = @Info(title = "Civic Ledger audit", version = "1"))
public final class AuditContract implements ContractInterface {
    private final ReconciliationService reconciliation = new ReconciliationService();

    /** Every balance against its history and buckets, and the totals: ledger-wide (AUDITOR), its own community's (ADMIN). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String reconcile(Context ctx) {
        return Json.text(reconciliation.reconcile(Tx.of(ctx)));
    }
}
