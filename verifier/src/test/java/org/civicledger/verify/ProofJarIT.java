package org.civicledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar in a fresh JVM with nothing else on its class path verifies a real transaction proof as an
 * auditor runs it: {@code java -jar civic-verify.jar --trust <folder> proof.json} (after {@code package}).
 */
class ProofJarIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void thePackagedJarVerifiesARealProofAndRefusesATamperedOne() throws Exception {
        assertTrue(Files.isRegularFile(JarRun.JAR), "package builds " + JarRun.JAR);
        RealLedger real = new RealLedger(dir);
        List<byte[]> blocks = CivicVerifyTest.readRecords(real.blocks);
        // An award in the middle of the chain, so that its proof carries headers.
        JsonNode block = MAPPER.readTree(blocks.get(blocks.size() / 2));
        String txId = block.get("transactions").get(0).get("transaction").get("txId").asText();
        Path proof = dir.resolve("proof.json");
        Files.write(proof, ProofFixture.proof(real.dataDir, txId, OptionalLong.empty()));

        JarRun.Run ok = JarRun.run(dir, "--trust", real.trust.toString(), proof.toString());
        assertEquals(0, ok.status(), ok.output());
        assertTrue(ok.output().startsWith("Transaction " + txId + ", created by CommunityMSP's demo-app"), ok.output());
        assertTrue(ok.output().contains("to block " + (blocks.size() - 1)), ok.output());

        ObjectNode doc = (ObjectNode) MAPPER.readTree(proof.toFile());
        doc.put("checkpointHash", "0".repeat(64));
        Path tampered = dir.resolve("tampered.json");
        Files.write(tampered, MAPPER.writeValueAsBytes(doc));
        JarRun.Run bad = JarRun.run(dir, "--trust", real.trust.toString(), tampered.toString());
        assertEquals(1, bad.status(), bad.output());
        assertTrue(bad.output().startsWith("NOT VERIFIED: checkpointHash: does not match block "), bad.output());
    }
}
