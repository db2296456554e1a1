package org.civicledger.chaincode.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.api.Role;
import org.civicledger.api.credit.CreditSubject;
import org.civicledger.api.credit.DeclineReason;
import org.civicledger.api.credit.LineEntryKind;
import org.civicledger.api.credit.LineStatus;
import org.civicledger.api.credit.LoanOutcome;
import org.civicledger.api.credit.OverrideReason;
import org.civicledger.api.events.EventType;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.CreditCheck;
import org.civicledger.chaincode.model.CreditLine;
import org.civicledger.chaincode.model.LineEntry;
import org.civicledger.chaincode.model.LoanProduct;
import org.civicledger.chaincode.model.LoanTerms;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/**
 * Banks' loan decisions on their own credit checks, and the credit lines they open: drawdowns, repayments and
 * closure. A decision relies on the band and model version its check gave; a line beyond the product's published
 * bands needs a documented override. Money is {@code long} fen and never wraps: drawn ≤ line, repaid ≤ drawn.
 */
public final class LoanService {
    static final Duration CHECK_VALID = Duration.ofDays(Limits.CHECK_VALID_DAYS);

    /**
     * {@code {decisionId, checkTxId, outcome, amountFen?, rateBps?, termMonths?, reasonCodes?, override?}}. The
     * decision id is scoped to the bank: the same request again returns the original decision.
     */
    public CreditLine decide(Tx tx, String json) {
        Request r = Request.parse(json);
        String decisionId = r.id("decisionId");
        String checkTxId = r.id("checkTxId");
        LoanOutcome outcome = r.enumValue("outcome", LoanOutcome.class);
        Long amountFen = r.optionalInteger("amountFen", 1, Limits.MAX_LOAN_FEN);
        Long rateBps = r.optionalInteger("rateBps", 0, Limits.MAX_RATE_BPS);
        Long termMonths = r.optionalInteger("termMonths", 1, Limits.MAX_TERM_MONTHS);
        List<String> reasonCodes = declineReasons(r.optionalIds("reasonCodes", Limits.MAX_DECLINE_REASONS));
        CreditLine.BandOverride override = override(r.optionalObject("override"));
        r.done();
        if (outcome == LoanOutcome.GRANTED) {
            requirePresent(amountFen, "amountFen");
            requirePresent(rateBps, "rateBps");
            requirePresent(termMonths, "termMonths");
            if (reasonCodes != null) {
                throw LedgerException.validation("reasonCodes are given with a DECLINED decision only");
            }
        } else {
            if (amountFen != null || rateBps != null || termMonths != null) {
                throw LedgerException.validation("a DECLINED decision gives no amountFen, rateBps or termMonths");
            }
            if (reasonCodes == null) {
                throw LedgerException.validation("a DECLINED decision needs reasonCodes");
            }
            if (override != null) {
                throw LedgerException.validation("override is for a GRANTED line beyond the product's bands only");
            }
        }
        Member bank = tx.requireRole(Role.BANK);
        Store store = tx.store();
        String key = Keys.creditLine(bank.subjectId(), decisionId);
        Optional<CreditLine> replay = store.replay(key, CreditLine.class, line -> line.sameDecision(checkTxId, outcome,
                amountFen, toInt(rateBps), toInt(termMonths), override, reasonCodes), "loan decision");
        if (replay.isPresent()) {
            return replay.get();
        }
        CreditCheck check = CreditService.requireByTx(tx, checkTxId);
        if (!check.bankId().equals(bank.subjectId())) {
            // another bank's check: answered exactly as a check that does not exist
            throw LedgerException.notFound("credit check not found");
        }
        Instant checkedAt = Instant.parse(check.at());
        if (tx.now().isAfter(checkedAt.plus(CHECK_VALID))) {
            throw new LedgerException(ErrorCode.CHECK_EXPIRED, "the credit check is older than "
                    + Limits.CHECK_VALID_DAYS + " days: check the credit again before deciding");
        }
        store.find(Keys.checkDecision(checkTxId), DecisionRef.class).ifPresent(done -> {
            throw LedgerException.invalidState("this credit check already has a loan decision");
        });
        LoanProduct product = LoanProductService.require(tx, bank.subjectId(), check.productId());
        if (outcome == LoanOutcome.GRANTED) {
            requireWithinBands(product.bands().get(check.score().band()), amountFen, override);
        }
        // a household's check names the household; its residentId is the head, whose community is the household's
        String householdId = check.householdId();
        Resident subject = ResidentService.require(tx, check.residentId());
        CreditLine line = new CreditLine(decisionId, bank.subjectId(), check.productId(), checkTxId,
                householdId == null ? CreditSubject.RESIDENT : CreditSubject.HOUSEHOLD, check.residentId(),
                householdId, subject.communityId(), outcome, amountFen, toInt(rateBps), toInt(termMonths),
                check.score().band(), check.score().modelVersion(), override, reasonCodes,
                outcome == LoanOutcome.GRANTED ? LineStatus.ACTIVE : LineStatus.DECLINED, 0, 0, tx.nowText(),
                tx.txId(), null, null);
        store.put(key, line);
        store.put(Keys.checkDecision(checkTxId), new DecisionRef(bank.subjectId(), decisionId));
        tx.emit(EventType.LoanDecided, "decisionId", decisionId, "bankId", line.bankId(), "productId",
                line.productId(), "communityId", line.communityId(), "subjectType", line.subjectType(),
                "residentId", line.residentId(), "householdId", householdId, "checkTxId", checkTxId,
                "outcome", outcome, "amountFen", amountFen, "band", line.band(), "modelVersion", line.modelVersion(),
                "override", override != null, "overrideReason", override == null ? null : override.reasonCode(),
                "reasonCodes", reasonCodes);
        return line;
    }

    /** {@code {decisionId, drawdownId, amountFen}}: the drawn total stays within the line. */
    public LineEntry draw(Tx tx, String json) {
        return entry(tx, json, LineEntryKind.DRAWDOWN, "drawdownId");
    }

    /** {@code {decisionId, repaymentId, amountFen}}: at most what is outstanding. */
    public LineEntry repay(Tx tx, String json) {
        return entry(tx, json, LineEntryKind.REPAYMENT, "repaymentId");
    }

    /**
     * {@code {decisionId}}: closes an ACTIVE line with nothing outstanding. Closing a closed line again returns
     * the closure (a retry); the answer's {@code txId} is the closing transaction's.
     */
    public CreditLine close(Tx tx, String json) {
        Request r = Request.parse(json);
        String decisionId = r.id("decisionId");
        r.done();
        Member bank = tx.requireRole(Role.BANK);
        String key = Keys.creditLine(bank.subjectId(), decisionId);
        CreditLine line = tx.store().require(key, CreditLine.class, "credit line");
        if (line.status() == LineStatus.CLOSED) {
            return line.closureAnswer();
        }
        requireActive(line);
        if (line.outstandingFen() != 0) {
            throw LedgerException.invalidState("the line still has an outstanding amount: repay it before closing");
        }
        CreditLine closed = line.closed(tx.nowText(), tx.txId());
        tx.store().put(key, closed);
        tx.emit(EventType.CreditLineClosed, "decisionId", decisionId, "bankId", line.bankId(), "communityId",
                line.communityId(), "subjectType", line.subjectType(), "residentId", line.residentId(),
                "householdId", line.householdId());
        return closed.closureAnswer();
    }

    /**
     * A loan decision: a BANK reads its own; an AUDITOR reads any bank's, naming it.
     *
     * @param bankId the bank, required for an AUDITOR; a BANK may name only itself
     */
    public CreditLine get(Tx tx, String decisionId, String bankId) {
        Request.checkId("decisionId", decisionId);
        String bank = readableBank(tx, bankId);
        if (bank == null) {
            throw LedgerException.validation("bankId is required for an auditor");
        }
        return tx.store().require(Keys.creditLine(bank, decisionId), CreditLine.class, "loan decision");
    }

    /** A BANK's own loan decisions; an AUDITOR's of the bank it names, or of every bank. */
    public List<CreditLine> list(Tx tx, String bankId) {
        return tx.store().scan(Keys.creditLines(readableBank(tx, bankId)), CreditLine.class);
    }

    /** The index entry of a check's decision. */
    record DecisionRef(String bankId, String decisionId) {
    }

    private LineEntry entry(Tx tx, String json, LineEntryKind kind, String idField) {
        Request r = Request.parse(json);
        String decisionId = r.id("decisionId");
        String entryId = r.id(idField);
        long amountFen = r.integer("amountFen", 1, Limits.MAX_LOAN_FEN);
        r.done();
        Member bank = tx.requireRole(Role.BANK);
        Store store = tx.store();
        String key = Keys.creditLine(bank.subjectId(), decisionId);
        CreditLine line = store.require(key, CreditLine.class, "credit line");
        String entryKey = Keys.lineEntry(bank.subjectId(), decisionId, entryId);
        Optional<LineEntry> replay = store.replay(entryKey, LineEntry.class, e -> e.sameRequest(kind, amountFen),
                "line entry");
        if (replay.isPresent()) {
            return replay.get();
        }
        requireActive(line);
        long drawn = line.drawnFen();
        long repaid = line.repaidFen();
        if (kind == LineEntryKind.DRAWDOWN) {
            drawn = Math.addExact(drawn, amountFen);
            if (drawn > line.amountFen()) {
                throw new LedgerException(ErrorCode.LINE_EXCEEDED, "the drawdown is above what the line has left ("
                        + (line.amountFen() - line.drawnFen()) + " fen)");
            }
        } else {
            if (amountFen > line.outstandingFen()) {
                throw new LedgerException(ErrorCode.LINE_EXCEEDED, "the repayment is above the outstanding amount ("
                        + line.outstandingFen() + " fen)");
            }
            repaid = Math.addExact(repaid, amountFen);
        }
        CreditLine updated = line.withTotals(drawn, repaid);
        LineEntry entry = new LineEntry(decisionId, bank.subjectId(), kind, entryId, amountFen, drawn, repaid,
                updated.outstandingFen(), tx.nowText(), tx.txId());
        store.put(key, updated);
        store.put(entryKey, entry);
        if (kind == LineEntryKind.DRAWDOWN) {
            tx.emit(EventType.CreditLineDrawn, "decisionId", decisionId, "bankId", line.bankId(), "communityId",
                    line.communityId(), "subjectType", line.subjectType(), "residentId", line.residentId(),
                    "householdId", line.householdId(), "drawdownId", entryId, "amountFen", amountFen,
                    "drawnFen", drawn);
        } else {
            tx.emit(EventType.CreditLineRepaid, "decisionId", decisionId, "bankId", line.bankId(), "communityId",
                    line.communityId(), "subjectType", line.subjectType(), "residentId", line.residentId(),
                    "householdId", line.householdId(), "repaymentId", entryId, "amountFen", amountFen,
                    "outstandingFen", updated.outstandingFen());
        }
        return entry;
    }

    /**
     * A GRANTED line must fit the product's terms for the check's band (offered, at most its maximum) unless it
     * is marked as a documented override; an override where none is needed is refused, so that every override on
     * the ledger is a real departure from the published bands.
     */
    static void requireWithinBands(LoanTerms terms, long amountFen, CreditLine.BandOverride override) {
        boolean within = terms != null && amountFen <= terms.maxAmountFen();
        if (within && override != null) {
            throw LedgerException.validation("override is given but the line is within the product's terms for "
                    + "the band");
        }
        if (!within && override == null) {
            throw new LedgerException(ErrorCode.BAND_MISMATCH, terms == null
                    ? "the product offers no line to the check's band: mark the decision as an override with a reason"
                    : "the amount is above the band's maximum (" + terms.maxAmountFen()
                            + " fen): mark the decision as an override with a reason");
        }
    }

    private static String readableBank(Tx tx, String bankId) {
        String named = bankId == null || bankId.isEmpty() ? null : Request.checkId("bankId", bankId);
        Member caller = tx.requireRole(Role.BANK, Role.AUDITOR);
        if (caller.role() == Role.AUDITOR) {
            return named;
        }
        if (named != null && !named.equals(caller.subjectId())) {
            throw LedgerException.forbidden("a bank reads its own loan decisions only");
        }
        return caller.subjectId();
    }

    private static void requireActive(CreditLine line) {
        if (line.status() != LineStatus.ACTIVE) {
            throw LedgerException.invalidState("the line is " + line.status() + ": no drawdown, repayment or "
                    + "closure");
        }
    }

    private static List<String> declineReasons(List<String> codes) {
        if (codes == null) {
            return null;
        }
        if (codes.isEmpty()) {
            throw LedgerException.validation("reasonCodes must give 1 to " + Limits.MAX_DECLINE_REASONS + " codes");
        }
        List<String> checked = new ArrayList<>();
        for (String code : codes) {
            checked.add(Request.enumOf("reasonCodes", code, DeclineReason.class).code());
        }
        if (new HashSet<>(checked).size() != checked.size()) {
            throw LedgerException.validation("reasonCodes must not repeat a code");
        }
        return checked;
    }

    private static CreditLine.BandOverride override(Request in) {
        if (in == null) {
            return null;
        }
        String reasonCode = in.enumValue("reasonCode", OverrideReason.class).code();
        String note = in.text("note", Request.MAX_TEXT);
        in.done();
        return new CreditLine.BandOverride(reasonCode, note);
    }

    private static void requirePresent(Long value, String field) {
        if (value == null) {
            throw LedgerException.validation(field + " is required for a GRANTED decision");
        }
    }

    private static Integer toInt(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }
}
