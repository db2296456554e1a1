package org.civicledger.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * One embedded block whose own checks passed ({@link EmbeddedBlocks#verify}): its hashes recompute by its
 * format version, its creators' and orderer's signatures verify with certificates of trusted CAs.
 *
 * @param transactions each transaction as signed by its creator (the {@code transaction} object)
 * @param creators     each transaction's creator; null where the ledger recorded {@code BAD_CREATOR_SIGNATURE}
 *                     and the creator cannot even be read
 */
record EmbeddedBlock(long number, int version, String previousHash, String hash, String time, List<String> codes,
                     List<JsonNode> transactions, List<Identity> creators, Identity orderer,
                     X509Certificate ordererCa) {
}
