package org.civicledger.gateway.ledger.fabric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.civicledger.gateway.identity.LedgerIdentity;

/**
 * The Fabric network as the gateway sees it: the channel and chaincode, the peers with their TLS CA
 * certificates, the organisation's admin identity and each caller's identity (PEM certificate and PKCS#8
 * key files). Relative paths are relative to the file. A profile is one of two kinds, and says which:
 * <ul>
 * <li><b>an organisation's</b>: {@code "organisation": "<MSP id>"} and {@code "caCert": "<path>"} (the
 *     organisation's CA certificate). Every peer, admin and caller must be of that organisation, every
 *     certificate issued by {@code caCert} and every key its certificate's: a gateway holds only its own
 *     organisation's keys. Anything else is refused when the profile is read, naming the entry.</li>
 * <li><b>the single-host development network's</b> ({@code network/up.sh} writes {@code network/.data/gateway.json},
 *     see {@code network/README.md}): {@code "development": true}; it holds every organisation's keys, which
 *     is logged as a warning.</li>
 * </ul>
 * A profile that says neither is refused, naming the fields to add.
 */
record NetworkProfile(Path file, String channel, String chaincode, List<Peer> peers, List<Member> admins,
                      List<Member> callers, Optional<String> organisation) {
    private static final Logger LOG = Logger.getLogger(NetworkProfile.class.getName());

    /** A peer: its organisation, gRPC endpoint ({@code host:port}) and TLS CA certificate. */
    record Peer(String name, String mspId, String endpoint, Path tlsRootCert) {

        /** @return the TLS name the peer's certificate carries: the endpoint's host */
        String serverName() {
            return URI.create("grpc://" + endpoint).getHost();
        }
    }

    /** An identity the network issued: a name, its organisation, its certificate and key files. */
    record Member(String name, String mspId, Path certificate, Path key) {
    }

    /** @throws IllegalStateException naming the file, the entry and what is wrong with it */
    static NetworkProfile read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalStateException("no Fabric network description at " + absolute
                    + ": start the network with network/up.sh, or set civic.ledger.fabric-profile");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(absolute.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Fabric network description " + absolute + ": "
                    + e.getMessage(), e);
        }
        Reader reader = new Reader(absolute);
        List<Peer> peers = new ArrayList<>();
        for (JsonNode peer : root.path("peers")) {
            String endpoint = reader.text(peer, "endpoint");
            peers.add(new Peer(peer.path("name").asText(endpoint), reader.text(peer, "mspId"), endpoint,
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
        NetworkProfile profile = new NetworkProfile(absolute, reader.text(root, "channel"),
                reader.text(root, "chaincode"), List.copyOf(peers), List.copyOf(admins), List.copyOf(callers),
                kind(root, reader));
        if (profile.organisation().isPresent()) {
            if (root.path("caCert").asText("").isBlank()) {
                throw new IllegalStateException("profile " + absolute + " is " + profile.organisation().get()
                        + "'s but has no \"caCert\": add the path to " + profile.organisation().get()
                        + "'s CA certificate, which must have issued every identity the profile lists");
            }
            profile.requireOnlyOwnOrganisation(reader.path(root, "caCert"));
        } else {
            LOG.warning("profile " + absolute + " is the single-host development network's (\"development\": true):"
                    + " it holds several organisations' keys (" + profile.organisations() + "), for development"
                    + " only. An organisation's gateway takes a profile with only its own organisation's identities"
                    + " (\"organisation\" and \"caCert\").");
        }
        return profile;
    }

    /** @return the organisation of a per-organisation profile; empty for the development network's */
    private static Optional<String> kind(JsonNode root, Reader reader) {
        boolean development = root.path("development").asBoolean(false);
        boolean perOrganisation = root.has("organisation");
        if (development && perOrganisation) {
            throw new IllegalStateException("profile " + reader.file() + " says both \"development\": true and"
                    + " \"organisation\": a profile is either one organisation's or the development network's");
        }
        if (development) {
            return Optional.empty();
        }
        if (!perOrganisation) {
            throw new IllegalStateException("profile " + reader.file() + " does not say whose it is: add"
                    + " \"organisation\": \"<your MSP id>\" and \"caCert\": \"<path to your organisation's CA"
                    + " certificate>\" (a gateway holds only its own organisation's keys), or \"development\": true"
                    + " for the single-host development network of network/up.sh");
        }
        return Optional.of(reader.text(root, "organisation"));
    }

    /** Refuses any peer, admin or caller of another organisation, or not issued by its CA, or with another key. */
    private void requireOnlyOwnOrganisation(Path caCertFile) {
        String own = organisation.orElseThrow();
        X509Certificate ca = caCertificate(caCertFile, own);
        for (int i = 0; i < peers.size(); i++) {
            Peer peer = peers.get(i);
            if (!peer.mspId().equals(own)) {
                throw new IllegalStateException(otherOrganisation("peers[" + i + "] (" + peer.name() + ")",
                        peer.mspId(), "connects only to its own organisation's peers"));
            }
        }
        if (admins.stream().noneMatch(a -> a.mspId().equals(own))) {
            throw new IllegalStateException("profile " + file + " has no organisationAdmins entry of " + own
                    + ": the gateway registers its callers and reads the chain as its organisation's admin");
        }
        for (int i = 0; i < admins.size(); i++) {
            requireOwn("organisationAdmins[" + i + "] (" + admins.get(i).mspId() + " Admin)", admins.get(i), ca, own, true);
        }
        for (int i = 0; i < callers.size(); i++) {
            requireOwn("callers[" + i + "] (" + callers.get(i).name() + ")", callers.get(i), ca, own, false);
        }
    }

    private void requireOwn(String entry, Member member, X509Certificate ca, String own, boolean admin) {
        if (!member.mspId().equals(own)) {
            throw new IllegalStateException(otherOrganisation(entry, member.mspId(),
                    "holds only its own organisation's keys"));
        }
        LedgerIdentity identity;
        try {
            identity = LedgerIdentity.fromFiles(member.mspId(), member.name(), member.certificate(), member.key());
        } catch (IllegalStateException e) {
            throw new IllegalStateException("profile " + file + ": " + entry + ": " + e.getMessage(), e);
        }
        if (!identity.issuedBy(ca)) {
            throw new IllegalStateException("profile " + file + ": " + entry + ": its certificate "
                    + member.certificate() + " is not issued by caCert, the CA of " + own);
        }
        if (identity.isOrgAdmin() != admin) {
            throw new IllegalStateException("profile " + file + ": " + entry + ": its certificate "
                    + member.certificate() + (admin ? " is not an admin certificate (NodeOU admin)"
                    : " is an admin certificate (NodeOU admin), not a caller's"));
        }
    }

    private String otherOrganisation(String entry, String mspId, String rule) {
        return "profile " + file + ": " + entry + " is of " + mspId + ", not this gateway's organisation "
                + organisation.orElseThrow() + ": a gateway " + rule;
    }

    private X509Certificate caCertificate(Path caCertFile, String own) {
        try (InputStream in = Files.newInputStream(caCertFile)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("profile " + file + ": caCert " + caCertFile + " is not a readable"
                    + " PEM certificate (the CA certificate of " + own + "): " + e.getMessage(), e);
        }
    }

    /** @return the peer the gateway connects to: the first listed (its own organisation's; on the development network the Community organisation's) */
    Peer gatewayPeer() {
        return peers.get(0);
    }

    /** @return the MSP ids the profile holds identities of, sorted */
    private List<String> organisations() {
        TreeSet<String> ids = new TreeSet<>();
        admins.forEach(a -> ids.add(a.mspId()));
        callers.forEach(c -> ids.add(c.mspId()));
        return List.copyOf(ids);
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
