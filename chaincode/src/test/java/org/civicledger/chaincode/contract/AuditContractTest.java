package org.civicledger.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.civicledger.chaincode.testing.Scenario;
import org.junit.jupiter.api.Test;

/** Audit:reconcile: the AUDITOR reconciles the whole ledger, a community's ADMIN its own community only. */
class AuditContractTest {

    @Test
    void an_admin_reconciles_only_its_own_community_and_the_auditor_everything() {
        Scenario s = new Scenario();
        String demoResident = s.enrol("demo-person");
        s.award("c-demo", demoResident, "patrol", 2);                  // 40 points in demo
        s.redeem("r-demo", demoResident, 5);
        String northResident = s.enrol(s.northApp, "north-person");
        s.award(s.northApp, "c-north", northResident, "volunteer-hour", 3, s.ledger.now()); // 30 points in north

        JsonNode demo = s.ledger.ok(s.admin, "Audit:reconcile");
        JsonNode north = s.ledger.ok(s.northAdmin, "Audit:reconcile");
        JsonNode all = s.ledger.ok(s.auditor, "Audit:reconcile");

        assertTotals(demo, 1, 40, 35, 5);
        assertTotals(north, 1, 30, 30, 0);
        assertTotals(all, 2, 70, 65, 5);
    }

    private static void assertTotals(JsonNode report, long accounts, long issued, long available, long redeemed) {
        assertTrue(report.get("ok").asBoolean(), report.toString());
        assertEquals(accounts, report.get("accounts").asLong());
        assertEquals(issued, report.get("issued").asLong());
        assertEquals(available, report.get("available").asLong());
        assertEquals(redeemed, report.get("redeemed").asLong());
        assertEquals(0, report.get("mismatches").size());
    }
}
