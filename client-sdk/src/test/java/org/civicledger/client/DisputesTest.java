package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.Balance;
import org.civicledger.api.disputes.Dispute;
import org.civicledger.api.disputes.DisputeRequest;
import org.civicledger.api.disputes.DisputeResolutionRequest;
import org.civicledger.api.disputes.DisputeStatus;
import org.civicledger.api.disputes.DisputeTargetType;
import org.civicledger.api.disputes.OverdueMarking;
import org.civicledger.api.disputes.OverdueRequest;
import org.civicledger.api.disputes.ScoreCorrection;
import org.junit.jupiter.api.Test;

/** Disputes against the real gateway: filed by the app, resolved once by the admin, listed by status. */
class DisputesTest extends GatewayTest {

    private static DisputeRequest disputeOf(String residentId, String txId) {
        return DisputeRequest.builder().disputeId(Ids.newDisputeId()).residentId(residentId).targetTxId(txId)
                .reason("I was not there").build();
    }

    private static DisputeResolutionRequest resolution(DisputeStatus outcome, String note) {
        return DisputeResolutionRequest.builder().outcome(outcome).note(note).build();
    }

    private static List<String> ids(List<Dispute> disputes) {
        return disputes.stream().map(Dispute::disputeId).collect(Collectors.toList());
    }

    @Test
    void filing_opens_a_dispute_due_in_20_days_and_the_same_filing_again_is_a_replay() {
        String residentId = newResident();
        Award award = app.contributions().award(hours(residentId, 1));
        DisputeRequest request = disputeOf(residentId, award.txId());

        Dispute filed = app.disputes().file(request);
        Dispute again = app.disputes().fileAsync(request).join();

        assertAll(
                () -> assertEquals(request.disputeId(), filed.disputeId()),
                () -> assertEquals(award.txId(), filed.targetTxId()),
                () -> assertEquals(DisputeTargetType.AWARD, filed.targetType()),
                () -> assertEquals(award.contributionId(), filed.targetRef()),
                () -> assertEquals(DisputeStatus.OPEN, filed.status()),
                () -> assertEquals(Duration.ofDays(20), Duration.between(filed.filedAt(), filed.dueBy())),
                () -> assertNull(filed.resolution()),
                () -> assertFalse(filed.replayed()),
                () -> assertTrue(again.replayed()),
                () -> assertEquals(filed.txId(), again.txId()),
                () -> assertEquals(filed.blockNumber(), again.blockNumber()));
    }

    @Test
    void upholding_a_dispute_of_an_award_reverses_the_award() {
        String residentId = residentWithHours(2);
        Award disputed = app.contributions().award(hours(residentId, 3));
        Dispute filed = app.disputes().file(disputeOf(residentId, disputed.txId()));

        Dispute resolved = admin.disputes().resolve(filed.disputeId(), resolution(DisputeStatus.UPHELD, "no record"));

        assertEquals(DisputeStatus.UPHELD, resolved.status());
        assertEquals(DisputeStatus.UPHELD, resolved.resolution().outcome());
        assertEquals(30L, resolved.resolution().reversedPoints());
        assertEquals(resolved.resolution().txId(), resolved.txId(), "the answer cites the resolving transaction");
        Balance balance = app.residents().balance(residentId);
        assertEquals(20, balance.available());
        assertEquals(30, balance.reversedTotal());
    }

    @Test
    void rejecting_a_dispute_leaves_the_points_and_moves_it_from_the_open_list_to_the_rejected_list() {
        String residentId = newResident();
        Award award = app.contributions().award(hours(residentId, 2));
        Dispute filed = app.disputes().file(disputeOf(residentId, award.txId()));
        assertTrue(ids(admin.disputes().list(DisputeStatus.OPEN)).contains(filed.disputeId()));

        Dispute resolved = admin.disputes()
                .resolveAsync(filed.disputeId(), resolution(DisputeStatus.REJECTED, "log shows it")).join();

        assertEquals(DisputeStatus.REJECTED, resolved.status());
        assertNull(resolved.resolution().reversedPoints());
        assertEquals(20, app.residents().balance(residentId).available());
        assertFalse(ids(admin.disputes().list(DisputeStatus.OPEN)).contains(filed.disputeId()));
        assertTrue(ids(auditor.disputes().list(DisputeStatus.REJECTED)).contains(filed.disputeId()));
        assertTrue(ids(app.disputes().listAsync(null).join()).contains(filed.disputeId()), "the app sees its own");
    }

    @Test
    void disputing_a_transaction_that_is_not_the_residents_throws_NotFoundException() {
        Award others = app.contributions().award(hours(newResident(), 1));

        assertProblem(NotFoundException.class, 404, "NOT_FOUND",
                () -> app.disputes().file(disputeOf(newResident(), others.txId())));
    }

    /** The status was a string the gateway refused when unknown; now only OPEN cannot be an outcome. */
    @Test
    void a_resolution_to_OPEN_is_refused_by_its_builder() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> resolution(DisputeStatus.OPEN, "still looking"));
        assertEquals("outcome must be UPHELD or REJECTED", refused.getMessage());
    }

    @Test
    void an_async_call_with_a_missing_argument_fails_its_future_instead_of_throwing() {
        CompletableFuture<Dispute> resolved = admin.disputes().resolveAsync(null, resolution(DisputeStatus.UPHELD, "x"));
        CompletableFuture<Dispute> filed = app.disputes().fileAsync(null);

        for (CompletableFuture<Dispute> future : List.of(resolved, filed)) {
            ExecutionException failed = assertThrows(ExecutionException.class, future::get);
            assertTrue(failed.getCause() instanceof NullPointerException, failed.toString());
        }
    }

    @Test
    void a_dispute_of_the_score_is_recomputed_when_upheld_naming_the_correction() {
        String residentId = newResident();
        DisputeRequest request = DisputeRequest.builder().disputeId(Ids.newDisputeId()).residentId(residentId)
                .targetType(DisputeTargetType.SCORE).reason("my volunteering is missing").build();
        Dispute filed = app.disputes().file(request);
        app.contributions().award(hours(residentId, 2));

        Dispute resolved = admin.disputes().resolve(filed.disputeId(), DisputeResolutionRequest.builder()
                .outcome(DisputeStatus.UPHELD).note("hours recorded")
                .correction(ScoreCorrection.MISSING_CONTRIBUTION_RECORDED).build());

        assertAll(
                () -> assertEquals(DisputeTargetType.SCORE, filed.targetType()),
                () -> assertNull(filed.targetTxId()),
                () -> assertEquals(filed.scoreAtFiling(), resolved.resolution().scoreBefore()),
                () -> assertEquals(ScoreCorrection.MISSING_CONTRIBUTION_RECORDED, resolved.resolution().correction()),
                () -> assertTrue(resolved.resolution().scoreAfter().score() > filed.scoreAtFiling().score()),
                () -> assertEquals(org.civicledger.api.Role.ADMIN, resolved.resolution().resolverRole()));
    }

    @Test
    void a_score_dispute_naming_a_transaction_is_refused_by_its_builder() {
        assertThrows(IllegalStateException.class, () -> DisputeRequest.builder().disputeId("d").residentId("r")
                .targetType(DisputeTargetType.SCORE).targetTxId("tx").reason("x").build());
    }

    @Test
    void marking_overdue_is_for_admins_and_auditors() {
        OverdueMarking marked = admin.disputes().markOverdue(OverdueRequest.all());
        assertTrue(marked.marked() != null);
        assertThrows(ForbiddenException.class, () -> app.disputes().markOverdue(OverdueRequest.all()));
        assertThrows(ForbiddenException.class, () -> admin.disputes().markOverdue(OverdueRequest.of("north")));
        assertEquals(List.of(), admin.disputes().list(DisputeStatus.OVERDUE).stream()
                .filter(d -> d.status() != DisputeStatus.OVERDUE).collect(Collectors.toList()));
    }
}
