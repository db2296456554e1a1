package org.civicledger.api;

/** What a caller may do: every bearer token and ledger identity has exactly one role. */
public enum Role {
    /** A community's administrator: set-up, residents, reversals, disputes, settlements. */
    ADMIN,
    /** A community's app: enrols residents, awards points, relays consents. */
    APP,
    /** An exchange point of a community: redeems points. */
    MERCHANT,
    /** A bank: publishes loan products and checks credit with consent. */
    BANK,
    /** An auditor: reads everything, writes nothing. */
    AUDITOR,
    /** A community's coordinator: approves or rejects its pending contributions and reads them. */
    COORDINATOR;

    /**
     * Whether this role acts inside one community.
     *
     * @return true for ADMIN, APP, MERCHANT and COORDINATOR
     */
    public boolean communityScoped() {
        return this == ADMIN || this == APP || this == MERCHANT || this == COORDINATOR;
    }
}
