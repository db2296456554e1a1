package org.civicledger.chaincode.model;

import org.civicledger.api.credit.Band;

import java.util.List;

/**
 * An explained credit score: the total, its band, the reasons that held it back most (at most
 * four, largest loss first), each factor's contribution, the model and the moment it was
 * computed for.
 */
public record Score(String residentId, int score, Band band, Range range, List<Reason> reasons,
                    List<FactorScore> factors, long modelVersion, AsOf asOf) {

    /** The score's scale. */
    public record Range(int min, int max) {
    }

    /**
     * A reason code. The ledger keeps the code only: the gateway writes its text in the language the request
     * negotiated, from the model version's {@code reasonTexts}. Records written before that also kept an English
     * {@code text}; it is ignored when read.
     */
    public record Reason(String code) {
    }

    /** What one factor measured and the points it earned out of its maximum. */
    public record FactorScore(Factor factor, long measure, int points, int maxPoints) {
    }

    /** The transaction whose timestamp the score was computed at. */
    public record AsOf(String time, String txId) {
    }
}
