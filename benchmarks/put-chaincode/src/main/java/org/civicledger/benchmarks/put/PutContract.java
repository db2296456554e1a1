package org.civicledger.benchmarks.put;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * The Fabric benchmark's baseline transaction: one {@code putState}, nothing read, no checks. Chaincode
 * {@code civic-put}; function {@code Put:put(key, value)}.
 */
@Contract(name = "Put", info = @Info(title = "Put-only baseline", version = "1"))
@Default
public final class PutContract implements ContractInterface {

    /** Writes {@code value} (UTF-8) under {@code key}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public void put(Context ctx, String key, String value) {
        ctx.getStub().putState(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
