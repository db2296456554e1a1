package org.civicledger.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicledger.verify.fabric.FabricCommand;

/**
 * {@code civic-verify}: an auditor's independent check of an embedded ledger, needing nothing but
 * this jar, the block file and the organisations' CA certificates.
 *
 * <pre>
 * java -jar civic-verify.jar chain --trust &lt;folder of CA certificates (PEM)&gt; &lt;blocks.dat&gt;
 * </pre>
 *
 * Exit status: 0 verified, 1 verification failed (the message names the block, transaction and
 * part), 2 usage or I/O error.
 */
public final class CivicVerify {
    public static final int VERIFIED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** The proof checks out and the ledger recorded the transaction as INVALID. */
    public static final int PROVED_INVALID = 3;

    static final String USAGE_TEXT = "usage: java -jar civic-verify.jar chain --trust <folder of organisation CA certificates (PEM)> <blocks.dat>";

    private CivicVerify() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status instead of exiting (for tests). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Integer fabric = FabricCommand.run(args, out, err);
        if (fabric != null) {
            return fabric;
        }
        if (args.length != 4 || !"chain".equals(args[0]) || !"--trust".equals(args[1])) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path trustDir = Path.of(args[2]);
        Path blocks = Path.of(args[3]);
        if (!Files.isDirectory(trustDir)) {
            err.println("civic-verify: --trust " + trustDir + " is not a folder");
            return USAGE;
        }
        if (!Files.isRegularFile(blocks)) {
            err.println("civic-verify: " + blocks + " is not a file");
            return USAGE;
        }
        try {
            TrustStore trust = TrustStore.load(trustDir);
            ChainReport report = new ChainVerifier(trust).verify(blocks);
            out.println(report.paragraph());
            return VERIFIED;
        } catch (VerificationFailure e) {
            err.println("NOT VERIFIED: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("civic-verify: cannot read: " + e.getMessage());
            return USAGE;
        }
    }
}
