package org.civicledger.chaincode.model;

import org.civicledger.api.credit.LineEntryKind;

/**
 * One drawdown or repayment on a credit line, with the line's totals right after it. {@code entryId} is the
 * bank's drawdown or repayment id: one id space per line, so a retry returns this entry and the same id with
 * another amount or kind is a conflict.
 */
public record LineEntry(String decisionId, String bankId, LineEntryKind kind, String entryId, long amountFen,
                        long drawnFen, long repaidFen, long outstandingFen, String at, String txId) {

    public boolean sameRequest(LineEntryKind otherKind, long amount) {
        return kind == otherKind && amountFen == amount;
    }
}
