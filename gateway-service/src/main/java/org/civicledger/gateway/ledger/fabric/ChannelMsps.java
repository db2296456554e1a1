package org.civicledger.gateway.ledger.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * The organisations a channel's configuration trusts — each MSP's root and intermediate CA
 * certificates, read from a config block — and signature checks against them: a signature counts
 * only when the signer's certificate was issued by a CA of the MSP it claims. Thread-safe.
 */
final class ChannelMsps {
    private static final Provider PROVIDER = new BouncyCastleProvider();

    private final Map<String, List<X509Certificate>> cas;
    private final Map<ByteString, X509Certificate> trusted = new ConcurrentHashMap<>();

    private ChannelMsps(Map<String, List<X509Certificate>> cas) {
        this.cas = Map.copyOf(cas);
    }

    /** @return the MSPs of the config transaction in {@code configEnvelope} (the only envelope of a config block) */
    static ChannelMsps fromConfigEnvelope(ByteString configEnvelope) {
        try {
            Payload payload = Payload.parseFrom(Envelope.parseFrom(configEnvelope).getPayload());
            ConfigGroup channel = ConfigEnvelope.parseFrom(payload.getData()).getConfig().getChannelGroup();
            Map<String, List<X509Certificate>> cas = new HashMap<>();
            for (ConfigGroup section : channel.getGroupsMap().values()) { // Application, Orderer
                for (ConfigGroup organisation : section.getGroupsMap().values()) {
                    ConfigValue msp = organisation.getValuesMap().get("MSP");
                    if (msp != null) {
                        FabricMSPConfig config = FabricMSPConfig.parseFrom(MSPConfig.parseFrom(msp.getValue()).getConfig());
                        List<X509Certificate> certificates = new ArrayList<>();
                        for (ByteString pem : config.getRootCertsList()) {
                            certificates.add(certificate(pem.toByteArray()));
                        }
                        for (ByteString pem : config.getIntermediateCertsList()) {
                            certificates.add(certificate(pem.toByteArray()));
                        }
                        cas.put(config.getName(), List.copyOf(certificates));
                    }
                }
            }
            return new ChannelMsps(cas);
        } catch (InvalidProtocolBufferException | CertificateException e) {
            throw new IllegalStateException("the channel configuration cannot be read: " + e.getMessage(), e);
        }
    }

    /** @return the MSP ids this configuration trusts */
    java.util.Set<String> mspIds() {
        return cas.keySet();
    }

    /** @return the root and intermediate CA certificates of {@code mspId}; empty for an MSP the channel does not know */
    List<X509Certificate> cas(String mspId) {
        return cas.getOrDefault(mspId, List.of());
    }

    /**
     * @return null when {@code signature} over {@code message} verifies with the certificate of
     *     {@code serializedIdentity} and that certificate chains to a CA of the MSP it names; otherwise why not
     */
    String problem(ByteString serializedIdentity, byte[] message, byte[] signature) {
        X509Certificate signer;
        try {
            signer = signer(serializedIdentity);
        } catch (GeneralSecurityException | InvalidProtocolBufferException e) {
            return "the signer's identity is not trusted by the channel: " + e.getMessage();
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA", PROVIDER);
            verifier.initVerify(signer.getPublicKey());
            verifier.update(message);
            return verifier.verify(signature) ? null : "the signature of " + signer.getSubjectX500Principal()
                    + " does not verify";
        } catch (GeneralSecurityException | RuntimeException e) {
            return "the signature of " + signer.getSubjectX500Principal() + " cannot be checked: " + e.getMessage();
        }
    }

    private X509Certificate signer(ByteString serializedIdentity)
            throws GeneralSecurityException, InvalidProtocolBufferException {
        X509Certificate known = trusted.get(serializedIdentity);
        if (known != null) {
            return known;
        }
        SerializedIdentity identity = SerializedIdentity.parseFrom(serializedIdentity);
        X509Certificate certificate = certificate(identity.getIdBytes().toByteArray());
        List<X509Certificate> issuers = cas.getOrDefault(identity.getMspid(), List.of());
        for (X509Certificate issuer : issuers) {
            if (issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    certificate.verify(issuer.getPublicKey(), PROVIDER);
                    trusted.put(serializedIdentity, certificate);
                    return certificate;
                } catch (GeneralSecurityException e) {
                    // try the MSP's other CAs
                }
            }
        }
        throw new CertificateException(certificate.getSubjectX500Principal() + " was not issued by a CA of "
                + (issuers.isEmpty() ? "a channel member (no MSP " + identity.getMspid() + ")" : identity.getMspid()));
    }

    private static X509Certificate certificate(byte[] pem) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
    }
}
