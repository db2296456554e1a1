package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.runtime.Bootstrap;
import org.junit.jupiter.api.Test;

/**
 * Which requests become ledger transactions (issue 12, defects 9 and 11): a write that changes nothing —
 * an identical replay, revoking a revoked consent, the start-up set-up run again — is answered from
 * committed state and adds no block; every write that does commit answers with its own transaction.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class TransactionSemanticsTest {

    @Inject
    LedgerPort ledger;

    @Inject
    Bootstrap bootstrap;

    @Test
    void twenty_identical_replays_answer_the_original_and_add_no_block() {
        Map<String, Object> award = Api.contribution(unique("c"), Api.enrol(), "safety-patrol", 1, Instant.now());
        ExtractableResponse<Response> original = as(APP).body(award).post("/api/v1/contributions").then()
                .statusCode(201).extract();
        long height = ledger.height();
        for (int i = 0; i < 20; i++) {
            as(APP).body(award).post("/api/v1/contributions").then().statusCode(200)
                    .body("txId", equalTo(original.path("txId")))
                    .body("blockNumber", equalTo(original.path("blockNumber")))
                    .body("balance", equalTo(original.path("balance")));
        }
        assertEquals(height, ledger.height(), "a replay must not add a block");
    }

    @Test
    void revoking_a_consent_twice_adds_one_block() {
        String consentId = Api.grantConsent(Api.enrol(), "loan");
        long height = ledger.height();
        as(APP).delete("/api/v1/consents/" + consentId).then().statusCode(204);
        assertEquals(height + 1, ledger.height());
        as(APP).delete("/api/v1/consents/" + consentId).then().statusCode(204);
        assertEquals(height + 1, ledger.height(), "revoking a revoked consent must not add a block");
    }

    @Test
    void running_the_start_up_set_up_again_adds_no_block() {
        long height = ledger.height();
        bootstrap.setUp(); // what a restart does: init, every registration, the demo activity types
        assertEquals(height, ledger.height(), "a restart that changed nothing must not add a block");
    }

    @Test
    void a_status_change_answers_with_its_own_transaction_not_the_enrolment() {
        ExtractableResponse<Response> enrolment = as(APP).body(body("externalRef", unique("person")))
                .post("/api/v1/residents").then().statusCode(201).extract();
        String residentId = enrolment.path("residentId");
        ExtractableResponse<Response> change = as(ADMIN).body(body("status", "SUSPENDED", "reason", "under review"))
                .post("/api/v1/residents/" + residentId + "/status").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).extract();
        String txId = change.path("txId");
        assertNotEquals((String) enrolment.path("txId"), txId);
        int blockNumber = change.path("blockNumber");
        assertNotEquals((int) enrolment.path("blockNumber"), blockNumber);
        List<String> inBlock = as(AUDITOR).get("/api/v1/audit/blocks/" + blockNumber).then().statusCode(200)
                .extract().path("transactions");
        assertEquals(txId, inBlock.get(inBlock.size() - 1));
        as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200)
                .body("function", equalTo("Community:setResidentStatus")).body("blockNumber", equalTo(blockNumber))
                .body("validationCode", equalTo("VALID"));
    }
}
