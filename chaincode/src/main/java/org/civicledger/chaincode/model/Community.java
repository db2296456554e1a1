package org.civicledger.chaincode.model;

/**
 * A community, owned by the organisation whose admin created it, with its points and consent
 * policy. {@code maxConsentDays} is absent on records written before it existed (the default
 * applies). {@code scopedIds} is true for every community created since client ids were scoped to
 * their issuer; a community without it may still hold records under the old global id keys, so
 * lookups by id in it also try those (see {@code ScopedRecords}).
 */
public record Community(String communityId, String ownerMspId, int pointsExpiryMonths,
                        int maxContributionAgeDays, String createdAt, Integer maxConsentDays, Boolean scopedIds) {
    public static final int DEFAULT_EXPIRY_MONTHS = 24;
    public static final int DEFAULT_MAX_AGE_DAYS = 30;
    public static final int DEFAULT_MAX_CONSENT_DAYS = 365;

    /** A community created now: default policy, ids scoped from the start. */
    public static Community created(String communityId, String ownerMspId, String at) {
        return new Community(communityId, ownerMspId, DEFAULT_EXPIRY_MONTHS, DEFAULT_MAX_AGE_DAYS, at, null, true);
    }

    public Community withPolicy(int expiryMonths, int maxAgeDays, Integer consentDays) {
        return new Community(communityId, ownerMspId, expiryMonths, maxAgeDays, createdAt, consentDays, scopedIds);
    }

    /** @return the longest lifetime, in days, of a consent granted in this community */
    public int consentDaysLimit() {
        return maxConsentDays == null ? DEFAULT_MAX_CONSENT_DAYS : maxConsentDays;
    }

    /** @return whether records of this community may sit under the global id keys of earlier versions */
    public boolean mayHoldLegacyIds() {
        return !Boolean.TRUE.equals(scopedIds);
    }
}
