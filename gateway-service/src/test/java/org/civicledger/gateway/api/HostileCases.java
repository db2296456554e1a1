package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;

import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Malformed and hostile requests for every endpoint of API.md, generated from compact tables:
 * JSON-level damage per write endpoint, bad values per field kind, bad path and query parameters,
 * wrong media types, wrong callers and an oversize body.
 */
final class HostileCases {
    static final String HUGE = "\"" + "x".repeat(100_000) + "\"";
    static final String TWO_TO_THE_70 = "1180591620717411303424";
    /** Sent in places a careless error message would repeat; no answer may contain it. */
    static final String MARKER = "PRIVREF148536";

    private HostileCases() {
    }

    /** What a field holds, and the values that must be refused for it. */
    enum Kind {
        ID("123", "true", "{\"id\":\"x\"}", "[\"x\"]", "\"\"", "\"a/b\"", "\"a\\u0000b\"", "\"a\\nb\"", HUGE),
        RESIDENT("\"not-hex\"", "\"" + "A".repeat(64) + "\"", "\"" + "0".repeat(63) + "\"", "123", "\"../x\"",
                "\"{rid}\\u0000\"", HUGE),
        TEXT("42", "false", "{\"t\":\"x\"}", "\"\"", "\"   \"", "\"nul\\u0000text\"", "\"bell\\u0007\"", HUGE),
        COUNT("\"10\"", "0", "-1", "1.5", "9223372036854775808", "-9223372036854775809", "1e30", "true", "{}"),
        AMOUNT("\"10\"", "-1", "1.5", "9223372036854775808", "1e30", "true", "[1]"),
        ENUM("\"BOGUS\"", "\"\"", "7", "[\"ACTIVE\"]", "\"ACTIVE\\u0000\"", HUGE),
        INSTANT("\"not-a-time\"", "\"2026-13-45T00:00:00Z\"", "1700000000", "\"2026-01-01\"", "{}", HUGE),
        BOOL("\"true\"", "1", "{}"),
        BANDS("[]", "\"A\"", "{\"Z\":{\"maxAmountFen\":1000,\"rateDiscountBps\":0}}",
                "{\"A\":{\"maxAmountFen\":-1,\"rateDiscountBps\":0}}",
                "{\"A\":{\"maxAmountFen\":1e30,\"rateDiscountBps\":0}}", "{\"A\":\"x\"}",
                "{\"A\":{\"maxAmountFen\":1000}}", "{\"A\":{\"maxAmountFen\":1000,\"rateDiscountBps\":0,\"x\":1}}"),
        KEY("\"!!!not-base64!!!\"", "\"AAAA\"", "123", "true",
                "\"" + HostileFixture.publicKey("RSA", null) + "\"",
                "\"" + HostileFixture.publicKey("EC", new ECGenParameterSpec("secp384r1")) + "\"", HUGE),
        HEX("\"xyz\"", "\"abcd\"", "123", "\"" + "g".repeat(64) + "\""),
        /** A category id: an upper-case letter, then 1-39 upper-case letters, digits or _. */
        CATEGORY("\"\"", "\"A\"", "\"lower_case\"", "\"1ABC\"", "\"A-B\"", "\"A/B\"", "\"AB\\u0000\"",
                "\"" + "A".repeat(41) + "\"", "7", "[\"AB\"]", HUGE),
        /** A value in fen: a whole number from 0 to 10^12. */
        FEN("\"10\"", "-1", "1.5", "1000000000001", "9223372036854775808", "1e30", "true", "[1]");

        final List<String> bad;

        Kind(String... bad) {
            this.bad = List.of(bad);
        }
    }

    record Field(String name, Kind kind, String valid, boolean required) {
    }

    /** A JSON write endpoint and one valid body for it (fields in order). */
    record Endpoint(String name, String method, String path, String token, List<Field> fields) {
        String validBody() {
            return fields.stream().filter(Field::required).map(f -> quote(f.name) + ":" + f.valid)
                    .collect(Collectors.joining(",", "{", "}"));
        }

        String bodyWith(String name, String value) {
            return fields.stream().filter(f -> f.required || f.name.equals(name))
                    .filter(f -> value != null || !f.name.equals(name))
                    .map(f -> quote(f.name) + ":" + (f.name.equals(name) ? value : f.valid))
                    .collect(Collectors.joining(",", "{", "}"));
        }

        HostileCase send(String what, String body) {
            return HostileCase.send(name + ": " + what, method, path, token, body);
        }
    }

    static Field req(String name, Kind kind, String valid) {
        return new Field(name, kind, valid, true);
    }

    static Field opt(String name, Kind kind, String valid) {
        return new Field(name, kind, valid, false);
    }

    static final List<Endpoint> WRITES = List.of(
            new Endpoint("define activity type", "POST", "/api/v1/activity-types", ADMIN, List.of(
                    req("activityType", Kind.ID, "\"t-{u}\""), req("category", Kind.CATEGORY, "\"VOLUNTEER_SERVICE\""),
                    req("pointsPerUnit", Kind.COUNT, "10"), req("unit", Kind.ENUM, "\"HOUR\""),
                    req("dailyCapPoints", Kind.COUNT, "100"), req("creditWeight", Kind.AMOUNT, "100"))),
            new Endpoint("enrol", "POST", "/api/v1/residents", APP, List.of(
                    req("externalRef", Kind.TEXT, "\"ref-{u}\""), opt("publicKey", Kind.KEY, null))),
            new Endpoint("set status", "POST", "/api/v1/residents/{rid}/status", ADMIN, List.of(
                    req("status", Kind.ENUM, "\"ACTIVE\""), req("reason", Kind.TEXT, "\"checked\""))),
            new Endpoint("set policy", "PUT", "/api/v1/policy", ADMIN, List.of(
                    req("pointsExpiryMonths", Kind.AMOUNT, "24"), req("maxContributionAgeDays", Kind.COUNT, "30"))),
            new Endpoint("award", "POST", "/api/v1/contributions", APP, List.of(
                    req("contributionId", Kind.ID, "\"c-{u}\""), req("residentId", Kind.RESIDENT, "\"{rid}\""),
                    req("activityType", Kind.ID, "\"volunteer-hour\""), req("quantity", Kind.COUNT, "1"),
                    req("occurredAt", Kind.INSTANT, "\"{now}\""), opt("evidenceHash", Kind.HEX, null))),
            new Endpoint("reverse", "POST", "/api/v1/contributions/{cid}/reversal", ADMIN, List.of(
                    req("reason", Kind.TEXT, "\"twice\""))),
            new Endpoint("redeem", "POST", "/api/v1/redemptions", MERCHANT, List.of(
                    req("redemptionId", Kind.ID, "\"r-{u}\""), req("residentId", Kind.RESIDENT, "\"{rid}\""),
                    req("points", Kind.COUNT, "1"), req("item", Kind.TEXT, "\"soap\""),
                    opt("valueFen", Kind.FEN, "1250"))),
            new Endpoint("define category", "POST", "/api/v1/categories", ADMIN, List.of(
                    req("categoryId", Kind.CATEGORY, "\"{U}\""), req("name", Kind.TEXT, "\"Elderly care\""),
                    req("creditWeight", Kind.AMOUNT, "100"))),
            new Endpoint("settle", "POST", "/api/v1/settlements", ADMIN, List.of(
                    req("settlementId", Kind.ID, "\"s-{u}\""), req("merchantId", Kind.ID, "\"demo-merchant\""))),
            new Endpoint("grant consent", "POST", "/api/v1/consents", APP, List.of(
                    req("consentId", Kind.ID, "\"k-{u}\""), req("residentId", Kind.RESIDENT, "\"{rid}\""),
                    req("bankId", Kind.ID, "\"demo-bank\""), req("purpose", Kind.ID, "\"loan\""),
                    req("expiresAt", Kind.INSTANT, "\"{future}\""))),
            new Endpoint("publish product", "POST", "/api/v1/loan-products", BANK, List.of(
                    req("productId", Kind.ID, "\"p-{u}\""), req("name", Kind.TEXT, "\"loan\""),
                    opt("requireSignedConsent", Kind.BOOL, null),
                    req("bands", Kind.BANDS, "{\"A\":{\"maxAmountFen\":1000,\"rateDiscountBps\":0}}"))),
            new Endpoint("credit check", "POST", "/api/v1/credit-checks", BANK, List.of(
                    req("residentId", Kind.RESIDENT, "\"{rid}\""), req("productId", Kind.ID, "\"{product}\""),
                    req("purpose", Kind.ID, "\"loan\""))),
            new Endpoint("file dispute", "POST", "/api/v1/disputes", APP, List.of(
                    req("disputeId", Kind.ID, "\"d-{u}\""), req("residentId", Kind.RESIDENT, "\"{rid}\""),
                    req("targetTxId", Kind.ID, "\"{tx}\""), req("reason", Kind.TEXT, "\"not me\""))),
            new Endpoint("resolve dispute", "POST", "/api/v1/disputes/{did}/resolution", ADMIN, List.of(
                    req("outcome", Kind.ENUM, "\"REJECTED\""), req("note", Kind.TEXT, "\"checked\""))),
            new Endpoint("award batch", "POST", "/api/v1/contributions/batch", APP, List.of(
                    req("items", null, "[{\"contributionId\":\"c-{u}\",\"residentId\":\"{rid}\","
                            + "\"activityType\":\"volunteer-hour\",\"quantity\":1,\"occurredAt\":\"{now}\"}]"))));

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (Endpoint e : WRITES) {
            cases.addAll(damagedJson(e));
            cases.addAll(badFields(e));
            cases.add(HostileCase.send(e.name + ": without a token", e.method, e.path, null, e.validBody()));
            cases.add(HostileCase.send(e.name + ": unknown token", e.method, e.path, "not-a-token", e.validBody()));
            cases.add(HostileCase.send(e.name + ": as an auditor", e.method, e.path, AUDITOR, e.validBody()));
        }
        cases.addAll(specialWrites());
        cases.addAll(badPathIds());
        cases.addAll(badReads());
        cases.addAll(echoBait());
        cases.addAll(badExternalRefs());
        cases.addAll(HostileAttestCases.all());
        cases.addAll(badTransparencyReads());
        cases.addAll(OversightHostileCases.all());
        cases.addAll(HostileLoanCases.all());
        cases.addAll(CreditProgrammeHostileCases.all());
        cases.addAll(HostileConsentCases.all());
        cases.addAll(HostileHouseholdCases.all());
        cases.addAll(HostileScoreModelCases.all());
        cases.addAll(HostileDisputeCases.all());
        cases.addAll(HostileAuditDashboardCases.all());
        return cases;
    }

    /** The endpoint's valid body broken as JSON, or sent as something else. */
    static List<HostileCase> damagedJson(Endpoint e) {
        String valid = e.validBody();
        Field first = e.fields.get(0);
        List<HostileCase> cases = new ArrayList<>(List.of(
                e.send("empty body", ""),
                e.send("blank body", "   "),
                e.send("truncated JSON", valid.substring(0, valid.length() - 1)),
                e.send("half a body", valid.substring(0, valid.length() / 2)),
                e.send("trailing garbage", valid + " x"),
                e.send("two objects", valid + valid),
                e.send("array instead of object", "[" + valid + "]"),
                e.send("string instead of object", "\"hello\""),
                e.send("number instead of object", "42"),
                e.send("null instead of object", "null"),
                e.send("boolean instead of object", "true"),
                e.send("duplicate key", "{" + quote(first.name) + ":" + first.valid + "," + valid.substring(1)),
                e.send("unknown field", valid.substring(0, valid.length() - 1) + ",\"unexpected\":1}"),
                e.send("single quotes", valid.replace('"', '\'')),
                e.send("raw control character", valid.replaceFirst("\":", "\u0001\":"))));
        HostileCase json = e.send("", valid);
        cases.add(json.withContentType(e.name + ": text/plain", "text/plain"));
        cases.add(json.withContentType(e.name + ": form content type", "application/x-www-form-urlencoded"));
        cases.add(json.withContentType(e.name + ": no content type", null));
        return cases;
    }

    /** Each field of the endpoint missing, null, or holding each bad value of its kind. */
    static List<HostileCase> badFields(Endpoint e) {
        List<HostileCase> cases = new ArrayList<>();
        for (Field f : e.fields) {
            if (f.kind == null) {
                continue;
            }
            if (f.required) {
                cases.add(e.send(f.name + " missing", e.bodyWith(f.name, null)));
                cases.add(e.send(f.name + " null", e.bodyWith(f.name, "null")));
            }
            for (String bad : f.kind.bad) {
                cases.add(e.send(f.name + " = " + shown(bad), e.bodyWith(f.name, bad)));
            }
            if (f.kind == Kind.ENUM) {
                cases.add(e.send(f.name + " in lower case", e.bodyWith(f.name, f.valid.toLowerCase(Locale.ROOT))));
            }
        }
        return cases;
    }

    private static List<HostileCase> specialWrites() {
        String item = "{\"contributionId\":\"c-{u}\",\"residentId\":\"{rid}\",\"activityType\":\"volunteer-hour\","
                + "\"quantity\":1,\"occurredAt\":\"{now}\"}";
        String signed = "{\"consentId\":\"k-{u}\",\"residentId\":\"{keyedRid}\",\"bankId\":\"demo-bank\","
                + "\"purpose\":\"loan\",\"expiresAt\":\"{future}\",\"signature\":";
        String batch = "/api/v1/contributions/batch";
        return List.of(
                HostileCase.send("award batch: no items", "POST", batch, APP, "{\"items\":[]}"),
                HostileCase.send("award batch: items not an array", "POST", batch, APP, "{\"items\":{}}"),
                HostileCase.send("award batch: items a string", "POST", batch, APP, "{\"items\":\"x\"}"),
                HostileCase.send("award batch: items null", "POST", batch, APP, "{\"items\":null}"),
                HostileCase.send("award batch: items missing", "POST", batch, APP, "{}"),
                HostileCase.send("award batch: 1001 items", "POST", batch, APP,
                        "{\"items\":[" + String.join(",", java.util.Collections.nCopies(1001, item)) + "]}"),
                HostileCase.send("award: occurredAt far in the future", "POST", "/api/v1/contributions", APP,
                        item.replace("{now}", "2999-01-01T00:00:00Z")),
                HostileCase.send("award: occurredAt in 1970", "POST", "/api/v1/contributions", APP,
                        item.replace("{now}", "1970-01-01T00:00:00Z")),
                HostileCase.send("define category: a default's id", "POST", "/api/v1/categories", ADMIN,
                        "{\"categoryId\":\"SAFETY_PATROL\",\"name\":\"x\",\"creditWeight\":100}"),
                HostileCase.send("define category: creditWeight 1001", "POST", "/api/v1/categories", ADMIN,
                        "{\"categoryId\":\"{U}\",\"name\":\"x\",\"creditWeight\":1001}"),
                HostileCase.send("define category: name of 101 characters", "POST", "/api/v1/categories", ADMIN,
                        "{\"categoryId\":\"{U}\",\"name\":\"" + "x".repeat(101) + "\",\"creditWeight\":100}"),
                HostileCase.send("define activity type: a category nobody defined", "POST", "/api/v1/activity-types",
                        ADMIN, "{\"activityType\":\"t-{u}\",\"category\":\"{U}\",\"pointsPerUnit\":1,"
                                + "\"unit\":\"EVENT\",\"dailyCapPoints\":10,\"creditWeight\":100}"),
                HostileCase.send("award: unknown activity type", "POST", "/api/v1/contributions", APP,
                        item.replace("volunteer-hour", "no-such-type-{u}")),
                HostileCase.send("award: unknown resident", "POST", "/api/v1/contributions", APP,
                        item.replace("{rid}", "f".repeat(64))),
                HostileCase.send("award: number with 2000 digits", "POST", "/api/v1/contributions", APP,
                        item.replace("\"quantity\":1", "\"quantity\":1" + "0".repeat(2000))),
                HostileCase.send("award: 100,000 nested arrays", "POST", "/api/v1/contributions", APP,
                        "[".repeat(100_000)),
                HostileCase.send("set status: residentId also in the body", "POST", "/api/v1/residents/{rid}/status",
                        ADMIN, "{\"residentId\":\"{rid}\",\"status\":\"ACTIVE\",\"reason\":\"x\"}"),
                HostileCase.send("reverse: contributionId also in the body", "POST",
                        "/api/v1/contributions/{cid}/reversal", ADMIN, "{\"contributionId\":\"{cid}\",\"reason\":\"x\"}"),
                HostileCase.send("resolve dispute: disputeId also in the body", "POST",
                        "/api/v1/disputes/{did}/resolution", ADMIN,
                        "{\"disputeId\":\"{did}\",\"outcome\":\"REJECTED\",\"note\":\"x\"}"),
                HostileCase.send("grant consent: signature not base64", "POST", "/api/v1/consents", APP,
                        signed + "\"!!!not-base64!!!\"}"),
                HostileCase.send("grant consent: signature that does not verify", "POST", "/api/v1/consents", APP,
                        signed + "\"MEUCIQDi3bZpYAhGTbJ4nPXnqLsEcvt0pZl0Mb0vDTQvrsXAHwIgW8AqrZ0yRDQGpcRBDgkQ\"}"),
                HostileCase.send("grant consent: signature a number", "POST", "/api/v1/consents", APP, signed + "12}"),
                HostileCase.send("grant consent: signature 100k characters", "POST", "/api/v1/consents", APP,
                        signed + HUGE + "}"),
                HostileCase.send("grant consent: keyed resident without a signature", "POST", "/api/v1/consents",
                        APP, signed + "null}"),
                HostileCase.send("enrol: body above the 1M limit", "POST", "/api/v1/residents", APP,
                        "{\"externalRef\":\"" + "x".repeat(1_100_000) + "\"}"),
                HostileCase.send("award batch: body above the 1M limit", "POST", batch, APP,
                        "{\"items\":[" + String.join(",", java.util.Collections.nCopies(7000, item)) + "]}"),
                HostileCase.send("enrol: PATCH is not allowed", "PATCH", "/api/v1/residents", APP, "{}"),
                HostileCase.send("enrol: XML body", "POST", "/api/v1/residents", APP, "<externalRef>x</externalRef>")
                        .withContentType("enrol: XML content type", "application/xml"),
                HostileCase.send("no such endpoint", "POST", "/api/v1/no-such-thing", APP, "{}"));
    }

    /** Path ids that are not ids: NUL, encoded slashes, dots, overlong, unknown. */
    private static List<HostileCase> badPathIds() {
        List<String> ids = List.of("%00", "a%2Fb", "%2E%2E", "%20", "x".repeat(200), "a%0Ab", "unknown-{u}");
        List<HostileCase> cases = new ArrayList<>();
        for (String id : ids) {
            cases.add(HostileCase.send("reverse " + shown(id), "POST", "/api/v1/contributions/" + id + "/reversal",
                    ADMIN, "{\"reason\":\"x\"}"));
            cases.add(HostileCase.send("resolve dispute " + shown(id), "POST", "/api/v1/disputes/" + id + "/resolution",
                    ADMIN, "{\"outcome\":\"REJECTED\",\"note\":\"x\"}"));
            cases.add(new HostileCase("revoke consent " + shown(id), "DELETE", "/api/v1/consents/" + id, APP, null,
                    null));
        }
        for (String id : residentPathIds()) {
            cases.add(HostileCase.send("set status of " + shown(id), "POST", "/api/v1/residents/" + id + "/status",
                    ADMIN, "{\"status\":\"ACTIVE\",\"reason\":\"x\"}"));
        }
        return cases;
    }

    private static List<String> residentPathIds() {
        return List.of("not-hex", "A".repeat(64), "0".repeat(63), "0".repeat(65), "%00", "a%2Fb", "%2E%2E", "%20",
                "f".repeat(64), "{rid}%00");
    }

    private static List<HostileCase> badReads() {
        List<HostileCase> cases = new ArrayList<>();
        for (String id : residentPathIds()) {
            String r = "/api/v1/residents/" + id;
            cases.add(HostileCase.get("resident " + shown(id), r, ADMIN));
            cases.add(HostileCase.get("balance of " + shown(id), r + "/balance", AUDITOR));
            cases.add(HostileCase.get("history of " + shown(id), r + "/history", AUDITOR));
            cases.add(HostileCase.get("credit of " + shown(id), r + "/credit", APP));
            cases.add(HostileCase.get("credit checks of " + shown(id), r + "/credit-checks", AUDITOR));
        }
        for (String q : List.of("limit=0", "limit=-1", "limit=abc", "limit=" + TWO_TO_THE_70, "limit=1.5", "limit=501",
                "limit=%00", "cursor=not-a-cursor", "cursor=%00", "cursor=..%2F..%2F")) {
            cases.add(HostileCase.get("history ?" + q, "/api/v1/residents/{rid}/history?" + q, AUDITOR));
        }
        String statement = "/api/v1/merchants/demo-merchant/statement?";
        for (String q : List.of("from=not-a-time", "to=yesterday", "from=2026-13-01T00:00:00Z", "from=%00",
                "to=1700000000", "from=2026-01-01")) {
            cases.add(HostileCase.get("statement ?" + q, statement + q, AUDITOR));
        }
        for (String m : List.of("%00", "a%2Fb", "unknown-{u}", "x".repeat(200), "other-merchant")) {
            cases.add(HostileCase.get("statement of merchant " + shown(m), "/api/v1/merchants/" + m + "/statement",
                    m.equals("other-merchant") ? MERCHANT : AUDITOR));
        }
        for (String q : List.of("BOGUS", "open", "%00", "OPEN%00", "x".repeat(300))) {
            cases.add(HostileCase.get("disputes ?status=" + shown(q), "/api/v1/disputes?status=" + q, ADMIN));
        }
        for (String c : List.of("a%2Fb", "%00", "other-community", "x".repeat(200))) {
            cases.add(HostileCase.get("activity types ?communityId=" + shown(c), "/api/v1/activity-types?communityId="
                    + c, ADMIN));
        }
        for (String c : List.of("a%2Fb", "%00", "other-community", "x".repeat(200))) {
            cases.add(HostileCase.get("categories ?communityId=" + shown(c), "/api/v1/categories?communityId=" + c,
                    ADMIN));
        }
        for (String t : List.of("x".repeat(129), "unknown-{u}", "%00", "a%2Fb")) {
            cases.add(HostileCase.get("audit transaction " + shown(t), "/api/v1/audit/transactions/" + t, AUDITOR));
        }
        String proof = "/api/v1/audit/transactions/{tx}/proof";
        for (String t : List.of("x".repeat(129), "unknown-{u}", "%00", "a%2Fb", "%27%20OR%201%3D1--", "%3Cscript%3E",
                "..%2F..%2Fblocks", "{tx}%00", "{tx}%27")) {
            cases.add(HostileCase.get("audit proof of " + shown(t), "/api/v1/audit/transactions/" + t + "/proof",
                    AUDITOR));
        }
        for (String q : List.of("-1", "abc", TWO_TO_THE_70, "1.5", "0x10", "1e3", "%00", "0", "9223372036854775807",
                "-9223372036854775809", "1%2C2", "%201")) {
            cases.add(HostileCase.get("audit proof ?checkpoint=" + q, proof + "?checkpoint=" + q, AUDITOR));
        }
        cases.add(HostileCase.get("audit proof without a token", proof, null));
        cases.add(HostileCase.get("audit proof as an app", proof, APP));
        cases.add(HostileCase.get("audit proof as a bank", proof, BANK));
        cases.add(HostileCase.get("audit proof as a merchant", proof, MERCHANT));
        for (String q : List.of("0", "-1", "abc", "101", TWO_TO_THE_70, "1.5", "%00")) {
            cases.add(HostileCase.get("audit blocks ?limit=" + q, "/api/v1/audit/blocks?limit=" + q, AUDITOR));
        }
        for (String n : List.of("-1", "abc", TWO_TO_THE_70, "1.5", "0x10", "9223372036854775807", "%20", "1e3")) {
            cases.add(HostileCase.get("audit block " + n, "/api/v1/audit/blocks/" + n, AUDITOR));
        }
        cases.add(HostileCase.get("integrity without a token", "/api/v1/audit/integrity", null));
        cases.add(HostileCase.get("integrity as an app", "/api/v1/audit/integrity", APP));
        cases.add(HostileCase.get("reconciliation as a merchant", "/api/v1/audit/reconciliation", MERCHANT));
        cases.add(HostileCase.get("loan products with a wrong token", "/api/v1/loan-products", "demo-admin-tokenX"));
        cases.add(HostileCase.get("no such read", "/api/v1/residents", ADMIN));
        return cases;
    }

    /** Requests whose refusal would repeat {@link #MARKER} if errors echoed input (issue 12, defect 6). */
    private static List<HostileCase> echoBait() {
        String m = MARKER;
        String award = "{\"contributionId\":\"c-{u}\",\"residentId\":\"{rid}\",\"activityType\":\"volunteer-hour\","
                + "\"quantity\":1,\"occurredAt\":\"{now}\"";
        String residents = "/api/v1/residents";
        return List.of(
                HostileCase.send("echo: unquoted externalRef", "POST", residents, APP, "{\"externalRef\":" + m + "}"),
                HostileCase.send("echo: unquoted externalRef of 250 characters", "POST", residents, APP,
                        "{\"externalRef\":" + m + "x".repeat(237) + "}"),
                HostileCase.send("echo: externalRef in single quotes", "POST", residents, APP, "{\"externalRef\":'" + m + "'}"),
                HostileCase.send("echo: unterminated externalRef", "POST", residents, APP, "{\"externalRef\":\"" + m),
                HostileCase.send("echo: unknown field name on enrolment", "POST", residents, APP,
                        "{\"externalRef\":\"e-{u}\",\"" + m + "\":1}"),
                HostileCase.send("echo: duplicate field name", "POST", residents, APP,
                        "{\"" + m + "\":1,\"" + m + "\":2}"),
                HostileCase.send("echo: garbage after the body", "POST", residents, APP,
                        "{\"externalRef\":\"e-{u}\"} " + m),
                HostileCase.send("echo: unknown field name on an award", "POST", "/api/v1/contributions", APP,
                        award + ",\"" + m + "\":1}"),
                HostileCase.send("echo: unquoted contributionId", "POST", "/api/v1/contributions", APP,
                        award.replace("\"c-{u}\"", m) + "}"),
                HostileCase.send("echo: contributionId with a slash", "POST", "/api/v1/contributions", APP,
                        award.replace("c-{u}", m + "/x") + "}"),
                HostileCase.send("echo: unknown field name in a batch", "POST", "/api/v1/contributions/batch", APP,
                        "{\"items\":[" + award + "}],\"" + m + "\":1}"),
                HostileCase.send("echo: unknown field name in a loan product band", "POST", "/api/v1/loan-products", BANK,
                        "{\"productId\":\"p-{u}\",\"name\":\"n\",\"bands\":{\"A\":{\"maxAmountFen\":1,"
                                + "\"rateDiscountBps\":0,\"" + m + "\":1}}}"),
                HostileCase.send("echo: occurredAt not a time", "POST", "/api/v1/contributions", APP,
                        award.replace("{now}", m) + "}"),
                HostileCase.send("echo: occurredAt in the year 10000", "POST", "/api/v1/contributions", APP,
                        award.replace("{now}", "+10000-01-01T00:00:00Z") + "}"),
                HostileCase.send("echo: occurredAt in the year 1000000000", "POST", "/api/v1/contributions", APP,
                        award.replace("{now}", "+1000000000-12-31T23:59:59Z") + "}"),
                HostileCase.send("echo: occurredAt before 1677", "POST", "/api/v1/contributions", APP,
                        award.replace("{now}", "1600-01-01T00:00:00Z") + "}"),
                HostileCase.send("echo: consent expiring in the year 1000000000", "POST", "/api/v1/consents", APP,
                        "{\"consentId\":\"k-{u}\",\"residentId\":\"{rid}\",\"bankId\":\"demo-bank\","
                                + "\"purpose\":\"loan\",\"expiresAt\":\"+1000000000-12-31T23:59:59Z\"}"),
                HostileCase.send("echo: reversal of an unknown contribution", "POST",
                        "/api/v1/contributions/" + m + "/reversal", ADMIN, "{\"reason\":\"x\"}"),
                HostileCase.send("echo: resolution of an unknown dispute", "POST", "/api/v1/disputes/" + m + "/resolution",
                        ADMIN, "{\"outcome\":\"REJECTED\",\"note\":\"x\"}"),
                new HostileCase("echo: revoking an unknown consent", "DELETE", "/api/v1/consents/" + m, APP, null, null),
                HostileCase.get("echo: unknown audit transaction", "/api/v1/audit/transactions/" + m, AUDITOR),
                HostileCase.get("echo: proof of an unknown transaction", "/api/v1/audit/transactions/" + m + "/proof",
                        AUDITOR),
                HostileCase.get("echo: proof with a bad checkpoint",
                        "/api/v1/audit/transactions/{tx}/proof?checkpoint=" + m, AUDITOR),
                HostileCase.get("echo: statement of an unknown merchant", "/api/v1/merchants/" + m + "/statement", AUDITOR),
                HostileCase.get("echo: statement from a bad time", "/api/v1/merchants/demo-merchant/statement?from=" + m,
                        AUDITOR),
                HostileCase.get("echo: history with a bad cursor", "/api/v1/residents/{rid}/history?cursor=" + m, AUDITOR),
                HostileCase.get("echo: history with a bad limit", "/api/v1/residents/{rid}/history?limit=" + m, AUDITOR),
                HostileCase.get("echo: resident id not hex", "/api/v1/residents/" + m, ADMIN),
                HostileCase.get("echo: disputes of a bad status", "/api/v1/disputes?status=" + m, ADMIN));
    }

    /** externalRefs that normalisation refuses (issue 12, defect 7); each carries the marker too. */
    private static List<HostileCase> badExternalRefs() {
        List<HostileCase> cases = new ArrayList<>();
        for (String bad : List.of("\\ud800", "\\udc00", "\\ud800\\ud800", "\\u200b", "\\ufeff", "\\u00ad", "\\u202e",
                "\\u2060", "\\uffff", "\\u0378", "\\udb40\\udc01")) {
            cases.add(HostileCase.send("enrol: externalRef containing " + bad, "POST",
                    "/api/v1/residents", APP, "{\"externalRef\":\"" + MARKER + "-{u}" + bad + "0042\"}"));
        }
        cases.add(HostileCase.send("enrol: externalRef of spaces only", "POST", "/api/v1/residents", APP,
                "{\"externalRef\":\" \\u3000\\u00a0\\u2028 \"}"));
        cases.add(HostileCase.send("enrol: externalRef of 257 full-width digits", "POST", "/api/v1/residents", APP,
                "{\"externalRef\":\"" + "\uff10".repeat(257) + "\"}"));
        cases.add(HostileCase.send("enrol: externalRef that NFKC makes 270 characters", "POST", "/api/v1/residents",
                APP, "{\"externalRef\":\"" + "\ufdfa".repeat(15) + "\"}"));
        return cases;
    }

    /**
     * The public transparency board (issue 16): malformed months, a period backwards or over the limit, unknown
     * communities and ids that are not ids, each without a token (the board needs none) and some with one.
     */
    private static List<HostileCase> badTransparencyReads() {
        List<HostileCase> cases = new ArrayList<>();
        String demo = "/api/v1/reports/communities/demo/transparency?";
        for (String q : List.of("from=2026-13", "from=2026-00", "from=26-01", "from=2026-1", "from=2026-01-01",
                "to=2026-01-01T00:00:00Z", "from=%00", "to=2026-01%00", "from=" + MARKER, "to=+10000-01",
                "from=-2026-01", "from=2026/01", "to=" + HUGE.substring(1, 300), "from=2026-05&to=2026-04",
                "from=2020-01&to=2026-12", "from=0001-01&to=9999-12", "from=2027-01&to=2026-12")) {
            cases.add(HostileCase.get("transparency ?" + shown(q), demo + q, null));
        }
        cases.add(HostileCase.get("transparency as an app ?from=2026-13", demo + "from=2026-13", APP));
        for (String id : List.of("unknown-{u}", MARKER, "%00", "a%2Fb", "%2E%2E", "%20", "x".repeat(200),
                "a%0Ab", "%27%20OR%201%3D1--", "%3Cscript%3E", "-x", "a*b")) {
            String path = "/api/v1/reports/communities/" + id + "/transparency";
            cases.add(HostileCase.get("transparency of community " + shown(id), path, null));
            cases.add(HostileCase.get("transparency of community " + shown(id) + " as an auditor", path, AUDITOR));
        }
        cases.add(HostileCase.send("transparency: POST is not public", "POST",
                "/api/v1/reports/communities/demo/transparency", null, "{}"));
        cases.add(HostileCase.get("transparency: a path below it is not public",
                "/api/v1/reports/communities/demo/transparency/x", null));
        return cases;
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }

    /** A short, printable name for a value in a test's display name. */
    static String shown(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 30 ? printable : printable.substring(0, 12) + "…(" + value.length() + " chars)";
    }
}
