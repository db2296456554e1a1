package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input to the console's own endpoints (sign-in, sign-out, pages, the language switch, the session cookie
 * on the API): each is refused (401/403/404) or ignored, never opens a session, never writes the value back and never
 * changes the ledger.
 */
@QuarkusTest
class ConsoleHostileTest {
    @Inject
    LedgerPort ledger;

    static List<String> hostile() {
        return List.of("<script>alert(1)</script>", "\" onmouseover=\"x", "' OR '1'='1", "../../../../etc/passwd",
                "%00%0d%0aSet-Cookie:%20x=y", "demo-app-token\u0000", "demo-app-token ", "Bearer demo-app-token",
                "x".repeat(600), "x".repeat(25_000), "\uD83D\uDE00\u202Eevil", "{\"token\":\"demo-app-token\"}",
                "${jndi:ldap://127.0.0.1/x}", "DEMO-APP-TOKEN");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aHostileTokenOpensNoSessionAndIsNotWrittenBack(String value) {
        long before = ledger.height();
        Response answer = given().redirects().follow(false).contentType(ContentType.URLENC)
                .header("Sec-Fetch-Site", "same-origin").formParam("token", value).post("/console/signin");
        if (value.equals("demo-app-token ")) {
            // surrounding spaces of a pasted token are trimmed: this one is the real token
            assertEquals(303, answer.statusCode());
            return;
        }
        // a form field beyond Vert.x's form attribute limit (2 KiB) is refused before: 413
        assertEquals(value.length() > 2048 ? 413 : 401, answer.statusCode(), shown(value));
        assertNull(answer.getCookie(ConsoleCookies.SESSION));
        assertNotEchoed(answer, value);
        assertEquals(before, ledger.height());
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aHostileSessionCookieIsNoSession(String value) {
        Response page = given().redirects().follow(false).cookie(ConsoleCookies.SESSION, value)
                .get(ConsolePage.AUDIT_DASHBOARD.path());
        assertEquals(value.length() > 10_000 ? 431 : 303, page.statusCode(), shown(value));
        Response api = given().cookie(ConsoleCookies.SESSION, value).get("/api/v1/activity-types");
        assertEquals(value.length() > 10_000 ? 431 : 401, api.statusCode(), shown(value));
        assertNotEchoed(api, value);
        Response out = given().redirects().follow(false).cookie(ConsoleCookies.SESSION, value)
                .contentType(ContentType.URLENC).formParam("csrf", value).post("/console/signout");
        assertEquals(value.length() > 10_000 ? 431 : 303, out.statusCode(),
                "signing out of nothing just goes to the sign-in page: " + shown(value));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aHostileCsrfTokenIsRefusedAndChangesNothing(String value) {
        String cookie = ConsoleSecurityTest.signIn("demo-app-token").cookie();
        long before = ledger.height();
        Response write = given().cookie(ConsoleCookies.SESSION, cookie).contentType(ContentType.JSON)
                .header(ConsoleCookies.CSRF_HEADER, value.replaceAll("[\\r\\n\\u0000]", ""))
                .body("{\"externalRef\":\"hostile-csrf\"}").post("/api/v1/residents");
        // refused: 403 for a wrong token; a header beyond the gateway's limit is refused before (431)
        assertEquals(value.length() > 10_000 ? 431 : 403, write.statusCode(), shown(value));
        assertNotEchoed(write, value);
        Response out = given().redirects().follow(false).cookie(ConsoleCookies.SESSION, cookie)
                .contentType(ContentType.URLENC).formParam("csrf", value).post("/console/signout");
        assertEquals(value.length() > 2048 ? 413 : 403, out.statusCode(), shown(value));
        assertEquals(before, ledger.height());
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostilePagesAndLanguagesAreNotFoundOrIgnored(String value) {
        String cookie = ConsoleSecurityTest.signIn("demo-auditor-token").cookie();
        Response page = given().redirects().follow(false).cookie(ConsoleCookies.SESSION, cookie)
                .urlEncodingEnabled(false).get("/console/audit/" + java.net.URLEncoder.encode(value,
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        // not a page: 404; a URL beyond the gateway's limit: 414
        assertTrue(page.statusCode() == 404 || page.statusCode() == 414, shown(value) + ": " + page.statusCode());
        assertNotEchoed(page, value);
        if (value.length() > 4000) {
            return; // beyond the URL limit (above): nothing to switch
        }
        Response lang = given().cookie(ConsoleCookies.SESSION, cookie).queryParam("lang", value)
                .get(ConsolePage.AUDIT_DASHBOARD.path());
        assertEquals(200, lang.statusCode(), shown(value));
        assertEquals("zh-CN", lang.header("Content-Language"));
        assertFalse(lang.asString().contains(value) && value.length() > 3 && !value.startsWith("x"),
                "the switch link drops an unknown lang");
    }

    private static void assertNotEchoed(Response answer, String value) {
        if (value.length() > 3 && !value.matches("x+")) {
            assertFalse(answer.asString().contains(value), "echoed: " + shown(value));
        }
    }

    /** The start of a value, for a failure's message. */
    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "… (" + value.length() + " chars)" : value;
    }
}
