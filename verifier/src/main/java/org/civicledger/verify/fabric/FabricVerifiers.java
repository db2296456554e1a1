package org.civicledger.verify.fabric;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.civicledger.verify.ProofDocument;
import org.civicledger.verify.ProofReport;
import org.civicledger.verify.StateReplay;
import org.civicledger.verify.TrustStore;
import org.civicledger.verify.VerificationFailure;

/**
 * civic-verify's Fabric verifiers over one trust folder: {@code ordererMsps} are the MSPs whose certificates may seal
 * blocks; every other MSP of the trust folder is an application organisation for the endorsement policy.
 */
public final class FabricVerifiers {
    public static final String DEFAULT_ORDERER_MSP = "OrdererMSP";

    private final FabricTransactions transactions;
    private final FabricSeal seal;

    public FabricVerifiers(TrustStore trust, Set<String> ordererMsps) {
        FabricSigners signers = new FabricSigners(trust);
        this.transactions = new FabricTransactions(signers, EndorsementPolicy.of(trust.msps(), ordererMsps));
        this.seal = new FabricSeal(signers, ordererMsps);
    }

    /** Verifies a proof whose ledger is FABRIC. */
    public ProofReport proof(ProofDocument proof) throws VerificationFailure {
        return new FabricProofVerifier(transactions, seal).verify(proof);
    }

    /**
     * What a folder of Fabric blocks proved: the paragraph, and when a state replay was asked for but the folder cannot
     * feed it, why the books were not recomputed (null when they were, or when no replay was asked for).
     */
    public record Chain(String paragraph, String notRecomputed) {
    }

    /** The namespace whose writes feed the books: the chaincode {@code civic-ledger}. */
    public static String chaincode() {
        return FabricWrites.CHAINCODE;
    }

    /**
     * Verifies a folder of Fabric block files.
     *
     * @param state replays the valid transactions' writes of the chaincode's namespace; null to leave the state alone
     */
    public Chain chain(Path folder, StateReplay state) throws IOException, VerificationFailure {
        return new FabricChainVerifier(transactions, seal, state).verify(folder);
    }
}
