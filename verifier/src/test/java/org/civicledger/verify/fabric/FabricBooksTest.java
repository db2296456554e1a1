package org.civicledger.verify.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.verify.CivicVerify;
import org.civicledger.verify.PointsLedger;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civic-verify chain} on a folder of Fabric blocks recomputes the books from the real chaincode's write sets:
 * every VALID transaction of a real embedded ledger (awards, a redemption, a settlement that deletes a key, a
 * reversal, expiries) becomes an endorsed Fabric transaction of the fixture's channel carrying the same writes in the
 * {@code civic-ledger} namespace; an MVCC-conflicted one whose writes would break the books must not apply.
 */
class FabricBooksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path shared;
    static PointsLedger ledger;
    static Path trust;
    static Path folder;

    @TempDir
    Path work;

    @BeforeAll
    static void chains() throws IOException {
        ledger = new PointsLedger(shared.resolve("embedded"));
        FabricFixture fabric = fabricOf(UnaryOperator.identity());
        trust = fabric.writeTrust(shared.resolve("fabric-trust"));
        folder = fabric.writeBlocks(shared.resolve("fabric-blocks"));
    }

    /**
     * The embedded ledger's VALID transactions, one Fabric block per embedded block that has any, each write as the
     * chaincode wrote it (after {@code change}); in the last block, an MVCC_READ_CONFLICT transaction whose writes (the last
     * account record, its balance raised by 1,000) would break the books if they applied.
     */
    static FabricFixture fabricOf(UnaryOperator<List<KVWrite>> change) throws IOException {
        FabricFixture fabric = new FabricFixture(IdentityStore.open(ledger.dataDir));
        List<FabricFixture.Tx> all = new ArrayList<>();
        List<Integer> blockSizes = new ArrayList<>();
        for (JsonNode block : ledger.blockRecords()) {
            int size = 0;
            JsonNode txs = block.path("transactions");
            for (int i = 0; i < txs.size(); i++) {
                if (!"VALID".equals(block.path("validationCodes").get(i).asText())) {
                    continue;
                }
                JsonNode tx = txs.get(i).path("transaction");
                List<KVWrite> writes = new ArrayList<>();
                for (JsonNode w : tx.path("rwset").path("writes")) {
                    KVWrite.Builder write = KVWrite.newBuilder().setKey(w.get("key").asText());
                    if (w.path("delete").asBoolean(false)) {
                        write.setIsDelete(true);
                    } else {
                        write.setValue(ByteString.copyFrom(Base64.getDecoder().decode(w.get("value").asText())));
                    }
                    writes.add(write.build());
                }
                List<String> args = new ArrayList<>();
                tx.path("args").forEach(a -> args.add(a.asText()));
                all.add(fabric.ledgerTx(tx.path("function").asText(), args, writes));
                size++;
            }
            if (size > 0) {
                blockSizes.add(size);
            }
        }
        List<KVWrite> changed = change.apply(allWrites(all));
        int at = 0;
        for (int t = 0; t < all.size(); t++) {
            int n = all.get(t).ledgerWrites().size();
            all.set(t, withWrites(all.get(t), changed.subList(at, at + n)));
            at += n;
        }
        int next = 0;
        for (int b = 0; b < blockSizes.size(); b++) {
            List<FabricFixture.Tx> txs = new ArrayList<>(all.subList(next, next + blockSizes.get(b)));
            next += blockSizes.get(b);
            if (b == blockSizes.size() - 1) { // last: no later write would hide its effect
                txs.add(fabric.ledgerTx("Points:award", List.of(), List.of(raised(lastAccountWrite(all), 1000)))
                        .code(TxValidationCode.MVCC_READ_CONFLICT));
            }
            fabric.append(txs.toArray(FabricFixture.Tx[]::new));
        }
        return fabric;
    }

    @Test
    void balances_recomputed_from_fabric_write_sets_equal_the_ledgers_own_getBalance_and_the_embedded_csv()
            throws IOException {
        Path fabricCsv = work.resolve("fabric.csv");
        Result fabric = run("chain", "--trust", trust.toString(), "--balances", fabricCsv.toString(), folder.toString());
        assertEquals(0, fabric.status(), fabric.err());
        Path embeddedCsv = work.resolve("embedded.csv");
        Result embedded = run("chain", "--trust", ledger.trust.toString(), "--balances", embeddedCsv.toString(),
                ledger.blocks.toString());
        assertEquals(0, embedded.status(), embedded.err());
        assertEquals(Files.readAllLines(embeddedCsv), Files.readAllLines(fabricCsv));

        List<String> lines = Files.readAllLines(fabricCsv);
        long[] totals = new long[5];
        for (int r = 0; r < ledger.balances.size(); r++) {
            JsonNode b = ledger.balances.get(r);
            long[] row = {b.get("available").asLong(), b.get("earnedTotal").asLong(), b.get("spentTotal").asLong(),
                b.get("expiredTotal").asLong(), b.get("reversedTotal").asLong()};
            assertEquals(b.get("residentId").asText() + "," + row[0] + "," + row[1] + "," + row[2] + "," + row[3] + ","
                    + row[4], lines.get(r + 1));
            for (int i = 0; i < 5; i++) {
                totals[i] += row[i];
            }
        }
        assertEquals(ledger.balances.size() + 1, lines.size());
        assertTrue(totals[2] > 0 && totals[3] > 0 && totals[4] > 0, lines.toString()); // redeemed, expired, reversed
        assertTrue(fabric.out().contains("of namespace \"civic-ledger\" from ")
                && fabric.out().contains("3 accounts: issued " + totals[1] + " = available " + totals[0]
                        + " + redeemed " + totals[2] + " + expired " + totals[3] + " + reversed " + totals[4]),
                fabric.out());
        assertTrue(fabric.out().contains("1 invalid"), fabric.out()); // the conflicted transaction, whose writes did not apply
    }

    @Test
    void an_inconsistent_balance_written_by_a_re_signed_transaction_fails_naming_the_account() throws IOException {
        // the last account record's balance raised by 1, in a transaction the creator and endorsers signed as it is
        List<String> account = new ArrayList<>();
        FabricFixture tampered = fabricOf(writes -> {
            List<KVWrite> out = new ArrayList<>(writes);
            int last = lastAccountIndex(out);
            account.add(out.get(last).getKey());
            out.set(last, raised(out.get(last), 1));
            return out;
        });
        Path blocks = tampered.writeBlocks(work.resolve("tampered"));

        Result result = run("chain", "--trust", trust.toString(), blocks.toString());
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().contains("NOT VERIFIED: account " + account.get(0) + ": available = earned - spent - expired"
                + " - reversed does not hold"), result.err());

        Result unchecked = run("chain", "--trust", trust.toString(), "--no-state", blocks.toString());
        assertEquals(0, unchecked.status(), unchecked.err());
        assertTrue(unchecked.out().contains("The books were not recomputed (--no-state)."), unchecked.out());
        assertFalse(unchecked.out().contains("Recomputed"), unchecked.out());
    }

    @Test
    void a_folder_from_block_2_verifies_and_says_the_balances_were_not_recomputed() throws IOException {
        Path from2 = copyFrom(2);
        Result result = run("chain", "--trust", trust.toString(), from2.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("Balances not recomputed: the folder starts at block 2"), result.out());
        assertFalse(result.out().contains("Recomputed"), result.out());

        Path csv = work.resolve("none.csv");
        Result balances = run("chain", "--trust", trust.toString(), "--balances", csv.toString(), from2.toString());
        assertEquals(2, balances.status(), balances.out());
        assertTrue(balances.err().contains("--balances: balances not recomputed (the folder starts at block 2"),
                balances.err());
        assertFalse(Files.exists(csv));
    }

    @Test
    void blocks_without_a_transactions_filter_verify_without_balances() throws IOException {
        Path copy = copyFrom(0);
        Path file = copy.resolve(FabricFixture.CHANNEL + "_3.block");
        Block block = Block.parseFrom(Files.readAllBytes(file));
        Block delivered = block.toBuilder().setMetadata(block.getMetadata().toBuilder()
                .setMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE, ByteString.EMPTY)).build();
        Files.write(file, delivered.toByteArray());

        Result result = run("chain", "--trust", trust.toString(), copy.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("Balances not recomputed: block 3 has no transactions filter"), result.out());
    }

    @Test
    void an_empty_value_deletes_the_key_as_a_peer_commits_it_and_other_namespaces_are_skipped() throws IOException {
        FabricFixture fabric = new FabricFixture(work.resolve("ids"));
        KVWrite a = KVWrite.newBuilder().setKey("note/a").setValue(ByteString.copyFromUtf8("1")).build();
        KVWrite b = KVWrite.newBuilder().setKey("note/b").setValue(ByteString.copyFromUtf8("2")).build();
        fabric.append(fabric.ledgerTx("Note:put", List.of(), List.of(a, b)), fabric.award("c-1", "r-1"));
        fabric.append(fabric.ledgerTx("Note:put", List.of(), List.of(b.toBuilder().setValue(ByteString.EMPTY).build())));
        Result result = run("chain", "--trust", fabric.writeTrust(work.resolve("t")).toString(),
                fabric.writeBlocks(work.resolve("b")).toString());
        assertEquals(0, result.status(), result.err());
        // note/b's empty value removed it; the award's writes are in the fixture's own chaincode's namespace
        assertTrue(result.out().contains("Recomputed 1 live key of namespace \"civic-ledger\" from 3 writes"),
                result.out());
    }

    private Path copyFrom(long first) throws IOException {
        Path copy = Files.createDirectories(work.resolve("from-" + first));
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                long n = Long.parseLong(name.substring(name.lastIndexOf('_') + 1, name.length() - ".block".length()));
                if (n >= first) {
                    Files.copy(f, copy.resolve(name));
                }
            }
        }
        return copy;
    }

    private static List<KVWrite> allWrites(List<FabricFixture.Tx> txs) {
        List<KVWrite> out = new ArrayList<>();
        txs.forEach(tx -> out.addAll(tx.ledgerWrites()));
        return out;
    }

    private static FabricFixture.Tx withWrites(FabricFixture.Tx tx, List<KVWrite> writes) {
        return new FabricFixture.Tx(tx.creator(), tx.endorsers(), tx.function(), tx.args(), tx.eventName(),
                tx.eventPayload(), tx.writes(), tx.code(), tx.time(), tx.approvalOf(), List.copyOf(writes));
    }

    private static int lastAccountIndex(List<KVWrite> writes) {
        for (int i = writes.size() - 1; i >= 0; i--) {
            if (writes.get(i).getKey().startsWith("account/") && !writes.get(i).getIsDelete()) {
                return i;
            }
        }
        throw new IllegalStateException("no account written");
    }

    private static KVWrite lastAccountWrite(List<?> txsOrWrites) {
        List<KVWrite> writes = new ArrayList<>();
        for (Object o : txsOrWrites) {
            if (o instanceof FabricFixture.Tx tx) {
                writes.addAll(tx.ledgerWrites());
            } else {
                writes.add((KVWrite) o);
            }
        }
        return writes.get(lastAccountIndex(writes));
    }

    /** The account record written, its {@code available} raised by {@code points}. */
    private static KVWrite raised(KVWrite write, long points) {
        try {
            ObjectNode account = (ObjectNode) MAPPER.readTree(write.getValue().toByteArray());
            account.put("available", account.get("available").asLong() + points);
            return write.toBuilder().setValue(ByteString.copyFrom(MAPPER.writeValueAsBytes(account))).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
}
