package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.HostileCases.MARKER;
import static org.civicledger.gateway.api.HostileCases.shown;

import java.util.ArrayList;
import java.util.List;

/** The hostile cases of the score model endpoints (issue 17): every one refused, nothing written, nothing echoed. */
final class HostileScoreModelCases {
    private static final String MODELS = "/api/v1/score-models";
    /** A version no ledger reaches in a test run: a valid proposal of it is refused as out of turn (422). */
    private static final long FAR = 999_999;
    private static final String CODES = "LOW_CONTRIBUTION FEW_ACTIVE_MONTHS NARROW_PARTICIPATION SHORT_TENURE "
            + "RECENT_REVERSALS";

    private HostileScoreModelCases() {
    }

    /** A proposal; each argument replaces one part of a valid one. */
    private static String proposal(String version, String factors, String bands, String texts, String effectiveAt) {
        return "{\"version\":" + version + ",\"factors\":" + factors + ",\"bandMinimums\":" + bands
                + ",\"reasonTexts\":" + texts + ",\"effectiveAt\":" + effectiveAt + "}";
    }

    private static String factors(int tenurePoints, long tenureTarget, String extra) {
        return "{\"CONTRIBUTION_VOLUME\":{\"maxPoints\":400,\"target\":120000},\"ACTIVE_MONTHS\":{\"maxPoints\":250,"
                + "\"target\":12},\"DIVERSITY\":{\"maxPoints\":150,\"target\":4},\"TENURE\":{\"maxPoints\":"
                + tenurePoints + ",\"target\":" + tenureTarget + "},\"REVERSALS\":{\"maxPoints\":100,\"target\":2}"
                + extra + "}";
    }

    private static String texts(String en, String extra) {
        StringBuilder out = new StringBuilder("{");
        for (String code : CODES.split(" ")) {
            out.append(out.length() == 1 ? "" : ",").append('"').append(code).append("\":{\"en\":").append(en)
                    .append(",\"zh\":\"原因\"}");
        }
        return out.append(extra).append('}').toString();
    }

    private static final String FACTORS = factors(100, 24, "");
    private static final String BANDS = "{\"A\":750,\"B\":550,\"C\":350}";
    private static final String TEXTS = texts("\"Reason\"", "");
    private static final String LATER = "\"2099-01-01T00:00:00Z\"";

    private static HostileCase propose(String name, String token, String body) {
        return HostileCase.send("propose score model: " + name, "POST", MODELS, token, body);
    }

    static List<HostileCase> all() {
        String valid = proposal(Long.toString(FAR), FACTORS, BANDS, TEXTS, LATER);
        List<HostileCase> cases = new ArrayList<>(List.of(
                propose("out of turn", ADMIN, valid),
                propose("as an app", APP, valid),
                propose("as a bank", BANK, valid),
                propose("as an auditor", AUDITOR, valid),
                propose("as a merchant", MERCHANT, valid),
                propose("without a token", null, valid),
                propose("text/plain", ADMIN, valid).withContentType("propose score model: text/plain", "text/plain"),
                propose("empty body", ADMIN, ""),
                propose("array body", ADMIN, "[]"),
                propose("null body", ADMIN, "null"),
                propose("truncated JSON", ADMIN, valid.substring(0, valid.length() - 3)),
                propose("unknown field", ADMIN, valid.replace("{\"version\"", "{\"" + MARKER + "\":1,\"version\"")),
                propose("duplicate field", ADMIN, valid.replace("{\"version\"", "{\"version\":3,\"version\"")),
                propose("version 0", ADMIN, proposal("0", FACTORS, BANDS, TEXTS, LATER)),
                propose("version as text", ADMIN, proposal("\"2\"", FACTORS, BANDS, TEXTS, LATER)),
                propose("version 2.5", ADMIN, proposal("2.5", FACTORS, BANDS, TEXTS, LATER)),
                propose("version 1e3", ADMIN, proposal("1e3", FACTORS, BANDS, TEXTS, LATER)),
                propose("version beyond a long", ADMIN, proposal("99999999999999999999", FACTORS, BANDS, TEXTS, LATER)),
                propose("weights adding up to 1001", ADMIN, proposal("2", factors(101, 24, ""), BANDS, TEXTS, LATER)),
                propose("weights adding up to 999", ADMIN, proposal("2", factors(99, 24, ""), BANDS, TEXTS, LATER)),
                propose("negative weight", ADMIN, proposal("2", factors(-100, 24, ""), BANDS, TEXTS, LATER)),
                propose("target 0", ADMIN, proposal("2", factors(100, 0, ""), BANDS, TEXTS, LATER)),
                propose("target above the limit", ADMIN, proposal("2", factors(100, 1_000_000_000_001L, ""), BANDS,
                        TEXTS, LATER)),
                propose("unknown factor", ADMIN, proposal("2", factors(100, 24, ",\"" + MARKER
                        + "\":{\"maxPoints\":0,\"target\":1}"), BANDS, TEXTS, LATER)),
                propose("missing factor", ADMIN, proposal("2", FACTORS.replace(",\"DIVERSITY\":{\"maxPoints\":150,"
                        + "\"target\":4}", ""), BANDS, TEXTS, LATER)),
                propose("factors an array", ADMIN, proposal("2", "[]", BANDS, TEXTS, LATER)),
                propose("thresholds not ordered", ADMIN, proposal("2", FACTORS, "{\"A\":550,\"B\":750,\"C\":350}",
                        TEXTS, LATER)),
                propose("thresholds equal", ADMIN, proposal("2", FACTORS, "{\"A\":750,\"B\":750,\"C\":350}", TEXTS,
                        LATER)),
                propose("threshold above 1000", ADMIN, proposal("2", FACTORS, "{\"A\":1001,\"B\":550,\"C\":350}",
                        TEXTS, LATER)),
                propose("threshold 0", ADMIN, proposal("2", FACTORS, "{\"A\":750,\"B\":550,\"C\":0}", TEXTS, LATER)),
                propose("threshold for D", ADMIN, proposal("2", FACTORS, "{\"A\":750,\"B\":550,\"C\":350,\"D\":1}",
                        TEXTS, LATER)),
                propose("unknown reason code", ADMIN, proposal("2", FACTORS, BANDS, texts("\"Reason\"", ",\""
                        + MARKER + "\":{\"en\":\"x\",\"zh\":\"x\"}"), LATER)),
                propose("reason text too long", ADMIN, proposal("2", FACTORS, BANDS, texts("\"" + "x".repeat(501)
                        + "\"", ""), LATER)),
                propose("blank reason text", ADMIN, proposal("2", FACTORS, BANDS, texts("\" \"", ""), LATER)),
                propose("reason text with a control character", ADMIN, proposal("2", FACTORS, BANDS,
                        texts("\"a\\u0000b\"", ""), LATER)),
                propose("reason text a number", ADMIN, proposal("2", FACTORS, BANDS, texts("7", ""), LATER)),
                propose("missing reason texts", ADMIN, proposal("2", FACTORS, BANDS, "{}", LATER)),
                propose("effectiveAt in the past", ADMIN, proposal("2", FACTORS, BANDS, TEXTS,
                        "\"2020-01-01T00:00:00Z\"")),
                propose("effectiveAt not an instant", ADMIN, proposal("2", FACTORS, BANDS, TEXTS,
                        "\"" + MARKER + "\"")),
                propose("effectiveAt year 10000", ADMIN, proposal("2", FACTORS, BANDS, TEXTS,
                        "\"+10000-01-01T00:00:00Z\"")),
                HostileCase.send("approve score model: unknown version", "POST", MODELS + "/" + FAR + "/approval",
                        AUDITOR, "{}"),
                HostileCase.send("approve score model: as the admin", "POST", MODELS + "/1/approval", ADMIN, "{}"),
                HostileCase.send("approve score model: as a bank", "POST", MODELS + "/1/approval", BANK, "{}"),
                HostileCase.send("approve score model: without a token", "POST", MODELS + "/1/approval", null, "{}"),
                HostileCase.send("approve score model: version 1 (no proposal)", "POST", MODELS + "/1/approval",
                        AUDITOR, "{}"),
                HostileCase.send("approve score model: version also in the body", "POST", MODELS + "/1/approval",
                        AUDITOR, "{\"version\":1}"),
                HostileCase.send("approve score model: unknown field", "POST", MODELS + "/" + FAR + "/approval",
                        AUDITOR, "{\"" + MARKER + "\":1}"),
                HostileCase.send("approve score model: array body", "POST", MODELS + "/1/approval", AUDITOR, "[]"),
                HostileCase.send("approve score model: null body", "POST", MODELS + "/1/approval", AUDITOR, "null"),
                HostileCase.send("approve score model: empty body", "POST", MODELS + "/1/approval", AUDITOR, ""),
                HostileCase.get("score model: unknown version", MODELS + "/" + FAR, BANK),
                HostileCase.get("evaluate score model: without a token", MODELS + "/1/evaluation?communityId=demo",
                        null),
                HostileCase.get("score model: a version that is not digits, without a token", MODELS + "/1x", null),
                HostileCase.get("score model: an encoded slash, without a token", MODELS + "/1%2Fevaluation", null),
                HostileCase.get("evaluate score model: without communityId", MODELS + "/1/evaluation", AUDITOR),
                HostileCase.get("evaluate score model: unknown community", MODELS + "/1/evaluation?communityId="
                        + "no-such-community", AUDITOR),
                HostileCase.get("evaluate score model: another community", MODELS + "/1/evaluation?communityId=north",
                        ADMIN),
                HostileCase.get("evaluate score model: as a bank", MODELS + "/1/evaluation?communityId=demo", BANK),
                HostileCase.get("evaluate score model: as an app", MODELS + "/1/evaluation?communityId=demo", APP),
                HostileCase.get("evaluate score model: unknown version", MODELS + "/" + FAR
                        + "/evaluation?communityId=demo", AUDITOR),
                HostileCase.get("echo: evaluate score model of a bad community", MODELS
                        + "/1/evaluation?communityId=" + MARKER + "%2F", AUDITOR),
                HostileCase.get("echo: evaluate score model with a bad cursor", MODELS
                        + "/1/evaluation?communityId=demo&cursor=" + MARKER, AUDITOR)));
        for (String v : List.of("0", "-1", "abc", "%00", "a%2Fb", "%2E%2E", "x".repeat(200), "99999999999999999999",
                "1.0", "1e3", "%201", MARKER)) {
            cases.add(HostileCase.get("score model " + shown(v), MODELS + "/" + v, BANK));
            cases.add(HostileCase.send("approve score model " + shown(v), "POST", MODELS + "/" + v + "/approval",
                    AUDITOR, "{}"));
            cases.add(HostileCase.get("evaluate score model " + shown(v), MODELS + "/" + v
                    + "/evaluation?communityId=demo", AUDITOR));
        }
        return cases;
    }
}
