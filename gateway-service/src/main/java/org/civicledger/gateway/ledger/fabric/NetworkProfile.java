package org.civicledger.gateway.ledger.fabric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the Fabric network is, as {@code network/up.sh} describes it in {@code gateway.json}:
 * <pre>{@code
 * {"channel": "civic", "chaincode": "civic", "identities": "gateway",
 *  "peers": [{"mspId": "CommunityMSP", "endpoint": "127.0.0.1:7051", "serverName": "localhost",
 *             "tlsRootCert": "crypto/peerOrganizations/.../tlsca.pem"}]}
 * }</pre>
 * Relative paths are relative to the file. The gateway connects to the first peer (its own
 * organisation's, which endorses through the others); {@code identities} is the directory whose
 * {@code identities/<mspId>/ca.crt} and {@code ca.key} are each organisation's CA, which issues the
 * callers' certificates.
 */
record NetworkProfile(Path file, String channel, String chaincode, Path identities, List<Peer> peers) {

    /** A peer of the network: its organisation, gRPC endpoint, TLS name and TLS CA certificate. */
    record Peer(String mspId, String endpoint, String serverName, Path tlsRootCert) {
    }

    /**
     * @throws IllegalStateException naming the file and what is wrong with it (missing, not JSON, a field absent)
     */
    static NetworkProfile read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalStateException("no Fabric network description at " + absolute
                    + ": start the network with network/up.sh, or set civic.ledger.fabric-profile");
        }
        try {
            JsonNode root = new ObjectMapper().readTree(absolute.toFile());
            Path base = absolute.getParent();
            List<Peer> peers = new ArrayList<>();
            for (JsonNode peer : root.path("peers")) {
                peers.add(new Peer(text(peer, "mspId", absolute), text(peer, "endpoint", absolute),
                        peer.path("serverName").asText("localhost"), base.resolve(text(peer, "tlsRootCert", absolute))));
            }
            if (peers.isEmpty()) {
                throw new IllegalStateException(absolute + " lists no peers");
            }
            return new NetworkProfile(absolute, text(root, "channel", absolute), text(root, "chaincode", absolute),
                    base.resolve(text(root, "identities", absolute)), List.copyOf(peers));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Fabric network description " + absolute + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return the peer the gateway connects to */
    Peer gatewayPeer() {
        return peers.get(0);
    }

    private static String text(JsonNode node, String field, Path file) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalStateException(file + " has no \"" + field + "\"");
        }
        return value;
    }
}
