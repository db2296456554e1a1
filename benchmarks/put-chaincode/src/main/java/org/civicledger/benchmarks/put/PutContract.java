package org.civicledger.benchmarks.put;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The Fabric benchmark's baseline transaction: one {@code putState}, nothing read, no checks. Chaincode
 * {@code civic-put}; function {@code Put:put(key, value)}.
 *
 * <p>Also {@code Put:touch}, a transaction of a chosen shape (R reads, W writes, no logic), to measure
 * what each key of a transaction costs on the network; {@code Put:seed} writes the keys it reads.
 */
@Contract(name = "Put", info = @Info(title = "Put-only baseline", version = "1"))
@Default
public final class PutContract implements ContractInterface {
    private static final int MAX_KEYS = 64;

    /** Writes {@code value} (UTF-8) under {@code key}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public void put(Context ctx, String key, String value) {
        ctx.getStub().putState(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code value} under {@code shared/0} … {@code shared/<count-1>}: the keys {@link #touch} reads. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public void seed(Context ctx, int count, String value) {
        check(count);
        for (int i = 0; i < count; i++) {
            ctx.getStub().putState(shared(i), value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Reads {@code shared/0} … {@code shared/<reads-1>} (seeded, never written again, so reads never
     * conflict), then writes {@code value} under {@code <key>/0} … {@code <key>/<writes-1>}.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public void touch(Context ctx, String key, int reads, int writes, String value) {
        check(reads);
        check(writes);
        ChaincodeStub stub = ctx.getStub();
        for (int i = 0; i < reads; i++) {
            if (stub.getState(shared(i)).length == 0) {
                throw new ChaincodeException("NOT_FOUND: " + shared(i) + " is not seeded");
            }
        }
        for (int i = 0; i < writes; i++) {
            stub.putState(key + "/" + i, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String shared(int i) {
        return "shared/" + i;
    }

    private static void check(int count) {
        if (count < 0 || count > MAX_KEYS) {
            throw new ChaincodeException("VALIDATION: a count of keys must be 0 to " + MAX_KEYS + ", not " + count);
        }
    }
}
