package org.civicledger.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * A signer as the block file carries it: Fabric's {@code SerializedIdentity} protobuf, field 1
 * {@code mspid} (string) and field 2 {@code id_bytes} (the PEM certificate), decoded here by hand.
 */
public record Identity(String mspId, X509Certificate certificate) {

    public static Identity parse(byte[] serialized) throws IOException {
        String mspId = null;
        byte[] pem = null;
        int[] pos = {0};
        while (pos[0] < serialized.length) {
            long key = varint(serialized, pos);
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (wire != 2) {
                throw new IOException("unexpected protobuf wire type " + wire + " in a serialized identity");
            }
            long length = varint(serialized, pos);
            if (length < 0 || length > serialized.length - pos[0]) {
                throw new IOException("a serialized identity's field overruns it");
            }
            byte[] value = java.util.Arrays.copyOfRange(serialized, pos[0], pos[0] + (int) length);
            pos[0] += (int) length;
            if (field == 1) {
                mspId = new String(value, StandardCharsets.UTF_8);
            } else if (field == 2) {
                pem = value;
            }
        }
        if (mspId == null || pem == null) {
            throw new IOException("a serialized identity needs an MSP id and a certificate");
        }
        Collection<X509Certificate> certs = TrustStore.parseAll(pem, "the signer's certificate");
        if (certs.size() != 1) {
            throw new IOException("a serialized identity must carry exactly one certificate, has " + certs.size());
        }
        return new Identity(mspId, certs.iterator().next());
    }

    private static long varint(byte[] bytes, int[] pos) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= bytes.length) {
                throw new IOException("a serialized identity ends inside a varint");
            }
            byte b = bytes[pos[0]++];
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("a serialized identity has a varint longer than 64 bits");
    }

    /** @return the certificate subject's common name (or the whole subject when it has none) */
    public String subject() {
        return commonName(certificate);
    }

    public static String commonName(X509Certificate cert) {
        String dn = cert.getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(dn).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // fall through
        }
        return dn;
    }
}
