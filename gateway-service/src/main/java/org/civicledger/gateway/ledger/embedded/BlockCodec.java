package org.civicledger.gateway.ledger.embedded;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Writes a block exactly as the shared mapper would ({@code Json.bytes(block)}: keys sorted,
 * base64 binaries) but splices in each transaction's already-signed bytes instead of
 * serialising every transaction again. Every other value is a number, hex, base64, an ISO
 * instant or an enum name, none of which needs escaping.
 */
final class BlockCodec {
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private BlockCodec() {
    }

    static byte[] encode(Block block, List<byte[]> transactionBytes) {
        int size = 1024;
        for (byte[] tx : transactionBytes) {
            size += tx.length + 200;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        write(out, "{\"dataHash\":\"" + block.dataHash() + "\",\"hash\":\"" + block.hash() + "\",\"number\":"
                + block.number() + ",\"previousHash\":\"" + block.previousHash() + "\",\"signature\":\""
                + BASE64.encodeToString(block.signature()) + "\",\"signer\":\"" + BASE64.encodeToString(block.signer())
                + "\",\"stateDigest\":\"" + block.stateDigest() + "\",\"time\":\"" + block.time()
                + "\",\"transactions\":[");
        for (int i = 0; i < transactionBytes.size(); i++) {
            write(out, (i == 0 ? "" : ",") + "{\"signature\":\""
                    + BASE64.encodeToString(block.transactions().get(i).signature()) + "\",\"transaction\":");
            out.writeBytes(transactionBytes.get(i));
            write(out, "}");
        }
        write(out, "],\"validationCodes\":[");
        for (int i = 0; i < block.validationCodes().size(); i++) {
            write(out, (i == 0 ? "\"" : ",\"") + block.validationCodes().get(i).name() + "\"");
        }
        // "version" sorts last; a block without one (version 1) has no such key, as the mapper omits nulls.
        write(out, block.version() == null ? "]}" : "],\"version\":" + block.version() + "}");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
