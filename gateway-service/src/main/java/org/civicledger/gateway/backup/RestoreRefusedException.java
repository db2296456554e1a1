package org.civicledger.gateway.backup;

/** A restore refused: the message names what failed (a missing or damaged file, a block, the target). Nothing was restored. */
public final class RestoreRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RestoreRefusedException(String message) {
        super(message);
    }
}
