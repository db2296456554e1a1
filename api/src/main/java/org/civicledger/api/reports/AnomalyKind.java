package org.civicledger.api.reports;

/** What an anomaly finding is about. */
public enum AnomalyKind {
    /** An app whose points per resident awarded exceed the multiple of its community's apps' median. */
    APP,
    /** An attester whose points per resident attested exceed the multiple of its community's attesters' median. */
    ATTESTER,
    /** A resident awarded an activity type's whole daily cap on every day it was awarded that type. */
    CAPPED_RESIDENT,
    /** An exchange point whose redeemed points exceed the multiple of its community's exchange points' median. */
    EXCHANGE_POINT
}
