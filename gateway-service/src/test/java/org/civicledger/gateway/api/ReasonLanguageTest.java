package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.civicledger.chaincode.model.Factor;
import org.junit.jupiter.api.Test;

/**
 * A score's reasons are stored as codes; the gateway answers each with its text in the language the request
 * negotiated (Accept-Language, English by default), says which in Content-Language and varies on Accept-Language:
 * the bank's check, the resident's own view and the query log alike. On both ledgers (model version 1's texts).
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class ReasonLanguageTest {

    /** A new resident (score 100, four reasons) checked once by the demo bank. */
    private static String checkedResident(String language) {
        String residentId = Api.enrol();
        Api.grantConsent(residentId, "loan");
        String productId = Api.publishProduct(false);
        Response check = withLanguage(as(Api.BANK), language)
                .body(body("residentId", residentId, "productId", productId, "purpose", "loan"))
                .post("/api/v1/credit-checks");
        assertEquals(200, check.statusCode(), check::asString);
        assertLanguage(check, language == null || !language.startsWith("zh") ? "en" : "zh-CN");
        assertTexts(check.jsonPath().getList("reasons"), language != null && language.startsWith("zh"));
        return residentId;
    }

    private static io.restassured.specification.RequestSpecification withLanguage(
            io.restassured.specification.RequestSpecification spec, String language) {
        return language == null ? spec : spec.header("Accept-Language", language);
    }

    private static void assertLanguage(Response answer, String tag) {
        assertEquals(tag, answer.header("Content-Language"));
        assertTrue(answer.headers().getValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")),
                "Vary: Accept-Language");
    }

    /**
     * Every reason has the text of the model version in force in the language, and nothing else. Other test classes
     * share the app and may have made a later version (with other texts) effective: its texts are read from
     * {@code GET /score-models/{version}}; version 1's are the factors' own.
     */
    private static void assertTexts(List<Map<String, Object>> reasons, boolean chinese) {
        assertFalse(reasons.isEmpty());
        Map<String, Map<String, String>> published = publishedTexts();
        for (Map<String, Object> reason : reasons) {
            String code = (String) reason.get("code");
            Factor factor = factor(code);
            String expected = published.containsKey(code) ? published.get(code).get(chinese ? "zh" : "en")
                    : chinese ? factor.zh() : factor.text();
            assertEquals(expected, reason.get("text"), reason::toString);
            assertEquals(2, reason.size(), reason::toString);
        }
    }

    /** The reason texts of the model in force, when the gateway publishes its models; none otherwise. */
    private static Map<String, Map<String, String>> publishedTexts() {
        Response residentView = as(APP).get("/api/v1/residents/" + Api.enrol() + "/credit");
        Object version = residentView.jsonPath().get("modelVersion");
        Response model = as(AUDITOR).get("/api/v1/score-models/" + version);
        if (model.statusCode() != 200) {
            return Map.of();
        }
        Map<String, Map<String, String>> texts = model.jsonPath().getMap("reasonTexts");
        return texts == null ? Map.of() : texts;
    }

    private static Factor factor(String code) {
        for (Factor factor : Factor.values()) {
            if (factor.reasonCode().equals(code)) {
                return factor;
            }
        }
        throw new AssertionError("not a score reason code: " + code);
    }

    @Test
    void the_banks_check_is_in_english_by_default_and_for_english() {
        checkedResident(null);
        checkedResident("en-GB");
    }

    @Test
    void the_banks_check_is_in_chinese_when_the_bank_prefers_it() {
        checkedResident("zh-CN,zh;q=0.9,en;q=0.5");
    }

    @Test
    void a_malformed_or_unknown_accept_language_answers_in_english() {
        String residentId = Api.enrol();
        for (String header : new String[] {"fr-FR, de;q=0.5", ";;;q=x", "zh;q=0, en;q=0.1", "x".repeat(2000)}) {
            Response answer = as(APP).header("Accept-Language", header).get("/api/v1/residents/" + residentId
                    + "/credit");
            assertEquals(200, answer.statusCode(), answer::asString);
            assertLanguage(answer, "en");
            assertTexts(answer.jsonPath().getList("reasons"), false);
        }
    }

    @Test
    void the_residents_own_view_follows_the_apps_language() {
        String residentId = Api.enrol();
        Response zh = as(APP).header("Accept-Language", "zh").get("/api/v1/residents/" + residentId + "/credit");
        assertEquals(200, zh.statusCode(), zh::asString);
        assertLanguage(zh, "zh-CN");
        assertTexts(zh.jsonPath().getList("reasons"), true);
        Response en = as(APP).get("/api/v1/residents/" + residentId + "/credit");
        assertLanguage(en, "en");
        assertTexts(en.jsonPath().getList("reasons"), false);
    }

    @Test
    void the_query_log_shows_the_same_check_in_either_language() {
        String residentId = checkedResident(null);
        Response zh = as(APP).header("Accept-Language", "zh-Hans-CN").get("/api/v1/residents/" + residentId
                + "/credit-checks");
        assertEquals(200, zh.statusCode(), zh::asString);
        assertLanguage(zh, "zh-CN");
        assertEquals(1, zh.jsonPath().getList("$").size());
        assertTexts(zh.jsonPath().getList("[0].score.reasons"), true);
        Response en = as(AUDITOR).header("Accept-Language", "fr, en;q=0.1").get("/api/v1/residents/" + residentId
                + "/credit-checks");
        assertLanguage(en, "en");
        assertTexts(en.jsonPath().getList("[0].score.reasons"), false);
        assertEquals(zh.jsonPath().getList("[0].score.reasons.code"), en.jsonPath().getList("[0].score.reasons.code"));
    }
}
