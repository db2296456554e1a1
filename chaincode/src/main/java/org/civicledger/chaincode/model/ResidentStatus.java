package org.civicledger.chaincode.model;

public enum ResidentStatus {
    ACTIVE, SUSPENDED
}
