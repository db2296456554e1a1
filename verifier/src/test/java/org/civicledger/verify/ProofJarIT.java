package org.civicledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
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
        Path jar = Path.of("target/civic-verify.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "package builds " + jar);
        RealLedger real = new RealLedger(dir);
        List<byte[]> blocks = CivicVerifyTest.readRecords(real.blocks);
        // An award in the middle of the chain, so that its proof carries headers.
        JsonNode block = MAPPER.readTree(blocks.get(blocks.size() / 2));
        String txId = block.get("transactions").get(0).get("transaction").get("txId").asText();
        Path proof = dir.resolve("proof.json");
        Files.write(proof, ProofFixture.proof(real.dataDir, txId, OptionalLong.empty()));

        Run ok = run(jar, "--trust", real.trust.toString(), proof.toString());
        assertEquals(0, ok.status(), ok.output());
        assertTrue(ok.output().startsWith("Transaction " + txId + ", created by CommunityMSP's demo-app"), ok.output());
        assertTrue(ok.output().contains("to block " + (blocks.size() - 1)), ok.output());

        ObjectNode doc = (ObjectNode) MAPPER.readTree(proof.toFile());
        doc.put("checkpointHash", "0".repeat(64));
        Path tampered = dir.resolve("tampered.json");
        Files.write(tampered, MAPPER.writeValueAsBytes(doc));
        Run bad = run(jar, "--trust", real.trust.toString(), tampered.toString());
        assertEquals(1, bad.status(), bad.output());
        assertTrue(bad.output().startsWith("NOT VERIFIED: checkpointHash: does not match block "), bad.output());
    }

    record Run(int status, String output) {
    }

    private Run run(Path jar, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("run-" + System.nanoTime() + ".log");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("CLASSPATH");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("civic-verify did not finish in 60 s");
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
