package org.civicledger.api;

/** The API's limits, each defined here once, for the gateway that enforces it and the SDK that checks it first. */
public final class Limits {
    /** The most contributions one batch award may hold. */
    public static final int MAX_BATCH_ITEMS = 1_000;
    /** The most blocks {@code GET /api/v1/audit/blocks?limit=} returns (and the largest {@code limit} it accepts). */
    public static final int MAX_BLOCKS = 100;

    private Limits() {
    }
}
