package org.civicledger.gateway.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.civicledger.chaincode.crypto.Sha256;

/**
 * Block format version 1, the legacy format: kept only so that blocks written before version 2
 * still verify. Never used to write. It is ambiguous, which is why it was replaced: the data hash
 * runs each transaction's bytes and signature together with no lengths (a byte moved across a
 * boundary gives the same hash), the header hash is of {@code number|previousHash|dataHash|
 * stateDigest|time} text, and the orderer signs {@code hash + "|" + codes.toString()}, a
 * {@link List#toString()} rendering such as {@code [VALID, MVCC_READ_CONFLICT]}.
 */
final class LegacyBlockEncoding implements BlockFormat {
    static final LegacyBlockEncoding V1 = new LegacyBlockEncoding();

    private LegacyBlockEncoding() {
    }

    @Override
    public int version() {
        return 1;
    }

    /** SHA-256 over each transaction's signed bytes followed by its signature, in block order. */
    @Override
    public String dataHash(List<byte[]> transactionBytes, List<Envelope> envelopes) {
        MessageDigest sha = Sha256.digest();
        for (int i = 0; i < envelopes.size(); i++) {
            sha.update(transactionBytes.get(i));
            sha.update(envelopes.get(i).signature());
        }
        return Sha256.hex(sha);
    }

    @Override
    public String headerHash(long number, String previousHash, String dataHash, String stateDigest, String time) {
        return Sha256.hex(number + "|" + previousHash + "|" + dataHash + "|" + stateDigest + "|" + time);
    }

    @Override
    public byte[] signedBytes(String hash, List<ValidationCode> codes) {
        return (hash + "|" + codes).getBytes(StandardCharsets.UTF_8);
    }
}
