package org.civicledger.chaincode.contract;

import org.civicledger.chaincode.domain.ConsentService;
import org.civicledger.chaincode.domain.CreditService;
import org.civicledger.chaincode.domain.LoanProductService;
import org.civicledger.chaincode.domain.LoanService;
import org.civicledger.chaincode.domain.ScoreModelService;
import org.civicledger.chaincode.domain.Tx;
import org.civicledger.chaincode.json.Json;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Consent, loan products, credit checks and the resident's view of their score. */
@Contract(name = "Credit", info = @Info(title = "Civic Ledger credit", version = "1"))
public final class CreditContract implements ContractInterface {
    private final ConsentService consents = new ConsentService();
    private final LoanProductService products = new LoanProductService();
    private final CreditService credit = new CreditService();
    private final LoanService loans = new LoanService();
    private final ScoreModelService models = new ScoreModelService();

    /** {@code {consentId, residentId, bankId, purpose, expiresAt, signature?}} (APP). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String grantConsent(Context ctx, String request) {
        return Json.text(consents.grant(Tx.of(ctx), request));
    }

    /** {@code {consentId}} (APP). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String revokeConsent(Context ctx, String request) {
        return Json.text(consents.revoke(Tx.of(ctx), request));
    }

    /**
     * {@code {residentId | householdId + communityId, limit?, cursor?}} (BANK): the calling bank's own consents of
     * that subject, each with its status at the transaction's time.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listConsents(Context ctx, String request) {
        return Json.text(consents.list(Tx.of(ctx), request));
    }

    /** {@code {productId, name, requireSignedConsent, bands: {A: {maxAmountFen, rateDiscountBps}, …}}} (BANK). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String publishLoanProduct(Context ctx, String request) {
        return Json.text(products.publish(Tx.of(ctx), request));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listLoanProducts(Context ctx) {
        return Json.text(products.list(Tx.of(ctx)));
    }

    /** {@code {residentId, productId, purpose}} (BANK): needs consent; written to the query log. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String checkCredit(Context ctx, String request) {
        return Json.text(credit.check(Tx.of(ctx), request));
    }

    /** The resident's own score with reasons (APP). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getResidentCredit(Context ctx, String residentId) {
        return Json.text(credit.residentCredit(Tx.of(ctx), residentId));
    }

    /** Who checked the resident's credit (APP, AUDITOR). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getCreditChecks(Context ctx, String residentId) {
        return Json.text(credit.queryLog(Tx.of(ctx), residentId));
    }

    /**
     * {@code {decisionId, checkTxId, outcome: GRANTED|DECLINED, amountFen?, rateBps?, termMonths?, reasonCodes?,
     * override?: {reasonCode, note}}} (BANK): a decision on one of the bank's own credit checks.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String decideLoan(Context ctx, String request) {
        return Json.text(loans.decide(Tx.of(ctx), request));
    }

    /** {@code {decisionId, drawdownId, amountFen}} (BANK, its own lines). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String drawLine(Context ctx, String request) {
        return Json.text(loans.draw(Tx.of(ctx), request));
    }

    /** {@code {decisionId, repaymentId, amountFen}} (BANK, its own lines). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String repayLine(Context ctx, String request) {
        return Json.text(loans.repay(Tx.of(ctx), request));
    }

    /** {@code {decisionId}} (BANK, its own lines): only with nothing outstanding. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String closeLine(Context ctx, String request) {
        return Json.text(loans.close(Tx.of(ctx), request));
    }

    /** @param bankId the bank (required for an AUDITOR; a BANK reads its own, empty or its id) */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getLine(Context ctx, String decisionId, String bankId) {
        return Json.text(loans.get(Tx.of(ctx), decisionId, bankId));
    }

    /** @param bankId a bank (AUDITOR), or empty: a BANK's own, an AUDITOR's every bank's */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listLines(Context ctx, String bankId) {
        return Json.text(loans.list(Tx.of(ctx), bankId));
    }

    /** {@code {version, factors, bandMinimums, reasonTexts, effectiveAt}} (ADMIN): proposes the next version. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String proposeScoreModel(Context ctx, String request) {
        return Json.text(models.propose(Tx.of(ctx), request));
    }

    /** {@code {version}} (AUDITOR of another organisation than the proposer's): approves a proposal. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String approveScoreModel(Context ctx, String request) {
        return Json.text(models.approve(Tx.of(ctx), request));
    }

    /** {@code {version, communityId, cursor?}} (ADMIN of the community, AUDITOR): bands before and after. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String evaluateScoreModel(Context ctx, String request) {
        return Json.text(models.evaluate(Tx.of(ctx), request));
    }

    /** Every score model version with its status (any role). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listScoreModels(Context ctx) {
        return Json.text(models.list(Tx.of(ctx)));
    }

    /** One score model version (any role). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getScoreModel(Context ctx, String version) {
        return Json.text(models.get(Tx.of(ctx), version));
    }
}
