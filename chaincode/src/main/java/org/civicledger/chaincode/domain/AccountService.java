package org.civicledger.chaincode.domain;

import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.model.Account;
import org.civicledger.chaincode.model.HistoryEntry;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.api.Limits;
import org.civicledger.api.Role;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/** Reads of a resident's points: balance and history. */
public final class AccountService {
    static final int MAX_PAGE = Limits.MAX_HISTORY_PAGE;

    /** Balance totals as of this transaction, counting points that have expired but not yet been written off. */
    public record Balance(String residentId, long available, long earnedTotal, long spentTotal, long expiredTotal,
                          long reversedTotal) {
    }

    public Balance balance(Tx tx, String residentId) {
        Resident resident = ResidentService.readable(tx, residentId, Role.ADMIN, Role.APP, Role.MERCHANT);
        PointsBook book = PointsBook.open(tx, residentId);
        book.expire(CommunityService.community(tx, resident.communityId()).pointsExpiryMonths());
        Account a = book.account();
        return new Balance(residentId, a.available(), a.earnedTotal(), a.spentTotal(), a.expiredTotal(),
                a.reversedTotal());
    }

    /** Oldest first, {@code limit} entries a page. */
    public Store.Page<HistoryEntry> history(Tx tx, String residentId, int limit, String cursor) {
        Resident resident = ResidentService.readable(tx, residentId, Role.ADMIN, Role.APP);
        if (limit < 1 || limit > MAX_PAGE) {
            throw LedgerException.validation("limit must be between 1 and " + MAX_PAGE);
        }
        return tx.store().page(Keys.histories(residentId), limit, cursor == null || cursor.isEmpty() ? null : cursor,
                HistoryEntry.class);
    }
}
