package org.civicledger.client;

/** The SDK's own name and version, as its {@code User-Agent} says them. */
final class SdkVersion {
    private SdkVersion() {
    }

    /** @return for example {@code civic-ledger-java-sdk/0.1.0 Java/17.0.9} */
    static String userAgent() {
        String version = SdkVersion.class.getPackage().getImplementationVersion();
        return "civic-ledger-java-sdk/" + (version == null ? "dev" : version) + " Java/"
                + System.getProperty("java.version");
    }
}
