package org.civicledger.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civicledger.verify.fabric.FabricVerifiers;

/**
 * {@code civic-verify}: an auditor's independent check of a transaction proof or an embedded ledger's block
 * file, needing nothing but this jar, the input and the organisations' CA certificates.
 *
 * <pre>
 * java -jar civic-verify.jar --trust &lt;folder of CA certificates (PEM)&gt; &lt;proof.json&gt;   (also: proof --trust …)
 * java -jar civic-verify.jar chain --trust &lt;folder of CA certificates (PEM)&gt; [--balances &lt;accounts.csv&gt;] [--no-state] &lt;blocks.dat&gt;
 * java -jar civic-verify.jar chain --trust &lt;folder of CA certificates (PEM)&gt; [--balances &lt;accounts.csv&gt;] [--no-state] &lt;folder of Fabric *.block files&gt;
 * (proofs and Fabric take --orderer-msp &lt;MSP id&gt;, repeatable, default OrdererMSP: the MSPs whose certificates
 * seal blocks; a chain is replayed into its world state, every account checked, and for an embedded chain every state
 * digest, unless --no-state)
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

    static final String USAGE_TEXT = "usage: java -jar civic-verify.jar [proof] --trust <folder of organisation CA "
            + "certificates (PEM)> [--orderer-msp <MSP id>]... <proof.json>\n"
            + "       java -jar civic-verify.jar chain --trust <folder> [--balances <accounts.csv>] [--no-state] <blocks.dat>\n"
            + "       java -jar civic-verify.jar chain --trust <folder> [--orderer-msp <MSP id>]... [--balances <accounts.csv>]"
            + " [--no-state] <folder of Fabric *.block files>";

    private CivicVerify() {
    }

    /**
     * The command line: what to verify, against which CAs, with which MSPs as orderers; for an embedded chain, whether
     * to replay its state and where to write the recomputed balances.
     */
    private record Command(boolean chain, Path trust, Set<String> ordererMsps, Path input, boolean state, Path balances) {

        /** @return the command, or null if the arguments are not one */
        static Command parse(String[] args) {
            List<String> rest = new ArrayList<>(List.of(args));
            boolean chain = !rest.isEmpty() && "chain".equals(rest.get(0));
            if (!rest.isEmpty() && ("chain".equals(rest.get(0)) || "proof".equals(rest.get(0)))) {
                rest.remove(0);
            }
            Path trust = null;
            Set<String> orderers = new TreeSet<>();
            Path input = null;
            boolean state = true;
            Path balances = null;
            for (int i = 0; i < rest.size(); i++) {
                String a = rest.get(i);
                if ("--trust".equals(a) && i + 1 < rest.size() && trust == null) {
                    trust = Path.of(rest.get(++i));
                } else if ("--balances".equals(a) && i + 1 < rest.size() && balances == null && chain) {
                    balances = Path.of(rest.get(++i));
                } else if ("--no-state".equals(a) && chain) {
                    state = false;
                } else if ("--orderer-msp".equals(a) && i + 1 < rest.size()) {
                    orderers.add(rest.get(++i));
                } else if (!a.startsWith("--") && input == null) {
                    input = Path.of(a);
                } else {
                    return null;
                }
            }
            if (trust == null || input == null || (balances != null && !state)) {
                return null;
            }
            return new Command(chain, trust,
                    orderers.isEmpty() ? Set.of(FabricVerifiers.DEFAULT_ORDERER_MSP) : Set.copyOf(orderers), input, state,
                    balances);
        }

        /** The embedded ledger has one orderer organisation, {@link ChainVerifier#ORDERER_MSP}. */
        boolean embeddedOrderer() {
            return ordererMsps.equals(Set.of(ChainVerifier.ORDERER_MSP));
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status instead of exiting (for tests). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Command command = Command.parse(args);
        if (command == null) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (!Files.isDirectory(command.trust())) {
            err.println("civic-verify: --trust " + command.trust() + " is not a folder");
            return USAGE;
        }
        boolean fabricBlocks = command.chain() && Files.isDirectory(command.input());
        if (!fabricBlocks && !Files.isRegularFile(command.input())) {
            err.println("civic-verify: " + command.input() + " is not a file");
            return USAGE;
        }
        try {
            TrustStore trust = TrustStore.load(command.trust());
            if (command.chain()) {
                if (fabricBlocks) {
                    return fabricChain(command, trust, out, err);
                }
                if (!command.embeddedOrderer()) {
                    return usage(err, "--orderer-msp applies to Fabric blocks only");
                }
                StateReplay state = command.state() ? new StateReplay() : null;
                ChainReport report = new ChainVerifier(trust, state).verify(command.input());
                Balances books = state == null ? null : Balances.of(state);
                if (command.balances() != null) {
                    books.writeCsv(command.balances());
                }
                out.println(report.paragraph(books == null ? null : books.sentence()));
                return VERIFIED;
            }
            ProofDocument doc = ProofDocument.read(command.input());
            ProofReport report;
            if ("FABRIC".equals(doc.ledger())) {
                report = new FabricVerifiers(trust, command.ordererMsps()).proof(doc);
            } else if (command.embeddedOrderer()) {
                report = new EmbeddedProofVerifier(trust).verify(doc);
            } else {
                return usage(err, "--orderer-msp applies to Fabric proofs only");
            }
            out.println(report.paragraph());
            return report.valid() ? VERIFIED : PROVED_INVALID;
        } catch (VerificationFailure e) {
            err.println("NOT VERIFIED: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("civic-verify: cannot read or write: " + e.getMessage());
            return USAGE;
        }
    }

    /**
     * A folder of Fabric blocks: verified, then (unless --no-state) its books recomputed from the valid transactions'
     * writes, or the paragraph says why they could not be. {@code --balances} on a folder that cannot be replayed is a
     * usage error (exit 2, no file written): the blocks verified, but the file asked for cannot be made from them.
     */
    private static int fabricChain(Command command, TrustStore trust, PrintStream out, PrintStream err)
            throws IOException, VerificationFailure {
        StateReplay state = command.state() ? new StateReplay() : null;
        FabricVerifiers.Chain chain = new FabricVerifiers(trust, command.ordererMsps()).chain(command.input(), state);
        if (state == null) {
            out.println(chain.paragraph() + " The books were not recomputed (--no-state).");
            return VERIFIED;
        }
        if (chain.notRecomputed() != null) {
            out.println(chain.paragraph() + " Balances not recomputed: " + chain.notRecomputed() + ".");
            if (command.balances() != null) {
                err.println("civic-verify: --balances: balances not recomputed (" + chain.notRecomputed()
                        + "); no file written");
                return USAGE;
            }
            return VERIFIED;
        }
        Balances books = Balances.of(state);
        if (command.balances() != null) {
            books.writeCsv(command.balances());
        }
        out.println(chain.paragraph() + " " + books.fabricSentence("\"" + FabricVerifiers.chaincode() + "\""));
        return VERIFIED;
    }

    private static int usage(PrintStream err, String why) {
        err.println("civic-verify: " + why);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
