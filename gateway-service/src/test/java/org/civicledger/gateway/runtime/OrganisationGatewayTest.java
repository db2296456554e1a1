package org.civicledger.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicledger.api.Role;
import org.civicledger.chaincode.model.Permissions;
import org.civicledger.gateway.api.ResidentResource;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CallerDirectory;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.gateway.config.StartupSettings;
import org.civicledger.gateway.identity.Identities;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.civicledger.gateway.ledger.LedgerCounters;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.TxInfo;
import org.civicledger.gateway.ledger.TxProof;
import org.civicledger.gateway.ledger.TxResult;
import org.civicledger.gateway.ledger.fabric.FabricLedger;
import org.civicledger.gateway.ledger.fabric.OrganisationProfiles;
import org.civicledger.gateway.residents.ResidentIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway on its own organisation's profile serves, registers and keeps secrets for that organisation only. No
 * Fabric network: the profile's identities come from {@link OrganisationProfiles}, and start-up set-up writes to a
 * ledger that records what it is asked.
 */
class OrganisationGatewayTest {
    @TempDir
    Path dir;

    OrganisationProfiles profiles;
    Path dataDir;
    final List<FabricLedger> opened = new ArrayList<>();

    @BeforeEach
    void network() throws IOException {
        profiles = new OrganisationProfiles(dir.resolve("network"));
        dataDir = Files.createDirectories(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        opened.forEach(FabricLedger::close);
    }

    /** @return the identities of a gateway started on {@code profile} (nothing is sent to the network) */
    private Identities gatewayOn(ObjectNode profile) {
        FabricLedger ledger = FabricLedger.open(profiles.write(profile), 3);
        opened.add(ledger);
        return ledger.identities();
    }

    private static Set<String> names(Callers callers) {
        return callers.all().stream().map(Caller::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Nested
    class The_bank_organisations_gateway {
        Identities identities;
        Callers callers;

        @BeforeEach
        void start() {
            identities = gatewayOn(profiles.organisation("BankMSP"));
            callers = CallerDirectory.build(new StartupSettings(dataDir, true, Map.of(), Map.of()), identities);
        }

        @Test
        void offers_only_the_banks_demo_caller_and_other_organisations_tokens_are_unknown() {
            assertEquals(Set.of("demo-bank"), names(callers));
            assertTrue(callers.authenticate("demo-bank-token").isPresent());
            for (String token : List.of("demo-admin-token", "demo-app-token", "demo-merchant-token", "demo-auditor-token")) {
                assertEquals(Optional.empty(), callers.authenticate(token), token + " is unknown here (401)");
            }
        }

        @Test
        void registers_only_its_own_callers_with_its_own_admin_and_defines_no_activity_types() {
            RecordingLedger ledger = new RecordingLedger();
            bootstrap(ledger, identities, callers, new StartupSettings(dataDir, true, Map.of(), Map.of())).setUp();
            LedgerIdentity bankAdmin = identities.identity("BankMSP", "Admin", true);
            LedgerIdentity demoBank = callers.authenticate("demo-bank-token").orElseThrow().identity();
            assertEquals(List.of("BankMSP/Admin Registry:init", "BankMSP/Admin Registry:register demo-bank"),
                    ledger.submitted(Map.of(demoBank.clientId(), "demo-bank")));
            assertTrue(ledger.calls.stream().allMatch(c -> c.who().clientId().equals(bankAdmin.clientId())));
        }

        @Test
        void never_reads_nor_creates_a_resident_id_secret() throws Exception {
            // The one way to a secret is enrolment (ResidentResource, checked below), which no caller here may call.
            Set<Role> enrolling = Permissions.of("Community:enrolResident");
            assertTrue(callers.all().stream().noneMatch(c -> enrolling.contains(c.role())), "no caller may enrol");
            assertTrue(callers.all().stream().allMatch(c -> c.communityId() == null), "no community-scoped caller");
            // And were it reached, ResidentIds refuses a community none of this gateway's callers belongs to.
            ResidentIds residentIds = new ResidentIds(new StartupSettings(dataDir, true, Map.of(), Map.of()), callers);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> residentIds.residentId("demo", "citizen-card-110105-0042"));
            assertTrue(e.getMessage().contains("stays with the community's own gateway"), e.getMessage());
            assertFalse(e.getMessage().contains("citizen-card"), "the reference is not in the message");
            try (Stream<Path> files = Files.walk(dataDir)) {
                assertEquals(List.of(dataDir), files.toList(), "nothing written under the data dir (no secrets/)");
            }
        }

        @Test
        void refuses_at_start_a_resident_id_secret_of_a_community_it_has_no_caller_of() {
            StartupSettings config = new StartupSettings(dataDir, true, Map.of(), Map.of("demo", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> CallerDirectory.build(config, identities));
            assertEquals("civic.resident-secrets.demo is set, but no caller of BankMSP's gateway belongs to community"
                    + " demo: resident-id secrets stay with the community's own gateway; remove the setting here",
                    e.getMessage());
        }
    }

    @Test
    void only_enrolment_reaches_the_resident_id_secrets() throws IOException, URISyntaxException {
        Path classes = Path.of(ResidentIds.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        byte[] name = ResidentIds.class.getName().replace('.', '/').getBytes(StandardCharsets.US_ASCII);
        Set<String> users = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (Collections.indexOfSubList(boxed(Files.readAllBytes(file)), boxed(name)) >= 0) {
                    users.add(classes.relativize(file).toString());
                }
            }
        }
        // ResidentResource calls it only in enrol, after caller.require("Community:enrolResident") (ADMIN, APP).
        assertEquals(Set.of(path(ResidentIds.class), path(ResidentResource.class)), users);
        assertEquals(Set.of(Role.ADMIN, Role.APP), Permissions.of("Community:enrolResident"));
        assertTrue(Role.ADMIN.communityScoped() && Role.APP.communityScoped());
    }

    private static String path(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static List<Byte> boxed(byte[] bytes) {
        List<Byte> list = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }

    @Test
    void the_community_organisations_gateway_registers_its_callers_and_defines_the_demo_activity_types() {
        Identities identities = gatewayOn(profiles.organisation("CommunityMSP"));
        StartupSettings config = new StartupSettings(dataDir, true, Map.of(), Map.of());
        Callers callers = CallerDirectory.build(config, identities);
        assertEquals(Set.of("demo-admin", "demo-app", "demo-merchant"), names(callers));
        RecordingLedger ledger = new RecordingLedger();
        bootstrap(ledger, identities, callers, config).setUp();
        Map<String, String> names = callers.all().stream()
                .collect(Collectors.toMap(c -> c.identity().clientId(), Caller::name));
        List<String> submitted = ledger.submitted(names);
        assertEquals(List.of("CommunityMSP/Admin Registry:init", "CommunityMSP/Admin Registry:register demo-admin"),
                submitted.subList(0, 2), "init and the community ADMIN first");
        assertEquals(Set.of("CommunityMSP/Admin Registry:register demo-app",
                "CommunityMSP/Admin Registry:register demo-merchant"), Set.copyOf(submitted.subList(2, 4)));
        assertEquals(Map.of("CommunityMSP/demo-admin Community:defineActivityType", 5L,
                        "CommunityMSP/demo-admin Community:registerAttester", 1L),
                submitted.subList(4, submitted.size()).stream()
                        .collect(Collectors.groupingBy(s -> s, Collectors.counting())),
                "then the demo's five activity types (one requires approval) and its attester, in any order");
    }

    @Test
    void the_audit_organisations_gateway_offers_only_the_auditor() {
        Identities identities = gatewayOn(profiles.organisation("AuditMSP"));
        Callers callers = CallerDirectory.build(new StartupSettings(dataDir, true, Map.of(), Map.of()), identities);
        assertEquals(Set.of("demo-auditor"), names(callers));
    }

    @Test
    void a_configured_caller_of_another_organisation_is_refused_at_start() {
        Identities identities = gatewayOn(profiles.organisation("CommunityMSP"));
        StartupSettings config = new StartupSettings(dataDir, false, Map.of("north-bank", new CallerSettings("BANK", "BankMSP", Optional.empty())),
                Map.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CallerDirectory.build(config, identities));
        assertEquals("caller north-bank: civic.callers.north-bank.organisation is BankMSP, but this is CommunityMSP's"
                + " gateway, which holds only CommunityMSP's keys: configure the caller on BankMSP's gateway",
                e.getMessage());
    }

    @Test
    void the_development_networks_gateway_offers_every_demo_caller_as_before() {
        Identities identities = gatewayOn(profiles.development());
        Callers callers = CallerDirectory.build(new StartupSettings(dataDir, true, Map.of(), Map.of()), identities);
        assertEquals(Set.of("demo-admin", "demo-app", "demo-merchant", "demo-bank", "demo-auditor"), names(callers));
    }

    private static Bootstrap bootstrap(LedgerPort ledger, Identities identities, Callers callers, CivicConfig config) {
        Bootstrap bootstrap = new Bootstrap();
        bootstrap.ledger = ledger;
        bootstrap.identities = identities;
        bootstrap.callers = callers;
        bootstrap.config = config;
        return bootstrap;
    }

    /** A ledger that answers every submission as a no-op and records who asked for what, in order. */
    private static final class RecordingLedger implements LedgerPort {
        record Call(LedgerIdentity who, String function, String[] args) {
        }

        final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

        /** @return "MSP/name function [registered caller]" per call, registered clients named by {@code names} */
        List<String> submitted(Map<String, String> names) {
            synchronized (calls) {
                return calls.stream().map(c -> c.who().mspId() + "/" + c.who().name() + " " + c.function()
                        + (c.function().equals("Registry:register") ? " " + registered(c, names) : "")).toList();
            }
        }

        private static String registered(Call c, Map<String, String> names) {
            return names.entrySet().stream().filter(e -> c.args()[0].contains(e.getKey().replace("\\", "\\\\")))
                    .map(Map.Entry::getValue).findFirst().orElse("someone else");
        }

        @Override
        public TxResult submit(LedgerIdentity caller, String function, String... args) {
            calls.add(new Call(caller, function, args));
            return TxResult.unwritten("{}");
        }

        @Override
        public String evaluate(LedgerIdentity caller, String function, String... args) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LedgerCounters counters() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long height() {
            return 1;
        }

        @Override
        public Optional<BlockInfo> block(long number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BlockInfo> latestBlocks(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TxInfo> transaction(String txId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TxProof> proof(String txId, OptionalLong checkpoint) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IntegrityReport verifyIntegrity(org.civicledger.gateway.ledger.IntegrityProgress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AutoCloseable subscribe(String afterPosition, Consumer<LedgerEvent> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    private record CallerSettings(String role, String organisation, Optional<String> community)
            implements CivicConfig.CallerConfig {
        @Override
        public String tokenSha256() {
            return Callers.sha256(organisation + "-" + role + "-token");
        }

        @Override
        public Optional<String> subject() {
            return Optional.empty();
        }
    }
}
