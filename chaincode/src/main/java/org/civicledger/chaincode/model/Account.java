package org.civicledger.chaincode.model;

import java.util.List;

/**
 * A resident's running totals. {@code available = earned − spent − expired − reversed};
 * {@code openMonths} lists, oldest first, the months whose bucket still holds points, so that
 * spending and expiry touch only those buckets; {@code historyCount} numbers the history entries.
 */
public record Account(String residentId, long available, long earnedTotal, long spentTotal, long expiredTotal,
                      long reversedTotal, List<String> openMonths, long historyCount) {

    public static Account empty(String residentId) {
        return new Account(residentId, 0, 0, 0, 0, 0, List.of(), 0);
    }
}
