package org.civicledger.verify;

/** What a verified proof proved, whichever ledger made it. */
public interface ProofReport {
    /** @return whether the ledger recorded the transaction as VALID (else the proof proves it invalid) */
    boolean valid();

    /** @return one paragraph: the transaction, who created it, its block and checkpoint, what it did */
    String paragraph();
}
