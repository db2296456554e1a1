package org.civicledger.gateway.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.civicledger.api.Wire;
import org.civicledger.api.audit.TransactionProof;

/**
 * A transaction's proof as the ledger produces it, in the ledger's own bytes (format: gateway README,
 * "Transaction proofs"; the API answers it as {@code org.civicledger.api.audit.TransactionProof}).
 *
 * @param ledger         {@code EMBEDDED} or {@code FABRIC}: which rules the bytes follow
 * @param channel        the Fabric channel; null on the embedded ledger
 * @param block          the block that holds the transaction, exactly as stored (embedded: the record's block
 *                       JSON; Fabric: the {@code common.Block} protobuf the peer returned)
 * @param headers        the headers of blocks {@code blockNumber + 1} to {@code checkpoint}, in order
 * @param seal           the orderer's signature on the checkpoint block (embedded: JSON {@code {signature, signer,
 *                       validationCodes}}; Fabric: the block's {@code SIGNATURES} metadata, a {@code common.Metadata})
 * @param community      the community the transaction's chaincode event names, or null: the gateway's scoping
 *                       aid, no part of the answer
 */
public record TxProof(String ledger, String channel, String txId, long blockNumber, int txIndex,
                      String validationCode, byte[] block, List<byte[]> headers, long checkpoint,
                      String checkpointHash, byte[] seal, String community) {

    /**
     * @return the proof as the API answers it: the wire document with its format, the bytes as base64; the community,
     *         the gateway's scoping aid, is no property of it
     */
    public TransactionProof wire() {
        ObjectNode answer = (ObjectNode) Wire.tree(this);
        answer.put("format", TransactionProof.FORMAT);
        return Wire.read(answer, Wire.type(TransactionProof.class), false);
    }
}
