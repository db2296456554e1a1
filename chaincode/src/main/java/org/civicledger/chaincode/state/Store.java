package org.civicledger.chaincode.state;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Json;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/** Typed access to world state through the shared deterministic {@link Json} mapper. */
public final class Store {
    private final ChaincodeStub stub;

    public Store(ChaincodeStub stub) {
        this.stub = stub;
    }

    public <T> Optional<T> find(String key, Class<T> type) {
        byte[] value = stub.getState(key);
        return value == null || value.length == 0 ? Optional.empty() : Optional.of(Json.read(value, type));
    }

    /**
     * Reads a record that must exist.
     *
     * @throws LedgerException {@code NOT_FOUND} with "{what} not found"
     */
    public <T> T require(String key, Class<T> type, String what) {
        return find(key, type).orElseThrow(() -> LedgerException.notFound(what + " not found"));
    }

    /**
     * What an id already holds, for idempotent writes: the existing record when
     * {@code sameRequest} says the retry asks for the same thing (so it gets the original
     * result back), empty when the id is new.
     *
     * @throws LedgerException {@code ID_CONFLICT} when the id was used with another body
     */
    public <T> Optional<T> replay(String key, Class<T> type, Predicate<T> sameRequest, String what) {
        Optional<T> existing = find(key, type);
        if (existing.isPresent() && !sameRequest.test(existing.get())) {
            throw LedgerException.conflict(what + " already exists with another body");
        }
        return existing;
    }

    public void put(String key, Object record) {
        stub.putState(key, Json.bytes(record));
    }

    public void delete(String key) {
        stub.delState(key);
    }

    /** Every record whose key starts with {@code prefix}, in key order. */
    public <T> List<T> scan(String prefix, Class<T> type) {
        return scan(prefix, Keys.endOf(prefix), type);
    }

    public <T> List<T> scan(String startKey, String endKey, Class<T> type) {
        return scanFirst(startKey, endKey, Integer.MAX_VALUE, type);
    }

    /**
     * At most {@code limit} records from {@code startKey} (inclusive) to {@code endKey} (exclusive), in key order:
     * a bounded read for a submitting transaction (pagination is for read-only ones).
     */
    public <T> List<T> scanFirst(String startKey, String endKey, int limit, Class<T> type) {
        List<T> records = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results = stub.getStateByRange(startKey, endKey)) {
            for (KeyValue kv : results) {
                if (records.size() == limit) {
                    break;
                }
                records.add(Json.read(kv.getValue(), type));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("range query failed", e);
        }
        return records;
    }

    /**
     * One page of records under {@code prefix} (read-only transactions only, as on Fabric).
     *
     * @param cursor an opaque cursor from a previous page, or null for the first page
     * @throws LedgerException {@code VALIDATION_FAILED} for a cursor that belongs to another listing
     */
    public <T> Page<T> page(String prefix, int limit, String cursor, Class<T> type) {
        String bookmark = cursor == null ? "" : decodeCursor(prefix, cursor);
        List<T> items = new ArrayList<>();
        String next;
        try (QueryResultsIteratorWithMetadata<KeyValue> results =
                stub.getStateByRangeWithPagination(prefix, Keys.endOf(prefix), limit, bookmark)) {
            for (KeyValue kv : results) {
                items.add(Json.read(kv.getValue(), type));
            }
            next = results.getMetadata() == null ? "" : results.getMetadata().getBookmark();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("range query failed", e);
        }
        boolean more = next != null && !next.isEmpty() && items.size() == limit && next.startsWith(prefix);
        return new Page<>(items, more ? encodeCursor(next) : null);
    }

    private static String encodeCursor(String bookmark) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bookmark.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeCursor(String prefix, String cursor) {
        String bookmark;
        try {
            bookmark = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw LedgerException.validation("cursor is not valid");
        }
        if (!bookmark.startsWith(prefix)) {
            throw LedgerException.validation("cursor is not valid for this listing");
        }
        return bookmark;
    }

    /** One page of a listing and the cursor of the next, null at the end. */
    public record Page<T>(List<T> items, String nextCursor) {
    }
}
