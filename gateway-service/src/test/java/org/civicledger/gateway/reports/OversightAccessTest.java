package org.civicledger.gateway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.civicledger.api.ErrorCode;
import org.civicledger.api.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.problem.ApiException;
import org.junit.jupiter.api.Test;

/** Who reads the oversight and anomaly reports, and of which community: the one rule, for every role. */
class OversightAccessTest {
    private static Caller caller(Role role, String communityId) {
        return new Caller("c", role, "CommunityMSP", "c", communityId, null);
    }

    @Test
    void an_auditor_reads_the_community_it_names_or_every_community() {
        Caller auditor = caller(Role.AUDITOR, null);
        assertEquals("north", OversightAccess.community(auditor, "north"));
        assertNull(OversightAccess.community(auditor, null), "every community");
    }

    @Test
    void an_admin_reads_its_own_community_only() {
        Caller admin = caller(Role.ADMIN, "demo");
        assertEquals("demo", OversightAccess.community(admin, null));
        assertEquals("demo", OversightAccess.community(admin, "demo"));
        ApiException refused = assertThrows(ApiException.class, () -> OversightAccess.community(admin, "north"));
        assertEquals(ErrorCode.FORBIDDEN, refused.code());
    }

    @Test
    void every_other_role_is_refused_whatever_it_names() {
        for (Role role : Role.values()) {
            if (role == Role.AUDITOR || role == Role.ADMIN) {
                continue;
            }
            Caller other = caller(role, "demo");
            for (String named : new String[] {null, "demo", "north"}) {
                ApiException refused = assertThrows(ApiException.class, () -> OversightAccess.community(other, named),
                        role + " naming " + named);
                assertEquals(ErrorCode.FORBIDDEN, refused.code());
            }
            assertThrows(ApiException.class, () -> OversightAccess.requireReader(other));
        }
    }
}
