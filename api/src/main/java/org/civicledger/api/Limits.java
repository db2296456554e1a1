package org.civicledger.api;

/**
 * The API's limits, defined once: the chaincode enforces them, the gateway and the SDK refer to them, the
 * documentation quotes them.
 */
public final class Limits {
    /** Most characters of an id a client chooses (contributionId, redemptionId, checkId...) or names (txId). */
    public static final int MAX_ID_LENGTH = 128;
    /** Most characters of a free text: a reason, a note, an item. */
    public static final int MAX_TEXT_LENGTH = 500;
    /** Most code points of a resident's real-world identifier (externalRef) once normalised. */
    public static final int MAX_EXTERNAL_REF_LENGTH = 256;
    /** Most entries of one page of a resident's history. */
    public static final int MAX_HISTORY_PAGE = 500;

    private Limits() {
    }
}
