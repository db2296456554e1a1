package org.civicledger.verify.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civicledger.verify.JarRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Proofs from the real Fabric network (written by {@code -Pfabric} into the folder the system property
 * {@code fabric.proofs.dir} names, with its CA certificates in {@code trust/} and the list in
 * {@code manifest.txt}), verified by the packaged jar in a fresh JVM: {@code valid-award.json} and
 * {@code credit-check.json} exit 0, {@code invalid.json} (an MVCC-conflicted transaction) exits 3, and no
 * proof there fails verification. Skipped when the property is not set.
 */
@EnabledIfSystemProperty(named = "fabric.proofs.dir", matches = ".+")
class FabricProofIT {
    /** Not a proof: the gateway's Audit:reconcile at the height of {@code blocks/}, for the chain's books. */
    static final String RECONCILIATION = "reconciliation.json";
    static final Map<String, Integer> EXPECTED = Map.of("valid-award.json", 0, "credit-check.json", 0, "invalid.json", 3);

    @Test
    void everyProofFromTheRealNetworkVerifiesAsExpected() throws Exception {
        assertTrue(Files.isRegularFile(JarRun.JAR), "package builds " + JarRun.JAR);
        Path dir = Path.of(System.getProperty("fabric.proofs.dir")).toAbsolutePath();
        Path trust = dir.resolve("trust");
        assertTrue(Files.isDirectory(trust), "the CA certificates of the network are in " + trust);
        for (String listed : manifest(dir)) {
            assertTrue(Files.isRegularFile(dir.resolve(listed)), "manifest.txt lists " + listed);
        }
        List<Path> proofs;
        try (Stream<Path> files = Files.list(dir)) {
            proofs = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(RECONCILIATION)).sorted().toList();
        }
        for (String name : EXPECTED.keySet()) {
            assertTrue(proofs.contains(dir.resolve(name)), "the network wrote " + name + " into " + dir);
        }
        Path logs = Files.createTempDirectory("fabric-proofs");
        for (Path proof : proofs) {
            JarRun.Run run = JarRun.run(logs, "--trust", trust.toString(), proof.toString());
            String name = proof.getFileName().toString();
            Integer expected = EXPECTED.get(name);
            if (expected != null) {
                assertEquals(expected, run.status(), name + ": " + run.output());
            } else {
                assertTrue(run.status() == 0 || run.status() == 3, name + " verifies: " + run.output());
            }
            assertFalse(run.output().contains("NOT VERIFIED"), name + ": " + run.output());
        }
    }

    /** Every block of the real channel, as the peer stores it, verifies: config, lifecycle and application blocks. */
    @Test
    void theRealChannelsBlocksVerifyEndToEnd() throws Exception {
        Path dir = Path.of(System.getProperty("fabric.proofs.dir")).toAbsolutePath();
        Path blocks = dir.resolve("blocks");
        long files;
        try (Stream<Path> all = Files.list(blocks)) {
            files = all.filter(p -> p.getFileName().toString().endsWith(".block")).count();
        }
        assertTrue(files > 10, "the network wrote its channel's blocks into " + blocks);
        Path work = Files.createTempDirectory("fabric-chain");
        Path csv = work.resolve("balances.csv");
        JarRun.Run run = JarRun.run(work, "chain", "--trust", dir.resolve("trust").toString(), "--balances",
                csv.toString(), blocks.toString());
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("block " + (files - 1)), "the chain runs to its last block: " + run.output());

        // The books recomputed from the verified write sets are the gateway's Audit:reconcile at the same height.
        JsonNode reconciled = new ObjectMapper().readTree(dir.resolve(RECONCILIATION).toFile());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("account,balance,issued,redeemed,expired,reversed", rows.get(0));
        long[] totals = new long[5];
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            for (int i = 0; i < totals.length; i++) {
                totals[i] += Long.parseLong(cells[i + 1]);
            }
        }
        assertEquals(reconciled.path("accounts").asLong(), rows.size() - 1, "accounts");
        String[] names = {"available", "issued", "redeemed", "expired", "reversed"};
        for (int i = 0; i < names.length; i++) {
            assertEquals(reconciled.path(names[i]).asLong(), totals[i], names[i] + ": " + run.output());
        }
    }

    /** @return the .json names manifest.txt lists (any word of a line that ends in .json), if it exists */
    private static List<String> manifest(Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.txt");
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        return Files.readAllLines(manifest).stream().flatMap(line -> Stream.of(line.trim().split("\\s+")))
                .filter(word -> word.endsWith(".json")).toList();
    }
}
