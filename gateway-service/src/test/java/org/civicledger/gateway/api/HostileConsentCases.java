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

import java.util.ArrayList;
import java.util.List;
import org.civicledger.gateway.api.HostileCases.Endpoint;
import org.civicledger.gateway.demo.DemoCommunity;

/** The hostile cases of witnessed consent and loan products' consent requirement (issue 17, lang). */
final class HostileConsentCases {
    private static final String FORM = "\"" + "ab".repeat(32) + "\"";
    private static final String ATTESTER_WITNESS = "{\"kind\":\"ATTESTER\",\"attesterId\":\"" + DemoCommunity.ATTESTER
            + "\"}";

    private HostileConsentCases() {
    }

    /** The consent and product endpoints with the fields this issue added: their bad values only. */
    private static final List<Endpoint> NEW_FIELDS = List.of(
            new Endpoint("grant witnessed consent", "POST", "/api/v1/consents", APP, List.of(
                    req("consentId", Kind.ID, "\"k-{u}\""), req("residentId", Kind.RESIDENT, "\"{rid}\""),
                    req("bankId", Kind.ID, "\"demo-bank\""), req("purpose", Kind.ID, "\"loan\""),
                    req("expiresAt", Kind.INSTANT, "\"{future}\""), req("witness", null, ATTESTER_WITNESS),
                    req("paperFormHash", Kind.HEX, FORM))),
            new Endpoint("publish product with a consent requirement", "POST", "/api/v1/loan-products", BANK, List.of(
                    req("productId", Kind.ID, "\"p-{u}\""), req("name", Kind.TEXT, "\"loan\""),
                    opt("consentRequirement", Kind.ENUM, "\"SIGNED_OR_WITNESSED\""),
                    req("bands", Kind.BANDS, "{\"A\":{\"maxAmountFen\":1000,\"rateDiscountBps\":0}}"))));

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (Endpoint e : NEW_FIELDS) {
            for (HostileCase c : HostileCases.badFields(e)) {
                if (c.name().contains("paperFormHash") || c.name().contains("consentRequirement")) {
                    cases.add(c);
                }
            }
            cases.addAll(HostileCases.damagedJson(e));
            cases.add(HostileCase.send(e.name() + ": as an auditor", e.method(), e.path(), AUDITOR, e.validBody()));
            cases.add(HostileCase.send(e.name() + ": as a merchant", e.method(), e.path(), MERCHANT, e.validBody()));
        }
        cases.addAll(witnesses());
        cases.addAll(products());
        cases.addAll(listing());
        return cases;
    }

    /** GET /consents: a bank's own consents of one subject (console issue 18). */
    private static List<HostileCase> listing() {
        String list = "/api/v1/consents";
        List<HostileCase> cases = new ArrayList<>(List.of(
                HostileCase.get("consents: no subject", list, BANK),
                HostileCase.get("consents: both subjects", list + "?residentId={rid}&householdId=h&communityId=demo",
                        BANK),
                HostileCase.get("consents: household without community", list + "?householdId=h", BANK),
                HostileCase.get("consents: community without household", list + "?residentId={rid}&communityId=demo",
                        BANK),
                HostileCase.get("consents: limit 0", list + "?residentId={rid}&limit=0", BANK),
                HostileCase.get("consents: limit 101", list + "?residentId={rid}&limit=101", BANK),
                HostileCase.get("consents: limit not a number", list + "?residentId={rid}&limit=ten", BANK),
                HostileCase.get("consents: limit huge", list + "?residentId={rid}&limit=99999999999999999999", BANK),
                HostileCase.get("consents: cursor of another listing", list + "?residentId={rid}&cursor=bm9wZQ",
                        BANK),
                HostileCase.get("consents: cursor not base64", list + "?residentId={rid}&cursor=%25%25", BANK),
                HostileCase.get("consents: unknown household", list + "?householdId=hh-none-{u}&communityId=demo",
                        BANK),
                HostileCase.get("consents: as an app", list + "?residentId={rid}", APP),
                HostileCase.get("consents: as an admin", list + "?residentId={rid}", ADMIN),
                HostileCase.get("consents: as a merchant", list + "?residentId={rid}", MERCHANT),
                HostileCase.get("consents: as an auditor", list + "?residentId={rid}", AUDITOR),
                HostileCase.get("consents: without a token", list + "?residentId={rid}", null),
                HostileCase.get("echo: consents ?residentId", list + "?residentId=" + MARKER, BANK),
                HostileCase.get("echo: consents ?householdId", list + "?householdId=" + MARKER + "&communityId=demo",
                        BANK),
                HostileCase.get("echo: consents ?communityId", list + "?householdId=h&communityId=" + MARKER, BANK),
                HostileCase.get("echo: consents ?cursor", list + "?residentId={rid}&cursor=" + MARKER, BANK),
                HostileCase.get("echo: consents ?limit", list + "?residentId={rid}&limit=" + MARKER, BANK)));
        for (String id : List.of("%00", "a%2Fb", "%2E%2E", "%20", "x".repeat(200), "a%0Ab", "A".repeat(64))) {
            cases.add(HostileCase.get("consents ?residentId=" + HostileCases.shown(id), list + "?residentId=" + id,
                    BANK));
            cases.add(HostileCase.get("consents ?householdId=" + HostileCases.shown(id), list + "?householdId=" + id
                    + "&communityId=demo", BANK));
        }
        return cases;
    }

    /** A consent request naming {@code witness} (raw JSON) and {@code hash} (raw JSON, or null for none). */
    private static String consent(String residentId, String witness, String hash) {
        return "{\"consentId\":\"k-{u}\",\"residentId\":\"" + residentId + "\",\"bankId\":\"demo-bank\","
                + "\"purpose\":\"loan\",\"expiresAt\":\"{future}\""
                + (witness == null ? "" : ",\"witness\":" + witness) + (hash == null ? "" : ",\"paperFormHash\":" + hash)
                + "}";
    }

    private static HostileCase grant(String name, String token, String body) {
        return HostileCase.send("witnessed consent: " + name, "POST", "/api/v1/consents", token, body);
    }

    private static List<HostileCase> witnesses() {
        List<HostileCase> cases = new ArrayList<>(List.of(
                grant("witness without the form's hash", APP, consent("{rid}", ATTESTER_WITNESS, null)),
                grant("form hash without a witness", APP, consent("{rid}", null, FORM)),
                grant("form hash in upper case", APP, consent("{rid}", ATTESTER_WITNESS, FORM.toUpperCase())),
                grant("form hash of 63 digits", APP, consent("{rid}", ATTESTER_WITNESS, "\"" + "a".repeat(63) + "\"")),
                grant("witness a string", APP, consent("{rid}", "\"ATTESTER\"", FORM)),
                grant("witness an array", APP, consent("{rid}", "[" + ATTESTER_WITNESS + "]", FORM)),
                grant("witness empty", APP, consent("{rid}", "{}", FORM)),
                grant("witness null", APP, consent("{rid}", "null", FORM)),
                grant("witness kind unknown", APP, consent("{rid}", "{\"kind\":\"NEIGHBOUR\"}", FORM)),
                grant("witness kind in lower case", APP, consent("{rid}",
                        "{\"kind\":\"attester\",\"attesterId\":\"" + DemoCommunity.ATTESTER + "\"}", FORM)),
                grant("witness with an unknown field", APP, consent("{rid}", "{\"kind\":\"ATTESTER\",\"attesterId\":\""
                        + DemoCommunity.ATTESTER + "\",\"name\":\"Li\"}", FORM)),
                grant("ATTESTER without attesterId", APP, consent("{rid}", "{\"kind\":\"ATTESTER\"}", FORM)),
                grant("ADMIN with an attesterId", ADMIN, consent("{rid}", "{\"kind\":\"ADMIN\",\"attesterId\":\""
                        + DemoCommunity.ATTESTER + "\"}", FORM)),
                grant("attesterId not an id", APP, consent("{rid}", "{\"kind\":\"ATTESTER\",\"attesterId\":\"a/b\"}",
                        FORM)),
                grant("unknown attester", APP, consent("{rid}", "{\"kind\":\"ATTESTER\",\"attesterId\":\"nobody-{u}\"}",
                        FORM)),
                grant("the app naming the ADMIN as witness", APP, consent("{rid}", "{\"kind\":\"ADMIN\"}", FORM)),
                grant("the ADMIN without a witness", ADMIN, consent("{rid}", null, null)),
                grant("the ADMIN naming an attester", ADMIN, consent("{rid}", ATTESTER_WITNESS, FORM)),
                grant("a resident who has a key", ADMIN, consent("{keyedRid}", "{\"kind\":\"ADMIN\"}", FORM)),
                grant("as a bank", BANK, consent("{rid}", "{\"kind\":\"ADMIN\"}", FORM)),
                grant("without a token", null, consent("{rid}", "{\"kind\":\"ADMIN\"}", FORM)),
                grant("echo: unknown attester", APP, consent("{rid}", "{\"kind\":\"ATTESTER\",\"attesterId\":\""
                        + MARKER + "\"}", FORM)),
                grant("echo: witness kind", APP, consent("{rid}", "{\"kind\":\"" + MARKER + "\"}", FORM)),
                grant("echo: form hash", APP, consent("{rid}", ATTESTER_WITNESS, "\"" + MARKER + "\""))));
        return cases;
    }

    private static List<HostileCase> products() {
        String bands = ",\"bands\":{\"A\":{\"maxAmountFen\":1000,\"rateDiscountBps\":0}}}";
        String head = "{\"productId\":\"p-{u}\",\"name\":\"loan\",";
        return List.of(
                HostileCase.send("product: requireSignedConsent true with ANY", "POST", "/api/v1/loan-products", BANK,
                        head + "\"requireSignedConsent\":true,\"consentRequirement\":\"ANY\"" + bands),
                HostileCase.send("product: requireSignedConsent false with SIGNED", "POST", "/api/v1/loan-products",
                        BANK, head + "\"requireSignedConsent\":false,\"consentRequirement\":\"SIGNED\"" + bands),
                HostileCase.send("product: requireSignedConsent true with SIGNED_OR_WITNESSED", "POST",
                        "/api/v1/loan-products", BANK,
                        head + "\"requireSignedConsent\":true,\"consentRequirement\":\"SIGNED_OR_WITNESSED\"" + bands),
                HostileCase.send("echo: product consentRequirement", "POST", "/api/v1/loan-products", BANK,
                        head + "\"consentRequirement\":\"" + MARKER + "\"" + bands));
    }
}
