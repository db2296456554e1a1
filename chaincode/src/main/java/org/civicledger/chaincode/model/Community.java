package org.civicledger.chaincode.model;

/** A community, owned by the organisation whose admin created it, with its points policy. */
public record Community(String communityId, String ownerMspId, int pointsExpiryMonths,
                        int maxContributionAgeDays, String createdAt) {
    public static final int DEFAULT_EXPIRY_MONTHS = 24;
    public static final int DEFAULT_MAX_AGE_DAYS = 30;

    public Community withPolicy(int expiryMonths, int maxAgeDays) {
        return new Community(communityId, ownerMspId, expiryMonths, maxAgeDays, createdAt);
    }
}
