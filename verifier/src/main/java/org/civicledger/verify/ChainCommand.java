package org.civicledger.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code civic-verify chain --trust <folder> [--balances <file.csv>] [--no-state] <blocks.dat>}: the whole
 * chain, then (unless {@code --no-state}) the world state replayed from its verified write sets, every
 * block's state digest and every account's books.
 */
final class ChainCommand {
    static final String USAGE = "usage: java -jar civic-verify.jar chain --trust <folder of organisation CA certificates (PEM)>"
            + " [--balances <accounts.csv>] [--no-state] <blocks.dat>";

    private ChainCommand() {
    }

    /** @param args the arguments after {@code chain} */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path trustDir = null;
        Path balances = null;
        Path blocks = null;
        boolean replay = true;
        for (int i = 0; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length;
            switch (args[i]) {
                case "--trust" -> trustDir = hasValue ? Path.of(args[++i]) : null;
                case "--balances" -> balances = hasValue ? Path.of(args[++i]) : null;
                case "--no-state" -> replay = false;
                default -> {
                    if (blocks != null || args[i].startsWith("--")) {
                        return usage(err);
                    }
                    blocks = Path.of(args[i]);
                }
            }
        }
        if (trustDir == null || blocks == null || (balances != null && !replay)) {
            return usage(err);
        }
        if (!Files.isDirectory(trustDir)) {
            err.println("civic-verify: --trust " + trustDir + " is not a folder");
            return CivicVerify.USAGE;
        }
        if (!Files.isRegularFile(blocks)) {
            err.println("civic-verify: " + blocks + " is not a file");
            return CivicVerify.USAGE;
        }
        try {
            TrustStore trust = TrustStore.load(trustDir);
            StateReplay state = replay ? new StateReplay() : null;
            ChainReport report = new ChainVerifier(trust, state).verify(blocks);
            Balances books = state == null ? null : Balances.of(state);
            if (balances != null) {
                books.writeCsv(balances);
            }
            out.println(report.paragraph(books == null ? null : books.sentence()));
            return CivicVerify.VERIFIED;
        } catch (VerificationFailure e) {
            err.println("NOT VERIFIED: " + e.getMessage());
            return CivicVerify.FAILED;
        } catch (IOException e) {
            err.println("civic-verify: cannot read or write: " + e.getMessage());
            return CivicVerify.USAGE;
        }
    }

    private static int usage(PrintStream err) {
        err.println(USAGE);
        return CivicVerify.USAGE;
    }
}
