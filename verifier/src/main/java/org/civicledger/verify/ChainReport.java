package org.civicledger.verify;

import java.util.Map;
import java.util.stream.Collectors;

/** What a verified chain proved. */
record ChainReport(long blocks, long transactions, long valid, long lastNumber, String lastHash,
                   String ordererMsp, String ordererSubject, String ordererCa,
                   Map<String, Long> creators, Map<Integer, Long> versions, int trustedCas) {

    String paragraph() {
        return paragraph(null);
    }

    /** @param state what the state replay proved (a sentence), or null when the state was not replayed */
    String paragraph(String state) {
        String created = creators.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String formats = versions.entrySet().stream().map(e -> e.getValue() + " of version " + e.getKey())
                .collect(Collectors.joining(", "));
        return "Verified " + blocks + " block" + (blocks == 1 ? "" : "s") + ", " + transactions + " transactions ("
                + valid + " valid, " + (transactions - valid) + " invalid), from block 0 to block " + lastNumber
                + " whose hash is " + lastHash + ", ordered by " + ordererMsp + "'s " + ordererSubject
                + " (certificate issued by trusted CA " + ordererCa + "), created by " + (created.isEmpty() ? "nobody" : created)
                + ". Every record's checksums, every block's number, previous hash, data hash and header hash ("
                + formats + "), every orderer signature and every creator signature check out, and every"
                + " signer's certificate was issued by one of the " + trustedCas + " trusted CA certificate"
                + (trustedCas == 1 ? "" : "s") + " (a CA of the MSP it claims) and was valid when it signed. "
                + (state == null ? "Not checked: the state digests (no balances were recomputed)." : state);
    }
}
