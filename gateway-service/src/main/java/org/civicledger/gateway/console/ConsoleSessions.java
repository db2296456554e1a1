package org.civicledger.gateway.console;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civicledger.chaincode.crypto.Sha256;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.config.CivicConfig;

/**
 * The console's sessions, in memory: a session id (256 random bits, only ever in the browser's {@code HttpOnly}
 * cookie) maps to a {@link ConsoleSession}; the map is keyed by the id's SHA-256, so a heap dump holds no usable
 * cookie. A session ends at sign-out, after {@code civic.console.idle-timeout} unused, or {@code max-age} after
 * sign-in; at most {@code max-sessions} are held (signing in beyond ends the least recently used). A restart ends
 * every session: users sign in again.
 */
@Singleton
public class ConsoleSessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ConsoleSession> byIdHash = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Duration maxAge;
    private final int max;
    private final Clock clock;

    @Inject
    public ConsoleSessions(CivicConfig config) {
        this(config.console().idleTimeout(), config.console().maxAge(), config.console().maxSessions(),
                Clock.systemUTC());
    }

    ConsoleSessions(Duration idle, Duration maxAge, int max, Clock clock) {
        this.idle = idle;
        this.maxAge = maxAge;
        this.max = max;
        this.clock = clock;
    }

    /** A new session of {@code caller}, and its id (the cookie's value). */
    public record Opened(String id, ConsoleSession session) {
    }

    /** Opens a session for {@code caller}. */
    public Opened open(Caller caller) {
        Instant now = clock.instant();
        if (byIdHash.size() >= max) {
            expire(now);
            while (byIdHash.size() >= max) {
                byIdHash.entrySet().stream().min(Comparator.comparing(e -> e.getValue().seen()))
                        .ifPresent(e -> byIdHash.remove(e.getKey()));
            }
        }
        String id = random();
        ConsoleSession session = new ConsoleSession(caller, random(), now, now);
        byIdHash.put(Sha256.hex(id), session);
        return new Opened(id, session);
    }

    /**
     * The live session of a cookie value, marked as used now; empty when there is none, it has ended or the value
     * is not an id at all.
     */
    public Optional<ConsoleSession> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String key = Sha256.hex(id);
        ConsoleSession found = byIdHash.get(key);
        if (found == null) {
            return Optional.empty();
        }
        if (ended(found, now)) {
            byIdHash.remove(key, found);
            return Optional.empty();
        }
        ConsoleSession touched = found.touched(now);
        byIdHash.replace(key, found, touched);
        return Optional.of(touched);
    }

    /** Ends the session of a cookie value, if there is one. */
    public void close(String id) {
        if (id != null && !id.isEmpty() && id.length() <= 64) {
            byIdHash.remove(Sha256.hex(id));
        }
    }

    /** Whether {@code presented} is this session's CSRF token (compared in constant time). */
    public static boolean csrfMatches(ConsoleSession session, String presented) {
        return presented != null && MessageDigest.isEqual(session.csrf().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** @return the idle timeout, which the pages show */
    public Duration idleTimeout() {
        return idle;
    }

    private boolean ended(ConsoleSession session, Instant now) {
        return session.seen().plus(idle).isBefore(now) || session.started().plus(maxAge).isBefore(now);
    }

    private void expire(Instant now) {
        byIdHash.entrySet().removeIf(e -> ended(e.getValue(), now));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
