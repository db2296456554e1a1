package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.HostileCases.MARKER;
import static org.civicledger.gateway.api.HostileCases.TWO_TO_THE_70;
import static org.civicledger.gateway.api.HostileCases.shown;

import java.util.ArrayList;
import java.util.List;

/**
 * The oversight and anomaly reports' hostile requests (part of {@link HostileCases#all()}): bad and reversed dates,
 * a period over the limit, ids with odd characters, limits, cursors and multiples out of range, and callers that may
 * not read them. Each carries {@link HostileCases#MARKER} where an echo would show.
 */
final class OversightHostileCases {
    private static final List<String> REPORTS = List.of("/api/v1/reports/oversight/credit-checks",
            "/api/v1/reports/oversight/awards", "/api/v1/reports/oversight/decisions", "/api/v1/reports/anomalies");

    private OversightHostileCases() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        List<String> badQueries = List.of("from=2026-13-01", "from=not-a-day", "from=2026-1-1", "from=%00",
                "from=2026-03-01T00:00:00Z", "to=yesterday", "to=2026-02-30", "from=" + MARKER,
                "from=2026-03-10&to=2026-03-01", "from=2026-03-01&to=2026-03-01", "from=2024-01-01&to=2026-01-01",
                "from=-999999999-01-01", "to=%2B1000000000-12-31", "communityId=a%2Fb", "communityId=%00",
                "communityId=" + "x".repeat(200), "communityId=" + MARKER + "%20x", "communityId=%27%20OR%201%3D1--",
                "communityId=%E4%B8%AD%E6%96%87", "communityId=..%2F..", "communityId=-lead");
        for (String report : REPORTS) {
            String name = report.substring(report.lastIndexOf('/') + 1);
            for (String q : badQueries) {
                cases.add(HostileCase.get(name + " report ?" + shown(q), report + "?" + q, AUDITOR));
            }
            cases.add(HostileCase.get(name + " report without a token", report, null));
            cases.add(HostileCase.get(name + " report as an app", report, APP));
            cases.add(HostileCase.get(name + " report as a bank", report + "?communityId=demo", BANK));
            cases.add(HostileCase.get(name + " report as a merchant", report, MERCHANT));
            cases.add(HostileCase.get(name + " report of another community as an admin",
                    report + "?communityId=other-" + MARKER, ADMIN));
        }
        String checks = "/api/v1/reports/oversight/credit-checks?";
        for (String q : List.of("limit=0", "limit=-1", "limit=1001", "limit=abc", "limit=1.5", "limit=" + TWO_TO_THE_70,
                "limit=%00", "limit=" + MARKER, "cursor=not-a-cursor", "cursor=%00", "cursor=" + MARKER,
                "cursor=djE6MToxOjE6MQ", "cursor=djE6LTE6MToxOjE", "cursor=" + "A".repeat(300), "cursor=..%2F..",
                "bankId=a%2Fb", "bankId=" + MARKER + "%2F", "bankId=%00", "bankId=" + "b".repeat(129))) {
            cases.add(HostileCase.get("credit-checks report ?" + shown(q), checks + q, AUDITOR));
        }
        for (String m : List.of("1", "0", "101", "-3", "abc", "2.5", "%00", TWO_TO_THE_70, MARKER, "3e1", "%203")) {
            cases.add(HostileCase.get("anomalies report ?multiple=" + shown(m), "/api/v1/reports/anomalies?multiple=" + m,
                    AUDITOR));
        }
        return cases;
    }
}
