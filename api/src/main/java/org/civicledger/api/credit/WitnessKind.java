package org.civicledger.api.credit;

/** Who witnessed a consent on paper for a resident without a registered key. */
public enum WitnessKind {
    /** An ACTIVE attester of the resident's community; the community's app records the consent. */
    ATTESTER,
    /** The community's ADMIN, who records the consent itself (its signing identity is the witness). */
    ADMIN
}
