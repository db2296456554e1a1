package org.civicledger.gateway.ledger.fabric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Fabric network as {@code network/up.sh} describes it in {@code network/.data/gateway.json}
 * (see {@code network/README.md}): the channel and chaincode, the peers with their TLS CA
 * certificates, each organisation's admin identity and each demo caller's identity (PEM certificate
 * and PKCS#8 key files). Relative paths are relative to the file.
 */
record NetworkProfile(Path file, String channel, String chaincode, List<Peer> peers, List<Member> admins,
                      List<Member> callers) {

    /** A peer: its organisation, gRPC endpoint ({@code host:port}) and TLS CA certificate. */
    record Peer(String mspId, String endpoint, Path tlsRootCert) {

        /** @return the TLS name the peer's certificate carries: the endpoint's host */
        String serverName() {
            return URI.create("grpc://" + endpoint).getHost();
        }
    }

    /** An identity the network issued: a name, its organisation, its certificate and key files. */
    record Member(String name, String mspId, Path certificate, Path key) {
    }

    /** @throws IllegalStateException naming the file and what is wrong with it */
    static NetworkProfile read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalStateException("no Fabric network description at " + absolute
                    + ": start the network with network/up.sh, or set civic.ledger.fabric-profile");
        }
        try {
            JsonNode root = new ObjectMapper().readTree(absolute.toFile());
            Reader reader = new Reader(absolute);
            List<Peer> peers = new ArrayList<>();
            for (JsonNode peer : root.path("peers")) {
                peers.add(new Peer(reader.text(peer, "mspId"), reader.text(peer, "endpoint"),
                        reader.path(peer, "tlsRootCert")));
            }
            if (peers.isEmpty()) {
                throw new IllegalStateException(absolute + " lists no peers");
            }
            List<Member> admins = new ArrayList<>();
            for (JsonNode admin : root.path("organisationAdmins")) {
                admins.add(reader.member(admin, "Admin"));
            }
            List<Member> callers = new ArrayList<>();
            for (JsonNode caller : root.path("callers")) {
                callers.add(reader.member(caller, reader.text(caller, "name")));
            }
            return new NetworkProfile(absolute, reader.text(root, "channel"), reader.text(root, "chaincode"),
                    List.copyOf(peers), List.copyOf(admins), List.copyOf(callers));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Fabric network description " + absolute + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return the peer the gateway connects to: the first listed (the Community organisation's) */
    Peer gatewayPeer() {
        return peers.get(0);
    }

    private record Reader(Path file) {
        String text(JsonNode node, String field) {
            String value = node.path(field).asText("");
            if (value.isBlank()) {
                throw new IllegalStateException(file + ": an entry has no \"" + field + "\"");
            }
            return value;
        }

        Path path(JsonNode node, String field) {
            return file.getParent().resolve(text(node, field));
        }

        Member member(JsonNode node, String name) {
            return new Member(name, text(node, "mspId"), path(node, "cert"), path(node, "key"));
        }
    }
}
