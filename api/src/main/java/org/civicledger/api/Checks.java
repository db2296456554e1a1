package org.civicledger.api;

/** The builders' argument checks, with messages that state the rule (and never echo a value). */
public final class Checks {
    private Checks() {
    }

    /**
     * @param value the value
     * @param name  the field's name
     * @throws IllegalStateException if the value is null or blank
     */
    public static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is required and must not be blank");
        }
    }

    /**
     * @param value the value
     * @param name  the field's name
     * @throws IllegalStateException if the value is null
     */
    public static void requireSet(Object value, String name) {
        if (value == null) {
            throw new IllegalStateException(name + " is required");
        }
    }

    /**
     * @param value the value
     * @param name  the field's name
     * @throws IllegalStateException if the value is not positive
     */
    public static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalStateException(name + " must be positive, was " + value);
        }
    }

    /**
     * @param value the value
     * @param min   the smallest allowed
     * @param max   the largest allowed
     * @param name  the field's name
     * @throws IllegalStateException if the value is outside {@code [min, max]}
     */
    public static void requireBetween(long value, long min, long max, String name) {
        if (value < min || value > max) {
            throw new IllegalStateException(name + " must be between " + min + " and " + max);
        }
    }
}
