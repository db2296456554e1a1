package org.civicledger.gateway.identity;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/** Certificates, creators and signatures made outside the store, for the negative cases. */
final class TestCertificates {
    static final Date LONG_AGO = new Date(978_307_200_000L); // 2001-01-01
    static final Date LATER_LONG_AGO = new Date(1_009_843_200_000L); // 2002-01-01
    static final Date FAR_FUTURE = new Date(7_258_118_400_000L); // 2200-01-01
    static final Date FARTHER_FUTURE = new Date(7_289_654_400_000L); // 2201-01-01
    static final Date YEAR_2020 = new Date(1_577_836_800_000L);
    static final Date YEAR_2100 = new Date(4_102_444_800_000L);

    private static BigInteger serial = BigInteger.ONE;

    private TestCertificates() {
    }

    /** A self-signed CA certificate. */
    static X509Certificate selfSignedCa(X500Name subject, KeyPair keys) throws Exception {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, nextSerial(), YEAR_2020, YEAR_2100,
                subject, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return Ecdsa.parseCertificate(sign(builder, keys.getPrivate()));
    }

    /** An end-entity certificate issued by {@code issuer}, DER. */
    static byte[] issue(X509Certificate issuer, PrivateKey issuerKey, X500Name subject, PublicKey key, Date from,
            Date to) throws Exception {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, nextSerial(), from, to, subject, key);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        return sign(builder, issuerKey);
    }

    /** A Fabric creator: MSP id and the PEM certificate. */
    static byte[] creator(String mspId, byte[] certificateDer) {
        return SerializedIdentity.newBuilder().setMspid(mspId)
                .setIdBytes(ByteString.copyFrom(PemFiles.encode(PemFiles.CERTIFICATE, certificateDer),
                        StandardCharsets.US_ASCII))
                .build().toByteArray();
    }

    /** The store's CA private key, read from its file. */
    static PrivateKey caKey(Path dataDir, String mspId) throws IOException, GeneralSecurityException {
        return PemFiles.readPrivateKey(dataDir.resolve("identities").resolve(mspId).resolve("ca.key"));
    }

    /** The same signature with S replaced by n − S: valid ECDSA, but not Fabric's canonical low-S form. */
    static byte[] highSTwin(byte[] signature, PublicKey key) throws IOException {
        BigInteger order = ((ECPublicKey) key).getParams().getOrder();
        ASN1Sequence sequence = ASN1Sequence.getInstance(signature);
        BigInteger r = ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue();
        BigInteger s = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
        return new DERSequence(new ASN1Encodable[] {new ASN1Integer(r), new ASN1Integer(order.subtract(s))})
                .getEncoded(ASN1Encoding.DER);
    }

    /** The S value of a DER ECDSA signature. */
    static BigInteger s(byte[] signature) {
        return ASN1Integer.getInstance(ASN1Sequence.getInstance(signature).getObjectAt(1)).getValue();
    }

    private static synchronized BigInteger nextSerial() {
        serial = serial.add(BigInteger.ONE);
        return serial;
    }

    private static byte[] sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, IOException {
        return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(Ecdsa.PROVIDER).build(key))
                .getEncoded();
    }
}
