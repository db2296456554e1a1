package org.civicledger.api.community;

/** Categories of civic contribution (DESIGN §4). */
public enum Category {
    VOLUNTEER_SERVICE, SAFETY_PATROL, ANTI_FRAUD_PUBLICITY, GARBAGE_SORTING, COMMUNITY_AFFAIRS
}
