package org.civicledger.verify;

/** What failed, named as "block 17: data hash does not match" or "block 17 tx 2: …". */
public final class VerificationFailure extends Exception {
    public VerificationFailure(String message) {
        super(message);
    }
}
