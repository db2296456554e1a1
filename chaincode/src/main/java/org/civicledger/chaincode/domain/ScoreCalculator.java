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
        return total(model, residentId, factors, asOf);
    }

    /**
     * The household score rule: each member's score under {@code model}; each factor's household points =
     * floor(sum of the members' points for that factor ÷ member count), its measure the members' mean measure
     * (floor), its maximum the model's; the score = the sum of those factor points (so the factors add up to it
     * exactly), its band from the model's thresholds, its reasons by the same rule as a resident's. Integer
     * arithmetic only; the mean of points each at most the factor's maximum is at most that maximum.
     *
     * @param residentId the head, named on the score
     * @param members    each member's score under {@code model} (at least one)
     */
    static Score household(ScoreModel model, String residentId, List<Score> members, Score.AsOf asOf) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a household score needs at least one member");
        }
        long count = members.size();
        List<Score.FactorScore> factors = new ArrayList<>();
        for (Map.Entry<Factor, FactorRule> entry : model.factors().entrySet()) {
            long points = 0;
            long measure = 0;
            for (Score member : members) {
                Score.FactorScore f = member.factors().stream().filter(x -> x.factor() == entry.getKey())
                        .findFirst().orElseThrow();
                points = Math.addExact(points, f.points());
                measure = Math.addExact(measure, f.measure());
            }
            factors.add(new Score.FactorScore(entry.getKey(), measure / count, (int) (points / count),
                    entry.getValue().maxPoints()));
        }
        return total(model, residentId, factors, asOf);
    }

    /** The score of factors: their sum, its band, and the factors that lost the most points as reasons. */
    private static Score total(ScoreModel model, String residentId, List<Score.FactorScore> factors,
                               Score.AsOf asOf) {
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
