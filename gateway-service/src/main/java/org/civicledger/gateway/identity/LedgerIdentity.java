package org.civicledger.gateway.identity;

import com.google.protobuf.ByteString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Objects;
import org.civicledger.chaincode.domain.ClientIds;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * A caller's ledger identity: its organisation's MSP id, an X.509 certificate issued by the
 * organisation's CA, and the private key that signs its transactions. The contracts see it as they
 * would on Fabric: {@link #serialized()} is the transaction creator.
 *
 * <p>Immutable and thread-safe. Obtained from {@link IdentityStore#identity(String, String, boolean)}:
 * <pre>{@code
 * LedgerIdentity alice = store.identity("Org1MSP", "alice", false);
 * byte[] signature = alice.sign(proposalBytes);
 * boolean valid = verifier.verify(alice.serialized(), proposalBytes, signature);
 * }</pre>
 */
public final class LedgerIdentity {
    private final String mspId;
    private final String name;
    private final boolean orgAdmin;
    private final X509Certificate certificate;
    private final String certificatePem;
    private final byte[] serialized;
    private final String clientId;
    private final PrivateKey privateKey;

    LedgerIdentity(String mspId, String name, boolean orgAdmin, byte[] certificateDer, PrivateKey privateKey)
            throws CertificateException {
        this.mspId = mspId;
        this.name = name;
        this.orgAdmin = orgAdmin;
        this.privateKey = privateKey;
        this.certificatePem = PemFiles.encode(PemFiles.CERTIFICATE, certificateDer);
        this.serialized = SerializedIdentity.newBuilder()
                .setMspid(mspId)
                .setIdBytes(ByteString.copyFrom(certificatePem, StandardCharsets.US_ASCII))
                .build()
                .toByteArray();
        // Parsed exactly as the contract API's ClientIdentity parses the creator, so that the
        // certificate and the client id are the ones the contracts see.
        this.certificate = (X509Certificate) CertificateFactory.getInstance("X509")
                .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)));
        this.clientId = ClientIds.of(certificate);
    }

    /**
     * Reads an identity another authority issued (a Fabric organisation's CA, say): a PEM
     * certificate and its PKCS#8 PEM private key. The role comes from the certificate's NodeOU.
     *
     * @param name what the gateway calls the identity (a caller's name, or {@code Admin})
     * @throws IllegalStateException when the files cannot be read, or the key is not the certificate's
     */
    public static LedgerIdentity fromFiles(String mspId, String name, java.nio.file.Path certificateFile,
            java.nio.file.Path keyFile) {
        try {
            byte[] der = PemFiles.read(certificateFile, PemFiles.CERTIFICATE);
            PrivateKey key = PemFiles.readPrivateKey(keyFile);
            X509Certificate certificate = Ecdsa.parseCertificate(der);
            if (!Ecdsa.matches(key, certificate.getPublicKey())) {
                throw new IllegalStateException(keyFile + " is not the private key of " + certificateFile);
            }
            boolean admin = java.util.Arrays.asList(certificate.getSubjectX500Principal().getName().split(","))
                    .contains("OU=" + Names.ADMIN_OU);
            return new LedgerIdentity(mspId, name, admin, der, key);
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read identity " + mspId + "/" + name + " from " + certificateFile
                    + " and " + keyFile + ": " + e.getMessage(), e);
        }
    }

    /** @return the MSP id of the identity's organisation, such as {@code Org1MSP} */
    public String mspId() {
        return mspId;
    }

    /** @return the identity's name, its certificate's common name (CN) */
    public String name() {
        return name;
    }

    /** @return the identity's certificate, as the contract API's {@code ClientIdentity.getX509Certificate()} sees it */
    public X509Certificate certificate() {
        return certificate;
    }

    /** @return the certificate as PEM text, exactly the {@code id_bytes} of {@link #serialized()} */
    public String certificatePem() {
        return certificatePem;
    }

    /**
     * @return a fresh copy of the Fabric {@code SerializedIdentity} protobuf bytes (MSP id + PEM
     *     certificate): the creator of this identity's transactions
     */
    public byte[] serialized() {
        return serialized.clone();
    }

    /**
     * @return the client id the contract API's {@code ClientIdentity.getId()} reports for this identity:
     *     {@code x509::<subject>::<issuer>}
     */
    public String clientId() {
        return clientId;
    }

    /**
     * @param ca a certificate authority's certificate
     * @return whether {@code ca} issued this identity's certificate: the issuer is {@code ca}'s subject and
     *     {@code ca}'s key verifies the certificate's signature
     */
    public boolean issuedBy(X509Certificate ca) {
        Objects.requireNonNull(ca, "ca");
        if (!certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(ca.getPublicKey(), Ecdsa.PROVIDER);
            return true;
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** @return whether the certificate's subject carries the Fabric NodeOU {@code OU=admin} (else {@code OU=client}) */
    public boolean isOrgAdmin() {
        return orgAdmin;
    }

    /**
     * Signs {@code message} with this identity's private key.
     *
     * @param message the bytes to sign (hashed with SHA-256 as part of signing)
     * @return a DER-encoded SHA256withECDSA signature with a low S value, as Fabric requires
     * @throws NullPointerException when {@code message} is null
     */
    public byte[] sign(byte[] message) {
        Objects.requireNonNull(message, "message");
        return Ecdsa.sign(privateKey, message);
    }

    /** @return {@code LedgerIdentity[<mspId>/<name>, admin|client]}; never the key */
    @Override
    public String toString() {
        return "LedgerIdentity[" + mspId + "/" + name + ", " + (orgAdmin ? Names.ADMIN_OU : Names.CLIENT_OU) + "]";
    }
}
