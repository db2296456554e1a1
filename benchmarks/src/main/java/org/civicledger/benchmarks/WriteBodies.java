package org.civicledger.benchmarks;

import java.time.Instant;

/**
 * The request bodies of the writes {@code ConsortiumLoad} sends besides awards ({@link HttpAwards#awardBody}):
 * a redemption at a merchant, a consent to a bank, a bank's loan product, a consent-gated credit check. Ids and
 * values are the caller's to choose and are never personal data. The same id must always come with the same body:
 * another body under it is 409 {@code ID_CONFLICT}.
 */
final class WriteBodies {
    /** The purpose every benchmark consent is granted for and every benchmark check names. */
    static final String PURPOSE = "LOAN_APPLICATION";

    private WriteBodies() {
    }

    /** {@code POST /redemptions} (MERCHANT): {@code points} points for a benchmark item. */
    static String redemption(String redemptionId, String residentId, long points) {
        return "{\"redemptionId\":\"" + redemptionId + "\",\"residentId\":\"" + residentId + "\",\"points\":" + points
                + ",\"item\":\"bench\"}";
    }

    /** {@code POST /consents} (APP): the resident lets {@code bankId} check its credit for {@link #PURPOSE}. */
    static String consent(String consentId, String residentId, String bankId, Instant expiresAt) {
        return "{\"consentId\":\"" + consentId + "\",\"residentId\":\"" + residentId + "\",\"bankId\":\"" + bankId
                + "\",\"purpose\":\"" + PURPOSE + "\",\"expiresAt\":\"" + expiresAt + "\"}";
    }

    /** {@code POST /loan-products} (BANK): a product with terms for every band, any active consent enough. */
    static String loanProduct(String productId) {
        return "{\"productId\":\"" + productId + "\",\"name\":\"Benchmark product " + productId + "\","
                + "\"requireSignedConsent\":false,\"bands\":{"
                + "\"A\":{\"maxAmountFen\":5000000,\"rateDiscountBps\":50},"
                + "\"B\":{\"maxAmountFen\":2000000,\"rateDiscountBps\":20},"
                + "\"C\":{\"maxAmountFen\":1000000,\"rateDiscountBps\":0},"
                + "\"D\":{\"maxAmountFen\":500000,\"rateDiscountBps\":0}}}";
    }

    /** {@code POST /credit-checks} (BANK): a check of the resident for the product, under its own id. */
    static String creditCheck(String checkId, String residentId, String productId) {
        return "{\"checkId\":\"" + checkId + "\",\"residentId\":\"" + residentId + "\",\"productId\":\"" + productId
                + "\",\"purpose\":\"" + PURPOSE + "\"}";
    }
}
