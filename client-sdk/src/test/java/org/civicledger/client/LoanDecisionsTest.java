package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civicledger.api.credit.Band;
import org.civicledger.api.credit.CreditSubject;
import org.civicledger.api.credit.DeclineReason;
import org.civicledger.api.credit.LineEntry;
import org.civicledger.api.credit.LineEntryKind;
import org.civicledger.api.credit.LineEntryRequest;
import org.civicledger.api.credit.LineStatus;
import org.civicledger.api.credit.LoanDecision;
import org.civicledger.api.credit.LoanDecisionRequest;
import org.civicledger.api.credit.LoanOutcome;
import org.civicledger.api.credit.OverrideReason;
import org.civicledger.api.events.EventPayload;
import org.junit.jupiter.api.Test;

/** A bank's loan decisions and credit lines through the SDK, against the real gateway. */
class LoanDecisionsTest extends GatewayTest {
    /** A new resident is band D: {@link #newProduct} offers it 100,000 fen. */
    private static final long D_MAX = 100_000;

    private String checkTxId() {
        String residentId = newResident();
        app.consents().grant(consent(residentId, "loan"));
        return bank.creditChecks().check(residentId, newProduct(false), "loan").txId();
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void a_granted_line_is_drawn_repaid_and_closed() {
        LoanDecisionRequest request = LoanDecisionRequest.granted(newId("line"), checkTxId(), D_MAX, 435, 36).build();
        LoanDecision line = bank.loanDecisions().decide(request);
        LoanDecision again = bank.loanDecisions().decide(request);
        assertAll(
                () -> assertEquals(LoanOutcome.GRANTED, line.outcome()),
                () -> assertEquals(LineStatus.ACTIVE, line.status()),
                () -> assertEquals(Band.D, line.band()),
                () -> assertEquals(CreditSubject.RESIDENT, line.subjectType()),
                () -> assertEquals(D_MAX, line.amountFen()),
                () -> assertNull(line.override()),
                () -> assertFalse(line.replayed()),
                () -> assertTrue(again.replayed()),
                () -> assertEquals(line.txId(), again.txId()));

        LineEntry drawn = bank.loanDecisions().draw(line.decisionId(), LineEntryRequest.drawdown(newId("w"), 70_000));
        assertEquals(LineEntryKind.DRAWDOWN, drawn.kind());
        assertEquals(70_000, drawn.outstandingFen());
        assertProblem(LineExceededException.class, 422, "LINE_EXCEEDED", () -> bank.loanDecisions()
                .draw(line.decisionId(), LineEntryRequest.drawdown(newId("w"), 30_001)));
        assertProblem(LineExceededException.class, 422, "LINE_EXCEEDED", () -> bank.loanDecisions()
                .repay(line.decisionId(), LineEntryRequest.repayment(newId("p"), 70_001)));
        assertProblem(InvalidStateException.class, 422, "INVALID_STATE",
                () -> bank.loanDecisions().close(line.decisionId()));
        assertEquals(0, bank.loanDecisions().repay(line.decisionId(), LineEntryRequest.repayment(newId("p"), 70_000))
                .outstandingFen());
        LoanDecision closed = bank.loanDecisions().close(line.decisionId());
        assertEquals(LineStatus.CLOSED, closed.status());
        assertEquals(LineStatus.CLOSED, auditor.loanDecisions().get(line.decisionId(), BANK_ID).status());
        assertTrue(bank.loanDecisions().list().stream().map(LoanDecision::decisionId).collect(Collectors.toList())
                .contains(line.decisionId()));
    }

    @Test
    void a_line_beyond_the_band_needs_a_documented_override() {
        String checkTxId = checkTxId();
        assertProblem(BandMismatchException.class, 422, "BAND_MISMATCH", () -> bank.loanDecisions().decide(
                LoanDecisionRequest.granted(newId("line"), checkTxId, D_MAX + 1, 435, 36).build()));
        LoanDecision line = bank.loanDecisions().decide(LoanDecisionRequest.granted(newId("line"), checkTxId,
                D_MAX + 1, 435, 36).override(OverrideReason.GUARANTOR_PROVIDED, "guarantor on file").build());
        assertEquals("GUARANTOR_PROVIDED", line.override().code());
        assertEquals(OverrideReason.GUARANTOR_PROVIDED.en(), line.override().text());
    }

    @Test
    void a_declined_decision_gives_its_reasons_and_a_second_decision_on_the_check_is_refused() {
        String checkTxId = checkTxId();
        LoanDecision declined = bank.loanDecisions().decide(LoanDecisionRequest.declined(newId("no"), checkTxId,
                DeclineReason.EXISTING_DEBT, DeclineReason.OTHER).build());
        assertEquals(LineStatus.DECLINED, declined.status());
        EventPayload event = auditor.audit().transaction(declined.txId()).events().get(0).fields();
        assertAll(
                () -> assertEquals(LoanOutcome.DECLINED, event.loanOutcome()),
                () -> assertNull(event.outcome(), "not a dispute's outcome"),
                () -> assertEquals(declined.decisionId(), event.decisionId()),
                () -> assertEquals(List.of("EXISTING_DEBT", "OTHER"), event.reasonCodes()),
                () -> assertEquals(Boolean.FALSE, event.override()));
        assertEquals(List.of("EXISTING_DEBT", "OTHER"), declined.reasons().stream().map(r -> r.code())
                .collect(Collectors.toList()));
        assertProblem(InvalidStateException.class, 422, "INVALID_STATE", () -> bank.loanDecisions().decide(
                LoanDecisionRequest.granted(newId("line"), checkTxId, 1, 0, 1).build()));
        assertProblem(NotFoundException.class, 404, "NOT_FOUND", () -> bank.loanDecisions().get(newId("none")));
    }

    @Test
    void the_builders_refuse_requests_that_break_their_rules() {
        assertThrows(IllegalStateException.class, () -> LoanDecisionRequest.declined("d", "tx").build());
        assertThrows(IllegalStateException.class, () -> LoanDecisionRequest.declined("d", "tx",
                DeclineReason.OTHER, DeclineReason.OTHER).build());
        assertThrows(IllegalStateException.class, () -> LoanDecisionRequest.granted("d", "tx", 0, 1, 1).build());
        assertThrows(IllegalStateException.class, () -> LoanDecisionRequest.granted("d", "tx", 1, 3601, 1).build());
        assertThrows(IllegalStateException.class, () -> LineEntryRequest.drawdown("w", 0));
    }
}
