package org.civicledger.gateway.ledger.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.identity.LedgerIdentity;

/**
 * Test helper for the verifier (in the gateway's package, to reach its block formats): rewrites a
 * block file as a gateway from before version 2 and then the current one would have left it — the
 * first blocks in the legacy format, the rest in version 2, re-linked and re-signed by the same
 * orderer through the gateway's own encoders ({@link LegacyBlockEncoding}, {@link BlockEncoding}).
 */
public final class MixedVersionChain {
    private MixedVersionChain() {
    }

    /**
     * @param payloads the block file's payloads, in order
     * @param legacyBlocks how many leading blocks to write as version 1
     * @return the new block file's bytes (records with their checksums)
     */
    public static byte[] rewrite(List<byte[]> payloads, int legacyBlocks, LedgerIdentity orderer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String previousHash = Block.GENESIS_PREVIOUS_HASH;
        for (int n = 0; n < payloads.size(); n++) {
            Block block = Block.fromBytes(payloads.get(n));
            BlockFormat format = n < legacyBlocks ? LegacyBlockEncoding.V1 : BlockEncoding.V2;
            List<byte[]> txBytes = block.transactions().stream().map(e -> Json.bytes(e.transaction())).toList();
            String dataHash = format.dataHash(txBytes, block.transactions());
            String hash = format.headerHash(block.number(), previousHash, dataHash, block.stateDigest(), block.time());
            Block rewritten = new Block(block.number(), previousHash, dataHash, block.stateDigest(), block.time(),
                    block.transactions(), block.validationCodes(), hash, orderer.serialized(),
                    orderer.sign(format.signedBytes(hash, block.validationCodes())), n < legacyBlocks ? null : 2);
            var record = RecordFormat.encode(Json.bytes(rewritten));
            out.write(record.array(), 0, record.limit());
            previousHash = hash;
        }
        return out.toByteArray();
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }
}
