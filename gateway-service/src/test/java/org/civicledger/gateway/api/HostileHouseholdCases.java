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

/** The hostile cases of the household endpoints (issue 17), and of the household fields of consents and checks. */
final class HostileHouseholdCases {
    private HostileHouseholdCases() {
    }

    private static final String HOUSEHOLDS = "/api/v1/households";
    private static final String UNKNOWN = HOUSEHOLDS + "/hh-none-{u}";

    /** memberIds is an array of ids: each bad id value is a bad memberIds value as well. */
    static final List<Endpoint> WRITES = List.of(
            new Endpoint("register household", "POST", HOUSEHOLDS, ADMIN, List.of(
                    req("householdId", Kind.ID, "\"hh-{u}\""), req("headResidentId", Kind.RESIDENT, "\"{rid}\""),
                    req("memberIds", Kind.ID, "[\"{rid}\"]"))),
            new Endpoint("move into household", "POST", UNKNOWN + "/members", ADMIN, List.of(
                    req("residentId", Kind.RESIDENT, "\"{rid}\""))),
            new Endpoint("set household head", "POST", UNKNOWN + "/head", ADMIN, List.of(
                    req("residentId", Kind.RESIDENT, "\"{rid}\""))));

    /** Endpoints of other issues with the fields this one added: their bad values only. */
    private static final List<Endpoint> NEW_FIELDS = List.of(
            new Endpoint("consent naming a household", "POST", "/api/v1/consents", APP, List.of(
                    req("consentId", Kind.ID, "\"k-{u}\""), req("residentId", Kind.RESIDENT, "\"{rid}\""),
                    req("bankId", Kind.ID, "\"demo-bank\""), req("purpose", Kind.ID, "\"loan\""),
                    req("expiresAt", Kind.INSTANT, "\"{future}\""), opt("householdId", Kind.ID, null))),
            new Endpoint("household credit check", "POST", "/api/v1/credit-checks", BANK, List.of(
                    req("householdId", Kind.ID, "\"hh-{u}\""), req("communityId", Kind.ID, "\"demo\""),
                    req("productId", Kind.ID, "\"{product}\""), req("purpose", Kind.ID, "\"loan\""))));

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (Endpoint e : WRITES) {
            cases.addAll(HostileCases.damagedJson(e));
            cases.addAll(HostileCases.badFields(e));
            cases.add(HostileCase.send(e.name() + ": without a token", e.method(), e.path(), null, e.validBody()));
            cases.add(HostileCase.send(e.name() + ": as an auditor", e.method(), e.path(), AUDITOR, e.validBody()));
            cases.add(HostileCase.send(e.name() + ": as an app", e.method(), e.path(), APP, e.validBody()));
            cases.add(HostileCase.send(e.name() + ": as a bank", e.method(), e.path(), BANK, e.validBody()));
        }
        for (Endpoint e : NEW_FIELDS) {
            for (HostileCase c : HostileCases.badFields(e)) {
                if (c.name().contains("householdId") || c.name().contains("communityId")) {
                    cases.add(c);
                }
            }
        }
        cases.addAll(special());
        return cases;
    }

    private static List<HostileCase> special() {
        String register = "{\"householdId\":\"hh-{u}\",\"headResidentId\":\"{rid}\",\"memberIds\":";
        String eleven = "[" + "\"{rid}\",".repeat(10) + "\"{rid}\"]";
        String check = "{\"productId\":\"{product}\",\"purpose\":\"loan\",";
        String consent = "{\"consentId\":\"k-{u}\",\"residentId\":\"{rid}\",\"bankId\":\"demo-bank\","
                + "\"purpose\":\"loan\",\"expiresAt\":\"{future}\",\"householdId\":";
        List<HostileCase> cases = new ArrayList<>(List.of(
                HostileCase.send("register household: no members", "POST", HOUSEHOLDS, ADMIN, register + "[]}"),
                HostileCase.send("register household: eleven members", "POST", HOUSEHOLDS, ADMIN, register + eleven + "}"),
                HostileCase.send("register household: a member twice", "POST", HOUSEHOLDS, ADMIN,
                        register + "[\"{rid}\",\"{rid}\"]}"),
                HostileCase.send("register household: head not a member", "POST", HOUSEHOLDS, ADMIN,
                        register + "[\"" + "0".repeat(64) + "\"]}"),
                HostileCase.send("register household: unknown member", "POST", HOUSEHOLDS, ADMIN,
                        register + "[\"{rid}\",\"" + "0".repeat(64) + "\"]}"),
                HostileCase.send("register household: a number as member", "POST", HOUSEHOLDS, ADMIN,
                        register + "[\"{rid}\",7]}"),
                HostileCase.send("register household: nested members", "POST", HOUSEHOLDS, ADMIN,
                        register + "[[\"{rid}\"]]}"),
                HostileCase.send("register household: members as an object", "POST", HOUSEHOLDS, ADMIN,
                        register + "{\"a\":\"{rid}\"}}"),
                HostileCase.send("move into household: householdId also in the body", "POST", UNKNOWN + "/members",
                        ADMIN, "{\"residentId\":\"{rid}\",\"householdId\":\"hh-x\"}"),
                HostileCase.send("move into household: fromHouseholdId in the body", "POST", UNKNOWN + "/members",
                        ADMIN, "{\"residentId\":\"{rid}\",\"fromHouseholdId\":\"hh-x\"}"),
                HostileCase.send("move out of an unknown household", "DELETE", UNKNOWN + "/members/{rid}", ADMIN,
                        null),
                HostileCase.send("move out as an app", "DELETE", UNKNOWN + "/members/{rid}", APP, null),
                HostileCase.send("move out: not a resident id", "DELETE", UNKNOWN + "/members/not-hex", ADMIN, null),
                HostileCase.send("household check: residentId and householdId", "POST", "/api/v1/credit-checks", BANK,
                        check + "\"residentId\":\"{rid}\",\"householdId\":\"hh-{u}\",\"communityId\":\"demo\"}"),
                HostileCase.send("household check: householdId without communityId", "POST", "/api/v1/credit-checks",
                        BANK, check + "\"householdId\":\"hh-{u}\"}"),
                HostileCase.send("resident check: with communityId", "POST", "/api/v1/credit-checks", BANK,
                        check + "\"residentId\":\"{rid}\",\"communityId\":\"demo\"}"),
                HostileCase.send("household check: unknown household", "POST", "/api/v1/credit-checks", BANK,
                        check + "\"householdId\":\"hh-{u}\",\"communityId\":\"demo\"}"),
                HostileCase.send("consent: unknown household", "POST", "/api/v1/consents", APP, consent + "\"hh-{u}\"}"),
                HostileCase.send("echo: consent naming an unknown household", "POST", "/api/v1/consents", APP,
                        consent + "\"" + MARKER + "\"}"),
                HostileCase.send("echo: household check of an unknown household", "POST", "/api/v1/credit-checks",
                        BANK, check + "\"householdId\":\"" + MARKER + "\",\"communityId\":\"demo\"}"),
                HostileCase.send("echo: register household with an unknown member", "POST", HOUSEHOLDS, ADMIN,
                        register + "[\"{rid}\",\"" + MARKER + "\"]}"),
                HostileCase.get("echo: unknown household", HOUSEHOLDS + "/" + MARKER, ADMIN),
                HostileCase.send("echo: move into an unknown household", "POST", HOUSEHOLDS + "/" + MARKER + "/members",
                        ADMIN, "{\"residentId\":\"{rid}\"}"),
                HostileCase.get("households as a merchant", HOUSEHOLDS, MERCHANT),
                HostileCase.get("households as a bank", HOUSEHOLDS, BANK),
                HostileCase.get("household as a bank", UNKNOWN, BANK),
                HostileCase.get("household as an auditor without communityId", UNKNOWN, AUDITOR)));
        for (String id : List.of("%00", "a%2Fb", "%2E%2E", "%20", "x".repeat(200), "a%0Ab", "hh-none-{u}")) {
            cases.add(HostileCase.get("household " + shown(id), HOUSEHOLDS + "/" + id, ADMIN));
            cases.add(HostileCase.send("move into " + shown(id), "POST", HOUSEHOLDS + "/" + id + "/members", ADMIN,
                    "{\"residentId\":\"{rid}\"}"));
            cases.add(HostileCase.send("move out of " + shown(id), "DELETE", HOUSEHOLDS + "/" + id + "/members/{rid}",
                    ADMIN, null));
            cases.add(HostileCase.send("head of " + shown(id), "POST", HOUSEHOLDS + "/" + id + "/head", ADMIN,
                    "{\"residentId\":\"{rid}\"}"));
        }
        for (String c : List.of("a%2Fb", "%00", "other-community", "x".repeat(200))) {
            cases.add(HostileCase.get("households ?communityId=" + shown(c), HOUSEHOLDS + "?communityId=" + c, ADMIN));
        }
        return cases;
    }
}
