package org.civicledger.gateway.ledger.embedded;

import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.identity.SignatureVerifier;

/**
 * A signed transaction on its way to a block: the envelope, the exact bytes its creator signed
 * (kept, so they are serialised once), and whether the creator's signature verified. Checking
 * signatures here, on the submitting threads, spreads the work over every core; the committer
 * only reads the verdict.
 */
record Endorsed(Envelope envelope, byte[] transactionBytes, boolean signatureValid) {

    static Endorsed of(Envelope envelope, byte[] transactionBytes, SignatureVerifier verifier) {
        return new Endorsed(envelope, transactionBytes,
                verifier.verify(envelope.transaction().creator(), transactionBytes, envelope.signature()));
    }

    static Endorsed of(Envelope envelope, SignatureVerifier verifier) {
        return of(envelope, Json.bytes(envelope.transaction()), verifier);
    }
}
