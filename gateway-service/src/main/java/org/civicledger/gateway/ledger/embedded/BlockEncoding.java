package org.civicledger.gateway.ledger.embedded;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.civicledger.chaincode.crypto.Sha256;

/**
 * Block format version 2: the canonical binary encoding of what a block's hashes and the
 * orderer's signature cover. Every structure starts with its own domain-separation tag, integers
 * are fixed-width big-endian, digests are their raw 32 bytes and every variable-length field is
 * length-prefixed, so two different blocks never encode to the same bytes. This is the
 * definition, complete enough for an independent verifier to reimplement (the gateway README
 * repeats it for auditors; {@code BlockEncodingTest} pins its exact bytes, so the two cannot drift
 * unnoticed).
 *
 * <pre>
 * u32      : 4-byte unsigned big-endian integer
 * u64      : 8-byte unsigned big-endian integer
 * digest   : 32 raw bytes (the stored value is their lowercase hex, exactly 64 characters)
 * bytes(x) : u32 length of x, then x
 * str(s)   : bytes(UTF-8 of s)
 *
 * header    = str("civic-ledger/block-header/v2") u64 number digest previousHash
 *             digest dataHash digest stateDigest str(time)
 * data      = str("civic-ledger/block-data/v2") u32 transactionCount
 *             { bytes(transaction's signed bytes) bytes(creator's signature) } per transaction, in block order
 * signed    = str("civic-ledger/block-signature/v2") digest hash
 *             u32 codeCount { str(validation code's name) } per transaction, in block order
 *
 * dataHash  = hex(SHA-256(data))
 * hash      = hex(SHA-256(header))
 * signature = the orderer's DER SHA256withECDSA signature (low S) of signed
 * </pre>
 *
 * <p>A transaction's signed bytes are its canonical JSON (the shared mapper: sorted keys, no
 * absent values), the bytes its creator signed; the genesis block's previous hash and the empty
 * state digest are 32 zero bytes; the time is an ISO-8601 instant as stored.
 */
final class BlockEncoding implements BlockFormat {
    static final BlockEncoding V2 = new BlockEncoding();

    static final String HEADER_TAG = "civic-ledger/block-header/v2";
    static final String DATA_TAG = "civic-ledger/block-data/v2";
    static final String SIGNED_TAG = "civic-ledger/block-signature/v2";

    private static final int DIGEST_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();

    private BlockEncoding() {
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String dataHash(List<byte[]> transactionBytes, List<Envelope> envelopes) {
        MessageDigest sha = Sha256.digest();
        // Streamed into the digest: a block of a thousand transactions is not copied once more.
        data(sha::update, transactionBytes, envelopes);
        return Sha256.hex(sha);
    }

    @Override
    public String headerHash(long number, String previousHash, String dataHash, String stateDigest, String time) {
        return Sha256.hex(headerBytes(number, previousHash, dataHash, stateDigest, time));
    }

    @Override
    public byte[] signedBytes(String hash, List<ValidationCode> codes) {
        return signedBytesOfNames(hash, codes.stream().map(ValidationCode::name).toList());
    }

    /** @return the {@code data} structure, whose SHA-256 is the data hash */
    static byte[] dataBytes(List<byte[]> transactionBytes, List<Envelope> envelopes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        data(out::writeBytes, transactionBytes, envelopes);
        return out.toByteArray();
    }

    /** @return the {@code header} structure, whose SHA-256 is the block's hash */
    static byte[] headerBytes(long number, String previousHash, String dataHash, String stateDigest, String time) {
        if (number < 0) {
            throw new IllegalArgumentException("a block number must not be negative: " + number);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(200);
        Consumer<byte[]> sink = out::writeBytes;
        string(sink, HEADER_TAG);
        sink.accept(u64(number));
        sink.accept(digest(previousHash, "previous hash"));
        sink.accept(digest(dataHash, "data hash"));
        sink.accept(digest(stateDigest, "state digest"));
        string(sink, time);
        return out.toByteArray();
    }

    /** @return the {@code signed} structure for validation codes given by name */
    static byte[] signedBytesOfNames(String hash, List<String> codeNames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 24 * codeNames.size());
        Consumer<byte[]> sink = out::writeBytes;
        string(sink, SIGNED_TAG);
        sink.accept(digest(hash, "hash"));
        sink.accept(u32(codeNames.size()));
        for (String name : codeNames) {
            string(sink, name);
        }
        return out.toByteArray();
    }

    private static void data(Consumer<byte[]> sink, List<byte[]> transactionBytes, List<Envelope> envelopes) {
        if (transactionBytes.size() != envelopes.size()) {
            throw new IllegalArgumentException("a block needs one signed form per transaction: "
                    + transactionBytes.size() + " for " + envelopes.size() + " transactions");
        }
        string(sink, DATA_TAG);
        sink.accept(u32(envelopes.size()));
        for (int i = 0; i < envelopes.size(); i++) {
            bytes(sink, transactionBytes.get(i));
            bytes(sink, envelopes.get(i).signature());
        }
    }

    private static void string(Consumer<byte[]> sink, String text) {
        bytes(sink, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(Consumer<byte[]> sink, byte[] value) {
        sink.accept(u32(value.length));
        sink.accept(value);
    }

    private static byte[] u32(int value) {
        // Lengths and counts here are below 2^31 (a record is at most 64 MiB), so never negative.
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static byte[] u64(long value) {
        byte[] out = new byte[8];
        for (int i = 7; i >= 0; i--) {
            out[i] = (byte) value;
            value >>>= 8;
        }
        return out;
    }

    /** One spelling per digest: exactly 64 lowercase hex characters, else the block is malformed. */
    private static byte[] digest(String hex, String what) {
        if (hex == null || hex.length() != 2 * DIGEST_BYTES || !hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(what + " must be 64 lowercase hex characters: " + hex);
        }
        return HEX.parseHex(hex);
    }
}
