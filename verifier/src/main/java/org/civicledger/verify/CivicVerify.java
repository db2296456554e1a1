package org.civicledger.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicledger.verify.fabric.FabricCommand;

/**
 * {@code civic-verify}: an auditor's independent check of a transaction proof or an embedded ledger's block
 * file, needing nothing but this jar, the input and the organisations' CA certificates.
 *
 * <pre>
 * java -jar civic-verify.jar --trust &lt;folder of CA certificates (PEM)&gt; &lt;proof.json&gt;   (also: proof --trust …)
 * java -jar civic-verify.jar chain --trust &lt;folder of CA certificates (PEM)&gt; &lt;blocks.dat&gt;
 * </pre>
 *
 * Exit status: 0 verified (and, for a proof, the transaction is VALID), 1 verification failed (the message
 * names the part), 2 usage or I/O error, 3 the proof checks out and proves the transaction INVALID.
 */
public final class CivicVerify {
    public static final int VERIFIED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** The proof checks out and the ledger recorded the transaction as INVALID. */
    public static final int PROVED_INVALID = 3;

    static final String USAGE_TEXT = "usage: java -jar civic-verify.jar [proof] --trust <folder of organisation CA certificates (PEM)> <proof.json>\n"
            + "       java -jar civic-verify.jar chain --trust <folder of organisation CA certificates (PEM)> <blocks.dat>";

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
        if (args.length == 3 && "--trust".equals(args[0])) { // no command: a proof
            args = new String[] {"proof", args[0], args[1], args[2]};
        }
        if (args.length != 4 || !("chain".equals(args[0]) || "proof".equals(args[0])) || !"--trust".equals(args[1])) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path trustDir = Path.of(args[2]);
        Path input = Path.of(args[3]);
        if (!Files.isDirectory(trustDir)) {
            err.println("civic-verify: --trust " + trustDir + " is not a folder");
            return USAGE;
        }
        if (!Files.isRegularFile(input)) {
            err.println("civic-verify: " + input + " is not a file");
            return USAGE;
        }
        try {
            TrustStore trust = TrustStore.load(trustDir);
            if ("proof".equals(args[0])) {
                ProofReport report = proof(trust, ProofDocument.read(input));
                out.println(report.paragraph());
                return report.valid() ? VERIFIED : PROVED_INVALID;
            }
            ChainReport report = new ChainVerifier(trust).verify(input);
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

    /** The verifier of the proof's ledger. */
    private static ProofReport proof(TrustStore trust, ProofDocument doc) throws VerificationFailure {
        if ("EMBEDDED".equals(doc.ledger())) {
            return new EmbeddedProofVerifier(trust).verify(doc);
        }
        throw new VerificationFailure("ledger: this civic-verify does not verify " + doc.ledger() + " proofs yet");
    }
}
