package org.civicledger.chaincode.model;

public enum ContributionStatus {
    AWARDED, REVERSED
}
