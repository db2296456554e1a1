package org.civicledger.chaincode.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * One resident's points for one calendar month (UTC) of contribution. The accounting fields
 * give what is left to spend; {@code creditPoints} (points × credit weight %, net of reversals),
 * {@code categories} (points per category, net of reversals) and {@code reversals} (count)
 * feed the credit score, which reads at most twelve buckets.
 */
public record Bucket(String residentId, String month, long earned, long spent, long expired, long reversed,
                     long creditPoints, Map<Category, Long> categories, int reversals) {

    public Bucket {
        categories = categories == null ? new TreeMap<>() : new TreeMap<>(categories);
    }

    public static Bucket empty(String residentId, String month) {
        return new Bucket(residentId, month, 0, 0, 0, 0, 0, Map.of(), 0);
    }

    /** @return points of this month that can still be spent, expired or reversed */
    public long remaining() {
        return earned - spent - expired - reversed;
    }

    public Bucket earn(long points, Category category, int creditWeight) {
        Map<Category, Long> next = new TreeMap<>(categories);
        next.merge(category, points, Math::addExact);
        return new Bucket(residentId, month, Math.addExact(earned, points), spent, expired, reversed,
                Math.addExact(creditPoints, Math.multiplyExact(points, creditWeight)), next, reversals);
    }

    public Bucket spend(long points) {
        return new Bucket(residentId, month, earned, Math.addExact(spent, points), expired, reversed,
                creditPoints, categories, reversals);
    }

    public Bucket expire(long points) {
        return new Bucket(residentId, month, earned, spent, Math.addExact(expired, points), reversed,
                creditPoints, categories, reversals);
    }

    public Bucket deduct(long points) {
        return new Bucket(residentId, month, earned, spent, expired, Math.addExact(reversed, points),
                creditPoints, categories, reversals);
    }

    /** Takes a reversed award out of the score inputs, whatever could be clawed back. */
    public Bucket unscore(long points, Category category, int creditWeight) {
        Map<Category, Long> next = new TreeMap<>(categories);
        next.merge(category, -points, Math::addExact);
        return new Bucket(residentId, month, earned, spent, expired, reversed,
                Math.subtractExact(creditPoints, Math.multiplyExact(points, creditWeight)), next, reversals + 1);
    }
}
