package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.unique;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * API.md: the gateway turns {@code externalRef} into a resident id and never stores, logs or
 * returns it. Distinctive references go through enrolments, replays and refused requests; then
 * every file of the data dir, the gateway's log file and every response are searched byte-wise. On a
 * Fabric network the ledger lives in the network's folder (peers' and orderers' blocks, state
 * databases, chaincode and node logs), and that is searched too.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalRefLeakTest {
    static final Path LOG = Path.of("target", "gateway-test.log");
    private static final Logger TEST_LOG = Logger.getLogger(ExternalRefLeakTest.class);

    private final String run = unique("leak").replace("-", "");
    private final List<String> refs = new ArrayList<>();
    private final List<String> responses = new ArrayList<>();
    private String residentId;
    private String logMarker;

    /** Once per class (RestAssured knows the test port only from the first test on). */
    @BeforeEach
    void send_references_through_every_kind_of_request() {
        if (residentId != null) {
            return;
        }
        String plain = ref("citizen-card");
        residentId = enrol(APP, body("externalRef", plain), 201).path("residentId");
        enrol(APP, body("externalRef", plain), 200);
        enrol(ADMIN, body("externalRef", plain), 200);

        String keyed = ref("phone-86-138");
        String key = HostileFixture.publicKey("EC", new ECGenParameterSpec("secp256r1"));
        enrol(APP, body("externalRef", keyed, "publicKey", key), 201);
        enrol(APP, body("externalRef", keyed, "publicKey", key), 200);
        enrol(APP, body("externalRef", keyed, "publicKey",
                HostileFixture.publicKey("EC", new ECGenParameterSpec("secp256r1"))), 409);

        enrol(APP, body("externalRef", ref("bad-key"), "publicKey", "!!!not-base64!!!"), 400);
        enrol(APP, body("externalRef", ref("rsa-key"), "publicKey", HostileFixture.publicKey("RSA", null)), 400);
        enrol(APP, body("externalRef", ref("extra-field"), "nickname", "x"), 400);
        enrol(MERCHANT, body("externalRef", ref("as-merchant")), 403);
        enrol(APP, body("externalRef", ref("too-long") + "x".repeat(300)), 400);
        enrol(APP, body("externalRef", ref("control") + "\u0007"), 400);
        enrolRaw("{\"externalRef\":\"" + ref("trailing") + "\"} x", 400);
        enrolRaw("{\"externalRef\":\"" + ref("duplicate-a") + "\",\"externalRef\":\"" + ref("duplicate-b") + "\"}", 400);
        enrolRaw("{\"externalRef\":\"" + ref("twice") + "\"}{\"externalRef\":\"x\"}", 400);
        responses.add(Api.as("not-a-token").body(body("externalRef", ref("no-token"))).post("/api/v1/residents")
                .then().statusCode(401).extract().asString());

        logMarker = "leak-scan-marker-" + run;
        TEST_LOG.info(logMarker);
    }

    @Nested
    class The_scans_would_find_a_leak {
        @Test
        void the_ledger_holds_the_resident_id() {
            assertTrue(ByteScan.fileCount(TempDataDir.dir) > 0, "no files under " + TempDataDir.dir);
            assertFalse(ByteScan.filesContainingEach(ledgerDirs(), List.of(residentId)).get(residentId).isEmpty(),
                    "the resident id " + residentId + " is not found under " + ledgerDirs());
        }

        @Test
        void the_log_holds_a_line_logged_during_the_test() {
            assertEquals(List.of(LOG), ByteScan.filesContaining(LOG, logMarker), "the log scan misses " + logMarker);
        }

        @Test
        void the_responses_hold_the_resident_id() {
            assertTrue(responses.stream().anyMatch(r -> r.contains(residentId)));
        }
    }

    @Nested
    class No_external_ref_appears {
        @Test
        void in_any_file_of_the_data_dir_or_the_ledger() {
            List<String> texts = new ArrayList<>(refs);
            refs.forEach(ref -> texts.add(hex(ref)));
            Map<String, List<Path>> found = ByteScan.filesContainingEach(ledgerDirs(), texts);
            assertAll(texts.stream().map(text -> () -> assertEquals(List.of(), found.get(text),
                    "externalRef (raw or hex-encoded) " + text)));
        }

        @Test
        void in_the_gateway_log() {
            assertAll(refs.stream().map(ref -> () -> assertEquals(List.of(), ByteScan.filesContaining(LOG, ref),
                    "externalRef " + ref + " in the log")));
        }

        @Test
        void in_any_response() {
            assertAll(refs.stream().map(ref -> () -> assertTrue(responses.stream().noneMatch(r -> r.contains(ref)),
                    "externalRef " + ref + " in a response")));
        }
    }

    /** @return the data dir and, on a Fabric network, the network's folder (where its ledger is) */
    private static List<Path> ledgerDirs() {
        Config config = ConfigProvider.getConfig();
        if (!"fabric".equals(config.getValue("civic.ledger.mode", String.class))) {
            return List.of(TempDataDir.dir);
        }
        Path network = Path.of(config.getValue("civic.ledger.fabric-profile", String.class)).toAbsolutePath().getParent();
        return List.of(TempDataDir.dir, network);
    }

    /** A distinctive reference for this run; the scans look for it. */
    private String ref(String kind) {
        String ref = kind + "-" + run;
        refs.add(ref);
        return ref;
    }

    private Response enrol(String token, Object request, int status) {
        Response response = as(token).body(request).post("/api/v1/residents");
        response.then().statusCode(status);
        responses.add(response.asString());
        return response;
    }

    private void enrolRaw(String json, int status) {
        responses.add(as(APP).body(json).post("/api/v1/residents").then().statusCode(status).extract().asString());
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
