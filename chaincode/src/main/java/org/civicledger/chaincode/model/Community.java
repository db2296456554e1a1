package org.civicledger.chaincode.model;

/**
 * A community, owned by the organisation whose admin created it, with its points and consent
 * policy. {@code maxConsentDays} is absent on records written before it existed (the default
 * applies). {@code scopedIds} is true for every community created since client ids were scoped to
 * their issuer; a community without it may still hold records under the old global id keys, so
 * lookups by id in it also try those (see {@code ScopedRecords}).
 */
public record Community(String communityId, String ownerMspId, int pointsExpiryMonths,
                        int maxContributionAgeDays, String createdAt, Integer maxConsentDays, Boolean scopedIds,
                        Boolean attesterRequired, Integer pendingExpiryDays) {
    public static final int DEFAULT_PENDING_EXPIRY_DAYS = 14;
    public static final int DEFAULT_EXPIRY_MONTHS = 24;
    public static final int DEFAULT_MAX_AGE_DAYS = 30;
    public static final int DEFAULT_MAX_CONSENT_DAYS = 365;

    /** A community created now: default policy, ids scoped from the start. */
    public static Community created(String communityId, String ownerMspId, String at) {
        return new Community(communityId, ownerMspId, DEFAULT_EXPIRY_MONTHS, DEFAULT_MAX_AGE_DAYS, at, null, true);
    }

    /** A community of the shape before attesters and approvals (both policies at their defaults). */
    public Community(String communityId, String ownerMspId, int pointsExpiryMonths, int maxContributionAgeDays,
                     String createdAt, Integer maxConsentDays, Boolean scopedIds) {
        this(communityId, ownerMspId, pointsExpiryMonths, maxContributionAgeDays, createdAt, maxConsentDays, scopedIds,
                null, null);
    }

    public Community withPolicy(int expiryMonths, int maxAgeDays, Integer consentDays) {
        return new Community(communityId, ownerMspId, expiryMonths, maxAgeDays, createdAt, consentDays, scopedIds,
                attesterRequired, pendingExpiryDays);
    }

    /** @return this community with the attester and approval policy in force (values, never absent) */
    public Community withApprovalPolicy(boolean requireAttester, int pendingDays) {
        return new Community(communityId, ownerMspId, pointsExpiryMonths, maxContributionAgeDays, createdAt,
                maxConsentDays, scopedIds, requireAttester, pendingDays);
    }

    /** @return whether every award must name an attester (default false) */
    public boolean requiresAttester() {
        return Boolean.TRUE.equals(attesterRequired);
    }

    /** @return days a pending contribution may wait for its approval (default 14) */
    public int pendingDaysLimit() {
        return pendingExpiryDays == null ? DEFAULT_PENDING_EXPIRY_DAYS : pendingExpiryDays;
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
