package org.civicledger.api.credit;

/** How a score model version stands at the time of reading. */
public enum ScoreModelStatus {
    /** Proposed by a community ADMIN, not approved. */
    PROPOSED,
    /** Approved by an AUDITOR of another organisation; its effectiveAt has not come. */
    SCHEDULED,
    /** The model in force: new scores use it. */
    ACTIVE,
    /** Approved, no longer (or never) in force: a higher version took effect. */
    PAST
}
