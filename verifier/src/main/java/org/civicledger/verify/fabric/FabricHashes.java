package org.civicledger.verify.fabric;

import com.google.protobuf.ByteString;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;

/**
 * Fabric's block hashes, as its {@code protoutil} computes them: a header's hash is SHA-256 of DER
 * {@code SEQUENCE {INTEGER number, OCTET STRING previousHash, OCTET STRING dataHash}}; the data hash is
 * SHA-256 of the block's envelopes concatenated.
 */
final class FabricHashes {
    private static final HexFormat HEX = HexFormat.of();

    private FabricHashes() {
    }

    /** @return DER {@code SEQUENCE {number, previousHash, dataHash}}: what a header hash and an orderer signature cover */
    static byte[] headerBytes(BlockHeader header) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        der(body, 0x02, new BigInteger(Long.toUnsignedString(header.getNumber())).toByteArray());
        der(body, 0x04, header.getPreviousHash().toByteArray());
        der(body, 0x04, header.getDataHash().toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        der(out, 0x30, body.toByteArray());
        return out.toByteArray();
    }

    static byte[] headerHash(BlockHeader header) {
        return sha256(headerBytes(header));
    }

    static byte[] dataHash(BlockData data) {
        MessageDigest digest = digest();
        for (ByteString envelope : data.getDataList()) {
            digest.update(envelope.asReadOnlyByteBuffer());
        }
        return digest.digest();
    }

    static byte[] sha256(byte[]... parts) {
        MessageDigest digest = digest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** DER tag, definite length (short or long form), value. */
    private static void der(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] bytes = BigInteger.valueOf(length).toByteArray();
            int skip = bytes[0] == 0 ? 1 : 0;
            out.write(0x80 | (bytes.length - skip));
            out.write(bytes, skip, bytes.length - skip);
        }
        out.writeBytes(value);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
