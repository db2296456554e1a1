package org.civicledger.gateway.ledger.embedded;

import java.util.ArrayList;
import java.util.List;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.identity.LedgerIdentity;

/**
 * Test helper for the verifier (in the gateway's package, to reach its simulation and committer): commits
 * several transactions as ONE block, each simulated against the same committed state, as concurrent callers
 * would, so that a later one reading what an earlier one wrote is recorded {@code MVCC_READ_CONFLICT}; and a
 * transaction signed by someone other than its creator, recorded {@code BAD_CREATOR_SIGNATURE}.
 */
public final class OneBlock {
    private OneBlock() {
    }

    /** One transaction: {@code caller} calls {@code function} with {@code args}; {@code signer} signs it. */
    public record Call(LedgerIdentity caller, LedgerIdentity signer, String function, String... args) {
        public static Call by(LedgerIdentity caller, String function, String... args) {
            return new Call(caller, caller, function, args);
        }
    }

    /** @return the transaction ids, in block order, with the codes the ledger recorded */
    public static List<Committed> commit(EmbeddedLedger ledger, Call... calls) {
        List<Envelope> envelopes = new ArrayList<>();
        for (Call call : calls) {
            Transaction tx = ledger.simulate(call.caller(), call.function(), call.args()).transaction();
            envelopes.add(new Envelope(tx, call.signer().sign(Json.bytes(tx))));
        }
        Block block = ledger.committer().commit(envelopes);
        List<Committed> out = new ArrayList<>();
        for (int i = 0; i < envelopes.size(); i++) {
            out.add(new Committed(envelopes.get(i).transaction().txId(), block.number(), i,
                    block.validationCodes().get(i).name()));
        }
        return out;
    }

    /** Where a transaction was committed and how the ledger validated it. */
    public record Committed(String txId, long block, int index, String code) {
    }
}
