package org.civicledger.gateway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.civicledger.chaincode.crypto.Sha256;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.readmodel.ProjectedEvent;
import org.civicledger.gateway.reports.CreditProgrammeQueries.Scope;
import org.civicledger.gateway.service.Args;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property of issue 17 end to end: a programme generated through the chaincode itself (an embedded ledger:
 * residents, households, consents, resident and household checks by two banks, grants, declines, drawdowns,
 * repayments, closures), its committed events projected, and the coverage the report gives equal to the coverage
 * computed from the chaincode's own records ({@code Credit:listLines}, {@code Community:listHouseholds}) and the
 * committed enrolments — per community, per bank and for the whole programme.
 */
class CreditProgrammeLedgerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BANKS = List.of("bank-north", "bank-south");

    @TempDir
    Path dir;

    private EmbeddedLedger ledger;
    private LedgerIdentity admin;
    private LedgerIdentity app;
    private LedgerIdentity auditor;
    private final Map<String, LedgerIdentity> banks = new java.util.TreeMap<>();

    private void open() {
        IdentityStore identities = IdentityStore.open(dir);
        LedgerIdentity communityAdmin = identities.identity("CommunityMSP", "Admin", true);
        admin = identities.identity("CommunityMSP", "cp-admin", false);
        app = identities.identity("CommunityMSP", "cp-app", false);
        auditor = identities.identity("AuditMSP", "cp-auditor", false);
        ledger = EmbeddedLedger.open(dir, identities);
        ledger.submit(communityAdmin, "Registry:init");
        register(communityAdmin, admin, "ADMIN", "cp-admin", "demo");
        register(communityAdmin, app, "APP", "cp-app", "demo");
        register(identities.identity("AuditMSP", "Admin", true), auditor, "AUDITOR", "cp-auditor", null);
        for (String bank : BANKS) {
            LedgerIdentity identity = identities.identity("BankMSP", bank, false);
            register(identities.identity("BankMSP", "Admin", true), identity, "BANK", bank, null);
            banks.put(bank, identity);
            ledger.submit(identity, "Credit:publishLoanProduct", Args.json("productId", "p-" + bank, "name",
                    "Civic credit", "requireSignedConsent", false, "bands", Map.of(
                            "A", Map.of("maxAmountFen", 5_000_000, "rateDiscountBps", 50),
                            "B", Map.of("maxAmountFen", 2_000_000, "rateDiscountBps", 25),
                            "C", Map.of("maxAmountFen", 500_000, "rateDiscountBps", 10),
                            "D", Map.of("maxAmountFen", 100_000, "rateDiscountBps", 0))));
        }
    }

    private void register(LedgerIdentity orgAdmin, LedgerIdentity who, String role, String subject, String community) {
        ledger.submit(orgAdmin, "Registry:register", Args.json("clientId", who.clientId(), "mspId", who.mspId(),
                "role", role, "subjectId", subject, "communityId", community));
    }

    @Test
    void coverage_from_the_chaincode_records_equals_the_report_over_a_generated_programme() throws Exception {
        open();
        try {
            generate(new Random(1717));
            JsonNode report = project();
            assertEquals(30, events().stream().filter(e -> e.type().equals("LoanDecided")).count(),
                    "every round's decision was committed");

            JsonNode lines = JSON.readTree(ledger.evaluate(auditor, "Credit:listLines", ""));
            JsonNode households = JSON.readTree(ledger.evaluate(auditor, "Community:listHouseholds", "demo"));
            long enrolled = events().stream().filter(e -> e.type().equals("ResidentEnrolled")).count();
            assertCoverage(lines, households.size(), enrolled, null, report.at("/communities/0/cumulative"));
            assertCoverage(lines, households.size(), enrolled, null, report.at("/programme/cumulative"));
            for (JsonNode bank : report.path("banks")) {
                assertCoverage(lines, households.size(), enrolled, bank.path("bankId").asText(),
                        bank.path("cumulative"));
            }
            assertEquals(BANKS.size(), report.path("banks").size());
        } finally {
            ledger.close();
        }
    }

    /** Credited ÷ enrolled, from the lines the chaincode holds, against the report's figures. */
    private static void assertCoverage(JsonNode lines, long households, long residents, String bank,
                                       JsonNode cumulative) {
        Set<String> creditedHouseholds = new HashSet<>();
        Set<String> creditedResidents = new HashSet<>();
        long drawn = 0;
        long repaid = 0;
        long granted = 0;
        for (JsonNode line : lines) {
            if (bank != null && !bank.equals(line.path("bankId").asText())) {
                continue;
            }
            drawn += line.path("drawnFen").asLong();
            repaid += line.path("repaidFen").asLong();
            if (!"GRANTED".equals(line.path("outcome").asText())) {
                continue;
            }
            granted += line.path("amountFen").asLong();
            if ("HOUSEHOLD".equals(line.path("subjectType").asText())) {
                creditedHouseholds.add(line.path("householdId").asText());
            } else {
                creditedResidents.add(line.path("residentId").asText());
            }
        }
        String what = bank == null ? "every bank" : bank;
        assertTrue(!creditedHouseholds.isEmpty() && !creditedResidents.isEmpty(), "the programme credits both");
        assertEquals(creditedHouseholds.size(), cumulative.at("/householdCoverage/numerator").asLong(), what);
        assertEquals(households, cumulative.at("/householdCoverage/denominator").asLong(), what);
        assertEquals(creditedHouseholds.size() * 10_000L / households,
                cumulative.at("/householdCoverage/basisPoints").asLong(), what);
        assertEquals(creditedResidents.size(), cumulative.at("/residentCoverage/numerator").asLong(), what);
        assertEquals(residents, cumulative.at("/residentCoverage/denominator").asLong(), what);
        assertEquals(creditedResidents.size() * 10_000L / residents,
                cumulative.at("/residentCoverage/basisPoints").asLong(), what);
        assertEquals(granted, cumulative.path("grantedFen").asLong(), what);
        assertEquals(drawn, cumulative.path("drawnFen").asLong(), what);
        assertEquals(drawn - repaid, cumulative.path("outstandingFen").asLong(), what);
    }

    /** Residents and households of one community, checked, granted or declined, drawn, repaid and closed. */
    private void generate(Random random) throws Exception {
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String residentId = Sha256.hex("cp-" + i);
            ledger.submit(app, "Community:enrolResident", Args.json("residentId", residentId));
            residents.add(residentId);
        }
        List<String> heads = new ArrayList<>();
        List<String> householdIds = new ArrayList<>();
        for (int h = 0; h < 8; h++) { // residents 0-23 in households of three, the rest on their own
            List<String> members = residents.subList(3 * h, 3 * h + 3);
            String householdId = "hh-" + h;
            ledger.submit(admin, "Community:registerHousehold", Args.json("householdId", householdId,
                    "headResidentId", members.get(0), "memberIds", members));
            heads.add(members.get(0));
            householdIds.add(householdId);
        }
        String expires = Instant.now().plus(Duration.ofDays(20)).toString();
        int decisions = 0;
        for (int round = 0; round < 30; round++) {
            String bank = BANKS.get(random.nextInt(BANKS.size()));
            boolean household = random.nextBoolean();
            int pick = household ? random.nextInt(householdIds.size()) : 24 + random.nextInt(16);
            String residentId = household ? heads.get(pick) : residents.get(pick);
            Map<String, Object> consent = new java.util.LinkedHashMap<>(Map.of("consentId", "c-" + round,
                    "residentId", residentId, "bankId", bank, "purpose", "loan", "expiresAt", expires));
            Map<String, Object> check = new java.util.LinkedHashMap<>(Map.of("productId", "p-" + bank,
                    "purpose", "loan"));
            if (household) {
                consent.put("householdId", householdIds.get(pick));
                check.put("householdId", householdIds.get(pick));
                check.put("communityId", "demo");
            } else {
                check.put("residentId", residentId);
            }
            ledger.submit(app, "Credit:grantConsent", JSON.writeValueAsString(consent));
            String checkTxId = ledger.submit(banks.get(bank), "Credit:checkCredit", JSON.writeValueAsString(check)).txId();
            String decisionId = "d-" + decisions++;
            if (random.nextInt(4) == 0) {
                ledger.submit(banks.get(bank), "Credit:decideLoan", Args.json("decisionId", decisionId, "checkTxId",
                        checkTxId, "outcome", "DECLINED", "reasonCodes", List.of("EXISTING_DEBT")));
                continue;
            }
            long amount = 10_000 + random.nextInt(90_001);
            ledger.submit(banks.get(bank), "Credit:decideLoan", Args.json("decisionId", decisionId, "checkTxId",
                    checkTxId, "outcome", "GRANTED", "amountFen", amount, "rateBps", 400, "termMonths", 12));
            if (random.nextBoolean()) {
                long drawn = 1 + random.nextInt((int) amount);
                ledger.submit(banks.get(bank), "Credit:drawLine", Args.json("decisionId", decisionId,
                        "drawdownId", "w-" + round, "amountFen", drawn));
                long repaid = random.nextBoolean() ? drawn : 1 + random.nextInt((int) drawn);
                ledger.submit(banks.get(bank), "Credit:repayLine", Args.json("decisionId", decisionId,
                        "repaymentId", "r-" + round, "amountFen", repaid));
                if (repaid == drawn) {
                    ledger.submit(banks.get(bank), "Credit:closeLine", Args.json("decisionId", decisionId));
                }
            }
        }
    }

    /** Every committed event projected (as the read model does) and the AUDITOR's report of this month read. */
    private JsonNode project() throws Exception {
        CreditProgrammeProjection projection = new CreditProgrammeProjection();
        try (Connection sql = ReportDatabase.open(projection)) {
            for (LedgerEvent event : events()) {
                JsonNode payload = JSON.readTree(event.payload());
                Instant at = payload.hasNonNull("at") ? Instant.parse(payload.path("at").asText()) : Instant.now();
                projection.apply(new ProjectedEvent(event.blockNumber(), event.txIndex(), event.txId(), event.type(),
                        payload, at), sql);
            }
            projection.flush(sql);
            YearMonth now = YearMonth.now(ZoneOffset.UTC);
            return CreditProgrammeQueries.report(sql, new Scope(null, null, true), now.minusMonths(1), now.plusMonths(1));
        }
    }

    /** Every committed event of the ledger, in order, from a subscription of its own. */
    private List<LedgerEvent> events() throws Exception {
        List<LedgerEvent> events = new CopyOnWriteArrayList<>();
        long height = ledger.height();
        try (AutoCloseable subscription = ledger.subscribe(null, events::add)) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (events.isEmpty() || events.get(events.size() - 1).blockNumber() < height - 1) {
                assertTrue(Instant.now().isBefore(deadline), "the subscription did not deliver the last block");
                Thread.sleep(50);
            }
            Thread.sleep(200);
        }
        return new ArrayList<>(events);
    }
}
