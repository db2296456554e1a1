package org.civicledger.chaincode.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicledger.api.credit.Band;
import org.civicledger.chaincode.model.Bucket;
import org.civicledger.api.community.Categories;
import org.civicledger.chaincode.model.Factor;
import org.civicledger.chaincode.model.FactorRule;
import org.civicledger.chaincode.model.Score;
import org.civicledger.chaincode.model.ScoreModel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The default model (v1): volume 400 (target 120,000 credit points), active months 250 (12),
 * diversity 150 (4 categories), tenure 100 (24 months), reversals 100 (2 reversals score zero).
 */
class ScoreCalculatorTest {
    private static final ScoreModel MODEL = ScoreModel.defaultModel("2026-01-01T00:00:00Z", "tx0");
    private static final YearMonth NOW = YearMonth.of(2027, 6);
    private static final Score.AsOf AS_OF = new Score.AsOf("2027-06-15T10:00:00Z", "tx42");
    private static final List<String> CATEGORIES = Categories.DEFAULTS;

    /**
     * Buckets for the {@code activeMonths} months ending now, each with points in the first
     * {@code categories} categories (spread over the months), {@code creditPoints} in total and
     * {@code reversals} reversals in the last month.
     */
    private static List<Bucket> buckets(int activeMonths, int categories, long creditPoints, int reversals) {
        List<Bucket> out = new ArrayList<>();
        for (int i = activeMonths - 1; i >= 0; i--) {
            int index = activeMonths - 1 - i;
            Map<String, Long> points = new java.util.TreeMap<>();
            points.put(CATEGORIES.get(index % categories), 10L);
            if (i == 0) {
                for (int c = 0; c < categories; c++) {
                    points.put(CATEGORIES.get(c), 10L);
                }
            }
            long credit = i == 0 ? creditPoints - (creditPoints / activeMonths) * (activeMonths - 1)
                    : creditPoints / activeMonths;
            out.add(new Bucket("r", NOW.minusMonths(i).toString(), 100, 0, 0, 0, credit, points,
                    i == 0 ? reversals : 0, Map.of()));
        }
        return out;
    }

    private static Score score(List<Bucket> buckets, int tenureMonths) {
        return ScoreCalculator.compute(MODEL, "r", buckets, NOW.minusMonths(tenureMonths), NOW, AS_OF);
    }

    private static List<String> codes(Score score) {
        return score.reasons().stream().map(Score.Reason::code).toList();
    }

    private static int points(Score score, Factor factor) {
        return score.factors().stream().filter(f -> f.factor() == factor).findFirst().orElseThrow().points();
    }

    @Nested
    class Compute {
        @Test
        void gives_the_full_1000_and_no_reasons_when_every_target_is_met() {
            Score score = score(buckets(12, 4, 120_000, 0), 24);
            assertEquals(1000, score.score());
            assertEquals(Band.A, score.band());
            assertEquals(List.of(), score.reasons());
            assertEquals(new Score.Range(0, 1000), score.range());
            assertEquals(1, score.modelVersion());
            assertEquals(AS_OF, score.asOf());
            assertEquals("r", score.residentId());
        }

        @Test
        void gives_a_resident_without_history_only_the_no_reversals_points() {
            Score score = score(List.of(), 0);
            assertEquals(100, score.score());
            assertEquals(Band.D, score.band());
            assertEquals(List.of("LOW_CONTRIBUTION", "FEW_ACTIVE_MONTHS", "NARROW_PARTICIPATION", "SHORT_TENURE"),
                    codes(score));
        }

        @Test
        void scores_each_factor_in_proportion_to_its_target_rounding_down() {
            // volume 400×60000/120000 = 200; active 250×3/12 = 62; diversity 150×1/4 = 37;
            // tenure 100×6/24 = 25; reversals 100×(2−1)/2 = 50
            Score score = score(buckets(3, 1, 60_000, 1), 6);
            assertEquals(200, points(score, Factor.CONTRIBUTION_VOLUME));
            assertEquals(62, points(score, Factor.ACTIVE_MONTHS));
            assertEquals(37, points(score, Factor.DIVERSITY));
            assertEquals(25, points(score, Factor.TENURE));
            assertEquals(50, points(score, Factor.REVERSALS));
            assertEquals(374, score.score());
            assertEquals(Band.C, score.band());
        }

        @Test
        void gives_at_most_four_reasons_largest_loss_first() {
            // losses: volume 200, active 188, diversity 113, tenure 75, reversals 50
            Score score = score(buckets(3, 1, 60_000, 1), 6);
            assertEquals(List.of("LOW_CONTRIBUTION", "FEW_ACTIVE_MONTHS", "NARROW_PARTICIPATION", "SHORT_TENURE"),
                    codes(score));
        }

        @Test
        void orders_reasons_by_points_lost_not_by_factor_order() {
            // reversals 0 (−100), diversity 3/4 → 112 (−38), tenure 20/24 → 83 (−17)
            Score score = score(buckets(12, 3, 120_000, 2), 20);
            assertEquals(List.of("RECENT_REVERSALS", "NARROW_PARTICIPATION", "SHORT_TENURE"), codes(score));
            assertEquals(845, score.score());
            assertEquals(Band.A, score.band());
            assertEquals(new Score.Reason(Factor.REVERSALS.reasonCode()), score.reasons().get(0)); // a code, no text
        }

        @Test
        void breaks_ties_between_equal_losses_by_factor_order() {
            // tenure 12/24 → 50 (−50) and one reversal → 50 (−50)
            Score score = score(buckets(12, 4, 120_000, 1), 12);
            assertEquals(List.of("SHORT_TENURE", "RECENT_REVERSALS"), codes(score));
            assertEquals(900, score.score());
        }

        @Test
        void can_name_each_factor_as_a_reason() {
            assertEquals(List.of("LOW_CONTRIBUTION"), codes(score(buckets(12, 4, 119_999, 0), 24)));
            assertEquals(List.of("FEW_ACTIVE_MONTHS"), codes(score(buckets(11, 4, 120_000, 0), 24)));
            assertEquals(List.of("NARROW_PARTICIPATION"), codes(score(buckets(12, 3, 120_000, 0), 24)));
            assertEquals(List.of("SHORT_TENURE"), codes(score(buckets(12, 4, 120_000, 0), 23)));
            assertEquals(List.of("RECENT_REVERSALS"), codes(score(buckets(12, 4, 120_000, 1), 24)));
        }
    }

    @Nested
    class Bands {
        @Test
        void places_scores_in_bands_at_the_models_thresholds() {
            // everything but volume: active 250 + diversity 150 + tenure 100 + reversals 100 = 600
            assertEquals(750, score(buckets(12, 4, 45_000, 0), 24).score());
            assertEquals(Band.A, score(buckets(12, 4, 45_000, 0), 24).band());
            assertEquals(749, score(buckets(12, 4, 44_999, 0), 24).score());
            assertEquals(Band.B, score(buckets(12, 4, 44_999, 0), 24).band());
            // tenure 0: 500 + volume
            assertEquals(550, score(buckets(12, 4, 15_000, 0), 0).score());
            assertEquals(Band.B, score(buckets(12, 4, 15_000, 0), 0).band());
            assertEquals(549, score(buckets(12, 4, 14_999, 0), 0).score());
            assertEquals(Band.C, score(buckets(12, 4, 14_999, 0), 0).band());
            // active 6 → 125, diversity 2 → 75, tenure 12 → 50, one reversal → 50: 300 + volume
            assertEquals(350, score(buckets(6, 2, 15_000, 1), 12).score());
            assertEquals(Band.C, score(buckets(6, 2, 15_000, 1), 12).band());
            assertEquals(349, score(buckets(6, 2, 14_999, 1), 12).score());
            assertEquals(Band.D, score(buckets(6, 2, 14_999, 1), 12).band());
        }

        @Test
        void follows_the_thresholds_of_the_model_in_force() {
            Map<Band, Integer> minimums = new EnumMap<>(Band.class);
            minimums.put(Band.A, 900);
            minimums.put(Band.B, 500);
            minimums.put(Band.C, 100);
            ScoreModel strict = new ScoreModel(2, MODEL.factors(), minimums, "2027-01-01T00:00:00Z", "tx9");
            Score score = ScoreCalculator.compute(strict, "r", buckets(12, 4, 45_000, 0), NOW.minusMonths(24), NOW,
                    AS_OF);
            assertEquals(750, score.score());
            assertEquals(Band.B, score.band());
            assertEquals(2, score.modelVersion());
            assertSame(Band.D, strict.band(99));
        }
    }

    @Nested
    class Measures {
        @Test
        void caps_volume_at_its_maximum() {
            assertEquals(400, points(score(buckets(12, 4, 9_000_000_000L, 0), 24), Factor.CONTRIBUTION_VOLUME));
        }

        @Test
        void never_lets_volume_go_below_zero() {
            List<Bucket> reversedOut = List.of(new Bucket("r", NOW.toString(), 10, 0, 0, 10, -500,
                    Map.of(Categories.SAFETY_PATROL, 0L), 1, Map.of()));
            assertEquals(0, ScoreCalculator.measure(Factor.CONTRIBUTION_VOLUME, reversedOut, NOW, NOW));
            assertEquals(0, points(score(reversedOut, 24), Factor.CONTRIBUTION_VOLUME));
        }

        @Test
        void counts_only_months_and_categories_with_points_left_after_reversals() {
            List<Bucket> buckets = List.of(
                    new Bucket("r", NOW.minusMonths(1).toString(), 20, 0, 0, 20, 0,
                            Map.of(Categories.SAFETY_PATROL, 0L), 1, Map.of()),
                    new Bucket("r", NOW.toString(), 30, 0, 0, 0, 3000,
                            Map.of(Categories.VOLUNTEER_SERVICE, 30L, Categories.GARBAGE_SORTING, 0L), 0, Map.of()));
            assertEquals(1, ScoreCalculator.measure(Factor.ACTIVE_MONTHS, buckets, NOW, NOW));
            assertEquals(1, ScoreCalculator.measure(Factor.DIVERSITY, buckets, NOW, NOW));
            assertEquals(1, ScoreCalculator.measure(Factor.REVERSALS, buckets, NOW, NOW));
            assertEquals(3000, ScoreCalculator.measure(Factor.CONTRIBUTION_VOLUME, buckets, NOW, NOW));
        }

        @Test
        void counts_tenure_in_whole_months_and_never_negative() {
            assertEquals(0, ScoreCalculator.measure(Factor.TENURE, List.of(), NOW, NOW));
            assertEquals(13, ScoreCalculator.measure(Factor.TENURE, List.of(), NOW.minusMonths(13), NOW));
            assertEquals(0, ScoreCalculator.measure(Factor.TENURE, List.of(), NOW.plusMonths(2), NOW));
            assertEquals(100, ScoreCalculator.points(Factor.TENURE, new FactorRule(100, 24), 240));
        }

        @Test
        void scores_reversals_down_to_zero_and_no_lower() {
            FactorRule rule = new FactorRule(100, 2);
            assertEquals(100, ScoreCalculator.points(Factor.REVERSALS, rule, 0));
            assertEquals(50, ScoreCalculator.points(Factor.REVERSALS, rule, 1));
            assertEquals(0, ScoreCalculator.points(Factor.REVERSALS, rule, 2));
            assertEquals(0, ScoreCalculator.points(Factor.REVERSALS, rule, 7));
            assertEquals(0, points(score(buckets(12, 4, 120_000, 9), 24), Factor.REVERSALS));
            assertEquals(900, score(buckets(12, 4, 120_000, 9), 24).score());
        }

        @Test
        void keeps_the_total_within_zero_and_one_thousand() {
            // a month whose only award was reversed, twice over: nothing earns
            List<Bucket> allReversed = List.of(new Bucket("r", NOW.toString(), 20, 0, 0, 20, 0,
                    Map.of(Categories.SAFETY_PATROL, 0L), 2, Map.of()));
            Score worst = score(allReversed, 0);
            assertEquals(0, worst.score());
            assertEquals(Band.D, worst.band());
            assertEquals(List.of("LOW_CONTRIBUTION", "FEW_ACTIVE_MONTHS", "NARROW_PARTICIPATION", "SHORT_TENURE"),
                    codes(worst));
            Score best = score(buckets(12, 5, Long.MAX_VALUE / 2, 0), 600);
            assertEquals(1000, best.score());
        }
    }
}
