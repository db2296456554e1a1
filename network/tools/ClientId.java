import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.civicledger.chaincode.domain.ClientIds;

/**
 * Prints, for each PEM certificate named, the client id that the Java contract API reports for it: the id the
 * chaincode's role registry keys a registration by. The formula is the chaincode's own ({@code ClientIds}), so run
 * it against the chaincode jar (up.sh does):
 * {@code java -cp chaincode/target/civic-ledger-chaincode.jar network/tools/ClientId.java CERT...}.
 */
public final class ClientId {
    public static void main(String[] args) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        for (String file : args) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                System.out.println(ClientIds.of((X509Certificate) factory.generateCertificate(in)));
            }
        }
    }
}
