package org.civicledger.gateway.identity;

import java.util.Objects;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** The rules for MSP ids and identity names, and the certificate names built from them. */
final class Names {
    static final String ADMIN_OU = "admin";
    static final String CLIENT_OU = "client";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String RULE = "1 to 64 characters from [A-Za-z0-9._-], starting with a letter or digit";
    /** The organisation CA's files are {@code ca.crt} and {@code ca.key}; an identity may not take them over. */
    private static final String RESERVED = "ca";

    private Names() {
    }

    /** @return whether {@code value} follows the rule for MSP ids and identity names */
    static boolean isValid(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /**
     * @return {@code mspId}
     * @throws NullPointerException when it is null
     * @throws IllegalArgumentException when it breaks the rule
     */
    static String requireMspId(String mspId) {
        return requireValid("mspId", mspId);
    }

    /**
     * @return {@code name}
     * @throws NullPointerException when it is null
     * @throws IllegalArgumentException when it breaks the rule or is the reserved name {@code ca}
     */
    static String requireIdentityName(String name) {
        requireValid("name", name);
        if (name.equalsIgnoreCase(RESERVED)) {
            throw new IllegalArgumentException("name must not be \"" + RESERVED
                    + "\" in any letter case: the organisation CA's files are ca.crt and ca.key: \"" + name + "\"");
        }
        return name;
    }

    /** The subject of an identity certificate: {@code CN=<name>,OU=<admin|client>,O=<mspId>} (RFC 4514 order). */
    static X500Name identitySubject(String mspId, String name, boolean orgAdmin) {
        // RFC 4514 strings list the last RDN first, so O is encoded first to read CN=…,OU=…,O=… as Fabric's do.
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, mspId)
                .addRDN(BCStyle.OU, orgAdmin ? ADMIN_OU : CLIENT_OU)
                .addRDN(BCStyle.CN, name)
                .build();
    }

    /**
     * The subject of an organisation's CA certificate: {@code CN=ca,O=<mspId>} (not {@code CN=ca.<mspId>}:
     * a common name has at most 64 characters, and so has an MSP id).
     */
    static X500Name caSubject(String mspId) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, mspId)
                .addRDN(BCStyle.CN, RESERVED)
                .build();
    }

    private static String requireValid(String what, String value) {
        Objects.requireNonNull(value, what);
        if (!isValid(value)) {
            throw new IllegalArgumentException(what + " must be " + RULE + ": \"" + value + "\"");
        }
        return value;
    }
}
