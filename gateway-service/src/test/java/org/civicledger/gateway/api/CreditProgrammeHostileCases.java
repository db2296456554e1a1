package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.COORDINATOR;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.HostileCases.MARKER;
import static org.civicledger.gateway.api.HostileCases.shown;

import java.util.ArrayList;
import java.util.List;

/**
 * The credit programme report's hostile requests (part of {@link HostileCases#all()}): bad and reversed months, a
 * period over the limit, community and bank ids with odd characters, and callers that may not read it or not what
 * they ask for. Each carries {@link HostileCases#MARKER} where an echo would show.
 */
final class CreditProgrammeHostileCases {
    private static final String REPORT = "/api/v1/reports/credit-programme";

    private CreditProgrammeHostileCases() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String q : List.of("from=2026-13", "from=2026-00", "from=2026-1", "from=2026-01-01", "from=not-a-mo",
                "from=%00", "from=" + MARKER, "to=2026-02-30", "to=yesterday", "to=-99999-01", "to=%2B99999-12",
                "from=2026-05&to=2026-04", "from=2020-01&to=2026-01", "communityId=a%2Fb", "communityId=%00",
                "communityId=" + "x".repeat(200), "communityId=" + MARKER + "%20x", "communityId=%27%20OR%201%3D1--",
                "communityId=%E4%B8%AD%E6%96%87", "communityId=..%2F..", "bankId=a%2Fb", "bankId=%00",
                "bankId=" + MARKER + "%2F", "bankId=" + "b".repeat(129), "bankId=%27%3B%20DROP%20TABLE%20rm_cp_month")) {
            cases.add(HostileCase.get("credit-programme report ?" + shown(q), REPORT + "?" + q, AUDITOR));
        }
        cases.add(HostileCase.get("credit-programme report without a token", REPORT, null));
        cases.add(HostileCase.get("credit-programme report with an unknown token", REPORT, "not-a-token"));
        cases.add(HostileCase.get("credit-programme report as an app", REPORT, APP));
        cases.add(HostileCase.get("credit-programme report as a merchant", REPORT, MERCHANT));
        cases.add(HostileCase.get("credit-programme report as a coordinator", REPORT + "?communityId=demo",
                COORDINATOR));
        cases.add(HostileCase.get("credit-programme report of another bank as a bank",
                REPORT + "?bankId=other-" + MARKER, BANK));
        cases.add(HostileCase.get("credit-programme report of another community as an admin",
                REPORT + "?communityId=other-" + MARKER, ADMIN));
        cases.add(HostileCase.get("credit-programme report per bank as an admin", REPORT + "?bankId=demo-bank",
                ADMIN));
        return cases;
    }
}
