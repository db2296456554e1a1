package org.civicledger.client;

/** The builders' argument checks, with messages that state the rule. */
final class Checks {
    private Checks() {
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is required and must not be blank");
        }
    }

    static void requireSet(Object value, String name) {
        if (value == null) {
            throw new IllegalStateException(name + " is required");
        }
    }

    static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalStateException(name + " must be positive, was " + value);
        }
    }
}
