package org.civicledger.chaincode.model;

/** Credit score bands, best first. */
public enum Band {
    A, B, C, D
}
