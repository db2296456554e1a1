package org.civicledger.api.community;

/** What an activity type's quantity counts. */
public enum Unit {
    HOUR, EVENT, KILOGRAM
}
