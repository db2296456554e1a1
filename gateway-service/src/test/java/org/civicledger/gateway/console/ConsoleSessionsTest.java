package org.civicledger.gateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.civicledger.api.Role;
import org.civicledger.gateway.auth.Caller;
import org.junit.jupiter.api.Test;

/** The console's sessions on their own: idle timeout, maximum age, the bound, sign-out and the CSRF comparison. */
class ConsoleSessionsTest {
    private static final Caller APP = new Caller("demo-app", Role.APP, "CommunityMSP", "demo-app", "demo", null);

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aSessionEndsAfterItsIdleTimeoutUnusedButNotWhileUsed() {
        Hands clock = new Hands();
        ConsoleSessions sessions = new ConsoleSessions(Duration.ofMinutes(15), Duration.ofHours(8), 10, clock);
        String id = sessions.open(APP).id();
        for (int i = 0; i < 8; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(14));
            assertTrue(sessions.find(id).isPresent(), "used every 14 minutes, it stays");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertTrue(sessions.find(id).isEmpty(), "16 minutes unused: ended");
        assertTrue(sessions.find(id).isEmpty(), "and stays ended");
    }

    @Test
    void aSessionEndsAtItsMaximumAgeHoweverBusy() {
        Hands clock = new Hands();
        ConsoleSessions sessions = new ConsoleSessions(Duration.ofMinutes(15), Duration.ofHours(1), 10, clock);
        String id = sessions.open(APP).id();
        for (int i = 0; i < 6; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(10));
            assertTrue(sessions.find(id).isPresent());
        }
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertTrue(sessions.find(id).isEmpty(), "61 minutes after sign-in");
    }

    @Test
    void signingOutEndsTheSessionAndOnlyThatOne() {
        ConsoleSessions sessions = new ConsoleSessions(Duration.ofMinutes(15), Duration.ofHours(8), 10, new Hands());
        String a = sessions.open(APP).id();
        String b = sessions.open(APP).id();
        sessions.close(a);
        assertTrue(sessions.find(a).isEmpty());
        assertTrue(sessions.find(b).isPresent());
    }

    @Test
    void atTheBoundTheLeastRecentlyUsedSessionEnds() {
        Hands clock = new Hands();
        ConsoleSessions sessions = new ConsoleSessions(Duration.ofMinutes(15), Duration.ofHours(8), 3, clock);
        String first = sessions.open(APP).id();
        clock.now = clock.now.plusSeconds(1);
        String second = sessions.open(APP).id();
        clock.now = clock.now.plusSeconds(1);
        String third = sessions.open(APP).id();
        clock.now = clock.now.plusSeconds(1);
        sessions.find(first);
        clock.now = clock.now.plusSeconds(1);
        String fourth = sessions.open(APP).id();
        assertTrue(sessions.find(second).isEmpty(), "the least recently used one made room");
        assertTrue(sessions.find(first).isPresent());
        assertTrue(sessions.find(third).isPresent());
        assertTrue(sessions.find(fourth).isPresent());
    }

    @Test
    void idsAndCsrfTokensAreUnguessableAndDistinct() {
        ConsoleSessions sessions = new ConsoleSessions(Duration.ofMinutes(15), Duration.ofHours(8), 1000, new Hands());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ConsoleSessions.Opened opened = sessions.open(APP);
            assertEquals(43, opened.id().length(), "256 bits, base64url");
            assertTrue(opened.id().matches("[A-Za-z0-9_-]+"));
            assertNotEquals(opened.id(), opened.session().csrf());
            assertTrue(seen.add(opened.id()) && seen.add(opened.session().csrf()));
        }
    }

    @Test
    void onlyTheSessionsOwnCsrfTokenMatches() {
        ConsoleSessions sessions = new ConsoleSessions(Duration.ofMinutes(15), Duration.ofHours(8), 10, new Hands());
        ConsoleSession one = sessions.open(APP).session();
        ConsoleSession two = sessions.open(APP).session();
        assertTrue(ConsoleSessions.csrfMatches(one, one.csrf()));
        assertFalse(ConsoleSessions.csrfMatches(one, two.csrf()));
        assertFalse(ConsoleSessions.csrfMatches(one, null));
        assertFalse(ConsoleSessions.csrfMatches(one, ""));
        assertFalse(ConsoleSessions.csrfMatches(one, one.csrf() + "x"));
    }

    @Test
    void valuesThatAreNotIdsFindNothing() {
        ConsoleSessions sessions = new ConsoleSessions(Duration.ofMinutes(15), Duration.ofHours(8), 10, new Hands());
        sessions.open(APP);
        for (String bad : new String[] {null, "", "x".repeat(65), "../../etc", "\u0000"}) {
            assertTrue(sessions.find(bad).isEmpty());
            sessions.close(bad);
        }
    }
}
