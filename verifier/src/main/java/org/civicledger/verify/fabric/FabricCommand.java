package org.civicledger.verify.fabric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicledger.verify.CivicVerify;
import org.civicledger.verify.TrustStore;
import org.civicledger.verify.VerificationFailure;

/**
 * civic-verify's Fabric commands, chosen by their input: {@code chain --trust <folder> <folder of *.block>}
 * and {@code [proof] --trust <folder> <proof.json>} whose {@code ledger} is {@code FABRIC}. Both take
 * {@code --orderer-msp <id>} (repeatable; default {@value #DEFAULT_ORDERER_MSP}): the MSPs whose
 * certificates may seal blocks; every other MSP of {@code --trust} is an application organisation for
 * the endorsement policy.
 */
public final class FabricCommand {
    public static final String DEFAULT_ORDERER_MSP = "OrdererMSP";
    static final String USAGE_TEXT = "usage: java -jar civic-verify.jar [proof] --trust <folder> [--orderer-msp <MSP id>]..."
            + " <proof.json>\n   or: java -jar civic-verify.jar chain --trust <folder> [--orderer-msp <MSP id>]..."
            + " <folder of Fabric *.block files>";

    private FabricCommand() {
    }

    /** The parsed command line. */
    private record Args(boolean chain, Path trust, Set<String> ordererMsps, Path input) {
    }

    /**
     * @return the exit status when the arguments name a Fabric input, or null to leave them to the
     *         embedded ledger's commands
     */
    public static Integer run(String[] args, PrintStream out, PrintStream err) {
        Args parsed = parse(args);
        if (parsed == null) {
            return null;
        }
        JsonNode proof = null;
        if (parsed.chain()) {
            if (!Files.isDirectory(parsed.input())) {
                return parsed.ordererMsps().isEmpty() ? null : usage(err, "--orderer-msp applies to Fabric blocks only");
            }
        } else {
            proof = fabricProof(parsed.input());
            if (proof == null) {
                return parsed.ordererMsps().isEmpty() ? null : usage(err, "--orderer-msp applies to Fabric proofs only");
            }
        }
        if (!Files.isDirectory(parsed.trust())) {
            err.println("civic-verify: --trust " + parsed.trust() + " is not a folder");
            return CivicVerify.USAGE;
        }
        Set<String> ordererMsps = parsed.ordererMsps().isEmpty() ? Set.of(DEFAULT_ORDERER_MSP) : parsed.ordererMsps();
        try {
            TrustStore trust = TrustStore.load(parsed.trust());
            FabricSigners signers = new FabricSigners(trust);
            FabricTransactions transactions = new FabricTransactions(signers, EndorsementPolicy.of(trust.msps(), ordererMsps));
            FabricSeal seal = new FabricSeal(signers, ordererMsps);
            if (parsed.chain()) {
                out.println(new FabricChainVerifier(transactions, seal).verify(parsed.input()));
                return CivicVerify.VERIFIED;
            }
            FabricProofVerifier.Outcome outcome = new FabricProofVerifier(transactions, seal).verify(proof);
            out.println(outcome.paragraph());
            return outcome.valid() ? CivicVerify.VERIFIED : CivicVerify.PROVED_INVALID;
        } catch (VerificationFailure e) {
            err.println("NOT VERIFIED: " + e.getMessage());
            return CivicVerify.FAILED;
        } catch (IOException e) {
            err.println("civic-verify: cannot read: " + e.getMessage());
            return CivicVerify.USAGE;
        }
    }

    private static Integer usage(PrintStream err, String why) {
        err.println("civic-verify: " + why);
        err.println(USAGE_TEXT);
        return CivicVerify.USAGE;
    }

    /** @return the arguments if they have the shape of a chain or proof command, else null */
    private static Args parse(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean chain = false;
        if (!rest.isEmpty() && ("chain".equals(rest.get(0)) || "proof".equals(rest.get(0)))) {
            chain = "chain".equals(rest.remove(0));
        }
        Path trust = null;
        Set<String> orderers = new LinkedHashSet<>();
        Path input = null;
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (("--trust".equals(a) || "--orderer-msp".equals(a)) && i + 1 < rest.size()) {
                String value = rest.get(++i);
                if ("--trust".equals(a)) {
                    if (trust != null) {
                        return null;
                    }
                    trust = Path.of(value);
                } else {
                    orderers.add(value);
                }
            } else if (!a.startsWith("--") && input == null) {
                input = Path.of(a);
            } else {
                return null;
            }
        }
        return trust == null || input == null ? null : new Args(chain, trust, java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(orderers)), input);
    }

    /** @return the proof document if {@code file} is one whose ledger is FABRIC, else null */
    private static JsonNode fabricProof(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            return node != null && "FABRIC".equals(node.path("ledger").asText(null)) ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
