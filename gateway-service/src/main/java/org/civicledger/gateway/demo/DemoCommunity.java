package org.civicledger.gateway.demo;

import java.util.List;
import java.util.Optional;
import org.civicledger.api.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.service.Args;

/**
 * The demo community's activity types (one of them, neighbour-care, requires approval) and its attester, defined by
 * its admin (idempotent: the same definition again is a no-op).
 */
public final class DemoCommunity {
    private DemoCommunity() {
    }

    /** Submits one transaction as {@code who}. */
    @FunctionalInterface
    public interface Submit {
        void submit(LedgerIdentity who, String function, String... args);
    }

    /** @return the demo community's ADMIN among {@code callers}: only the Community organisation's gateway has it */
    public static Optional<Caller> admin(Callers callers) {
        return callers.all().stream()
                .filter(c -> c.role() == Role.ADMIN && DemoCallers.COMMUNITY.equals(c.communityId()))
                .findFirst();
    }

    /** The demo activity types' definitions, each one transaction by the demo community's {@code admin}. */
    public static List<Runnable> definitions(Caller admin, Submit ledger) {
        return List.of(
                () -> define(ledger, admin, "volunteer-hour", "VOLUNTEER_SERVICE", 10, "HOUR", 80, 100),
                () -> define(ledger, admin, "safety-patrol", "SAFETY_PATROL", 20, "EVENT", 60, 100),
                () -> define(ledger, admin, "anti-fraud-talk", "ANTI_FRAUD_PUBLICITY", 15, "EVENT", 45, 80),
                () -> define(ledger, admin, "garbage-sorting", "GARBAGE_SORTING", 2, "KILOGRAM", 40, 50),
                () -> ledger.submit(admin.identity(), "Community:defineActivityType", Args.json("activityType",
                        "neighbour-care", "category", "COMMUNITY_AFFAIRS", "pointsPerUnit", 10, "unit", "HOUR",
                        "dailyCapPoints", 40, "creditWeight", 100, "requiresApproval", true)),
                () -> ledger.submit(admin.identity(), "Community:registerAttester", Args.json("attesterId",
                        ATTESTER, "kind", "GRID_WORKER")));
    }

    /** The demo community's registered attester: a grid worker. */
    public static final String ATTESTER = "demo-grid-worker";

    private static void define(Submit ledger, Caller admin, String id, String category, long pointsPerUnit,
                               String unit, long dailyCap, long creditWeight) {
        ledger.submit(admin.identity(), "Community:defineActivityType", Args.json("activityType", id, "category",
                category, "pointsPerUnit", pointsPerUnit, "unit", unit, "dailyCapPoints", dailyCap,
                "creditWeight", creditWeight));
    }
}
