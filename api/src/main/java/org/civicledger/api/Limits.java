package org.civicledger.api;

/** The API's limits, each defined once here for the gateway, the SDK and the documentation. */
public final class Limits {
    /** The most contributions one batch award may hold. */
    public static final int MAX_BATCH_ITEMS = 1_000;

    private Limits() {
    }
}
