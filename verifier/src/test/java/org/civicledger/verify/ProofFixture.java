package org.civicledger.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.civicledger.api.Wire;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.ledger.TxProof;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;

/**
 * An embedded ledger's transaction proof as the gateway makes it ({@code EmbeddedLedger.proof}) and the API answers
 * it ({@link TxProof#wire}): the one place the tests make proofs.
 */
final class ProofFixture {
    private ProofFixture() {
    }

    /** @return the proof document of {@code txId}, its header chain ending at {@code checkpoint} (default: the latest) */
    static byte[] proof(Path dataDir, String txId, OptionalLong checkpoint) throws IOException {
        return Wire.mapper().writeValueAsBytes(txProof(dataDir, txId, checkpoint).wire());
    }

    static TxProof txProof(Path dataDir, String txId, OptionalLong checkpoint) {
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dataDir, IdentityStore.open(dataDir))) {
            return ledger.proof(txId, checkpoint)
                    .orElseThrow(() -> new IllegalArgumentException("no block holds transaction " + txId));
        }
    }
}
