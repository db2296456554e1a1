package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.COORDINATOR;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.HostileCases.Kind;
import static org.civicledger.gateway.api.HostileCases.MARKER;
import static org.civicledger.gateway.api.HostileCases.opt;
import static org.civicledger.gateway.api.HostileCases.req;
import static org.civicledger.gateway.api.HostileCases.shown;

import java.util.ArrayList;
import java.util.List;
import org.civicledger.gateway.api.HostileCases.Endpoint;
import org.civicledger.gateway.demo.DemoCommunity;

/** The hostile cases of the attester and approval endpoints (issue 16), and of the fields they added. */
final class HostileAttestCases {
    private HostileAttestCases() {
    }

    static final List<Endpoint> WRITES = List.of(
            new Endpoint("register attester", "POST", "/api/v1/attesters", ADMIN, List.of(
                    req("attesterId", Kind.ID, "\"a-{u}\""), req("kind", Kind.ENUM, "\"GRID_WORKER\""),
                    opt("dailyLimitPoints", Kind.COUNT, null))),
            new Endpoint("set attester status", "POST", "/api/v1/attesters/" + DemoCommunity.ATTESTER + "/status",
                    ADMIN, List.of(req("status", Kind.ENUM, "\"ACTIVE\""), req("reason", Kind.TEXT, "\"checked\""))),
            new Endpoint("reject", "POST", "/api/v1/contributions/{cid}/rejection", COORDINATOR, List.of(
                    req("reason", Kind.TEXT, "\"no evidence\""))));

    /** Endpoints of other issues with the fields this one added: their bad values only. */
    private static final List<Endpoint> NEW_FIELDS = List.of(
            new Endpoint("award naming an attester", "POST", "/api/v1/contributions", APP, List.of(
                    req("contributionId", Kind.ID, "\"c-{u}\""), req("residentId", Kind.RESIDENT, "\"{rid}\""),
                    req("activityType", Kind.ID, "\"volunteer-hour\""), req("quantity", Kind.COUNT, "1"),
                    req("occurredAt", Kind.INSTANT, "\"{now}\""), opt("attesterId", Kind.ID, null))),
            new Endpoint("set approval policy", "PUT", "/api/v1/policy", ADMIN, List.of(
                    req("pointsExpiryMonths", Kind.AMOUNT, "24"), req("maxContributionAgeDays", Kind.COUNT, "30"),
                    opt("attesterRequired", Kind.BOOL, null), opt("pendingExpiryDays", Kind.COUNT, null))),
            new Endpoint("define an approval type", "POST", "/api/v1/activity-types", ADMIN, List.of(
                    req("activityType", Kind.ID, "\"t-{u}\""), req("category", Kind.ENUM, "\"VOLUNTEER_SERVICE\""),
                    req("pointsPerUnit", Kind.COUNT, "10"), req("unit", Kind.ENUM, "\"HOUR\""),
                    req("dailyCapPoints", Kind.COUNT, "100"), req("creditWeight", Kind.AMOUNT, "100"),
                    opt("requiresApproval", Kind.BOOL, null))));

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (Endpoint e : WRITES) {
            cases.addAll(HostileCases.damagedJson(e));
            cases.addAll(HostileCases.badFields(e));
            cases.add(HostileCase.send(e.name() + ": without a token", e.method(), e.path(), null, e.validBody()));
            cases.add(HostileCase.send(e.name() + ": as an auditor", e.method(), e.path(), AUDITOR, e.validBody()));
            cases.add(HostileCase.send(e.name() + ": as a merchant", e.method(), e.path(), MERCHANT, e.validBody()));
        }
        for (Endpoint e : NEW_FIELDS) {
            for (HostileCase c : HostileCases.badFields(e)) {
                if (c.name().contains("attesterId") || c.name().contains("attesterRequired")
                        || c.name().contains("pendingExpiryDays") || c.name().contains("requiresApproval")) {
                    cases.add(c);
                }
            }
        }
        cases.addAll(special());
        return cases;
    }

    private static List<HostileCase> special() {
        String award = "{\"contributionId\":\"c-{u}\",\"residentId\":\"{rid}\",\"activityType\":\"volunteer-hour\","
                + "\"quantity\":1,\"occurredAt\":\"{now}\",\"attesterId\":";
        String approval = "/api/v1/contributions/{cid}/approval";
        String policy = "{\"pointsExpiryMonths\":24,\"maxContributionAgeDays\":30,\"pendingExpiryDays\":";
        List<HostileCase> cases = new ArrayList<>(List.of(
                HostileCase.send("award: unknown attester", "POST", "/api/v1/contributions", APP,
                        award + "\"no-such-attester-{u}\"}"),
                HostileCase.send("award: attester id of another community", "POST", "/api/v1/contributions", APP,
                        award + "\"north-grid\"}"),
                HostileCase.send("set policy: pendingExpiryDays 366", "PUT", "/api/v1/policy", ADMIN, policy + "366}"),
                HostileCase.send("set policy: pendingExpiryDays 1e3", "PUT", "/api/v1/policy", ADMIN, policy + "1e3}"),
                HostileCase.send("register attester: dailyLimitPoints above the limit", "POST", "/api/v1/attesters",
                        ADMIN, "{\"attesterId\":\"a-{u}\",\"kind\":\"GRID_WORKER\",\"dailyLimitPoints\":100000001}"),
                HostileCase.send("set attester status: unknown attester", "POST", "/api/v1/attesters/unknown-{u}/status",
                        ADMIN, "{\"status\":\"ACTIVE\",\"reason\":\"x\"}"),
                HostileCase.send("set attester status: attesterId also in the body", "POST",
                        "/api/v1/attesters/" + DemoCommunity.ATTESTER + "/status", ADMIN,
                        "{\"attesterId\":\"" + DemoCommunity.ATTESTER + "\",\"status\":\"ACTIVE\",\"reason\":\"x\"}"),
                HostileCase.send("reject: contributionId also in the body", "POST",
                        "/api/v1/contributions/{cid}/rejection", COORDINATOR, "{\"contributionId\":\"{cid}\",\"reason\":\"x\"}"),
                HostileCase.send("approve: an awarded contribution", "POST", approval, COORDINATOR, "{}"),
                HostileCase.send("approve: empty body", "POST", approval, COORDINATOR, ""),
                HostileCase.send("approve: array body", "POST", approval, COORDINATOR, "[]"),
                HostileCase.send("approve: null body", "POST", approval, COORDINATOR, "null"),
                HostileCase.send("approve: unknown field", "POST", approval, COORDINATOR, "{\"points\":1000}"),
                HostileCase.send("approve: contributionId also in the body", "POST", approval, COORDINATOR,
                        "{\"contributionId\":\"{cid}\"}"),
                HostileCase.send("approve: truncated JSON", "POST", approval, COORDINATOR, "{"),
                HostileCase.send("approve: as an app", "POST", approval, APP, "{}"),
                HostileCase.send("approve: as an auditor", "POST", approval, AUDITOR, "{}"),
                HostileCase.send("approve: without a token", "POST", approval, null, "{}"),
                HostileCase.send("approve: text/plain", "POST", approval, COORDINATOR, "{}")
                        .withContentType("approve: text/plain content type", "text/plain"),
                HostileCase.send("echo: approval of an unknown contribution", "POST",
                        "/api/v1/contributions/" + MARKER + "/approval", COORDINATOR, "{}"),
                HostileCase.send("echo: rejection of an unknown contribution", "POST",
                        "/api/v1/contributions/" + MARKER + "/rejection", COORDINATOR, "{\"reason\":\"x\"}"),
                HostileCase.send("echo: status of an unknown attester", "POST", "/api/v1/attesters/" + MARKER + "/status",
                        ADMIN, "{\"status\":\"ACTIVE\",\"reason\":\"x\"}"),
                HostileCase.send("echo: award naming an unknown attester", "POST", "/api/v1/contributions", APP,
                        award + "\"" + MARKER + "\"}"),
                HostileCase.send("echo: attester kind unknown", "POST", "/api/v1/attesters", ADMIN,
                        "{\"attesterId\":\"a-{u}\",\"kind\":\"" + MARKER + "\"}"),
                HostileCase.get("pending as an app", "/api/v1/contributions/pending", APP),
                HostileCase.get("pending as a merchant", "/api/v1/contributions/pending", MERCHANT),
                HostileCase.get("attesters as a merchant", "/api/v1/attesters", MERCHANT),
                HostileCase.get("echo: pending of a bad community", "/api/v1/contributions/pending?communityId="
                        + MARKER + "%2F", AUDITOR)));
        for (String id : List.of("%00", "a%2Fb", "%2E%2E", "%20", "x".repeat(200), "a%0Ab", "unknown-{u}")) {
            cases.add(HostileCase.send("approve " + shown(id), "POST", "/api/v1/contributions/" + id + "/approval",
                    COORDINATOR, "{}"));
            cases.add(HostileCase.send("reject " + shown(id), "POST", "/api/v1/contributions/" + id + "/rejection",
                    COORDINATOR, "{\"reason\":\"x\"}"));
            cases.add(HostileCase.send("attester status of " + shown(id), "POST", "/api/v1/attesters/" + id + "/status",
                    ADMIN, "{\"status\":\"ACTIVE\",\"reason\":\"x\"}"));
        }
        for (String c : List.of("a%2Fb", "%00", "other-community", "x".repeat(200))) {
            cases.add(HostileCase.get("attesters ?communityId=" + shown(c), "/api/v1/attesters?communityId=" + c,
                    ADMIN));
            cases.add(HostileCase.get("pending ?communityId=" + shown(c), "/api/v1/contributions/pending?communityId="
                    + c, COORDINATOR));
        }
        return cases;
    }
}
