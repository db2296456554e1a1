package org.civicledger.chaincode.model;

import org.civicledger.api.credit.Band;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A versioned scoring model stored on the ledger. Factor maximums add up to 1000;
 * {@code bandMinimums} gives the lowest score of bands A, B and C (everything lower is D);
 * {@code reasonTexts} gives each reason code's text in English and Chinese (the model's definition: checks store
 * codes only); {@code effectiveAt} is when the model takes effect (its publication for version 1).
 * Records written before reason texts and effective times were kept read as the defaults.
 */
public record ScoreModel(long version, Map<Factor, FactorRule> factors, Map<Band, Integer> bandMinimums,
                         Map<String, ReasonText> reasonTexts, String effectiveAt, String publishedAt, String txId) {
    public static final int MAX_SCORE = 1000;

    public ScoreModel {
        factors = new TreeMap<>(factors);
        bandMinimums = new TreeMap<>(bandMinimums);
        reasonTexts = reasonTexts == null ? defaultTexts() : new TreeMap<>(reasonTexts);
        effectiveAt = effectiveAt == null ? publishedAt : effectiveAt;
    }

    public ScoreModel(long version, Map<Factor, FactorRule> factors, Map<Band, Integer> bandMinimums,
                      String publishedAt, String txId) {
        this(version, factors, bandMinimums, null, null, publishedAt, txId);
    }

    /** A reason code's text in English and in simplified Chinese. */
    public record ReasonText(String en, String zh) {
    }

    /** @return each factor's reason code with the texts of version 1 */
    public static Map<String, ReasonText> defaultTexts() {
        Map<String, ReasonText> texts = new TreeMap<>();
        for (Factor factor : Factor.values()) {
            texts.put(factor.reasonCode(), new ReasonText(factor.text(), factor.zh()));
        }
        return texts;
    }

    /** Version 1, committed when the ledger is initialised. */
    public static ScoreModel defaultModel(String publishedAt, String txId) {
        Map<Factor, FactorRule> factors = new EnumMap<>(Factor.class);
        // credit points are points × weight %: 120,000 = 1,200 fully weighted points a year
        factors.put(Factor.CONTRIBUTION_VOLUME, new FactorRule(400, 120_000));
        factors.put(Factor.ACTIVE_MONTHS, new FactorRule(250, 12));
        factors.put(Factor.DIVERSITY, new FactorRule(150, 4));
        factors.put(Factor.TENURE, new FactorRule(100, 24));
        factors.put(Factor.REVERSALS, new FactorRule(100, 2));
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        bands.put(Band.A, 750);
        bands.put(Band.B, 550);
        bands.put(Band.C, 350);
        return new ScoreModel(1, factors, bands, publishedAt, txId);
    }

    public Band band(int score) {
        for (Band band : new Band[] {Band.A, Band.B, Band.C}) {
            if (score >= bandMinimums.get(band)) {
                return band;
            }
        }
        return Band.D;
    }
}
