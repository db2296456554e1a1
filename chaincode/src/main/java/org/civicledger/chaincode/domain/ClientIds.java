package org.civicledger.chaincode.domain;

import java.security.cert.X509Certificate;

/**
 * The client id of an X.509 identity, {@code x509::<subject>::<issuer>} with the names as the JDK formats them: what
 * the contract API's {@code ClientIdentity.getId()} reports for a transaction's creator, and so the id the role
 * registry keys a member by. Defined once here for everyone who must predict it before a transaction: the gateway
 * (its callers' ids) and the network's set-up ({@code network/tools/ClientId.java}, run against the chaincode jar).
 */
public final class ClientIds {
    private ClientIds() {
    }

    /** @return the client id the contract API reports for a creator with this certificate */
    @SuppressWarnings("deprecation") // the contract API builds client ids from these very calls
    public static String of(X509Certificate certificate) {
        return "x509::" + certificate.getSubjectDN().getName() + "::" + certificate.getIssuerDN().getName();
    }
}
