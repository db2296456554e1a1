package org.civicledger.client;

import java.util.List;
import java.util.Objects;

/**
 * A resident's explained credit score: the resident's own view ({@link ResidentCredit#score}) and part of every
 * {@link CreditCheck}.
 */
public final class CreditScore {
    private final String residentId;
    private final int score;
    private final String band;
    private final ScoreRange range;
    private final List<ScoreReason> reasons;
    private final long modelVersion;
    private final AsOf asOf;

    CreditScore(String residentId, int score, String band, ScoreRange range, List<ScoreReason> reasons,
            long modelVersion, AsOf asOf) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.score = score;
        this.band = Objects.requireNonNull(band, "band");
        this.range = Objects.requireNonNull(range, "range");
        this.reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        this.modelVersion = modelVersion;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Returns the resident.
     *
     * @return the resident
     */
    public String residentId() {
        return residentId;
    }

    /**
     * Returns the score, within {@link #range()}.
     *
     * @return the score, within {@link #range()}
     */
    public int score() {
        return score;
    }

    /**
     * Returns the score band, {@code A} (best) to {@code D}.
     *
     * @return the score band, {@code A} (best) to {@code D}
     */
    public String band() {
        return band;
    }

    /**
     * Returns the score's range.
     *
     * @return the score's range
     */
    public ScoreRange range() {
        return range;
    }

    /**
     * Returns why the score is what it is, as an unmodifiable list.
     *
     * @return why the score is what it is, as an unmodifiable list
     */
    public List<ScoreReason> reasons() {
        return reasons;
    }

    /**
     * Returns the version of the score model.
     *
     * @return the version of the score model
     */
    public long modelVersion() {
        return modelVersion;
    }

    /**
     * Returns the ledger state the score was computed on.
     *
     * @return the ledger state the score was computed on
     */
    public AsOf asOf() {
        return asOf;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CreditScore)) {
            return false;
        }
        CreditScore o = (CreditScore) other;
        return Objects.equals(residentId, o.residentId) && score == o.score && Objects.equals(band, o.band)
                && Objects.equals(range, o.range) && Objects.equals(reasons, o.reasons)
                && modelVersion == o.modelVersion && Objects.equals(asOf, o.asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(residentId, score, band, range, reasons, modelVersion, asOf);
    }

    @Override
    public String toString() {
        return "CreditScore{residentId=" + residentId
                + ", score=" + score
                + ", band=" + band
                + ", range=" + range
                + ", reasons=" + reasons
                + ", modelVersion=" + modelVersion
                + ", asOf=" + asOf + "}";
    }
}
