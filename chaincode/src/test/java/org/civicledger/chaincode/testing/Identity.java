package org.civicledger.chaincode.testing;

import com.google.protobuf.ByteString;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.civicledger.chaincode.domain.ClientIds;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * A ledger identity for tests: an X.509 certificate issued by its organisation's CA, serialised
 * as Fabric does ({@code SerializedIdentity}: MSP id + PEM certificate).
 */
public final class Identity {
    private static final AtomicLong SERIAL = new AtomicLong(1);

    private final String mspId;
    private final String clientId;
    private final byte[] serialized;
    private final X509Certificate certificate;

    private Identity(String mspId, X509Certificate certificate) {
        this.mspId = mspId;
        this.clientId = ClientIds.of(certificate);
        this.certificate = certificate;
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(encoded(certificate))
                + "\n-----END CERTIFICATE-----\n";
        this.serialized = SerializedIdentity.newBuilder().setMspid(mspId)
                .setIdBytes(ByteString.copyFromUtf8(pem)).build().toByteArray();
    }

    /** An organisation with its own CA key. */
    public static final class Org {
        private final String mspId;
        private final String name;
        private final KeyPair caKey = p256KeyPair();

        public Org(String mspId, String name) {
            this.mspId = mspId;
            this.name = name;
        }

        /** @param ou the Fabric NodeOU: {@code admin} for the organisation's admin, {@code client} otherwise */
        public Identity issue(String commonName, String ou) {
            try {
                KeyPair key = p256KeyPair();
                X500Name issuer = new X500Name("CN=ca." + name + ",O=" + name);
                X500Name subject = new X500Name("CN=" + commonName + ",OU=" + ou + ",O=" + name);
                Date from = new Date(1_700_000_000_000L);
                Date to = new Date(4_000_000_000_000L);
                X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                        new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.getAndIncrement()), from, to,
                                subject, key.getPublic())
                                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKey.getPrivate())));
                return new Identity(mspId, cert);
            } catch (GeneralSecurityException | OperatorCreationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public String mspId() {
        return mspId;
    }

    /** The id as the contract API's {@code ClientIdentity.getId()} reports it. */
    public String clientId() {
        return clientId;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The creator of this identity's transactions: the Fabric {@code SerializedIdentity} bytes. */
    public byte[] serialized() {
        return serialized;
    }

    /** A fresh ECDSA P-256 key pair (CA keys, identity keys, residents' keys). */
    public static KeyPair p256KeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
