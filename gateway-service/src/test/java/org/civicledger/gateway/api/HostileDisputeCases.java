package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.HostileCases.Kind;
import static org.civicledger.gateway.api.HostileCases.MARKER;
import static org.civicledger.gateway.api.HostileCases.opt;
import static org.civicledger.gateway.api.HostileCases.req;
import static org.civicledger.gateway.api.HostileCases.shown;

import java.util.ArrayList;
import java.util.List;
import org.civicledger.gateway.api.HostileCases.Endpoint;

/** The hostile cases of disputes of suspensions, credit checks and scores, and of marking disputes overdue (issue 17). */
final class HostileDisputeCases {
    private HostileDisputeCases() {
    }

    private static final String OVERDUE = "/api/v1/disputes/overdue";
    private static final String RESOLUTION = "/api/v1/disputes/{did}/resolution";

    /** communityId is optional, but sent in the valid body so that damaging the body damages something. */
    private static final Endpoint MARK_OVERDUE = new Endpoint("mark overdue", "POST", OVERDUE, ADMIN, List.of(
            req("communityId", Kind.ID, "\"demo\"")));

    /** Endpoints with the fields this issue added: their bad values only. */
    private static final List<Endpoint> NEW_FIELDS = List.of(
            new Endpoint("file a score dispute", "POST", "/api/v1/disputes", APP, List.of(
                    req("disputeId", Kind.ID, "\"d-{u}\""), req("residentId", Kind.RESIDENT, "\"{rid}\""),
                    req("targetType", Kind.ENUM, "\"SCORE\""), req("reason", Kind.TEXT, "\"too low\""))),
            new Endpoint("resolve naming a correction", "POST", RESOLUTION, ADMIN, List.of(
                    req("outcome", Kind.ENUM, "\"REJECTED\""), req("note", Kind.TEXT, "\"checked\""),
                    opt("correction", Kind.ENUM, "\"RECORD_CORRECTED\""), opt("communityId", Kind.ID, null))));

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(HostileCases.damagedJson(MARK_OVERDUE));
        for (HostileCase c : HostileCases.badFields(MARK_OVERDUE)) {
            // absent or null, communityId is the admin's own: a valid request
            if (!c.name().endsWith(" missing") && !c.name().endsWith(" null")) {
                cases.add(c);
            }
        }
        for (String token : new String[] {null, APP, MERCHANT, BANK}) {
            cases.add(HostileCase.send("mark overdue: as " + token, "POST", OVERDUE, token, "{}"));
        }
        for (Endpoint e : NEW_FIELDS) {
            for (HostileCase c : HostileCases.badFields(e)) {
                if (c.name().contains("targetType") || c.name().contains("correction")
                        || c.name().contains("communityId")) {
                    cases.add(c);
                }
            }
        }
        String file = "{\"disputeId\":\"d-{u}\",\"residentId\":\"{rid}\",\"reason\":\"x\",";
        cases.addAll(List.of(
                HostileCase.send("file: SCORE naming a transaction", "POST", "/api/v1/disputes", APP,
                        file + "\"targetType\":\"SCORE\",\"targetTxId\":\"{tx}\"}"),
                HostileCase.send("file: neither a transaction nor SCORE", "POST", "/api/v1/disputes", APP,
                        file + "\"targetType\":\"SUSPENSION\"}"),
                HostileCase.send("file: a target type the transaction does not agree with", "POST",
                        "/api/v1/disputes", APP, file + "\"targetType\":\"CREDIT_CHECK\",\"targetTxId\":\"{tx}\"}"),
                HostileCase.send("file: OVERDUE is no target type", "POST", "/api/v1/disputes", APP,
                        file + "\"targetType\":\"OVERDUE\",\"targetTxId\":\"{tx}\"}"),
                HostileCase.send("resolve: a correction on a REJECTED dispute", "POST", RESOLUTION, ADMIN,
                        "{\"outcome\":\"REJECTED\",\"note\":\"x\",\"correction\":\"RECORD_CORRECTED\"}"),
                HostileCase.send("resolve: a correction on a dispute of an award", "POST", RESOLUTION, ADMIN,
                        "{\"outcome\":\"UPHELD\",\"note\":\"x\",\"correction\":\"RECORD_CORRECTED\"}"),
                HostileCase.send("resolve: OVERDUE as an outcome", "POST", RESOLUTION, ADMIN,
                        "{\"outcome\":\"OVERDUE\",\"note\":\"x\"}"),
                HostileCase.send("resolve: another community named by an admin", "POST", RESOLUTION, ADMIN,
                        "{\"outcome\":\"REJECTED\",\"note\":\"x\",\"communityId\":\"north\"}"),
                HostileCase.send("resolve: an auditor before the dispute is due", "POST", RESOLUTION, AUDITOR,
                        "{\"outcome\":\"REJECTED\",\"note\":\"x\",\"communityId\":\"demo\"}"),
                HostileCase.send("resolve: an auditor naming no community", "POST", RESOLUTION, AUDITOR,
                        "{\"outcome\":\"REJECTED\",\"note\":\"x\"}"),
                HostileCase.send("mark overdue: another community named by an admin", "POST", OVERDUE, ADMIN,
                        "{\"communityId\":\"north\"}"),
                HostileCase.send("mark overdue: an unknown community", "POST", OVERDUE, AUDITOR,
                        "{\"communityId\":\"unknown-{u}\"}"),
                HostileCase.send("echo: target type", "POST", "/api/v1/disputes", APP,
                        file + "\"targetType\":\"" + MARKER + "\"}"),
                HostileCase.send("echo: correction", "POST", RESOLUTION, ADMIN,
                        "{\"outcome\":\"UPHELD\",\"note\":\"x\",\"correction\":\"" + MARKER + "\"}"),
                HostileCase.send("echo: overdue of an unknown community", "POST", OVERDUE, AUDITOR,
                        "{\"communityId\":\"" + MARKER + "\"}")));
        for (String status : List.of("overdue", "OVERDUE%2COPEN", "%00", MARKER)) {
            cases.add(HostileCase.get("disputes as an auditor ?status=" + shown(status),
                    "/api/v1/disputes?status=" + status, AUDITOR));
        }
        return cases;
    }
}
