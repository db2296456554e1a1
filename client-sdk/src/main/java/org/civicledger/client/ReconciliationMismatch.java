package org.civicledger.client;

import java.util.Objects;

/**
 * One failed check of a {@link Reconciliation}.
 */
public final class ReconciliationMismatch {
    private final String subject;
    private final String check;
    private final long expected;
    private final long actual;

    ReconciliationMismatch(String subject, String check, long expected, long actual) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.check = Objects.requireNonNull(check, "check");
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Returns the record checked.
     *
     * @return the record checked
     */
    public String subject() {
        return subject;
    }

    /**
     * Returns the rule it broke.
     *
     * @return the rule it broke
     */
    public String check() {
        return check;
    }

    /**
     * Returns what the rule expected.
     *
     * @return what the rule expected
     */
    public long expected() {
        return expected;
    }

    /**
     * Returns what was found.
     *
     * @return what was found
     */
    public long actual() {
        return actual;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReconciliationMismatch)) {
            return false;
        }
        ReconciliationMismatch o = (ReconciliationMismatch) other;
        return Objects.equals(subject, o.subject) && Objects.equals(check, o.check) && expected == o.expected
                && actual == o.actual;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, check, expected, actual);
    }

    @Override
    public String toString() {
        return "ReconciliationMismatch{subject=" + subject
                + ", check=" + check
                + ", expected=" + expected
                + ", actual=" + actual + "}";
    }
}
