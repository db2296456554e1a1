package org.civicledger.chaincode.domain;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civicledger.chaincode.model.Bucket;
import org.civicledger.chaincode.model.Factor;
import org.civicledger.chaincode.model.FactorRule;
import org.civicledger.chaincode.model.ScoreModel;
import org.civicledger.chaincode.model.Score;

/**
 * The credit score of DESIGN §6 in integer arithmetic: each factor earns
 * {@code maxPoints × min(measure, target) / target} (reversals the reverse), the total is
 * 0–1000, and the reasons are the factors that lost the most points, at most four.
 */
final class ScoreCalculator {
    static final int MAX_REASONS = 4;

    private ScoreCalculator() {
    }

    /**
     * @param lastTwelve the resident's buckets for the twelve months ending with {@code current}
     *                   (months without a bucket are simply absent)
     */
    static Score compute(ScoreModel model, String residentId, List<Bucket> lastTwelve, YearMonth enrolled,
                         YearMonth current, Score.AsOf asOf) {
        List<Score.FactorScore> factors = new ArrayList<>();
        for (Map.Entry<Factor, FactorRule> entry : model.factors().entrySet()) {
            long measure = measure(entry.getKey(), lastTwelve, enrolled, current);
            factors.add(new Score.FactorScore(entry.getKey(), measure, points(entry.getKey(), entry.getValue(), measure),
                    entry.getValue().maxPoints()));
        }
        int total = factors.stream().mapToInt(Score.FactorScore::points).sum();
        List<Score.Reason> reasons = factors.stream()
                .filter(f -> f.points() < f.maxPoints())
                .sorted(Comparator.comparingInt((Score.FactorScore f) -> f.points() - f.maxPoints())
                        .thenComparing(f -> f.factor().ordinal()))
                .limit(MAX_REASONS)
                .map(f -> new Score.Reason(f.factor().reasonCode()))
                .toList();
        return new Score(residentId, total, model.band(total), new Score.Range(0, ScoreModel.MAX_SCORE), reasons,
                factors, model.version(), asOf);
    }

    static long measure(Factor factor, List<Bucket> buckets, YearMonth enrolled, YearMonth current) {
        switch (factor) {
            case CONTRIBUTION_VOLUME:
                return Math.max(0, buckets.stream().mapToLong(Bucket::creditPoints).reduce(0, Math::addExact));
            case ACTIVE_MONTHS:
                return buckets.stream().filter(b -> netPoints(b) > 0).count();
            case DIVERSITY:
                // category ids: the defaults and those the community defined
                Set<String> categories = new TreeSet<>();
                buckets.forEach(b -> b.categories().forEach((category, points) -> {
                    if (points > 0) {
                        categories.add(category);
                    }
                }));
                return categories.size();
            case TENURE:
                return Math.max(0, ChronoUnit.MONTHS.between(enrolled, current));
            case REVERSALS:
                return buckets.stream().mapToLong(Bucket::reversals).sum();
            default:
                throw new IllegalArgumentException("unknown factor " + factor);
        }
    }

    static int points(Factor factor, FactorRule rule, long measure) {
        long capped = Math.min(measure, rule.target());
        long achieved = factor == Factor.REVERSALS ? rule.target() - capped : capped;
        return (int) (Math.multiplyExact((long) rule.maxPoints(), achieved) / rule.target());
    }

    private static long netPoints(Bucket bucket) {
        return bucket.categories().values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
    }
}
