package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.civicledger.api.Wire;
import org.civicledger.api.points.Award;
import org.civicledger.api.Limits;
import org.civicledger.api.audit.AuditTransaction;
import org.civicledger.api.audit.Block;
import org.civicledger.api.audit.IntegrityReport;
import org.civicledger.api.audit.IntegrityRun;
import org.civicledger.api.audit.LedgerActivity;
import org.civicledger.api.audit.Reconciliation;
import org.civicledger.api.audit.LedgerKind;
import org.civicledger.api.audit.TransactionEvent;
import org.civicledger.api.audit.TransactionProof;
import org.civicledger.api.events.EventPosition;
import org.civicledger.api.events.EventType;
import org.junit.jupiter.api.Test;

/** The auditor's reads against the real gateway: transactions, proofs, blocks, integrity, reconciliation. */
class AuditTest extends GatewayTest {
    private final Audit audit = auditor.audit();

    @Test
    void an_awards_transaction_shows_its_block_creator_call_and_event() {
        String residentId = newResident();
        Award award = app.contributions().award(hours(residentId, 2));

        AuditTransaction tx = audit.transaction(award.txId());
        TransactionEvent event = tx.events().get(0);

        assertAll(
                () -> assertEquals(award.txId(), tx.txId()),
                () -> assertEquals(award.blockNumber(), tx.blockNumber()),
                () -> assertEquals("VALID", tx.validationCode()),
                () -> assertEquals("CommunityMSP", tx.creatorMspId()),
                () -> assertEquals(List.of(), tx.endorsements(), "the embedded ledger endorses in-process"),
                () -> assertEquals("Points:award", tx.function()),
                () -> assertTrue(tx.arguments().get(0).contains(award.contributionId()), tx.arguments().toString()),
                () -> assertEquals(1, tx.events().size()),
                () -> assertEquals(EventType.PointsAwarded, event.type()),
                () -> assertEquals(residentId, event.fields().residentId()),
                () -> assertEquals(20L, event.fields().points()),
                () -> assertTrue(event.payload().startsWith("{\"activityType\":"), "the chaincode's own text, keys "
                        + "sorted: " + event.payload()),
                () -> assertEquals(EventPosition.of(award.blockNumber(), tx.txIndex()), event.position()));
    }

    @Test
    void a_transactions_proof_says_where_it_is_and_chains_to_the_latest_block_or_a_named_one() throws Exception {
        Award award = app.contributions().award(hours(newResident(), 1));
        app.contributions().award(hours(newResident(), 1)); // a block after it
        AuditTransaction tx = audit.transaction(award.txId());
        long latest = audit.latestBlocks(1).get(0).number();

        TransactionProof proof = audit.proof(award.txId());
        TransactionProof own = audit.proofAsync(award.txId(), tx.blockNumber()).join();

        assertAll(
                () -> assertEquals(TransactionProof.FORMAT, proof.format()),
                () -> assertEquals(LedgerKind.EMBEDDED, proof.ledger()),
                () -> assertNull(proof.channel(), "no channel on the embedded ledger"),
                () -> assertEquals(tx.txId(), proof.txId()),
                () -> assertEquals(tx.blockNumber(), proof.blockNumber()),
                () -> assertEquals(tx.txIndex(), proof.txIndex()),
                () -> assertEquals(tx.validationCode(), proof.validationCode()),
                () -> assertTrue(proof.checkpoint() >= latest, "the latest block when asked: " + proof.checkpoint()),
                () -> assertEquals(proof.checkpoint() - proof.blockNumber(), proof.headers().size()),
                () -> assertEquals(audit.block(proof.checkpoint()).hash(), proof.checkpointHash()),
                () -> assertTrue(Base64.getDecoder().decode(proof.block()).length > 0),
                () -> assertTrue(Base64.getDecoder().decode(proof.seal()).length > 0),
                () -> assertEquals(tx.blockNumber(), own.checkpoint()),
                () -> assertEquals(List.of(), own.headers()),
                () -> assertEquals(audit.block(tx.blockNumber()).hash(), own.checkpointHash()));
        TransactionProof copy = Wire.read(Wire.mapper().readTree(Wire.mapper().writeValueAsBytes(proof)),
                Wire.type(TransactionProof.class), false);
        assertEquals(proof, copy, "written as JSON and read back, the same proof");
    }

    @Test
    void a_proof_refuses_a_bad_checkpoint_an_unknown_transaction_and_an_app() {
        Award award = app.contributions().award(hours(newResident(), 1));

        assertThrows(IllegalArgumentException.class, () -> audit.proof(award.txId(), -1));
        assertTrue(audit.proofAsync(award.txId(), -1).isCompletedExceptionally(), "an async call fails its future");
        assertProblem(ValidationFailedException.class, 400, "VALIDATION_FAILED",
                () -> audit.proof(award.txId(), award.blockNumber() - 1));
        assertProblem(NotFoundException.class, 404, "NOT_FOUND", () -> audit.proof("f".repeat(64)));
        assertProblem(ForbiddenException.class, 403, "FORBIDDEN", () -> app.audit().proof(award.txId()));
    }

    @Test
    void a_block_holds_its_transactions_and_chains_to_the_previous_block() {
        Award award = app.contributions().award(hours(newResident(), 1));

        Block block = audit.block(award.blockNumber());
        Block previous = audit.blockAsync(award.blockNumber() - 1).join();

        assertTrue(block.transactions().contains(award.txId()));
        assertEquals(previous.hash(), block.previousHash());
        assertFalse(block.dataHash().isBlank());
    }

    @Test
    void the_latest_blocks_come_newest_first() {
        newResident();

        List<Block> blocks = audit.latestBlocks(3);

        assertEquals(3, blocks.size());
        assertEquals(blocks.get(0).number() - 1, blocks.get(1).number());
        assertEquals(blocks.get(1).hash(), blocks.get(0).previousHash());
    }

    @Test
    void the_chain_verifies_and_the_points_books_reconcile() {
        merchant.redemptions().redeem(spend(residentWithHours(4), 15));

        IntegrityReport integrity = audit.verifyIntegrityAsync().join();
        Reconciliation books = audit.reconcile();

        assertAll(
                () -> assertTrue(integrity.verified(), String.valueOf(integrity.problem())),
                () -> assertEquals(Boolean.TRUE, integrity.stateVerified(), "the embedded ledger checks its state"),
                () -> assertNull(integrity.firstBadBlock()),
                () -> assertEquals(integrity.height(), integrity.checkedBlocks()),
                () -> assertTrue(books.ok(), books.mismatches().toString()),
                () -> assertTrue(books.redeemed() >= 15),
                () -> assertTrue(books.accounts() > 0, "the accounts checked are counted"),
                () -> assertEquals(books.issued(),
                        books.available() + books.redeemed() + books.expired() + books.reversed()));
    }

    @Test
    void an_unknown_transaction_throws_NotFoundException_and_an_app_reading_audit_throws_ForbiddenException() {
        assertProblem(NotFoundException.class, 404, "NOT_FOUND", () -> audit.transaction("f".repeat(64)));
        assertProblem(ForbiddenException.class, 403, "FORBIDDEN", () -> app.audit().reconcile());
    }

    @Test
    void a_block_limit_out_of_range_is_refused_before_sending_and_the_largest_is_accepted() {
        assertThrows(IllegalArgumentException.class, () -> audit.latestBlocks(0));
        assertThrows(IllegalArgumentException.class, () -> audit.latestBlocks(Limits.MAX_BLOCKS + 1));
        assertTrue(audit.latestBlocksAsync(-1).isCompletedExceptionally(), "an async call fails its future");
        assertTrue(audit.blockAsync(-1).isCompletedExceptionally(), "an async call fails its future");

        List<Block> blocks = audit.latestBlocks(Limits.MAX_BLOCKS);

        assertEquals(Math.min(Limits.MAX_BLOCKS, audit.verifyIntegrity().height()), blocks.size());
    }

    @Test
    void the_activity_counts_an_award_under_its_creator_and_hour() {
        app.contributions().award(hours(newResident(), 1));

        LedgerActivity activity = audit.activity(24);

        assertAll(
                () -> assertTrue(activity.height() > 0),
                () -> assertTrue(activity.hours().size() >= 24, "every hour listed"),
                () -> assertTrue(activity.byOrganisation().stream()
                        .anyMatch(c -> c.key().equals("CommunityMSP") && c.transactions() >= 1)),
                () -> assertTrue(activity.byValidationCode().stream()
                        .anyMatch(c -> c.key().equals("VALID") && c.transactions() >= 1)),
                () -> assertTrue(activity.hours().get(activity.hours().size() - 1).transactions() >= 1
                        || activity.hours().get(activity.hours().size() - 2).transactions() >= 1, "the award's hour"));
    }

    @Test
    void an_activity_window_out_of_range_is_refused_before_sending_and_a_bank_is_forbidden() {
        assertThrows(IllegalArgumentException.class, () -> audit.activity(0));
        assertThrows(IllegalArgumentException.class, () -> audit.activity(Limits.MAX_ACTIVITY_HOURS + 1));
        assertTrue(audit.activityAsync(-1).isCompletedExceptionally(), "an async call fails its future");
        assertProblem(ForbiddenException.class, 403, "FORBIDDEN", () -> bank.audit().activity(24));
    }

    @Test
    void an_integrity_run_is_followed_to_a_verified_report() throws InterruptedException {
        IntegrityRun run = audit.startIntegrityRun();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (run.state() == IntegrityRun.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(50);
            run = audit.integrityRun(run.runId());
        }
        IntegrityRun done = run;

        assertAll(
                () -> assertEquals(IntegrityRun.State.DONE, done.state()),
                () -> assertEquals(done.height(), done.checkedBlocks()),
                () -> assertTrue(done.report().verified(), String.valueOf(done.report().problem())),
                () -> assertEquals(done.height(), done.report().height()));
        assertProblem(NotFoundException.class, 404, "NOT_FOUND",
                () -> audit.integrityRun("00000000-0000-4000-8000-000000000000"));
        assertProblem(ValidationFailedException.class, 400, "VALIDATION_FAILED", () -> audit.integrityRun("abc"));
        assertProblem(ForbiddenException.class, 403, "FORBIDDEN", () -> bank.audit().startIntegrityRun());
    }
}
