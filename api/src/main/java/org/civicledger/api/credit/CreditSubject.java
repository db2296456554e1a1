package org.civicledger.api.credit;

/** Whom a credit check, and the loan decision made on it, concerns: one resident or a household. */
public enum CreditSubject {
    RESIDENT, HOUSEHOLD
}
