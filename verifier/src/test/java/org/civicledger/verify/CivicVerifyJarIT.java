package org.civicledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar in a fresh JVM with nothing else on its class path: {@code java -jar
 * civic-verify.jar chain --trust <folder> <blocks.dat>}, as an auditor runs it (after {@code package}).
 */
class CivicVerifyJarIT {
    @TempDir
    Path dir;

    @Test
    void thePackagedJarVerifiesARealChainAndRefusesATamperedOne() throws Exception {
        assertTrue(Files.isRegularFile(JarRun.JAR), "package builds " + JarRun.JAR);
        RealLedger real = new RealLedger(dir);

        JarRun.Run ok = chain(real.trust, real.blocks);
        assertEquals(0, ok.status(), ok.output());
        assertTrue(ok.output().startsWith("Verified "), ok.output());

        byte[] bytes = Files.readAllBytes(real.blocks);
        bytes[bytes.length - 40] ^= 0x01; // inside the last record's payload
        Path damaged = dir.resolve("damaged.dat");
        Files.write(damaged, bytes);
        JarRun.Run bad = chain(real.trust, damaged);
        assertEquals(1, bad.status(), bad.output());
        assertTrue(bad.output().contains("record payload CRC32C does not match"), bad.output());

        JarRun.Run usage = chain(real.trust, dir.resolve("absent.dat"));
        assertEquals(2, usage.status(), usage.output());
    }

    private JarRun.Run chain(Path trust, Path blocks) throws IOException, InterruptedException {
        return JarRun.run(dir, "chain", "--trust", trust.toString(), blocks.toString());
    }
}
