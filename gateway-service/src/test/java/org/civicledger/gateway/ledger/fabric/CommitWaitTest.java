package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civicledger.api.ErrorCode;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.SubmitException;
import org.junit.jupiter.api.Test;

/** The re-submission policy on a simulated clock: each status call either answers or waits out its deadline. */
class CommitWaitTest {
    private static final Duration TOTAL = Duration.ofSeconds(60);

    private long now;
    private final List<Duration> statusWaits = new ArrayList<>();
    private final List<Long> submittedAt = new ArrayList<>();
    private final CommitWait wait = new CommitWait(CommitWait.RESUBMIT_AFTER, Duration.ofSeconds(15), TOTAL,
            () -> now);

    /** A status that comes {@code after} the first submission, but only if a copy was sent at or after {@code since}. */
    private CommitWait.CommitStatus<String> statusOf(String answer, Duration after, long since) {
        return deadline -> {
            statusWaits.add(deadline);
            boolean copyInFlight = submittedAt.stream().anyMatch(t -> t >= since);
            if (copyInFlight && now + deadline.toNanos() >= after.toNanos()) {
                now = Math.max(now, after.toNanos());
                return answer;
            }
            now += deadline.toNanos();
            throw new CommitStatusException("tx", Status.DEADLINE_EXCEEDED.asRuntimeException());
        };
    }

    private final CommitWait.Submit submit = deadline -> submittedAt.add(now);

    @Test
    void a_status_within_the_resubmit_wait_sends_nothing_again() throws Exception {
        submittedAt.add(0L);
        assertEquals("VALID", wait.await("tx", submit, statusOf("VALID", Duration.ofSeconds(4), 0)));
        assertEquals(List.of(0L), submittedAt);
        assertEquals(List.of(CommitWait.RESUBMIT_AFTER), statusWaits);
    }

    @Test
    void a_transaction_lost_with_the_raft_leader_is_sent_again_and_its_status_then_comes() throws Exception {
        submittedAt.add(0L); // the first copy is lost: only a copy sent after it commits
        long afterFirst = 1;
        String status = wait.await("tx", submit, statusOf("VALID", Duration.ofSeconds(11), afterFirst));
        assertEquals("VALID", status);
        assertEquals(List.of(0L, CommitWait.RESUBMIT_AFTER.toNanos()), submittedAt, "sent again once, after the wait");
        assertEquals(Duration.ofSeconds(11).toNanos(), now, "the status came as soon as the copy committed");
    }

    @Test
    void a_network_that_never_answers_ends_with_deadline_exceeded_at_the_total_deadline() {
        submittedAt.add(0L);
        GatewayException e = assertThrows(GatewayException.class,
                () -> wait.await("tx", submit, statusOf("VALID", Duration.ofDays(1), 0)));
        assertEquals(Status.Code.DEADLINE_EXCEEDED, e.getStatus().getCode());
        assertEquals(TOTAL.toNanos(), now, "no later than the total deadline");
        List<Long> expected = new ArrayList<>(); // the first copy, then one at each multiple of the wait before the total
        for (long t = 0; t < TOTAL.toNanos(); t += CommitWait.RESUBMIT_AFTER.toNanos()) {
            expected.add(t);
        }
        assertEquals(expected, submittedAt, "sent again at each late status, bounded by the total deadline");
        assertEquals(ErrorCode.LEDGER_UNAVAILABLE, FabricErrors.refusal(e, "tx").code(), "answered 503");
    }

    @Test
    void a_refused_resubmission_keeps_waiting_for_the_earlier_copy() throws Exception {
        submittedAt.add(0L);
        CommitWait.Submit refused = deadline -> {
            throw new SubmitException("tx", Status.UNAVAILABLE.asRuntimeException());
        };
        assertEquals("VALID", wait.await("tx", refused, statusOf("VALID", Duration.ofSeconds(20), 0)));
        assertEquals(Duration.ofSeconds(20).toNanos(), now);
    }

    @Test
    void an_invalid_status_is_returned_as_it_is_for_the_conflict_retry() throws Exception {
        submittedAt.add(0L);
        assertEquals("MVCC_READ_CONFLICT", wait.await("tx", submit,
                statusOf("MVCC_READ_CONFLICT", Duration.ofSeconds(2), 0)));
        assertEquals(1, submittedAt.size());
    }

    @Test
    void a_status_call_failing_otherwise_than_by_its_deadline_is_not_waited_out() {
        CommitStatusException unavailable = new CommitStatusException("tx", Status.UNAVAILABLE.asRuntimeException());
        GatewayException e = assertThrows(GatewayException.class, () -> wait.await("tx", submit, deadline -> {
            throw unavailable;
        }));
        assertSame(unavailable, e);
        assertTrue(submittedAt.isEmpty());
    }

    @Test
    void the_resubmit_wait_is_well_above_the_measured_commit_latency_and_within_the_total() {
        assertTrue(CommitWait.RESUBMIT_AFTER.compareTo(Duration.ofSeconds(4).multipliedBy(2)) >= 0);
        assertTrue(CommitWait.RESUBMIT_AFTER.compareTo(TOTAL) < 0);
    }
}
