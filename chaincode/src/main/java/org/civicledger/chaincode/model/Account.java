package org.civicledger.chaincode.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A resident's running totals. {@code available = earned − spent − expired − reversed};
 * {@code openMonths} lists, oldest first, the months whose bucket still holds points, so that
 * spending and expiry touch only those buckets; {@code historyCount} numbers the history entries.
 * {@code recordedOn} holds the points awarded on the day of the resident's last award (UTC, by
 * transaction time), keyed {@code {day}/{activityType}}: the daily cap also holds per day of
 * recording, so backdated awards cannot put more than one cap on a resident in one real day. It is
 * absent (null) until the first award of a version that records it.
 */
public record Account(String residentId, long available, long earnedTotal, long spentTotal, long expiredTotal,
                      long reversedTotal, List<String> openMonths, long historyCount, Map<String, Long> recordedOn) {

    public Account {
        recordedOn = recordedOn == null || recordedOn.isEmpty() ? null : new TreeMap<>(recordedOn);
    }

    public static Account empty(String residentId) {
        return new Account(residentId, 0, 0, 0, 0, 0, List.of(), 0, null);
    }
}
