package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Limits;
import org.civicledger.api.WireValue;

/** How one factor scores in a score model. */
@JsonClassDescription("How one factor scores: points = floor(maxPoints × min(measure, target) ÷ target); for "
        + "REVERSALS, floor(maxPoints × (target − min(measure, target)) ÷ target).")
public final class ScoreFactorRule extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The factor's points at or beyond its target (0-1000)")
    private int maxPoints;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The measure at which the factor scores in full (REVERSALS: scores zero), at least 1")
    private long target;

    private ScoreFactorRule() {
    }

    /**
     * @param maxPoints the factor's points at or beyond its target (0-1000)
     * @param target    the measure at which it scores in full (1 to {@link Limits#MAX_FACTOR_TARGET})
     * @return the rule
     * @throws IllegalArgumentException if either breaks its range
     */
    public static ScoreFactorRule of(int maxPoints, long target) {
        if (maxPoints < 0 || maxPoints > 1000 || target < 1 || target > Limits.MAX_FACTOR_TARGET) {
            throw new IllegalArgumentException("maxPoints must be 0-1000 and target 1-" + Limits.MAX_FACTOR_TARGET);
        }
        ScoreFactorRule rule = new ScoreFactorRule();
        rule.maxPoints = maxPoints;
        rule.target = target;
        return rule;
    }

    public int maxPoints() { return maxPoints; }
    public long target() { return target; }
}
