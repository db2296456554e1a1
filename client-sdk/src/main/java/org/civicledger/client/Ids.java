package org.civicledger.client;

import java.util.UUID;

/**
 * Generates client ids for writes. A write carries its id so that sending it again (after a timeout, a retry or a
 * crash) is safe: the gateway answers with the original result. Generate the id once, store it with the pending
 * write, and reuse it for every attempt.
 *
 * <p>Ids are a prefix and a random UUID, within the API's id rule ({@code [A-Za-z0-9][A-Za-z0-9._:-]{0,127}}).
 */
public final class Ids {
    private Ids() {
    }

    /**
     * Returns a new, random contribution id.
     *
     * @return an id such as {@code c-3f0c…}
     */
    public static String newContributionId() {
        return "c-" + UUID.randomUUID();
    }

    /**
     * Returns a new, random redemption id.
     *
     * @return an id such as {@code r-3f0c…}
     */
    public static String newRedemptionId() {
        return "r-" + UUID.randomUUID();
    }

    /**
     * Returns a new, random consent id.
     *
     * @return an id such as {@code consent-3f0c…}
     */
    public static String newConsentId() {
        return "consent-" + UUID.randomUUID();
    }

    /**
     * Returns a new, random dispute id.
     *
     * @return an id such as {@code d-3f0c…}
     */
    public static String newDisputeId() {
        return "d-" + UUID.randomUUID();
    }

    /**
     * Returns a new, random credit-check id.
     *
     * @return an id such as {@code check-3f0c…}
     */
    public static String newCheckId() {
        return "check-" + UUID.randomUUID();
    }

    /**
     * Returns a new, random settlement id.
     *
     * @return an id such as {@code s-3f0c…}
     */
    public static String newSettlementId() {
        return "s-" + UUID.randomUUID();
    }
}
