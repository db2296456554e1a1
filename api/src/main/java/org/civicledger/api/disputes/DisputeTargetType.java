package org.civicledger.api.disputes;

import org.civicledger.api.points.HistoryType;

/**
 * What a dispute is about. The first six are points transactions (the {@link HistoryType} of the disputed
 * transaction, as before); {@code SUSPENSION} is the {@code Community:setResidentStatus} transaction that suspended
 * the resident, {@code CREDIT_CHECK} a bank's credit check on the resident (or on a household the resident belongs
 * to), {@code SCORE} the resident's current credit score (no transaction).
 */
public enum DisputeTargetType {
    AWARD, REDEMPTION, REVERSAL, EXPIRY, PENDING, REJECTION, SUSPENSION, CREDIT_CHECK, SCORE;

    /** @return the target type of a disputed points transaction of kind {@code type} */
    public static DisputeTargetType of(HistoryType type) {
        return valueOf(type.name());
    }

    /** @return whether disputes of this type name a transaction ({@code targetTxId}): all but SCORE */
    public boolean namesTransaction() {
        return this != SCORE;
    }
}
