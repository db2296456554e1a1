package org.civicledger.chaincode.domain;

import java.util.Optional;
import java.util.function.Predicate;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.model.Community;
import org.civicledger.chaincode.state.Store;

/**
 * Lookups of records by a client-supplied id, which is scoped to its issuer (community, merchant
 * or bank): the same id in two scopes is two records, and one tenant can neither see nor squat
 * another's ids.
 *
 * <p>Versions before scoping kept these records under one global key per id. A community created
 * before scoping ({@link Community#mayHoldLegacyIds()}) may still hold such records, so a lookup
 * that misses the scoped key there also reads the legacy key, and takes what it finds only if the
 * record belongs to the caller's scope. A record found there stays there (a reversal rewrites it
 * in place), so every record has exactly one key and the reconciliation counts each once.
 * Communities created since scoping never pay that second read.
 */
final class ScopedRecords {
    private ScopedRecords() {
    }

    /** A record and the key it lives at: its scoped key, or the legacy key it was written under. */
    record Found<T>(T record, String key) {
    }

    /**
     * @param community the caller's community: whether the legacy key can hold anything
     * @param inScope whether a record under the legacy key belongs to the caller's scope
     */
    static <T> Optional<Found<T>> find(Store store, Community community, String scopedKey, String legacyKey,
                                       Class<T> type, Predicate<T> inScope) {
        Optional<T> scoped = store.find(scopedKey, type);
        if (scoped.isPresent()) {
            return Optional.of(new Found<>(scoped.get(), scopedKey));
        }
        if (!community.mayHoldLegacyIds()) {
            return Optional.empty();
        }
        return store.find(legacyKey, type).filter(inScope).map(r -> new Found<>(r, legacyKey));
    }

    /**
     * @throws LedgerException {@code NOT_FOUND} with "{what} not found"
     */
    static <T> Found<T> require(Store store, Community community, String scopedKey, String legacyKey, Class<T> type,
                                Predicate<T> inScope, String what) {
        return find(store, community, scopedKey, legacyKey, type, inScope)
                .orElseThrow(() -> LedgerException.notFound(what + " not found"));
    }

    /**
     * What an id already holds in the caller's scope, for idempotent writes (see
     * {@link Store#replay}): the record when the retry asks for the same thing, empty when the id
     * is new in this scope.
     *
     * @throws LedgerException {@code ID_CONFLICT} when the id was used in this scope with another body
     */
    static <T> Optional<T> replay(Store store, Community community, String scopedKey, String legacyKey,
                                  Class<T> type, Predicate<T> inScope, Predicate<T> sameRequest, String what) {
        Optional<T> existing = find(store, community, scopedKey, legacyKey, type, inScope).map(Found::record);
        if (existing.isPresent() && !sameRequest.test(existing.get())) {
            throw LedgerException.conflict(what + " already exists with another body");
        }
        return existing;
    }
}
