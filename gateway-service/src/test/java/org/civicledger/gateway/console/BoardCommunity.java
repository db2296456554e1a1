package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.civicledger.gateway.auth.Callers;

/**
 * The demo callers plus a community of this test run only, so that its board counts exactly what the board's story
 * did: an ADMIN, an APP and three exchange points; and the few REST calls the story makes as them.
 */
public class BoardCommunity implements QuarkusTestProfile {
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String COMMUNITY = "board-" + RUN;
    static final String ADMIN = "board-admin-token-" + RUN;
    static final String APP = "board-app-token-" + RUN;
    static final String SHOP_A = "board-shop-a-token-" + RUN;
    static final String SHOP_B = "board-shop-b-token-" + RUN;
    static final String SHOP_C = "board-shop-c-token-" + RUN;
    static final String SHOP_A_ID = "board-shop-a-" + RUN;
    static final String SHOP_B_ID = "board-shop-b-" + RUN;
    static final String SHOP_C_ID = "board-shop-c-" + RUN;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new LinkedHashMap<>();
        caller(config, "board-admin", ADMIN, "ADMIN", "board-admin-" + RUN);
        caller(config, "board-app", APP, "APP", "board-app-" + RUN);
        caller(config, "board-shop-a", SHOP_A, "MERCHANT", SHOP_A_ID);
        caller(config, "board-shop-b", SHOP_B, "MERCHANT", SHOP_B_ID);
        caller(config, "board-shop-c", SHOP_C, "MERCHANT", SHOP_C_ID);
        return config;
    }

    private static void caller(Map<String, String> config, String name, String token, String role, String subject) {
        String prefix = "civic.callers." + name + ".";
        config.put(prefix + "token-sha256", Callers.sha256(token));
        config.put(prefix + "role", role);
        config.put(prefix + "organisation", "CommunityMSP");
        config.put(prefix + "subject", subject);
        config.put(prefix + "community", COMMUNITY);
    }

    /** A JSON request with {@code token} as bearer. */
    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** An id of this run, unique. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
