package org.civicledger.chaincode.contract;

import org.civicledger.chaincode.domain.RegistryService;
import org.civicledger.chaincode.domain.Tx;
import org.civicledger.chaincode.json.Json;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Ledger initialisation and the role registry. Every argument and result is a JSON document. */
@Contract(name = "Registry", info = @Info(title = "Civic Ledger role registry", version = "1"))
public final class RegistryContract implements ContractInterface {
    private final RegistryService registry = new RegistryService();

    /** Commits score model v1 (organisation admins; idempotent). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String init(Context ctx) {
        return Json.text(registry.init(Tx.of(ctx)));
    }

    /** {@code {clientId, mspId?, role, subjectId?, communityId?, activityTypes?}}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String register(Context ctx, String request) {
        return Json.text(registry.register(Tx.of(ctx), request));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String whoAmI(Context ctx) {
        return Json.text(registry.whoAmI(Tx.of(ctx)));
    }
}
