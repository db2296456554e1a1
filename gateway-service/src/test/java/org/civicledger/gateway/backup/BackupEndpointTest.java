package org.civicledger.gateway.backup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.civicledger.gateway.api.TempDataDir;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /ops/v1/backups}: the operator's token only; bad requests are problem+json and write
 * nothing; a backup written while the gateway serves restores verified.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class BackupEndpointTest {
    /** Its SHA-256 is {@code %test.civic.operations.token-sha256} in application.properties. */
    static final String OPERATOR_TOKEN = "test-operator-token";
    static final Path BACKUP_DIR = Path.of("target/test-backups");
    private static final String PATH = "/ops/v1/backups";

    @Inject
    LedgerPort ledger;

    private static RequestSpecification operator() {
        return given().header("Authorization", "Bearer " + OPERATOR_TOKEN).contentType("application/json");
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType(Problem.MEDIA_TYPE).body("code", equalTo(code))
                .body("status", equalTo(status));
    }

    @Nested
    class Written {
        @TempDir
        Path dir;

        @Test
        void answers_201_with_the_height_and_restores_verified() throws Exception {
            String name = "test-" + UUID.randomUUID();
            long before = ledger.height();
            int height = operator().body("{\"name\":\"" + name + "\"}").post(PATH).then().statusCode(201)
                    .body("name", equalTo(name)).body("height", greaterThan((int) before - 1))
                    .body("lastBlockHash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                    .body("files", greaterThan(5)).extract().path("height");
            Path backup = BACKUP_DIR.resolve(name);
            assertTrue(Files.isRegularFile(backup.resolve(BackupManifest.FILE)));

            Restore.Restored restored = Restore.run(backup, dir.resolve("restored"));
            assertEquals(height, restored.height());
        }

        @Test
        void without_a_name_is_named_by_its_time() {
            operator().body("{}").post(PATH).then().statusCode(201)
                    .body("name", org.hamcrest.Matchers.matchesPattern("backup-\\d{8}T\\d{6}Z"));
        }

        @Test
        void a_name_used_before_is_409_and_the_first_backup_is_kept() throws IOException {
            String name = "test-" + UUID.randomUUID();
            operator().body("{\"name\":\"" + name + "\"}").post(PATH).then().statusCode(201);
            String manifest = Files.readString(BACKUP_DIR.resolve(name).resolve(BackupManifest.FILE));

            problem(operator().body("{\"name\":\"" + name + "\"}").post(PATH).then(), 409, "ID_CONFLICT")
                    .body("detail", not(containsString(name)));
            assertEquals(manifest, Files.readString(BACKUP_DIR.resolve(name).resolve(BackupManifest.FILE)));
        }
    }

    @Nested
    class Refused {
        @Test
        void without_the_operators_token_is_401() {
            List<String> before = backups();
            problem(given().contentType("application/json").body("{}").post(PATH).then(), 401, "UNAUTHENTICATED");
            problem(given().header("Authorization", "Bearer wrong").contentType("application/json").body("{}")
                    .post(PATH).then(), 401, "UNAUTHENTICATED");
            assertEquals(before, backups(), "nothing was written");
        }

        @Test
        void a_ledger_callers_token_is_not_the_operators() {
            List<String> before = backups();
            for (String token : List.of("demo-admin-token", "demo-auditor-token")) {
                problem(given().header("Authorization", "Bearer " + token).contentType("application/json")
                        .body("{}").post(PATH).then(), 401, "UNAUTHENTICATED");
            }
            assertEquals(before, backups());
        }

        @ParameterizedTest
        @ValueSource(strings = {"../escaped", "a/b", ".hidden", "-leading-dash", "", "name with space",
                "é-accented", "0123456789012345678901234567890123456789012345678901234567890123456789"})
        void a_name_that_is_not_a_plain_folder_name_is_400_naming_the_rule_not_the_value(String name) {
            List<String> before = backups();
            long height = ledger.height();
            problem(operator().body("{\"name\":\"" + name + "\"}").post(PATH).then(), 400, "VALIDATION_FAILED")
                    .body("detail", startsWith("name must be 1 to 64 letters, digits"));
            assertEquals(before, backups(), "nothing was written");
            assertFalse(Files.exists(BACKUP_DIR.resolveSibling("escaped")), "nothing escaped the backup folder");
            assertEquals(height, ledger.height());
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "\"x\"", "{\"name\":42}", "{\"name\":{}}", "{\"other\":\"secret-value\"}",
                "{\"name\":\"ok\",\"extra\":1}", "{\"name\":", "null"})
        void a_body_that_is_not_an_object_with_a_string_name_is_400(String body) {
            List<String> before = backups();
            problem(operator().body(body).post(PATH).then(), 400, "VALIDATION_FAILED")
                    .body("detail", not(containsString("secret-value")))
                    .body("detail", not(containsString("extra")));
            assertEquals(before, backups());
        }

        @Test
        void a_body_that_is_not_json_is_415() {
            problem(given().header("Authorization", "Bearer " + OPERATOR_TOKEN).contentType("text/plain")
                    .body("name=x").post(PATH).then(), 415, "VALIDATION_FAILED");
        }

        @Test
        void another_method_is_405() {
            problem(given().header("Authorization", "Bearer " + OPERATOR_TOKEN).get(PATH).then(), 405,
                    "VALIDATION_FAILED");
        }
    }

    @Nested
    class OperatorToken {
        @Test
        void endpoints_are_off_without_the_setting() {
            Optional<Problem> refusal = OperatorTokenFilter.refusal(Optional.empty(), "Bearer " + OPERATOR_TOKEN);
            assertEquals(ErrorCode.FORBIDDEN, refusal.orElseThrow().code());
            assertEquals(ErrorCode.FORBIDDEN,
                    OperatorTokenFilter.refusal(Optional.of("not-hex"), "Bearer x").orElseThrow().code());
        }

        @Test
        void only_the_configured_token_passes() {
            Optional<String> hash = Optional.of(org.civicledger.gateway.auth.Callers.sha256(OPERATOR_TOKEN));
            assertTrue(OperatorTokenFilter.refusal(hash, "Bearer " + OPERATOR_TOKEN).isEmpty());
            assertTrue(OperatorTokenFilter.refusal(hash, "bearer " + OPERATOR_TOKEN).isEmpty());
            assertEquals(ErrorCode.UNAUTHENTICATED, OperatorTokenFilter.refusal(hash, null).orElseThrow().code());
            assertEquals(ErrorCode.UNAUTHENTICATED,
                    OperatorTokenFilter.refusal(hash, OPERATOR_TOKEN).orElseThrow().code());
            assertEquals(ErrorCode.UNAUTHENTICATED, OperatorTokenFilter.refusal(hash, "Bearer " + OPERATOR_TOKEN + "x")
                    .orElseThrow().code());
        }
    }

    @Test
    void is_in_the_openapi_document_with_the_operators_security_scheme() throws IOException {
        com.fasterxml.jackson.databind.JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        com.fasterxml.jackson.databind.JsonNode post = document.path("paths").path(PATH).path("post");
        assertFalse(post.path("summary").asText().isBlank());
        assertEquals(1, post.path("security").findValues(BackupResource.OPERATOR).size());
        for (String status : List.of("201", "400", "401", "403", "409", "422", "500")) {
            assertTrue(post.path("responses").has(status), "documents " + status);
        }
        assertTrue(post.path("requestBody").path("content").path("application/json").path("schema").path("$ref")
                .asText().endsWith("/BackupRequest"));
        com.fasterxml.jackson.databind.JsonNode scheme = document.at("/components/securitySchemes/"
                + BackupResource.OPERATOR);
        assertEquals("http", scheme.path("type").asText());
        assertEquals("bearer", scheme.path("scheme").asText());
    }

    /** The backup folder's entries, hidden ones (a partial backup) included. */
    private static List<String> backups() {
        if (!Files.isDirectory(BACKUP_DIR)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(BACKUP_DIR)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
