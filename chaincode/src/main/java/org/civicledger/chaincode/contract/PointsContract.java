package org.civicledger.chaincode.contract;

import org.civicledger.chaincode.domain.AccountService;
import org.civicledger.chaincode.domain.AwardService;
import org.civicledger.chaincode.domain.RedemptionService;
import org.civicledger.chaincode.domain.Tx;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Json;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Awards, reversals, redemptions, settlements and the reads of points. */
@Contract(name = "Points", info = @Info(title = "Civic Ledger points", version = "1"))
public final class PointsContract implements ContractInterface {
    private final AwardService awards = new AwardService();
    private final RedemptionService redemptions = new RedemptionService();
    private final AccountService accounts = new AccountService();

    /** {@code {contributionId, residentId, activityType, quantity, occurredAt, evidenceHash?}} (APP). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String award(Context ctx, String request) {
        return Json.text(awards.award(Tx.of(ctx), request));
    }

    /** {@code {contributionId, reason}} (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String reverse(Context ctx, String request) {
        return Json.text(awards.reverse(Tx.of(ctx), request));
    }

    /** {@code {contributionId}} (ADMIN, COORDINATOR): pays a PENDING contribution. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String approve(Context ctx, String request) {
        return Json.text(awards.approve(Tx.of(ctx), request));
    }

    /** {@code {contributionId, reason}} (ADMIN, COORDINATOR): rejects a PENDING contribution. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String reject(Context ctx, String request) {
        return Json.text(awards.reject(Tx.of(ctx), request));
    }

    /** @param communityId a community (auditors), or empty for the caller's (auditors: every community's) */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listPending(Context ctx, String communityId) {
        return Json.text(awards.listPending(Tx.of(ctx), communityId));
    }

    /** {@code {redemptionId, residentId, points, item}} (MERCHANT). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String redeem(Context ctx, String request) {
        return Json.text(redemptions.redeem(Tx.of(ctx), request));
    }

    /** {@code {settlementId, merchantId}} (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String settle(Context ctx, String request) {
        return Json.text(redemptions.settle(Tx.of(ctx), request));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getBalance(Context ctx, String residentId) {
        return Json.text(accounts.balance(Tx.of(ctx), residentId));
    }

    /**
     * @param limit entries per page, 1–500
     * @param cursor the previous page's {@code nextCursor}, or empty
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getHistory(Context ctx, String residentId, String limit, String cursor) {
        return Json.text(accounts.history(Tx.of(ctx), residentId, parseLimit(limit), cursor));
    }

    /** @param from inclusive ISO instant or empty; @param to exclusive ISO instant or empty */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getMerchantStatement(Context ctx, String merchantId, String from, String to) {
        return Json.text(redemptions.statement(Tx.of(ctx), merchantId, from, to));
    }

    private static int parseLimit(String limit) {
        try {
            return limit == null || limit.isEmpty() ? 50 : Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw LedgerException.validation("limit must be a whole number");
        }
    }
}
