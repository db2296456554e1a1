package org.civicledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicledger.gateway.ledger.embedded.MixedVersionChain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civic-verify chain} replays the world state from the verified write sets of a real ledger
 * (awards, a redemption, a reversal, expiries), checks every block's state digest and recomputes
 * every balance, which must equal what the ledger itself answers.
 */
class StateReplayTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path shared;
    static PointsLedger ledger;

    @TempDir
    Path work;

    @BeforeAll
    static void realLedger() throws IOException {
        ledger = new PointsLedger(shared);
    }

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CivicVerify.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Nested
    class Balances {
        @Test
        void recomputed_balances_equal_the_ledgers_own_getBalance() throws IOException {
            Path csv = work.resolve("balances.csv");
            Result result = run("chain", "--trust", ledger.trust.toString(), "--balances", csv.toString(),
                    ledger.blocks.toString());
            assertEquals(0, result.status(), result.err());

            List<String> lines = Files.readAllLines(csv);
            assertEquals("account,balance,issued,redeemed,expired,reversed", lines.get(0));
            List<String> expected = new ArrayList<>();
            long[] totals = new long[5];
            for (JsonNode b : ledger.balances) { // residents are numbered, so their order is the file's
                long[] row = {b.get("available").asLong(), b.get("earnedTotal").asLong(), b.get("spentTotal").asLong(),
                    b.get("expiredTotal").asLong(), b.get("reversedTotal").asLong()};
                expected.add(b.get("residentId").asText() + "," + row[0] + "," + row[1] + "," + row[2] + "," + row[3]
                        + "," + row[4]);
                for (int i = 0; i < 5; i++) {
                    totals[i] += row[i];
                }
            }
            assertEquals(expected, lines.subList(1, lines.size()));
            // every kind of movement was reached: a redemption, an expiry, a reversal
            assertTrue(totals[2] > 0 && totals[3] > 0 && totals[4] > 0, expected.toString());
            assertTrue(result.out().contains("; the state digests of every block match; 3 accounts: issued " + totals[1]
                    + " = available " + totals[0] + " + redeemed " + totals[2] + " + expired " + totals[3]
                    + " + reversed " + totals[4]), result.out());
            assertTrue(result.out().matches("(?s).*Recomputed \\d+ live keys from \\d+ valid writes.*"), result.out());
        }

        @Test
        void without_state_replay_the_paragraph_says_the_state_was_not_checked() {
            Result result = run("chain", "--trust", ledger.trust.toString(), "--no-state", ledger.blocks.toString());
            assertEquals(0, result.status(), result.err());
            assertTrue(result.out().contains("Not checked: the state digests"), result.out());
        }

        @Test
        void balances_without_state_replay_is_a_usage_error() {
            Result result = run("chain", "--trust", ledger.trust.toString(), "--no-state", "--balances",
                    work.resolve("b.csv").toString(), ledger.blocks.toString());
            assertEquals(2, result.status());
        }
    }

    @Nested
    class StateDigests {
        @Test
        void a_re_signed_block_with_another_state_digest_fails_naming_the_block() throws IOException {
            List<byte[]> records = CivicVerifyTest.readRecords(ledger.blocks);
            int target = records.size() - 3;
            ObjectNode block = (ObjectNode) MAPPER.readTree(records.get(target));
            String digest = block.get("stateDigest").asText();
            block.put("stateDigest", (digest.charAt(0) == '0' ? "1" : "0") + digest.substring(1));
            records.set(target, MAPPER.writeValueAsBytes(block));
            // every hash recomputed and every block re-signed with the orderer's own key: only the state can tell
            Path file = work.resolve("re-signed.dat");
            Files.write(file, MixedVersionChain.rewrite(records, 0, ledger.orderer()));

            Result unchecked = run("chain", "--trust", ledger.trust.toString(), "--no-state", file.toString());
            assertEquals(0, unchecked.status(), unchecked.err());
            Result result = run("chain", "--trust", ledger.trust.toString(), file.toString());
            assertEquals(1, result.status(), result.out());
            assertTrue(result.err().contains("NOT VERIFIED: block " + target
                    + ": state digest does not match the verified write sets"), result.err());
        }

        @Test
        void legacy_blocks_follow_the_same_digest_rule() throws IOException {
            List<byte[]> records = CivicVerifyTest.readRecords(ledger.blocks);
            Path file = work.resolve("legacy.dat");
            Files.write(file, MixedVersionChain.rewrite(records, records.size(), ledger.orderer()));
            Result result = run("chain", "--trust", ledger.trust.toString(), file.toString());
            assertEquals(0, result.status(), result.err());
            assertTrue(result.out().contains("(" + records.size() + " of version 1)"), result.out());
            assertTrue(result.out().contains("the state digests of every block match"), result.out());
        }
    }

    @Nested
    class FailureOrder {
        @Test
        void a_bad_signature_is_named_before_a_later_blocks_failure_though_signatures_verify_in_parallel()
                throws IOException {
            List<byte[]> records = CivicVerifyTest.readRecords(ledger.blocks);
            int early = 2;
            ObjectNode first = (ObjectNode) MAPPER.readTree(records.get(early));
            ObjectNode envelope = (ObjectNode) first.get("transactions").get(0);
            byte[] der = java.util.Base64.getDecoder().decode(envelope.get("signature").asText());
            der[10] ^= 0x01;
            envelope.put("signature", java.util.Base64.getEncoder().encodeToString(der));
            records.set(early, MAPPER.writeValueAsBytes(first));
            int late = records.size() - 1;
            ObjectNode last = (ObjectNode) MAPPER.readTree(records.get(late));
            last.put("number", late + 5);
            records.set(late, MAPPER.writeValueAsBytes(last));

            Path file = CivicVerifyTest.writeRecords(work, records);
            Result result = run("chain", "--trust", ledger.trust.toString(), file.toString());
            assertEquals(1, result.status(), result.out());
            assertTrue(result.err().contains("NOT VERIFIED: block " + early + " tx 0: creator signature does not verify"),
                    result.err());
        }
    }

}
