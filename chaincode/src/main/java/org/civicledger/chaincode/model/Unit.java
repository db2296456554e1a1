package org.civicledger.chaincode.model;

/** What an activity type's quantity counts. */
public enum Unit {
    HOUR, EVENT, KILOGRAM
}
