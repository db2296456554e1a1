import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.hyperledger.fabric.shim.NettyChaincodeServer;

/**
 * Starts the chaincode jar's contracts as a chaincode server with MUTUAL TLS: the shim's own main
 * ({@code ContractRouter}) serves TLS when {@code CORE_PEER_TLS_ENABLED=true} (key and certificate from
 * {@code CORE_TLS_CLIENT_KEY_FILE} / {@code CORE_TLS_CLIENT_CERT_FILE}, PKCS#8 key) but never asks the
 * connecting peer for a certificate: fabric-chaincode-shim 2.5 reads no client CA from the environment.
 * This launcher adds it: {@code CHAINCODE_TLS_CLIENT_CA_FILE} names the CA (PEM) whose certificates a
 * client must present; without TLS, or without that file, it refuses to start. Run by network/org.sh:
 * {@code java -cp chaincode/target/civic-ledger-chaincode.jar network/org/ChaincodeServer.java}.
 */
public final class ChaincodeServer {
    public static void main(String[] args) throws Exception {
        ContractRouter router = new ContractRouter(args);
        ChaincodeServerProperties properties = router.getChaincodeServerConfig();
        String clientCa = System.getenv("CHAINCODE_TLS_CLIENT_CA_FILE");
        if (!properties.isTlsEnabled() || clientCa == null || clientCa.isBlank()) {
            throw new IllegalStateException("the chaincode server serves only mutual TLS: set CORE_PEER_TLS_ENABLED=true,"
                    + " CORE_TLS_CLIENT_KEY_FILE, CORE_TLS_CLIENT_CERT_FILE and CHAINCODE_TLS_CLIENT_CA_FILE");
        }
        properties.setTrustCertCollectionFile(clientCa);
        router.startRouterWithChaincodeServer(new NettyChaincodeServer(router, properties));
    }
}
