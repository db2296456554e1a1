package org.civicledger.api.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civicledger.api.Wire;
import org.civicledger.api.points.RedemptionRequest;
import org.junit.jupiter.api.Test;

class CategoriesTest {

    @Test
    void the_defaults_are_the_five_historical_categories_and_match_the_pattern() {
        assertEquals(List.of("VOLUNTEER_SERVICE", "SAFETY_PATROL", "ANTI_FRAUD_PUBLICITY", "GARBAGE_SORTING",
                "COMMUNITY_AFFAIRS"), Categories.DEFAULTS);
        Categories.DEFAULTS.forEach(id -> assertTrue(Categories.ID.matcher(id).matches(), id));
        assertTrue(Categories.isDefault("SAFETY_PATROL"));
        assertFalse(Categories.isDefault("ELDERLY_CARE"));
    }

    @Test
    void the_pattern_takes_2_to_40_upper_case_letters_digits_or_underscores_starting_with_a_letter() {
        for (String good : List.of("AB", "ELDERLY_CARE", "A1", "A" + "B".repeat(39))) {
            assertTrue(Categories.ID.matcher(good).matches(), good);
        }
        for (String bad : List.of("A", "ab", "1AB", "A-B", "A B", "A/B", "", "A" + "B".repeat(40), "Ä_B")) {
            assertFalse(Categories.ID.matcher(bad).matches(), bad);
        }
    }

    @Test
    void builders_check_the_weight_and_the_value_before_sending() {
        assertThrows(IllegalStateException.class, () -> CategoryRequest.builder().categoryId("CARE").name("Care")
                .creditWeight(1001).build());
        assertThrows(IllegalStateException.class, () -> CategoryRequest.builder().categoryId("CARE").name("Care")
                .creditWeight(-1).build());
        RedemptionRequest.Builder redemption = RedemptionRequest.builder().redemptionId("r1")
                .residentId("a".repeat(64)).points(1).item("soap");
        assertThrows(IllegalStateException.class, () -> redemption.valueFen(-1).build());
        assertThrows(IllegalStateException.class, () -> redemption.valueFen(1_000_000_000_001L).build());
        assertEquals(1250L, redemption.valueFen(1250).build().valueFen());
    }

    @Test
    void a_request_without_a_value_leaves_it_off_the_wire() {
        RedemptionRequest plain = RedemptionRequest.builder().redemptionId("r1").residentId("a".repeat(64)).points(1)
                .item("soap").build();
        assertFalse(Wire.tree(plain).has("valueFen"));
    }
}
