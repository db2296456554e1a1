package org.civicledger.verify;

import java.io.PrintStream;

/**
 * {@code civic-verify}: an auditor's independent check of an embedded ledger, needing nothing but
 * this jar, the block file and the organisations' CA certificates.
 *
 * <pre>
 * java -jar civic-verify.jar chain --trust &lt;folder of CA certificates (PEM)&gt; [--balances &lt;accounts.csv&gt;] [--no-state] &lt;blocks.dat&gt;
 * </pre>
 *
 * Exit status: 0 verified, 1 verification failed (the message names the block, transaction and
 * part), 2 usage or I/O error.
 */
public final class CivicVerify {
    public static final int VERIFIED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = ChainCommand.USAGE;

    private CivicVerify() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status instead of exiting (for tests). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !"chain".equals(args[0])) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        return ChainCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    }
}
