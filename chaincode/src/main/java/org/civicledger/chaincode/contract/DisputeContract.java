package org.civicledger.chaincode.contract;

import org.civicledger.chaincode.domain.DisputeService;
import org.civicledger.chaincode.domain.Tx;
import org.civicledger.chaincode.json.Json;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Residents' disputes of points transactions, suspensions, credit checks and scores. */
@Contract(name = "Disputes", info = @Info(title = "Civic Ledger disputes", version = "1"))
public final class DisputeContract implements ContractInterface {
    private final DisputeService disputes = new DisputeService();

    /** {@code {disputeId, residentId, targetType?, targetTxId?, reason}} (APP); SCORE names no transaction. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String fileDispute(Context ctx, String request) {
        return Json.text(disputes.file(Tx.of(ctx), request));
    }

    /**
     * {@code {disputeId, outcome: UPHELD|REJECTED, note, correction?, communityId?}} (ADMIN; AUDITOR once past due,
     * with communityId).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String resolveDispute(Context ctx, String request) {
        return Json.text(disputes.resolve(Tx.of(ctx), request));
    }

    /** {@code {communityId?}} (ADMIN of its community; AUDITOR of one or all): records OVERDUE on past-due disputes. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String markOverdue(Context ctx, String request) {
        return Json.text(disputes.markOverdue(Tx.of(ctx), request));
    }

    /** @param status OPEN, OVERDUE, UPHELD, REJECTED or empty for all */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listDisputes(Context ctx, String status) {
        return Json.text(disputes.list(Tx.of(ctx), status));
    }
}
