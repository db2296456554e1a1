package org.civicledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Path jar = Path.of("target/civic-verify.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "package builds " + jar);
        RealLedger real = new RealLedger(dir);

        Run ok = run(jar, real.trust, real.blocks);
        assertEquals(0, ok.status(), ok.output());
        assertTrue(ok.output().startsWith("Verified "), ok.output());

        byte[] bytes = Files.readAllBytes(real.blocks);
        bytes[bytes.length - 40] ^= 0x01; // inside the last record's payload
        Path damaged = dir.resolve("damaged.dat");
        Files.write(damaged, bytes);
        Run bad = run(jar, real.trust, damaged);
        assertEquals(1, bad.status(), bad.output());
        assertTrue(bad.output().contains("record payload CRC32C does not match"), bad.output());

        Run usage = run(jar, real.trust, dir.resolve("absent.dat"));
        assertEquals(2, usage.status(), usage.output());
    }

    record Run(int status, String output) {
    }

    private Run run(Path jar, Path trust, Path blocks) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("run-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "chain", "--trust",
                trust.toString(), blocks.toString())).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("CLASSPATH");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("civic-verify did not finish in 60 s");
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
