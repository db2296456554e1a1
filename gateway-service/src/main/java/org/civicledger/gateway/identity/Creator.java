package org.civicledger.gateway.identity;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.civicledger.chaincode.domain.ClientIds;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * Who created a transaction, read from its serialized identity (MSP id + PEM certificate):
 * the MSP id and the client id exactly as the contract API reports it.
 */
public record Creator(String mspId, String clientId) {

    /** @return the creator, or empty when the bytes are not a serialized X.509 identity */
    public static Optional<Creator> parse(byte[] serializedIdentity) {
        try {
            SerializedIdentity identity = SerializedIdentity.parseFrom(serializedIdentity);
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(identity.getIdBytes().toByteArray()));
            return Optional.of(new Creator(identity.getMspid(), ClientIds.of(certificate)));
        } catch (com.google.protobuf.InvalidProtocolBufferException | CertificateException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
