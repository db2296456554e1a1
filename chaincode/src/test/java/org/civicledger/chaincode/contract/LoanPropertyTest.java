package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.START;
import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The credit-line invariants over seeded random sequences of decisions, drawdowns, repayments, closures and time
 * passing (5 seeds × 600 operations, accepted and refused alike): a GRANTED line never exceeds its band's maximum
 * (or a band the product does not offer) without a documented override; drawn ≤ line; repaid ≤ drawn; a line's
 * totals equal the sum of its entries; a closed line owes nothing; a refused operation writes nothing. Each
 * operation's outcome is also predicted by a model kept here, independently of the chaincode.
 */
class LoanPropertyTest {
    private static final int OPERATIONS = 600;
    /** Every resident of this test is new: band D. {@code civic} offers D up to 10,000 fen; {@code prime} only A. */
    private static final long D_MAX = 10_000;
    private static final Map<String, Long> BAND_D_MAX = Map.of("civic", D_MAX);
    private static final String[] REASONS = {"EXISTING_DEBT", "OTHER", "INCOMPLETE_DOCUMENTS"};

    /** What this test expects of a line. */
    private static final class Model {
        final long amount;
        long drawn;
        long repaid;
        boolean declined;
        boolean closed;

        Model(long amount, boolean declined) {
            this.amount = amount;
            this.declined = declined;
        }
    }

    private record Check(String txId, String productId, Instant at) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 29, 43, 61})
    void lines_stay_within_their_bands_and_totals(long seed) {
        Random random = new Random(seed);
        Scenario s = new Scenario();
        TestLedger ledger = s.ledger;
        ledger.ok(s.bank, "Credit:publishLoanProduct", "{\"productId\":\"civic\",\"name\":\"Civic line\","
                + "\"bands\":{\"C\":{\"maxAmountFen\":50000,\"rateDiscountBps\":10},\"D\":{\"maxAmountFen\":"
                + D_MAX + ",\"rateDiscountBps\":0}}}");
        ledger.ok(s.bank, "Credit:publishLoanProduct", "{\"productId\":\"prime\",\"name\":\"Prime line\","
                + "\"bands\":{\"A\":{\"maxAmountFen\":90000,\"rateDiscountBps\":150}}}");
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String residentId = s.enrol("loan-prop-" + seed + "-" + i);
            residents.add(residentId);
            ledger.ok(s.app, "Credit:grantConsent", json("consentId", "consent-" + i, "residentId", residentId,
                    "bankId", "demo-bank", "purpose", "loan", "expiresAt", START.plus(Duration.ofDays(365)).toString()));
        }
        List<Check> checks = new ArrayList<>();
        Map<String, String> decidedChecks = new HashMap<>();
        Map<String, Model> lines = new HashMap<>();
        Map<String, String> entries = new HashMap<>(); // "decision/entry" -> "KIND:amount"
        int counter = 0;
        int accepted = 0;

        for (int op = 0; op < OPERATIONS; op++) {
            double p = random.nextDouble();
            Map<String, String> before = ledger.snapshot();
            TestLedger.Result result;
            ErrorCode expected;
            if (p < 0.15 || checks.isEmpty()) {
                String productId = random.nextInt(4) == 0 ? "prime" : "civic";
                result = ledger.invoke(s.bank, "Credit:checkCredit", json("residentId",
                        residents.get(random.nextInt(residents.size())), "productId", productId, "purpose", "loan"));
                expected = null;
                if (result.status() == 200) {
                    checks.add(new Check(result.txId(), productId, ledger.now()));
                }
            } else if (p < 0.35) {
                Check check = checks.get(random.nextInt(checks.size()));
                String decisionId = "d" + (++counter);
                boolean grant = random.nextInt(5) != 0;
                long amount = 1 + random.nextInt((int) (2 * D_MAX));
                boolean override = random.nextInt(3) == 0;
                String body = grant
                        ? json("decisionId", decisionId, "checkTxId", check.txId(), "outcome", "GRANTED",
                                "amountFen", amount, "rateBps", 400, "termMonths", 12, "override",
                                override ? Map.of("reasonCode", "COLLATERAL_PROVIDED", "note", "deed") : null)
                        : json("decisionId", decisionId, "checkTxId", check.txId(), "outcome", "DECLINED",
                                "reasonCodes", List.of(REASONS[random.nextInt(REASONS.length)]));
                boolean within = BAND_D_MAX.containsKey(check.productId()) && amount <= BAND_D_MAX.get(check.productId());
                if (ledger.now().isAfter(check.at().plus(Duration.ofDays(30)))) {
                    expected = ErrorCode.CHECK_EXPIRED;
                } else if (decidedChecks.containsKey(check.txId())) {
                    expected = ErrorCode.INVALID_STATE;
                } else if (grant && within && override) {
                    expected = ErrorCode.VALIDATION_FAILED;
                } else if (grant && !within && !override) {
                    expected = ErrorCode.BAND_MISMATCH;
                } else {
                    expected = null;
                }
                result = ledger.invoke(s.bank, "Credit:decideLoan", body);
                if (result.status() == 200) {
                    decidedChecks.put(check.txId(), decisionId);
                    lines.put(decisionId, new Model(grant ? amount : 0, !grant));
                }
            } else if (p < 0.90 && !lines.isEmpty()) {
                boolean drawdown = random.nextBoolean();
                String decisionId = pick(random, lines);
                Model line = lines.get(decisionId);
                boolean retry = random.nextInt(8) == 0 && !entries.isEmpty();
                String entryId = retry ? pickEntry(random, entries, decisionId) : "e" + (++counter);
                long amount = 1 + random.nextInt((int) D_MAX / 2);
                String kind = drawdown ? "DRAWDOWN" : "REPAYMENT";
                String earlier = entries.get(decisionId + "/" + entryId);
                if (earlier != null) {
                    expected = earlier.equals(kind + ":" + amount) ? null : ErrorCode.ID_CONFLICT;
                } else if (line.declined || line.closed) {
                    expected = ErrorCode.INVALID_STATE;
                } else if (drawdown ? line.drawn + amount > line.amount : amount > line.drawn - line.repaid) {
                    expected = ErrorCode.LINE_EXCEEDED;
                } else {
                    expected = null;
                }
                result = drawdown
                        ? ledger.invoke(s.bank, "Credit:drawLine", json("decisionId", decisionId, "drawdownId",
                                entryId, "amountFen", amount))
                        : ledger.invoke(s.bank, "Credit:repayLine", json("decisionId", decisionId, "repaymentId",
                                entryId, "amountFen", amount));
                if (result.status() == 200 && earlier == null) {
                    entries.put(decisionId + "/" + entryId, kind + ":" + amount);
                    if (drawdown) {
                        line.drawn += amount;
                    } else {
                        line.repaid += amount;
                    }
                }
            } else if (p < 0.95 && !lines.isEmpty()) {
                String decisionId = pick(random, lines);
                Model line = lines.get(decisionId);
                expected = line.closed ? null
                        : line.declined || line.drawn != line.repaid ? ErrorCode.INVALID_STATE : null;
                result = ledger.invoke(s.bank, "Credit:closeLine", json("decisionId", decisionId));
                if (result.status() == 200) {
                    line.closed = true;
                }
            } else {
                ledger.advance(Duration.ofHours(random.nextInt(24 * 6)));
                continue;
            }
            ErrorCode want = expected;
            TestLedger.Result got = result;
            assertEquals(want, got.code(), () -> "operation " + got.txId() + ": " + got.message());
            if (got.status() != 200) {
                assertEquals(before, ledger.snapshot(), "a refused operation changed the state");
            } else {
                accepted++;
            }
            assertInvariants(ledger, lines);
        }
        assertTrue(accepted > OPERATIONS / 5, "the sequence exercised accepted operations: " + accepted);
        assertTrue(lines.values().stream().anyMatch(l -> l.closed), "some line was closed");
    }

    /** Checked on the raw state, not through the chaincode's own reads. */
    private static void assertInvariants(TestLedger ledger, Map<String, Model> expected) {
        Map<String, String> state = ledger.snapshot();
        int seen = 0;
        for (Map.Entry<String, String> e : state.entrySet()) {
            if (!e.getKey().startsWith(Keys.creditLines("demo-bank"))) {
                continue;
            }
            seen++;
            JsonNode line = TestLedger.parse(e.getValue());
            String decisionId = line.get("decisionId").asText();
            long drawn = line.get("drawnFen").asLong();
            long repaid = line.get("repaidFen").asLong();
            long drawnEntries = 0;
            long repaidEntries = 0;
            String entryPrefix = "lineentry/demo-bank/" + decisionId + "/";
            for (Map.Entry<String, String> x : state.entrySet()) {
                if (x.getKey().startsWith(entryPrefix)) {
                    JsonNode entry = TestLedger.parse(x.getValue());
                    if (entry.get("kind").asText().equals("DRAWDOWN")) {
                        drawnEntries += entry.get("amountFen").asLong();
                    } else {
                        repaidEntries += entry.get("amountFen").asLong();
                    }
                }
            }
            assertEquals(drawnEntries, drawn, decisionId + ": drawn total equals its drawdowns");
            assertEquals(repaidEntries, repaid, decisionId + ": repaid total equals its repayments");
            assertTrue(0 <= repaid && repaid <= drawn, decisionId + ": repaid ≤ drawn");
            Model model = expected.get(decisionId);
            assertEquals(model.drawn, drawn, decisionId + ": drawn as the model says");
            assertEquals(model.repaid, repaid, decisionId + ": repaid as the model says");
            if (line.get("outcome").asText().equals("GRANTED")) {
                long amount = line.get("amountFen").asLong();
                assertTrue(drawn <= amount, decisionId + ": drawn ≤ line");
                Long bandMax = line.get("band").asText().equals("D") ? BAND_D_MAX.get(line.get("productId").asText())
                        : null;
                assertTrue(line.has("override") || (bandMax != null && amount <= bandMax),
                        decisionId + ": beyond the band without an override");
                if (line.get("status").asText().equals("CLOSED")) {
                    assertEquals(drawn, repaid, decisionId + ": a closed line owes nothing");
                }
            } else {
                assertEquals("DECLINED", line.get("status").asText());
                assertEquals(0, drawn);
            }
        }
        assertEquals(expected.size(), seen, "every accepted decision is on the ledger, and no other");
    }

    private static String pick(Random random, Map<String, Model> lines) {
        List<String> ids = new ArrayList<>(lines.keySet());
        java.util.Collections.sort(ids);
        return ids.get(random.nextInt(ids.size()));
    }

    private static String pickEntry(Random random, Map<String, String> entries, String decisionId) {
        List<String> ids = new ArrayList<>();
        for (String key : entries.keySet()) {
            if (key.startsWith(decisionId + "/")) {
                ids.add(key.substring(decisionId.length() + 1));
            }
        }
        java.util.Collections.sort(ids);
        return ids.isEmpty() ? "e-none" : ids.get(random.nextInt(ids.size()));
    }
}
