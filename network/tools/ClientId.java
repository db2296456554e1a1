import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * Prints, for each PEM certificate named, the client id that the Java contract API reports for it
 * ({@code x509::<subject>::<issuer>}, names as the JDK formats them): the id the chaincode's role
 * registry keys a registration by. Run as {@code java network/tools/ClientId.java CERT...}.
 */
public final class ClientId {
    @SuppressWarnings("deprecation") // getSubjectDN().getName() is what the contract API uses
    public static void main(String[] args) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        for (String file : args) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                X509Certificate c = (X509Certificate) factory.generateCertificate(in);
                System.out.println("x509::" + c.getSubjectDN().getName() + "::" + c.getIssuerDN().getName());
            }
        }
    }
}
