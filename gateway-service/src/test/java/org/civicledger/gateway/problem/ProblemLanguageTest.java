package org.civicledger.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.api.TempDataDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problems are answered in Chinese when the request's Accept-Language prefers it, in English otherwise, with the
 * same {@code code}, {@code type} and {@code status} either way, Content-Language and Vary: Accept-Language.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class ProblemLanguageTest {
    @TestHTTPResource("/")
    URI base;

    private static final String APP = "demo-app-token";
    private static final String MERCHANT = "demo-merchant-token";
    private static final String AUDITOR = "demo-auditor-token";
    private static final String HOSTILE = "zz-PRIVREF-4417<script>";

    /** One refusal of each kind, made with the given Accept-Language (null: no header). */
    private static final List<Refusal> REFUSALS = List.of(
            new Refusal(400, ErrorCode.VALIDATION_FAILED, "区块号必须是整数",
                    lang -> as(AUDITOR, lang).get("/api/v1/audit/blocks/" + HOSTILE.substring(0, 18))),
            new Refusal(401, ErrorCode.UNAUTHENTICATED, "请发送 Authorization: Bearer <token>，并使用本网关认可的令牌",
                    lang -> as("not-a-token-" + HOSTILE, lang).get("/api/v1/audit/blocks")),
            new Refusal(403, ErrorCode.FORBIDDEN, "角色 AUDITOR 无权调用",
                    lang -> as(AUDITOR, lang).body(Map.of("externalRef", HOSTILE)).post("/api/v1/residents")),
            new Refusal(404, ErrorCode.NOT_FOUND, "未找到该居民",
                    lang -> as(AUDITOR, lang).get("/api/v1/residents/" + "ab".repeat(32) + "/balance")),
            new Refusal(422, ErrorCode.INSUFFICIENT_POINTS, "该居民可用积分为 20，少于所需积分",
                    ProblemLanguageTest::redeemTooMuch),
            new Refusal(415, ErrorCode.VALIDATION_FAILED, "不支持的内容类型；请发送 application/json",
                    lang -> spec(APP, lang).contentType(ContentType.TEXT).body("{\"externalRef\":\"" + HOSTILE + "\"}")
                            .post("/api/v1/residents")),
            new Refusal(414, ErrorCode.VALIDATION_FAILED, "URL 超过 4096 个字符的上限",
                    lang -> as(AUDITOR, lang).get("/api/v1/audit/blocks/" + "9".repeat(5000))),
            new Refusal(413, ErrorCode.VALIDATION_FAILED, "请求体超过 1048576 字节的上限",
                    lang -> as(APP, lang).body("{\"externalRef\":\"" + HOSTILE + "x".repeat(1 << 20) + "\"}")
                            .post("/api/v1/residents")));

    private record Refusal(int status, ErrorCode code, String chineseDetail, Function<String, Response> call) {
    }

    @Test
    void chineseWhenAskedFor_withTheSameCodeTypeAndStatusAsEnglish() {
        for (Refusal refusal : REFUSALS) {
            Response zh = refusal.call().apply("zh-CN");
            Response en = refusal.call().apply("en");
            String what = refusal.code() + " " + refusal.status();
            assertProblem(zh, refusal, "zh-CN");
            assertProblem(en, refusal, "en");
            assertEquals(ProblemTexts.title(refusal.code(), Language.ZH), zh.path("title"), what);
            assertEquals(ProblemTexts.title(refusal.code(), Language.EN), en.path("title"), what);
            assertTrue(zh.<String>path("detail").startsWith(refusal.chineseDetail()), what + ": " + zh.path("detail"));
            assertEquals(en.<String>path("type"), zh.path("type"), what);
            assertEquals(en.<String>path("code"), zh.path("code"), what);
            assertFalse(en.<String>path("detail").codePoints().anyMatch(ProblemLanguageTest::han), what);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "", "*", "en;q=0.9, zh;q=0.8", "fr", "zh;q=bogus", ";;,,", "zh;q=0"})
    void englishOtherwise(String header) {
        for (Refusal refusal : REFUSALS) {
            Response answer = refusal.call().apply(header);
            assertProblem(answer, refusal, "en");
            assertEquals(ProblemTexts.title(refusal.code(), Language.EN), answer.path("title"));
        }
    }

    @Test
    void englishWithoutTheHeader() {
        for (Refusal refusal : REFUSALS) {
            Response answer = refusal.call().apply(null);
            assertProblem(answer, refusal, "en");
            assertEquals(ProblemTexts.title(refusal.code(), Language.EN), answer.path("title"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-Hans-CN;q=0.9, en;q=0.8", "en;q=0.5, zh-TW", "fr, zh;q=0.3"})
    void chineseForAnyPreferenceOfChinese(String header) {
        Response answer = REFUSALS.get(0).call().apply(header);
        assertProblem(answer, REFUSALS.get(0), "zh-CN");
        assertEquals("请求无效", answer.path("title"));
    }

    @Test
    void theOpenApiDocumentDescribesTheLanguages() {
        String description = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .path("info.description");
        assertTrue(description.contains("Accept-Language") && description.contains("Content-Language (zh-CN or en)")
                && description.contains("switch on code"), description);
    }

    /** The proof's checkpoint rule ({@code ledger.ProofRange}) reaches the caller in Chinese too. */
    @Test
    void aProofCheckpointOutOfRangeIsRefusedInChinese() {
        String txId = as(APP, null).body(Map.of("externalRef", "zh-proof-" + System.nanoTime())).post("/api/v1/residents")
                .then().statusCode(201).extract().path("txId");
        Response answer = as(AUDITOR, "zh-CN").get("/api/v1/audit/transactions/" + txId + "/proof?checkpoint=999999999");
        assertEquals(400, answer.statusCode(), answer.asString());
        assertEquals("VALIDATION_FAILED", answer.path("code"));
        assertTrue(((String) answer.path("detail")).startsWith("checkpoint 必须是已提交的区块；当前链高度为 "), answer.asString());
        answer = as(AUDITOR, "zh-CN").get("/api/v1/audit/transactions/" + txId + "/proof?checkpoint=0");
        assertEquals("checkpoint 不得早于包含该交易的区块", answer.path("detail"), answer.asString());
    }

    /** A write with no Content-Type at all is refused by {@code api.RequireContentType}, in the caller's language. */
    @Test
    void aWriteWithoutContentTypeIsRefusedInChinese() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/residents"))
                .header("Authorization", "Bearer " + APP).header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString("{\"externalRef\":\"" + HOSTILE + "\"}")).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(415, answer.statusCode(), answer.body());
        assertEquals("zh-CN", answer.headers().firstValue("Content-Language").orElse(null));
        assertTrue(answer.body().contains("请以 application/json 发送请求体，并设置该 Content-Type"), answer.body());
        assertTrue(answer.body().contains("\"code\":\"VALIDATION_FAILED\""), answer.body());
        assertFalse(answer.body().contains("PRIVREF"), answer.body());
    }

    private static void assertProblem(Response answer, Refusal refusal, String language) {
        String what = refusal.code() + " " + refusal.status() + " in " + language;
        assertEquals(refusal.status(), answer.statusCode(), what + ": " + answer.asString());
        assertTrue(answer.contentType().startsWith("application/problem+json"), what);
        assertEquals(refusal.code().name(), answer.path("code"), what);
        assertEquals(refusal.status(), (int) answer.path("status"), what);
        assertEquals(language, answer.header("Content-Language"), what);
        assertTrue(answer.headers().getValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")), what);
        assertFalse(answer.asString().contains("PRIVREF"), what + " repeats the caller's input");
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static Response redeemTooMuch(String language) {
        String residentId = as(APP, null).body(Map.of("externalRef", "person-" + UUID.randomUUID()))
                .post("/api/v1/residents").then().statusCode(201).extract().path("residentId");
        as(APP, null).body(Map.of("contributionId", "c-" + UUID.randomUUID(), "residentId", residentId,
                "activityType", "safety-patrol", "quantity", 1, "occurredAt", Instant.now().toString()))
                .post("/api/v1/contributions").then().statusCode(201);
        return as(MERCHANT, language).body(Map.of("redemptionId", "r-" + UUID.randomUUID(), "residentId", residentId,
                "points", 21, "item", "soap")).post("/api/v1/redemptions");
    }

    private static RequestSpecification as(String token, String language) {
        return spec(token, language).contentType(ContentType.JSON);
    }

    private static RequestSpecification spec(String token, String language) {
        RequestSpecification spec = given().header("Authorization", "Bearer " + token).accept(ContentType.JSON);
        return language == null ? spec : spec.header("Accept-Language", language);
    }
}
