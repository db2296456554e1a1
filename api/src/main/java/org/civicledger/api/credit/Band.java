package org.civicledger.api.credit;

/** Credit score bands, best first. */
public enum Band {
    A, B, C, D
}
