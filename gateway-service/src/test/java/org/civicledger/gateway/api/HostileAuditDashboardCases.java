package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.HostileCases.HUGE;
import static org.civicledger.gateway.api.HostileCases.MARKER;
import static org.civicledger.gateway.api.HostileCases.shown;

import java.util.ArrayList;
import java.util.List;

/**
 * The hostile cases of the auditor's dashboard endpoints (issue 18): the activity's window and integrity runs. None
 * writes to the ledger even when accepted, so each case here must be refused for its own rule (a wrong role, a bad
 * window, a body that is not empty, an id that is not a run's). No {@code %2E%2E} run id: the path normalises to
 * {@code GET /audit/integrity}, which answers.
 */
final class HostileAuditDashboardCases {
    private static final String ACTIVITY = "/api/v1/audit/activity";
    private static final String RUNS = "/api/v1/audit/integrity/runs";
    private static final String SOME_RUN = RUNS + "/00000000-0000-4000-8000-000000000000";

    private HostileAuditDashboardCases() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>(List.of(
                HostileCase.get("dashboard: activity without a token", ACTIVITY, null),
                HostileCase.get("dashboard: activity as a bank", ACTIVITY, BANK),
                HostileCase.get("dashboard: activity as an admin", ACTIVITY, ADMIN),
                HostileCase.get("dashboard: activity as an app", ACTIVITY, APP),
                HostileCase.get("dashboard: echo: activity ?hours", ACTIVITY + "?hours=" + MARKER, AUDITOR),
                HostileCase.send("dashboard: start integrity run: without a token", "POST", RUNS, null, "{}"),
                HostileCase.send("dashboard: start integrity run: as a bank", "POST", RUNS, BANK, "{}"),
                HostileCase.send("dashboard: start integrity run: as an admin", "POST", RUNS, ADMIN, "{}"),
                HostileCase.send("dashboard: start integrity run: unknown field", "POST", RUNS, AUDITOR, "{\"fromBlock\":0}"),
                HostileCase.send("dashboard: start integrity run: array body", "POST", RUNS, AUDITOR, "[]"),
                HostileCase.send("dashboard: start integrity run: number body", "POST", RUNS, AUDITOR, "1"),
                HostileCase.send("dashboard: start integrity run: huge string body", "POST", RUNS, AUDITOR, HUGE),
                HostileCase.send("dashboard: start integrity run: truncated JSON", "POST", RUNS, AUDITOR, "{"),
                HostileCase.send("dashboard: echo: integrity run body", "POST", RUNS, AUDITOR, "{\"" + MARKER + "\":1}"),
                HostileCase.send("dashboard: start integrity run: PUT", "PUT", RUNS, AUDITOR, "{}"),
                HostileCase.get("dashboard: read integrity run: unknown", SOME_RUN, AUDITOR),
                HostileCase.get("dashboard: read integrity run: as a bank", SOME_RUN, BANK),
                HostileCase.get("dashboard: read integrity run: as an admin", SOME_RUN, ADMIN),
                HostileCase.get("dashboard: read integrity run: without a token", SOME_RUN, null),
                HostileCase.get("dashboard: echo: integrity run id", RUNS + "/" + MARKER, AUDITOR)));
        for (String hours : List.of("0", "169", "-1", "1.5", "1e2", "0x10", "%00", "24%20", "99999999999",
                "x".repeat(200))) {
            cases.add(HostileCase.get("dashboard: activity ?hours=" + shown(hours), ACTIVITY + "?hours=" + hours, AUDITOR));
        }
        for (String id : List.of("%00", "a%2Fb", "%20", "x".repeat(200), "a%0Ab",
                "00000000-0000-4000-8000-00000000000G", "00000000-0000-4000-8000-000000000000%20")) {
            cases.add(HostileCase.get("dashboard: integrity run " + shown(id), RUNS + "/" + id, AUDITOR));
        }
        return cases;
    }
}
