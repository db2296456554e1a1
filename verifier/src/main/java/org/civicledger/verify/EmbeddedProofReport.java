package org.civicledger.verify;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a verified embedded proof proved.
 *
 * @param creator   who signed the transaction, or null when the ledger recorded {@code BAD_CREATOR_SIGNATURE}
 * @param creatorCa the trusted CA that issued the creator's certificate (null with {@code creator})
 * @param claimedMsp the MSP id the transaction names
 * @param headers   how many headers link the block to the checkpoint
 * @param event     the event's name, or null if the transaction set none
 */
record EmbeddedProofReport(String txId, String code, Identity creator, String creatorCa, String claimedMsp,
                           String timestamp, long block, int version, String blockHash, int headers, long checkpoint,
                           String checkpointHash, Identity sealer, String sealerCa, String function,
                           List<String> args, String event, String payload) implements ProofReport {
    static final String VALID = "VALID";

    @Override
    public boolean valid() {
        return VALID.equals(code);
    }

    @Override
    public String paragraph() {
        String where = "block " + block + " of version " + version + (headers == 0
                ? " (hash " + blockHash + "), itself the checkpoint,"
                : ", whose hash chains through " + headers + " header" + (headers == 1 ? "" : "s") + " to block "
                        + checkpoint + " (hash " + checkpointHash + ")")
                + " signed by " + who(sealer, sealerCa);
        String called = "It called " + p(function) + " with "
                + (args.isEmpty() ? "no arguments" : args.stream().map(EmbeddedProofReport::p)
                        .collect(Collectors.joining(", ", "[", "]")));
        String compare = " Compare block " + checkpoint + "'s hash with one you hold (a peer, an earlier civic-verify"
                + " chain, a backup manifest): the proof shows that the orderer signed it, not that it is the latest block.";
        if (valid()) {
            return "Transaction " + p(txId) + ", created by " + who(creator, creatorCa) + " at " + p(timestamp)
                    + ", endorsed under the embedded ledger's rule (simulated in-process; no separate endorsers), valid in "
                    + where + ". " + called + (event == null ? " and set no event." : " and set event " + p(event) + " "
                    + p(payload) + ".") + compare;
        }
        String creatorText = creator == null || "BAD_CREATOR_SIGNATURE".equals(code)
                ? "claimed by " + p(claimedMsp) + " (the ledger refused its creator's signature)"
                : "created by " + who(creator, creatorCa) + " at " + p(timestamp);
        return "PROVED INVALID: transaction " + p(txId) + " is " + p(code) + " in " + where
                + ": the orderer signed that code, so none of its writes were applied. It was " + creatorText + ". "
                + called + (event == null ? "." : "; its event " + p(event) + " was not emitted.") + compare;
    }

    private static String who(Identity signer, String ca) {
        return p(signer.mspId()) + "'s " + p(signer.subject()) + " (certificate issued by trusted CA " + ca + ")";
    }

    private static String p(String s) {
        return Text.printable(s);
    }
}
