package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.civicledger.chaincode.model.Role;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.TxInfo;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.service.LedgerCalls;

/** What auditors verify: transactions, blocks, the integrity of the chain, and the invariants. ADMIN may read. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    static final int MAX_BLOCKS = 100;

    @Inject
    CurrentCaller caller;

    @Inject
    LedgerPort ledger;

    @Inject
    LedgerCalls calls;

    @GET
    @Path("/transactions/{txId}")
    public TxInfo transaction(@PathParam("txId") String txId) {
        caller.require(Role.AUDITOR, Role.ADMIN);
        if (txId.length() > 128) {
            throw ApiException.invalid("txId is at most 128 characters");
        }
        return ledger.transaction(txId).orElseThrow(() -> ApiException.notFound("no transaction " + txId));
    }

    @GET
    @Path("/blocks")
    public List<BlockInfo> blocks(@QueryParam("limit") String limit) {
        caller.require(Role.AUDITOR, Role.ADMIN);
        return ledger.latestBlocks(limit(limit));
    }

    @GET
    @Path("/blocks/{number}")
    public BlockInfo block(@PathParam("number") String number) {
        caller.require(Role.AUDITOR, Role.ADMIN);
        long n;
        try {
            n = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("block number must be a whole number");
        }
        if (n < 0) {
            throw ApiException.invalid("block number must not be negative");
        }
        return ledger.block(n).orElseThrow(() -> ApiException.notFound("no block " + n + "; height is " + ledger.height()));
    }

    @GET
    @Path("/integrity")
    public IntegrityReport integrity() {
        caller.require(Role.AUDITOR, Role.ADMIN);
        return ledger.verifyIntegrity();
    }

    @GET
    @Path("/reconciliation")
    public JsonNode reconciliation() {
        return calls.evaluate(caller.require(Role.AUDITOR, Role.ADMIN), "Audit:reconcile");
    }

    private static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return 10;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_BLOCKS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("limit must be a whole number from 1 to " + MAX_BLOCKS);
    }
}
