package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.HostileCases.HUGE;
import static org.civicledger.gateway.api.HostileCases.Kind;
import static org.civicledger.gateway.api.HostileCases.MARKER;
import static org.civicledger.gateway.api.HostileCases.opt;
import static org.civicledger.gateway.api.HostileCases.req;
import static org.civicledger.gateway.api.HostileCases.shown;

import java.util.ArrayList;
import java.util.List;
import org.civicledger.gateway.api.HostileCases.Endpoint;

/**
 * The hostile cases of the loan decision endpoints (issue 17). The decisions name the fixture's award transaction
 * as their check, which is no credit check, and the line endpoints a decision that does not exist: a body that got
 * past validation would still be refused, so every case here must be refused for its own rule.
 */
final class HostileLoanCases {
    private static final String DECISIONS = "/api/v1/loan-decisions";
    private static final String NO_LINE = DECISIONS + "/ld-none-{u}";
    private static final String GRANT = "{\"decisionId\":\"ld-{u}\",\"checkTxId\":\"{tx}\",\"outcome\":\"GRANTED\","
            + "\"amountFen\":1000,\"rateBps\":400,\"termMonths\":12";
    private static final String DECLINE = "{\"decisionId\":\"ld-{u}\",\"checkTxId\":\"{tx}\",\"outcome\":\"DECLINED\","
            + "\"reasonCodes\":";

    private HostileLoanCases() {
    }

    static final List<Endpoint> WRITES = List.of(
            new Endpoint("decide loan", "POST", DECISIONS, BANK, List.of(
                    req("decisionId", Kind.ID, "\"ld-{u}\""), req("checkTxId", Kind.ID, "\"{tx}\""),
                    req("outcome", Kind.ENUM, "\"GRANTED\""), req("amountFen", Kind.COUNT, "1000"),
                    req("rateBps", Kind.AMOUNT, "400"), req("termMonths", Kind.COUNT, "12"))),
            new Endpoint("draw", "POST", NO_LINE + "/drawdowns", BANK, List.of(
                    req("drawdownId", Kind.ID, "\"w-{u}\""), req("amountFen", Kind.COUNT, "100"))),
            new Endpoint("repay", "POST", NO_LINE + "/repayments", BANK, List.of(
                    req("repaymentId", Kind.ID, "\"p-{u}\""), req("amountFen", Kind.COUNT, "100"))));

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (Endpoint e : WRITES) {
            cases.addAll(HostileCases.damagedJson(e));
            cases.addAll(HostileCases.badFields(e));
            cases.add(HostileCase.send(e.name() + ": without a token", e.method(), e.path(), null, e.validBody()));
            cases.add(HostileCase.send(e.name() + ": as an auditor", e.method(), e.path(), AUDITOR, e.validBody()));
            cases.add(HostileCase.send(e.name() + ": as an app", e.method(), e.path(), APP, e.validBody()));
        }
        cases.addAll(decisions());
        cases.addAll(closure());
        cases.addAll(reads());
        return cases;
    }

    private static List<HostileCase> decisions() {
        List<HostileCase> cases = new ArrayList<>(List.of(
                send("amountFen above the largest line", GRANT.replace("1000", "1000000001") + "}"),
                send("rateBps above the highest rate", GRANT.replace("400", "3601") + "}"),
                send("termMonths above the longest term", GRANT.replace("12", "361") + "}"),
                send("a grant with reason codes", GRANT + ",\"reasonCodes\":[\"OTHER\"]}"),
                send("a grant without an amount", GRANT.replace("\"amountFen\":1000,", "") + "}"),
                send("a decline with an amount", DECLINE + "[\"OTHER\"],\"amountFen\":1}"),
                send("a decline with an override", DECLINE + "[\"OTHER\"],\"override\":{\"reasonCode\":"
                        + "\"POLICY_EXCEPTION\",\"note\":\"x\"}}"),
                send("a decline without reasons", DECLINE.replace(",\"reasonCodes\":", "") + "}"),
                send("reasonCodes empty", DECLINE + "[]}"),
                send("reasonCodes repeated", DECLINE + "[\"OTHER\",\"OTHER\"]}"),
                send("five reasonCodes", DECLINE + "[\"OTHER\",\"EXISTING_DEBT\",\"INCOMPLETE_DOCUMENTS\","
                        + "\"APPLICANT_WITHDREW\",\"OUTSIDE_PRODUCT_AREA\"]}"),
                send("reasonCodes a string", DECLINE + "\"OTHER\"}"),
                send("reasonCodes of numbers", DECLINE + "[1]}"),
                send("reasonCodes null inside", DECLINE + "[null]}"),
                send("override empty", GRANT + ",\"override\":{}}"),
                send("override without a note", GRANT + ",\"override\":{\"reasonCode\":\"POLICY_EXCEPTION\"}}"),
                send("override note blank", GRANT + ",\"override\":{\"reasonCode\":\"POLICY_EXCEPTION\","
                        + "\"note\":\"  \"}}"),
                send("override note huge", GRANT + ",\"override\":{\"reasonCode\":\"POLICY_EXCEPTION\",\"note\":"
                        + HUGE + "}}"),
                send("override an array", GRANT + ",\"override\":[]}"),
                send("override with an unknown field", GRANT + ",\"override\":{\"reasonCode\":"
                        + "\"POLICY_EXCEPTION\",\"note\":\"x\",\"approvedBy\":\"me\"}}"),
                send("band and model sent by the bank", GRANT + ",\"band\":\"A\",\"modelVersion\":9}"),
                send("an unknown check", GRANT.replace("{tx}", "no-such-check-{u}") + "}"),
                send("echo: reason code", DECLINE + "[\"" + MARKER + "\"]}"),
                send("echo: override reason code", GRANT + ",\"override\":{\"reasonCode\":\"" + MARKER
                        + "\",\"note\":\"x\"}}"),
                send("echo: unknown check", GRANT.replace("{tx}", MARKER) + "}"),
                send("echo: outcome", GRANT.replace("GRANTED", MARKER) + "}"),
                HostileCase.send("decide loan: as a merchant", "POST", DECISIONS, MERCHANT, GRANT + "}"),
                HostileCase.send("decide loan: as an admin", "POST", DECISIONS, ADMIN, GRANT + "}")));
        return cases;
    }

    private static List<HostileCase> closure() {
        String close = NO_LINE + "/closure";
        List<HostileCase> cases = new ArrayList<>(List.of(
                HostileCase.send("close: an unknown line", "POST", close, BANK, "{}"),
                HostileCase.send("close: empty body", "POST", close, BANK, ""),
                HostileCase.send("close: array body", "POST", close, BANK, "[]"),
                HostileCase.send("close: null body", "POST", close, BANK, "null"),
                HostileCase.send("close: unknown field", "POST", close, BANK, "{\"force\":true}"),
                HostileCase.send("close: decisionId also in the body", "POST", close, BANK,
                        "{\"decisionId\":\"x\"}"),
                HostileCase.send("close: truncated JSON", "POST", close, BANK, "{"),
                HostileCase.send("close: as an app", "POST", close, APP, "{}"),
                HostileCase.send("close: as an auditor", "POST", close, AUDITOR, "{}"),
                HostileCase.send("close: without a token", "POST", close, null, "{}"),
                HostileCase.send("draw: decisionId also in the body", "POST", NO_LINE + "/drawdowns", BANK,
                        "{\"decisionId\":\"x\",\"drawdownId\":\"w-{u}\",\"amountFen\":1}"),
                HostileCase.send("draw: a repaymentId", "POST", NO_LINE + "/drawdowns", BANK,
                        "{\"repaymentId\":\"p-{u}\",\"amountFen\":1}"),
                HostileCase.send("draw: amountFen above the largest line", "POST", NO_LINE + "/drawdowns", BANK,
                        "{\"drawdownId\":\"w-{u}\",\"amountFen\":1000000001}"),
                HostileCase.send("echo: drawdown on an unknown line", "POST", DECISIONS + "/" + MARKER + "/drawdowns",
                        BANK, "{\"drawdownId\":\"w-{u}\",\"amountFen\":1}"),
                HostileCase.send("echo: closure of an unknown line", "POST", DECISIONS + "/" + MARKER + "/closure",
                        BANK, "{}")));
        for (String id : List.of("%00", "a%2Fb", "%2E%2E", "%20", "x".repeat(200), "a%0Ab")) {
            cases.add(HostileCase.send("draw on " + shown(id), "POST", DECISIONS + "/" + id + "/drawdowns", BANK,
                    "{\"drawdownId\":\"w-{u}\",\"amountFen\":1}"));
            cases.add(HostileCase.send("close " + shown(id), "POST", DECISIONS + "/" + id + "/closure", BANK, "{}"));
            cases.add(HostileCase.get("decision " + shown(id), DECISIONS + "/" + id, BANK));
        }
        return cases;
    }

    private static List<HostileCase> reads() {
        List<HostileCase> cases = new ArrayList<>(List.of(
                HostileCase.get("decisions as an app", DECISIONS, APP),
                HostileCase.get("decisions as a merchant", DECISIONS, MERCHANT),
                HostileCase.get("decisions as an admin", DECISIONS, ADMIN),
                HostileCase.get("decision as an app", DECISIONS + "/ld-x?bankId=demo-bank", APP),
                HostileCase.get("decision as an auditor without bankId", DECISIONS + "/ld-x", AUDITOR),
                HostileCase.get("decisions of another bank as a bank", DECISIONS + "?bankId=other-bank", BANK),
                HostileCase.get("decision of another bank as a bank", DECISIONS + "/ld-x?bankId=other-bank", BANK),
                HostileCase.get("echo: unknown decision", DECISIONS + "/" + MARKER, BANK),
                HostileCase.get("echo: decisions ?bankId bad", DECISIONS + "?bankId=" + MARKER + "%2F", AUDITOR)));
        for (String b : List.of("a%2Fb", "%00", "x".repeat(200))) {
            cases.add(HostileCase.get("decisions ?bankId=" + shown(b), DECISIONS + "?bankId=" + b, AUDITOR));
        }
        return cases;
    }

    private static HostileCase send(String what, String body) {
        return HostileCase.send("decide loan: " + what, "POST", DECISIONS, BANK, body);
    }
}
