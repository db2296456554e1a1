package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.civicledger.api.Limits;
import org.civicledger.api.Role;
import org.civicledger.api.Wire;
import org.civicledger.api.audit.AuditTransaction;
import org.civicledger.api.audit.Block;
import org.civicledger.api.audit.IntegrityReport;
import org.civicledger.api.audit.IntegrityRun;
import org.civicledger.api.audit.IntegrityRunRequest;
import org.civicledger.api.audit.LedgerActivity;
import org.civicledger.api.audit.Reconciliation;
import org.civicledger.api.audit.TransactionProof;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.audit.IntegrityRuns;
import org.civicledger.gateway.audit.LedgerActivityCount;
import org.civicledger.gateway.auth.AuditScope;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.TxInfo;
import org.civicledger.gateway.ledger.TxProof;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.service.LedgerCalls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * What auditors verify: transactions and their proofs, blocks, the integrity of the chain, and the invariants. A
 * community's ADMIN may read them for its own community only ({@link AuditScope}): another community's transaction
 * (or its proof) is 403, blocks list only its community's transactions, reconciliation covers its community's
 * books. The answers are the wire types of {@code org.civicledger.api.audit}, read from the ledger's records
 * ({@link #wire}).
 */
@Tag(name = ApiDefinition.AUDIT)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerPort ledger;

    @Inject
    LedgerCalls calls;

    @Inject
    IntegrityRuns runs;

    @Inject
    Clock clock;

    @GET
    @Path("/transactions/{txId}")
    @Operation(summary = "Get a transaction (AUDITOR; ADMIN: its community's)",
            description = "Its block, validation code, creator, endorsements, time, function, arguments and "
                    + "events. A transaction belongs to the community its chaincode event names; an ADMIN is "
                    + "refused (403 FORBIDDEN) any other transaction: another community's, one of no community "
                    + "(a bank's, a registration elsewhere) or one that was invalidated.")
    @APIResponse(responseCode = "200", description = "The transaction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuditTransaction.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AuditTransaction transaction(@PathParam("txId") String txId) {
        Caller reader = caller.require(Role.AUDITOR, Role.ADMIN);
        requireTxId(txId);
        return wire(readable(reader, txId), AuditTransaction.class);
    }

    @GET
    @Path("/transactions/{txId}/proof")
    @Operation(summary = "Get a transaction's proof (AUDITOR; ADMIN: its community's)",
            description = "A document that anyone can check offline with the organisations' CA certificates alone "
                    + "(civic-verify): the block that holds the transaction and the headers of the blocks after it "
                    + "up to a checkpoint, in the ledger's own bytes, with the orderer's signature on the checkpoint. "
                    + "Format: the gateway README, \"Transaction proofs\". Who may read it is who may read the "
                    + "transaction.")
    @APIResponse(responseCode = "200", description = "The proof",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TransactionProof.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public TransactionProof proof(@PathParam("txId") String txId,
                                  @Parameter(description = "The block the header chain ends at: from the "
                                          + "transaction's block to the latest, at most " + Limits.MAX_PROOF_HEADERS
                                          + " blocks after the transaction's; default the latest block, or the block "
                                          + Limits.MAX_PROOF_HEADERS + " after the transaction's if the latest is "
                                          + "further")
                                  @QueryParam("checkpoint") String checkpoint) {
        Caller reader = caller.require(Role.AUDITOR, Role.ADMIN);
        requireTxId(txId);
        OptionalLong at = checkpoint(checkpoint);
        TxProof proof;
        try {
            proof = ledger.proof(txId, at).orElseThrow(AuditResource::unknownTransaction);
        } catch (IllegalArgumentException outOfRange) {
            // where the range fails tells where the transaction is: only to a reader of the transaction
            readable(reader, txId);
            throw ApiException.invalid(outOfRange.getMessage());
        }
        requireSees(reader, proof.community());
        return proof.wire();
    }

    @GET
    @Path("/blocks")
    @Operation(summary = "List the latest blocks (AUDITOR, ADMIN)",
            description = "For an ADMIN each block lists only its own community's transactions (hashes unchanged).")
    @APIResponse(responseCode = "200", description = "Up to limit blocks, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Block.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public List<Block> blocks(@Parameter(description = "1 to " + Limits.MAX_BLOCKS + ", default 10")
                              @QueryParam("limit") String limit) {
        Caller reader = caller.require(Role.AUDITOR, Role.ADMIN);
        return ledger.latestBlocks(limit(limit)).stream()
                .map(b -> wire(b.listing(c -> AuditScope.sees(reader, c)), Block.class)).toList();
    }

    @GET
    @Path("/blocks/{number}")
    @Operation(summary = "Get a block (AUDITOR, ADMIN)",
            description = "For an ADMIN the block lists only its own community's transactions (hashes unchanged).")
    @APIResponse(responseCode = "200", description = "The block",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Block.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Block block(@PathParam("number") String number) {
        Caller reader = caller.require(Role.AUDITOR, Role.ADMIN);
        long n;
        try {
            n = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("block number must be a whole number");
        }
        if (n < 0) {
            throw ApiException.invalid("block number must not be negative");
        }
        return wire(ledger.block(n)
                .orElseThrow(() -> ApiException.notFound("block not found; the chain's height is " + ledger.height()))
                .listing(c -> AuditScope.sees(reader, c)), Block.class);
    }

    @GET
    @Path("/integrity")
    @Operation(summary = "Verify the ledger's integrity (AUDITOR, ADMIN)",
            description = "Recomputes the hash chain and checks every signature; can take a while.")
    @APIResponse(responseCode = "200", description = "The integrity report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntegrityReport.class)))
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public IntegrityReport integrity() {
        caller.require(Role.AUDITOR, Role.ADMIN);
        return wire(ledger.verifyIntegrity(), IntegrityReport.class);
    }

    @GET
    @Path("/activity")
    @Operation(summary = "The ledger's recent activity (AUDITOR)",
            description = "Transactions per hour (UTC, every hour of the window, zeros included), by the MSP id of "
                    + "their creator and by validation code, over the window [now - hours, now) with its start "
                    + "rounded down to the hour. Blocks are read from the newest back until one older than the "
                    + "window, at most " + Limits.MAX_ACTIVITY_BLOCKS + " (complete is then false and fromBlock "
                    + "says where counting stopped). Every transaction counts, valid or not, config transactions "
                    + "included; a block is placed by its time (on Fabric, its first transaction's).")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LedgerActivity.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public LedgerActivity activity(@Parameter(description = "The window in hours, 1 to " + Limits.MAX_ACTIVITY_HOURS
                                           + ", default 24") @QueryParam("hours") String hours) {
        caller.require(Role.AUDITOR);
        return wire(LedgerActivityCount.of(ledger, clock.instant(), hours(hours)), LedgerActivity.class);
    }

    @POST
    @Path("/integrity/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start verifying the ledger's integrity in the background (AUDITOR)",
            description = "Body {} (or none). Starts what GET /audit/integrity does, on a thread of the gateway's "
                    + "own, and answers at once (202) with the run: follow it with GET /audit/integrity/runs/{runId} "
                    + "(checkedBlocks grows to height; report once DONE, the same as GET /audit/integrity's). One "
                    + "run at a time per gateway: while one runs, starting another answers that one (200). The "
                    + "gateway keeps its last " + IntegrityRuns.KEPT + " runs, until it restarts.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IntegrityRunRequest.class)))
    @APIResponse(responseCode = "202", description = "Started: the run, RUNNING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntegrityRun.class)))
    @APIResponse(responseCode = "200", description = "A run was already RUNNING: that run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntegrityRun.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public Response startIntegrityRun(JsonNode body) {
        caller.require(Role.AUDITOR);
        if (body != null && !body.isNull() && !body.isMissingNode() && !(body.isObject() && body.isEmpty())) {
            throw ApiException.invalid("the body of an integrity run is an empty object, or none");
        }
        IntegrityRuns.Started started = runs.start();
        return Response.status(started.isNew() ? 202 : 200).entity(wire(started.run(), IntegrityRun.class)).build();
    }

    @GET
    @Path("/integrity/runs/{runId}")
    @Operation(summary = "Follow an integrity run (AUDITOR)",
            description = "Its state (RUNNING, DONE, FAILED), the blocks checked of the height, and once DONE the "
                    + "report, the same as GET /audit/integrity's. The gateway keeps its last " + IntegrityRuns.KEPT
                    + " runs, until it restarts: an older or unknown run is 404.")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntegrityRun.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public IntegrityRun integrityRun(@PathParam("runId") String runId) {
        caller.require(Role.AUDITOR);
        if (!IntegrityRuns.wellFormed(runId)) {
            throw ApiException.invalid("runId is not a run id: use the one POST /audit/integrity/runs answered");
        }
        return wire(runs.find(runId).orElseThrow(() -> ApiException.notFound("integrity run not found: the "
                + "gateway keeps its last " + IntegrityRuns.KEPT + " runs, until it restarts")), IntegrityRun.class);
    }

    @GET
    @Path("/reconciliation")
    @Operation(summary = "Reconcile the points books (AUDITOR: all; ADMIN: its community's)",
            description = "Checks the points invariants: issued = available + redeemed + expired + reversed, "
                    + "and every account's own books — over every account for the AUDITOR, over the accounts, "
                    + "contributions and redemptions of its own community for an ADMIN (the chaincode scopes it).")
    @APIResponse(responseCode = "200", description = "The totals and every mismatch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Reconciliation.class)))
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public JsonNode reconciliation() {
        return calls.evaluate(caller.require("Audit:reconcile"), "Audit:reconcile");
    }

    private static void requireTxId(String txId) {
        if (txId.length() > Limits.MAX_ID_LENGTH) {
            throw ApiException.invalid("txId is at most " + Limits.MAX_ID_LENGTH + " characters");
        }
    }

    /** The transaction, if {@code reader} may read it: an ADMIN its own community's only. */
    private TxInfo readable(Caller reader, String txId) {
        TxInfo tx = ledger.transaction(txId).orElseThrow(AuditResource::unknownTransaction);
        requireSees(reader, LedgerEvent.communityOf(tx.events()));
        return tx;
    }

    private static void requireSees(Caller reader, String community) {
        if (!AuditScope.sees(reader, community)) {
            throw ApiException.forbidden("an ADMIN reads only its own community's transactions");
        }
    }

    private static ApiException unknownTransaction() {
        return ApiException.notFound("transaction not found");
    }

    private static OptionalLong checkpoint(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long n = Long.parseLong(text);
            if (n >= 0) {
                return OptionalLong.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("checkpoint must be a whole number");
    }

    private static int hours(String text) {
        if (text == null || text.isEmpty()) {
            return 24;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= Limits.MAX_ACTIVITY_HOURS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("hours must be a whole number from 1 to " + Limits.MAX_ACTIVITY_HOURS);
    }

    private static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return 10;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= Limits.MAX_BLOCKS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("limit must be a whole number from 1 to " + Limits.MAX_BLOCKS);
    }

    /**
     * A ledger record as its wire type, property by property of the same name: the wire type alone decides what the
     * answer holds, and a record that lacks one of its required properties fails here rather than on the client.
     */
    private static <T> T wire(Object ledgerRecord, Class<T> type) {
        return Wire.read(Wire.tree(ledgerRecord), Wire.type(type), false);
    }
}
