package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.hamcrest.Matchers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicledger.api.Role;
import org.junit.jupiter.api.Test;

/**
 * The console's protections, over HTTP: the session cookie's flags, sign-in refusals, CSRF on every write (API calls
 * and sign-out), another role's page 403, the security headers on pages and assets, no inline script or style on any
 * page, the language switch, and that a refused write changes nothing.
 */
@QuarkusTest
class ConsoleSecurityTest {
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    /** A signed-in browser, as far as HTTP goes: its session cookie and its page's CSRF token. */
    record Session(String cookie, String csrf) {
        RequestSpecification api() {
            return given().cookie(ConsoleCookies.SESSION, cookie).contentType(ContentType.JSON)
                    .accept(ContentType.JSON);
        }
    }

    static Response signInForm(String token) {
        return given().redirects().follow(false).contentType(ContentType.URLENC).formParam("token", token)
                .header("Sec-Fetch-Site", "same-origin").post("/console/signin");
    }

    static Session signIn(String token) {
        Response answer = signInForm(token);
        assertEquals(303, answer.statusCode());
        String cookie = answer.getCookie(ConsoleCookies.SESSION);
        assertNotNull(cookie);
        String page = given().redirects().follow(false).cookie(ConsoleCookies.SESSION, cookie)
                .get(answer.header("Location")).then().statusCode(200).extract().asString();
        Matcher csrf = CSRF.matcher(page);
        assertTrue(csrf.find(), "a signed-in page carries its CSRF token");
        return new Session(cookie, csrf.group(1));
    }

    @Test
    void signingInSetsAnHttpOnlyStrictSessionCookieAndLandsOnTheRolesFirstPage() {
        Response answer = signInForm("demo-app-token");
        assertEquals(303, answer.statusCode());
        assertTrue(answer.header("Location").endsWith(ConsolePage.home(Role.APP).orElseThrow().path()));
        String setCookie = answer.header("Set-Cookie");
        assertTrue(setCookie.startsWith(ConsoleCookies.SESSION + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP here; Secure is set behind TLS");
        assertFalse(setCookie.contains("demo-app-token"), "the cookie is a session id, never the token");
        assertEquals("no-store", answer.header("Cache-Control"));
    }

    @Test
    void anUnknownOrMissingTokenIsRefusedWithoutACookieAndWithoutEchoingIt() {
        String guess = "guess-" + UUID.randomUUID();
        Response unknown = signInForm(guess);
        assertEquals(401, unknown.statusCode());
        assertEquals(null, unknown.getCookie(ConsoleCookies.SESSION));
        assertFalse(unknown.asString().contains(guess), "the typed token is not written back");
        assertTrue(unknown.asString().contains("aria-invalid=\"true\""), "the error is on the token field");
        assertTrue(unknown.asString().contains(ConsoleMessages.text(ConsoleLanguage.ZH_CN, "common.tokenUnknown")
                .replace("。", "")), "in Chinese by default");
        Response missing = signInForm("");
        assertEquals(401, missing.statusCode());
        assertTrue(missing.asString().contains(ConsoleMessages.text(ConsoleLanguage.ZH_CN, "common.tokenMissing")
                .replace("。", "")));
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        for (Map<String, String> headers : List.of(Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "http://evil.example"))) {
            Response answer = given().redirects().follow(false).contentType(ContentType.URLENC)
                    .headers(headers).formParam("token", "demo-app-token").post("/console/signin");
            assertEquals(403, answer.statusCode(), headers.toString());
            assertEquals(null, answer.getCookie(ConsoleCookies.SESSION), headers.toString());
        }
    }

    @Test
    void theSessionStandsForTheCallerOnTheApiAndEveryWriteNeedsItsCsrfToken() {
        Session app = signIn("demo-app-token");
        app.api().get("/api/v1/activity-types").then().statusCode(200);
        String ref = "console-csrf-" + UUID.randomUUID();
        for (String csrf : new String[] {null, "", "not-the-token", signIn("demo-app-token").csrf()}) {
            RequestSpecification write = app.api().body(Map.of("externalRef", ref));
            if (csrf != null) {
                write.header(ConsoleCookies.CSRF_HEADER, csrf);
            }
            write.post("/api/v1/residents").then().statusCode(403).body("code", equalTo("FORBIDDEN"))
                    .body("detail", not(containsString(ref)));
        }
        // nothing was enrolled by the refused writes: the first enrolment of the reference is new (201), the next 200
        app.api().header(ConsoleCookies.CSRF_HEADER, app.csrf()).body(Map.of("externalRef", ref))
                .post("/api/v1/residents").then().statusCode(201);
        given().header("Authorization", "Bearer demo-app-token").contentType(ContentType.JSON)
                .body(Map.of("externalRef", ref)).post("/api/v1/residents").then().statusCode(200);
    }

    @Test
    void theRefusalOfAWriteWithoutCsrfIsInChineseWhenAskedAndNamesNoValue() {
        Session app = signIn("demo-app-token");
        String body = app.api().header("Accept-Language", "zh-CN").body(Map.of("externalRef", "x"))
                .post("/api/v1/residents").then().statusCode(403).extract().asString();
        assertTrue(body.contains("X-CSRF-Token") && body.contains("请刷新页面"), body);
    }

    @Test
    void aSessionIsTheCallersRoleNoMore() {
        Session bank = signIn("demo-bank-token");
        bank.api().get("/api/v1/audit/blocks?limit=1").then().statusCode(403);
        bank.api().get("/api/v1/loan-products").then().statusCode(200);
    }

    @Test
    void anotherRolesPageAnswers403AndNoSessionGoesToSignIn() {
        Session app = signIn("demo-app-token");
        Session bank = signIn("demo-bank-token");
        Session auditor = signIn("demo-auditor-token");
        for (ConsolePage page : ConsolePage.values()) {
            for (Map.Entry<Role, Session> e : Map.of(Role.APP, app, Role.BANK, bank, Role.AUDITOR, auditor).entrySet()) {
                int expected = page.allows(e.getKey()) ? 200 : 403;
                Response answer = given().redirects().follow(false).cookie(ConsoleCookies.SESSION, e.getValue().cookie())
                        .get(page.path());
                assertEquals(expected, answer.statusCode(), e.getKey() + " " + page.path());
                assertTrue(answer.contentType().startsWith("text/html"));
            }
            Response anonymous = given().redirects().follow(false).get(page.path());
            if (page.isPublic()) {
                assertEquals(200, anonymous.statusCode());
            } else {
                assertEquals(303, anonymous.statusCode(), page.path());
                assertTrue(anonymous.header("Location").endsWith("/console/signin"));
            }
        }
        given().redirects().follow(false).cookie(ConsoleCookies.SESSION, app.cookie()).get("/console/audit/nothing")
                .then().statusCode(404);
    }

    @Test
    void signingOutNeedsTheCsrfTokenAndThenTheSessionIsGone() {
        Session app = signIn("demo-app-token");
        given().redirects().follow(false).cookie(ConsoleCookies.SESSION, app.cookie()).contentType(ContentType.URLENC)
                .formParam("csrf", "wrong").post("/console/signout").then().statusCode(403);
        app.api().get("/api/v1/activity-types").then().statusCode(200);
        Response out = given().redirects().follow(false).cookie(ConsoleCookies.SESSION, app.cookie())
                .contentType(ContentType.URLENC).formParam("csrf", app.csrf()).post("/console/signout");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"));
        app.api().get("/api/v1/activity-types").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        Response page = given().redirects().follow(false).cookie(ConsoleCookies.SESSION, app.cookie())
                .get(ConsolePage.COMMUNITY_RESIDENTS.path());
        assertEquals(303, page.statusCode());
        assertTrue(page.header("Location").endsWith("/console/signin?ended=1"), "the sign-in page says it ended");
    }

    @Test
    void everyPageAndAssetCarriesTheSecurityHeadersAndNoPageHasInlineScriptOrStyle() {
        Map<Role, Session> sessions = new java.util.EnumMap<>(Role.class);
        ConsoleTourTest.TOKENS.forEach((role, token) -> sessions.put(role, signIn(token)));
        for (ConsolePage page : ConsolePage.values()) {
            Session who = sessions.entrySet().stream().filter(e -> page.allows(e.getKey())).findFirst()
                    .orElseThrow().getValue();
            for (String lang : new String[] {"zh-CN", "en"}) {
                Response answer = given().cookie(ConsoleCookies.SESSION, who.cookie()).get(page.path() + "?lang=" + lang);
                assertEquals(200, answer.statusCode(), page.path());
                securityHeaders(answer, page.path());
                String html = answer.asString();
                assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\""), page.path());
                assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find(),
                        "inline script on " + page.path());
                assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                        "event handler attribute on " + page.path());
                assertFalse(Pattern.compile("\\sstyle\\s*=|<style", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                        "inline style on " + page.path());
                assertFalse(html.contains("{{"), "an unfilled text on " + page.path());
            }
        }
        for (String asset : new String[] {"/console/assets/console.js", "/console/assets/console.css",
                "/console/assets/vendor/chart.umd.min.js", "/console/assets/i18n/zh-CN/common.json"}) {
            Response answer = given().get(asset);
            assertEquals(200, answer.statusCode(), asset);
            securityHeaders(answer, asset);
        }
        securityHeaders(given().get("/console/signin"), "/console/signin");
    }

    private static void securityHeaders(Response answer, String what) {
        String csp = answer.header("Content-Security-Policy");
        assertNotNull(csp, what);
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                && csp.contains("frame-ancestors 'none'") && csp.contains("connect-src 'self'"), what + ": " + csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), what + ": " + csp);
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), what);
        assertEquals("DENY", answer.header("X-Frame-Options"), what);
    }

    @Test
    void chineseByDefaultEnglishOnRequestAndTheChoiceIsRemembered() {
        String zh = given().get("/console/signin").then().statusCode(200).header("Content-Language", "zh-CN")
                .extract().asString();
        assertTrue(zh.contains("lang=\"zh-CN\"") && zh.contains(ConsoleMessages.text(ConsoleLanguage.ZH_CN, "common.signIn")));
        Response en = given().get("/console/signin?lang=en");
        assertEquals("en", en.header("Content-Language"));
        assertTrue(en.header("Set-Cookie").startsWith(ConsoleLanguage.COOKIE + "=en;"));
        assertTrue(en.asString().contains("href=\"/console/signin?lang=zh-CN\""), "the switch back to Chinese");
        given().cookie(ConsoleLanguage.COOKIE, "en").get("/console/signin").then().header("Content-Language", "en");
        for (String odd : new String[] {"fr", "zh", "EN", "<script>", "zh-CN;x"}) {
            Response answer = given().queryParam("lang", odd).get("/console/signin");
            assertEquals("zh-CN", answer.header("Content-Language"), odd);
            assertEquals(null, answer.header("Set-Cookie"), odd);
            assertFalse(answer.asString().contains("<script>\""), odd);
        }
    }

    @Test
    void theGatewaysRootAndTheConsolesLeadToSignInThenToTheRolesFirstPage() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", Matchers.endsWith("/console"));
        given().redirects().follow(false).get("/console").then().statusCode(303)
                .header("Location", Matchers.endsWith("/console/signin"));
        Session bank = signIn("demo-bank-token");
        given().redirects().follow(false).cookie(ConsoleCookies.SESSION, bank.cookie()).get("/console").then()
                .statusCode(303).header("Location", Matchers.endsWith(ConsolePage.home(Role.BANK).orElseThrow().path()));
        Response merchant = signInForm("demo-merchant-token");
        assertEquals(200, merchant.statusCode(), "a merchant has no pages: told so, signed in, with a sign-out");
        given().cookie(ConsoleCookies.SESSION, merchant.getCookie(ConsoleCookies.SESSION)).get("/console").then()
                .statusCode(200)
                .body(containsString(ConsoleMessages.text(ConsoleLanguage.ZH_CN, "common.noPagesTitle")));
    }

    @Test
    void aBearerTokenStillTakesPrecedenceOverASessionCookie() {
        Session auditor = signIn("demo-auditor-token");
        given().cookie(ConsoleCookies.SESSION, auditor.cookie()).header("Authorization", "Bearer demo-bank-token")
                .get("/api/v1/audit/blocks?limit=1").then().statusCode(403);
        given().cookie(ConsoleCookies.SESSION, "not-a-session").get("/api/v1/activity-types").then().statusCode(401);
    }
}
