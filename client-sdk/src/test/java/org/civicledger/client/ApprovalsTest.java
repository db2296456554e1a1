package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.civicledger.api.community.ActivityTypeRequest;
import org.civicledger.api.community.Attester;
import org.civicledger.api.community.AttesterKind;
import org.civicledger.api.community.AttesterRequest;
import org.civicledger.api.community.AttesterStatus;
import org.civicledger.api.community.AttesterStatusRequest;
import org.civicledger.api.community.Categories;
import org.civicledger.api.community.Unit;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.ContributionRequest;
import org.civicledger.api.points.ContributionStatus;
import org.civicledger.api.points.HistoryType;
import org.civicledger.api.points.Rejection;
import org.civicledger.api.points.RejectionRequest;
import org.junit.jupiter.api.Test;

/** Attesters and approvals through the SDK: {@code client.attesters()} and {@code client.approvals()}. */
class ApprovalsTest extends GatewayTest {
    private final CivicLedgerClient coordinator = RealGateway.client("demo-coordinator-token");

    private static ContributionRequest contribution(String residentId, String type, String attesterId) {
        return ContributionRequest.builder().contributionId(Ids.newContributionId()).residentId(residentId)
                .activityType(type).quantity(1).occurredAt(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .attesterId(attesterId).build();
    }

    @Test
    void a_registered_attester_is_named_by_an_award_and_a_suspended_one_is_refused() {
        String attesterId = "grid-" + UUID.randomUUID();
        Attester registered = admin.attesters().register(AttesterRequest.builder().attesterId(attesterId)
                .kind(AttesterKind.GRID_WORKER).dailyLimitPoints(100L).build());
        assertEquals(AttesterStatus.ACTIVE, registered.status());
        assertEquals(Long.valueOf(100), registered.dailyLimitPoints());
        assertFalse(registered.replayed());
        assertTrue(admin.attesters().register(AttesterRequest.builder().attesterId(attesterId)
                .kind(AttesterKind.GRID_WORKER).dailyLimitPoints(100L).build()).replayed());
        assertTrue(coordinator.attesters().list().stream().anyMatch(a -> a.attesterId().equals(attesterId)));

        String residentId = newResident();
        Award award = app.contributions().award(contribution(residentId, VOLUNTEER_HOUR, attesterId));
        assertEquals(attesterId, award.attesterId());
        assertEquals(ContributionStatus.AWARDED, award.status());

        admin.attesters().setStatus(attesterId, AttesterStatusRequest.builder().status(AttesterStatus.SUSPENDED)
                .reason("left").build());
        assertProblem(InvalidStateException.class, 422, "INVALID_STATE",
                () -> app.contributions().award(contribution(residentId, VOLUNTEER_HOUR, attesterId)));
        assertProblem(NotFoundException.class, 404, "NOT_FOUND",
                () -> app.contributions().award(contribution(residentId, VOLUNTEER_HOUR, "nobody-" + UUID.randomUUID())));
    }

    @Test
    void a_pending_award_is_approved_or_rejected_by_the_coordinator() {
        String type = "care-" + UUID.randomUUID();
        admin.community().defineActivityType(ActivityTypeRequest.builder().activityType(type)
                .category(Categories.COMMUNITY_AFFAIRS).pointsPerUnit(10).unit(Unit.HOUR).dailyCapPoints(40)
                .creditWeight(100).requiresApproval(true).build());
        String residentId = newResident();
        Award pending = app.contributions().award(contribution(residentId, type, null));
        Award other = app.contributions().award(contribution(residentId, type, null));
        assertEquals(ContributionStatus.PENDING, pending.status());
        assertNotNull(pending.expiresAt());
        assertEquals(0, pending.balance());
        assertTrue(coordinator.approvals().listPending().stream()
                .anyMatch(p -> p.contributionId().equals(pending.contributionId()) && !p.expired()));

        Award approved = coordinator.approvals().approve(pending.contributionId());
        assertEquals(ContributionStatus.AWARDED, approved.status());
        assertEquals("demo-coordinator", approved.approvedBy());
        assertEquals(10, approved.balance());
        Rejection rejected = coordinator.approvals().rejectAsync(other.contributionId(),
                RejectionRequest.builder().reason("duplicate").build()).join();
        assertEquals(ContributionStatus.REJECTED, rejected.status());
        assertProblem(InvalidStateException.class, 422, "INVALID_STATE",
                () -> coordinator.approvals().approve(pending.contributionId()));
        assertProblem(ForbiddenException.class, 403, "FORBIDDEN",
                () -> app.approvals().approve(other.contributionId()));
        assertEquals(10, auditor.residents().balance(residentId).available());
        assertTrue(auditor.residents().history(residentId)
                .anyMatch(e -> e.type() == HistoryType.REJECTION));
    }
}
