package org.civicledger.verify.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicledger.verify.JarRun;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar (fabric-protos and protobuf-java shaded in, no gRPC) on Fabric inputs in a fresh
 * JVM: a valid proof exits 0, an invalid transaction's proof 3, a tampered proof 1, a folder of blocks 0.
 */
class FabricJarIT {
    @TempDir
    Path dir;

    @Test
    void thePackagedJarVerifiesFabricProofsAndBlocks() throws Exception {
        assertTrue(Files.isRegularFile(JarRun.JAR), "package builds " + JarRun.JAR);
        FabricFixture chain = new FabricFixture(dir.resolve("network"));
        Path trust = chain.writeTrust(dir.resolve("trust"));
        long award = chain.append(chain.award("c-1", "r-1"));
        long conflict = chain.append(chain.award("c-2", "r-1").code(TxValidationCode.MVCC_READ_CONFLICT));
        ObjectMapper json = new ObjectMapper();

        Path valid = dir.resolve("valid.json");
        json.writeValue(valid.toFile(), chain.proof(award, 0, conflict));
        JarRun.Run ok = JarRun.run(dir, "--trust", trust.toString(), valid.toString());
        assertEquals(0, ok.status(), ok.output());
        assertTrue(ok.output().startsWith("Verified: transaction " + chain.txId(award, 0)), ok.output());

        Path invalid = dir.resolve("invalid.json");
        json.writeValue(invalid.toFile(), chain.proof(conflict, 0, conflict));
        JarRun.Run proved = JarRun.run(dir, "proof", "--trust", trust.toString(), invalid.toString());
        assertEquals(3, proved.status(), proved.output());
        assertTrue(proved.output().startsWith("PROVED INVALID: "), proved.output());

        ObjectNode tampered = chain.proof(award, 0, conflict);
        String hash = tampered.get("checkpointHash").asText();
        tampered.put("checkpointHash", (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1));
        Path bad = dir.resolve("bad.json");
        json.writeValue(bad.toFile(), tampered);
        JarRun.Run failed = JarRun.run(dir, "--trust", trust.toString(), bad.toString());
        assertEquals(1, failed.status(), failed.output());
        assertTrue(failed.output().contains("NOT VERIFIED: checkpointHash"), failed.output());

        Path blocks = chain.writeBlocks(dir.resolve("blocks"));
        JarRun.Run chainRun = JarRun.run(dir, "chain", "--trust", trust.toString(), blocks.toString());
        assertEquals(0, chainRun.status(), chainRun.output());
        assertTrue(chainRun.output().startsWith("Verified 3 Fabric blocks of channel civic"), chainRun.output());
    }
}
