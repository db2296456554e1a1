package org.civicledger.client;

import java.time.Instant;
import java.util.Objects;

/**
 * How a {@link Dispute} was resolved.
 */
public final class DisputeResolution {
    private final String outcome;
    private final String note;
    private final String by;
    private final Instant at;
    private final String txId;
    private final Long reversedPoints;

    DisputeResolution(String outcome, String note, String by, Instant at, String txId, Long reversedPoints) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.note = Objects.requireNonNull(note, "note");
        this.by = Objects.requireNonNull(by, "by");
        this.at = Objects.requireNonNull(at, "at");
        this.txId = Objects.requireNonNull(txId, "txId");
        this.reversedPoints = reversedPoints;
    }

    /**
     * Returns {@code UPHELD} or {@code REJECTED}.
     *
     * @return {@code UPHELD} or {@code REJECTED}
     */
    public String outcome() {
        return outcome;
    }

    /**
     * Returns what was checked.
     *
     * @return what was checked
     */
    public String note() {
        return note;
    }

    /**
     * Returns who resolved it.
     *
     * @return who resolved it
     */
    public String by() {
        return by;
    }

    /**
     * Returns when it was resolved.
     *
     * @return when it was resolved
     */
    public Instant at() {
        return at;
    }

    /**
     * Returns the transaction of the resolution.
     *
     * @return the transaction of the resolution
     */
    public String txId() {
        return txId;
    }

    /**
     * Returns the points reversed by an upheld dispute of an award, otherwise {@code null}.
     *
     * @return the points reversed by an upheld dispute of an award, otherwise {@code null}
     */
    public Long reversedPoints() {
        return reversedPoints;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DisputeResolution)) {
            return false;
        }
        DisputeResolution o = (DisputeResolution) other;
        return Objects.equals(outcome, o.outcome) && Objects.equals(note, o.note) && Objects.equals(by, o.by)
                && Objects.equals(at, o.at) && Objects.equals(txId, o.txId)
                && Objects.equals(reversedPoints, o.reversedPoints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, note, by, at, txId, reversedPoints);
    }

    @Override
    public String toString() {
        return "DisputeResolution{outcome=" + outcome
                + ", note=" + note
                + ", by=" + by
                + ", at=" + at
                + ", txId=" + txId
                + ", reversedPoints=" + reversedPoints + "}";
    }
}
