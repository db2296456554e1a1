package org.civicledger.chaincode.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * One resident's points for one calendar month (UTC) of contribution. The accounting fields
 * give what is left to spend; {@code creditPoints} (points × credit weight %, net of reversals),
 * {@code categories} (points per category, net of reversals) and {@code reversals} (count)
 * feed the credit score, which reads at most twelve buckets. {@code awardedOn} holds the points
 * awarded per day of this month and activity type, keyed {@code {day}/{activityType}}: the daily
 * caps are checked against it, so an award reads and writes no key beyond its resident's account,
 * this bucket and its own records.
 */
public record Bucket(String residentId, String month, long earned, long spent, long expired, long reversed,
                     long creditPoints, Map<String, Long> categories, int reversals, Map<String, Long> awardedOn) {

    public Bucket {
        categories = categories == null ? new TreeMap<>() : new TreeMap<>(categories);
        awardedOn = awardedOn == null ? new TreeMap<>() : new TreeMap<>(awardedOn);
    }

    public static Bucket empty(String residentId, String month) {
        return new Bucket(residentId, month, 0, 0, 0, 0, 0, Map.of(), 0, Map.of());
    }

    /** The key of {@link #awardedOn} for {@code activityType} on {@code day} (an ISO date in this month). */
    private static String dayKey(String day, String activityType) {
        return day + "/" + activityType;
    }

    /** @return points of {@code activityType} awarded for contributions on {@code day}, reversals not deducted */
    public long awardedOn(String day, String activityType) {
        return awardedOn.getOrDefault(dayKey(day, activityType), 0L);
    }

    /** @return points of this month that can still be spent, expired or reversed */
    public long remaining() {
        return earned - spent - expired - reversed;
    }

    /** Adds an award of {@code activityType} for a contribution on {@code day}. */
    public Bucket earn(long points, String category, int creditWeight, String day, String activityType) {
        Map<String, Long> next = new TreeMap<>(categories);
        next.merge(category, points, Math::addExact);
        Map<String, Long> daily = new TreeMap<>(awardedOn);
        daily.merge(dayKey(day, activityType), points, Math::addExact);
        return new Bucket(residentId, month, Math.addExact(earned, points), spent, expired, reversed,
                Math.addExact(creditPoints, Math.multiplyExact(points, creditWeight)), next, reversals, daily);
    }

    public Bucket spend(long points) {
        return new Bucket(residentId, month, earned, Math.addExact(spent, points), expired, reversed,
                creditPoints, categories, reversals, awardedOn);
    }

    public Bucket expire(long points) {
        return new Bucket(residentId, month, earned, spent, Math.addExact(expired, points), reversed,
                creditPoints, categories, reversals, awardedOn);
    }

    public Bucket deduct(long points) {
        return new Bucket(residentId, month, earned, spent, expired, Math.addExact(reversed, points),
                creditPoints, categories, reversals, awardedOn);
    }

    /** Takes a reversed award out of the score inputs, whatever could be clawed back. */
    public Bucket unscore(long points, String category, int creditWeight) {
        Map<String, Long> next = new TreeMap<>(categories);
        next.merge(category, -points, Math::addExact);
        return new Bucket(residentId, month, earned, spent, expired, reversed,
                Math.subtractExact(creditPoints, Math.multiplyExact(points, creditWeight)), next, reversals + 1,
                awardedOn);
    }
}
