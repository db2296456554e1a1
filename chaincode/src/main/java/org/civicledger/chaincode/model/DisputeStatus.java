package org.civicledger.chaincode.model;

public enum DisputeStatus {
    OPEN, UPHELD, REJECTED
}
