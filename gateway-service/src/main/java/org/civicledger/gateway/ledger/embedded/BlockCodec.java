package org.civicledger.gateway.ledger.embedded;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicledger.chaincode.json.Json;

/**
 * Writes a block as the shared mapper would ({@code Json.bytes(block)}: keys sorted, base64
 * binaries), but splices in each transaction's already-signed bytes instead of serialising
 * every transaction again.
 */
final class BlockCodec {
    private BlockCodec() {
    }

    static byte[] encode(Block block, List<byte[]> transactionBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 * (1 + transactionBytes.size()));
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("dataHash", block.dataHash());
            g.writeStringField("hash", block.hash());
            g.writeNumberField("number", block.number());
            g.writeStringField("previousHash", block.previousHash());
            g.writeBinaryField("signature", block.signature());
            g.writeBinaryField("signer", block.signer());
            g.writeStringField("stateDigest", block.stateDigest());
            g.writeStringField("time", block.time());
            g.writeArrayFieldStart("transactions");
            for (int i = 0; i < transactionBytes.size(); i++) {
                g.writeStartObject();
                g.writeBinaryField("signature", block.transactions().get(i).signature());
                g.writeFieldName("transaction");
                g.writeRawValue(new String(transactionBytes.get(i), StandardCharsets.UTF_8));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("validationCodes");
            for (ValidationCode code : block.validationCodes()) {
                g.writeString(code.name());
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
