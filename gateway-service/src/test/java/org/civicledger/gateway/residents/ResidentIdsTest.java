package org.civicledger.gateway.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.civicledger.api.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.gateway.config.StartupSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resident ids under a fixed secret. The vectors were computed by the code before normalisation
 * (HMAC-SHA-256 of the raw reference's UTF-8 bytes; this test passes on that code too): plain ASCII
 * references keep their ids, so residents enrolled before stay findable.
 */
class ResidentIdsTest {
    /** The bytes 0, 1, …, 31. */
    static final String SECRET = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String CARD_ID = "c6b27e22fc812c997d1c696960529b4a30476ba924758204db482370c1fecfd0";

    private final ResidentIds ids = new ResidentIds(config(Map.of("demo", SECRET)), callersOf("demo"));

    @Test
    void an_ascii_reference_keeps_the_id_it_had_before_normalisation() {
        assertEquals(CARD_ID, ids.residentId("demo", "citizen-card-110105-0042"));
        assertEquals("4d6b7a73d81a3fad49db3947b750d4983b83bde6aae86d4506c86fb1eba48d61", ids.residentId("demo", "A-1 b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"citizen-card-110105-0042 ", " citizen-card-110105-0042", "citizen-card-110105-\uFF10\uFF10\uFF14\uFF12",
        "\uFF43itizen-card-110105-0042", "citizen-card-110105-0042\u3000", "\u00A0citizen-card-110105-0042\u2029"})
    void the_same_reference_written_differently_is_the_same_resident(String variant) {
        assertEquals(CARD_ID, ids.residentId("demo", variant));
    }

    @Test
    void a_community_none_of_the_gateways_callers_belongs_to_gets_no_id_until_one_does() {
        Callers callers = callersOf("demo");
        ResidentIds gateway = new ResidentIds(config(Map.of("demo", SECRET, "north", SECRET)), callers);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> gateway.residentId("north", "citizen-card-110105-0042"));
        assertEquals("no caller of this gateway belongs to community north: its resident-id secret stays with the"
                + " community's own gateway", e.getMessage());
        callers.add(Callers.sha256("north-admin-token"),
                new Caller("north-admin", Role.ADMIN, "CommunityMSP", "north-admin", "north", null));
        assertEquals(CARD_ID, gateway.residentId("north", "citizen-card-110105-0042"));
    }

    /** A gateway with an APP of {@code community}. */
    static Callers callersOf(String community) {
        Callers callers = new Callers();
        callers.add(Callers.sha256(community + "-app-token"),
                new Caller(community + "-app", Role.APP, "CommunityMSP", community + "-app", community, null));
        return callers;
    }

    static CivicConfig config(Map<String, String> secrets) {
        return new StartupSettings(null, false, Map.of(), secrets);
    }
}
