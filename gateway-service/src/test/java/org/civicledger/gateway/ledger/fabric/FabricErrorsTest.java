package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.grpc.Status;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.hyperledger.fabric.client.GatewayException;
import org.junit.jupiter.api.Test;

class FabricErrorsTest {

    @Test
    void a_chaincode_refusal_keeps_its_code_and_message() {
        LedgerRefusal refusal = FabricErrors.chaincodeRefusal(
                "chaincode response 500, INSUFFICIENT_POINTS: balance 10 is less than 20", "tx");
        assertEquals(ErrorCode.INSUFFICIENT_POINTS, refusal.code());
        assertEquals("INSUFFICIENT_POINTS: balance 10 is less than 20", refusal.getMessage());
        assertEquals("tx", refusal.txId());
    }

    @Test
    void upper_case_words_that_are_not_codes_are_skipped() {
        LedgerRefusal refusal = FabricErrors.chaincodeRefusal("ENDORSEMENT: failed, NOT_FOUND: resident r-1", null);
        assertEquals(ErrorCode.NOT_FOUND, refusal.code());
    }

    @Test
    void a_message_without_a_code_is_not_a_chaincode_refusal() {
        assertNull(FabricErrors.chaincodeRefusal("failed to collect enough transaction endorsements", null));
        assertNull(FabricErrors.chaincodeRefusal(null, null));
    }

    @Test
    void an_unreachable_network_is_ledger_unavailable() {
        LedgerRefusal refusal = FabricErrors.unavailable(Status.UNAVAILABLE.withDescription("connection refused"), "t");
        assertEquals(ErrorCode.LEDGER_UNAVAILABLE, refusal.code());
        assertEquals("the Fabric network did not answer: UNAVAILABLE connection refused", refusal.getMessage());
    }

    @Test
    void a_chaincode_error_without_a_code_is_a_defect_not_an_outage() {
        GatewayException e = new GatewayException(Status.ABORTED.withDescription(
                "evaluate call to endorser returned error: chaincode response 500, Error during contract method "
                        + "execution").asRuntimeException());
        LedgerRefusal refusal = FabricErrors.refusal(e, "tx");
        assertEquals(ErrorCode.INTERNAL, refusal.code());
        assertEquals("tx", refusal.txId());
    }

    @Test
    void a_chaincode_refusal_in_the_description_keeps_its_code() {
        GatewayException e = new GatewayException(Status.ABORTED.withDescription(
                "chaincode response 500, NOT_FOUND: resident not found").asRuntimeException());
        assertEquals(ErrorCode.NOT_FOUND, FabricErrors.refusal(e, "tx").code());
    }

    @Test
    void an_unreachable_peer_stays_ledger_unavailable() {
        GatewayException e = new GatewayException(Status.UNAVAILABLE.withDescription("connection refused")
                .asRuntimeException());
        assertEquals(ErrorCode.LEDGER_UNAVAILABLE, FabricErrors.refusal(e, "tx").code());
    }
}
