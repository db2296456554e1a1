package org.civicledger.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Everything under {@code civic.*} (environment: {@code CIVIC_*}). See API.md "Configuration names". */
@ConfigMapping(prefix = "civic")
public interface CivicConfig {

    /** {@code civic.ledger.*}. */
    Ledger ledger();

    /** Where identities, secrets and the embedded ledger live. */
    @WithName("data-dir")
    @WithDefault("./data")
    Path dataDir();

    /** Seeds the demo community and enables the demo tokens of API.md. */
    @WithDefault("false")
    boolean demo();

    /**
     * Callers by name: {@code civic.callers.<name>.token-sha256}, {@code .role}, {@code .organisation},
     * {@code .subject}, {@code .community}.
     */
    Map<String, CallerConfig> callers();

    /**
     * Per community, the base64 key of the keyed hash that turns an {@code externalRef} into a
     * resident id; generated under the data dir on first use when absent.
     */
    @WithName("resident-secrets")
    Map<String, String> residentSecrets();

    /** {@code civic.operations.*}: the operator's endpoints under {@code /ops/} (backups of the embedded ledger). */
    Operations operations();

    /** {@code civic.http.*}: what a request may be at the HTTP edge ({@code problem.RequestLimits}). */
    Http http();

    /** {@code civic.events.*}: the event streams ({@code events.OpenStreams}). */
    Events events();

    /** {@code civic.read-model.*}: the SQL read model the reports read ({@code readmodel.SqlReadModel}). */
    @WithName("read-model")
    ReadModel readModel();

    /** {@code civic.read-model.*}. */
    interface ReadModel {
        /**
         * {@code jdbc:postgresql://host:port/db} or {@code jdbc:h2:…}; default: an H2 file under
         * {@code <data dir>/read-model/}.
         */
        @WithName("jdbc-url")
        Optional<String> jdbcUrl();

        /** The database user, if the URL does not name one. */
        Optional<String> user();

        /** The database password, if any. */
        Optional<String> password();

        /** The most events projected in one SQL transaction. */
        @WithName("batch-size")
        @WithDefault("500")
        int batchSize();

        /** Read-only connections kept for reports (the projecting thread has its own). */
        @WithName("pool-size")
        @WithDefault("4")
        int poolSize();
    }

    /** {@code civic.http.*}. */
    interface Http {
        /** The longest request target (path and query) accepted, in characters; longer is 414. */
        @WithName("max-target-length")
        @WithDefault("4096")
        int maxTargetLength();

        /** The most header bytes accepted; more is 431. */
        @WithName("max-header-size")
        @WithDefault("20480")
        int maxHeaderSize();

        /** How long a body may take to arrive after its headers; later is 408 and the connection is closed. */
        @WithName("body-timeout")
        @WithDefault("30S")
        java.time.Duration bodyTimeout();
    }

    /** {@code civic.console.*}: the web console's sessions ({@code console.ConsoleSessions}). */
    Console console();

    /** {@code civic.console.*}. */
    interface Console {
        /** A console session unused for this long ends; the next request signs in again. */
        @WithName("idle-timeout")
        @WithDefault("15M")
        java.time.Duration idleTimeout();

        /** A console session ends this long after sign-in, however busy. */
        @WithName("max-age")
        @WithDefault("8H")
        java.time.Duration maxAge();

        /** Most console sessions held at once; signing in beyond ends the least recently used. */
        @WithName("max-sessions")
        @WithDefault("10000")
        int maxSessions();
    }

    /** {@code civic.events.*}. */
    interface Events {
        /** Event streams one caller may hold open at once; one more is 429 TOO_MANY_STREAMS. */
        @WithName("max-streams-per-caller")
        @WithDefault("4")
        int maxStreamsPerCaller();

        /** How often each stream gets a comment line, so that a quiet stream is not cut as idle. */
        @WithDefault("30S")
        java.time.Duration heartbeat();
    }

    /** {@code civic.ledger.*}. */
    interface Ledger {
        /** {@code embedded} (default) or {@code fabric}. */
        @WithDefault("embedded")
        String mode();

        /**
         * Fabric mode: the gateway's profile (channel, chaincode, its peer and TLS CA certificate, its
         * organisation's admin and callers): an organisation's own ({@code "organisation"}, {@code "caCert"};
         * {@code network/org.sh} writes {@code ORG_HOME/gateway/profile.json}) or the single-host development
         * network's ({@code "development": true}; {@code network/up.sh} writes the default). Relative to the
         * working directory.
         */
        @WithName("fabric-profile")
        @WithDefault("network/.data/gateway.json")
        Path fabricProfile();

        /** Attempts in all of a transaction invalidated by concurrent writes (MVCC) before 429 {@code CONTENDED}. */
        @WithDefault("" + org.civicledger.gateway.ledger.ConflictRetry.DEFAULT_MAX_ATTEMPTS)
        int maxAttempts();

        /**
         * How long start-up keeps asking again while the ledger is unavailable (a Fabric network whose
         * peers are still finding each other) before the gateway gives up and exits.
         */
        @WithName("startup-wait")
        @WithDefault("90S")
        java.time.Duration startupWait();
    }

    /** {@code civic.operations.*}. */
    interface Operations {
        /**
         * Lowercase hex SHA-256 of the operator's bearer token (not a ledger caller's); without it every
         * {@code /ops/} request is refused.
         */
        @WithName("token-sha256")
        Optional<String> tokenSha256();

        /** Where backups are written, one folder per backup; best on another disk than {@code civic.data-dir}. */
        @WithName("backup-dir")
        @WithDefault("./backups")
        Path backupDir();
    }

    /** One configured caller; the token itself is never configured, only its SHA-256. */
    interface CallerConfig {
        /** Lowercase hex SHA-256 of the bearer token. */
        @WithName("token-sha256")
        String tokenSha256();

        /** ADMIN, APP, MERCHANT, BANK or AUDITOR. */
        String role();

        /** The caller's organisation (its MSP id), e.g. {@code CommunityMSP}. */
        String organisation();

        /** App id, merchant id, bank id…; defaults to the caller's name. */
        Optional<String> subject();

        /** The community, for ADMIN, APP and MERCHANT. */
        Optional<String> community();
    }
}
