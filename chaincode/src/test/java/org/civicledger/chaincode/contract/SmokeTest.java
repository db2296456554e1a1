package org.civicledger.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.civicledger.chaincode.testing.Scenario;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void award_then_redeem_moves_the_balance() {
        Scenario s = new Scenario();
        String rid = s.enrol("person-1");
        s.award("c1", rid, "volunteer-hour", 3);
        s.redeem("r1", rid, 12);
        assertEquals(18, s.available(rid));
    }
}
