package org.civicledger.gateway.ledger.embedded;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * The chaincode's view of one transaction being simulated, as a Fabric peer gives it: reads
 * come from committed state and are recorded with their versions (a transaction does not see
 * its own writes), writes are only recorded, range reads are recorded for phantom detection.
 */
final class SimulationStub implements ChaincodeStub {
    private static final String CHANNEL = "civic";
    private static final String MIN_KEY = "\u0001";

    private final WorldState state;
    private final CommittedCache committed;
    private final HistoricValues historicValues;
    private final String txId;
    private final Instant timestamp;
    private final byte[] creator;
    private final String mspId;
    private final List<byte[]> args;
    private final Map<String, ReadWriteSet.KeyRead> reads = new LinkedHashMap<>();
    private final List<ReadWriteSet.RangeRead> ranges = new ArrayList<>();
    private final Map<String, ReadWriteSet.KeyWrite> writes = new LinkedHashMap<>();
    private ChaincodeEvent event;

    /** Where a key's past values are read from: the block that wrote them. */
    interface HistoricValues {
        byte[] valueAt(String key, Version version);
    }

    SimulationStub(WorldState state, CommittedCache committed, HistoricValues historicValues, String txId,
                   Instant timestamp, byte[] creator, String mspId, List<String> args) {
        this.state = state;
        this.committed = committed;
        this.historicValues = historicValues;
        this.txId = txId;
        this.timestamp = timestamp;
        this.creator = creator.clone();
        this.mspId = mspId;
        this.args = args.stream().map(a -> a.getBytes(StandardCharsets.UTF_8)).toList();
    }

    ReadWriteSet readWriteSet() {
        return new ReadWriteSet(List.copyOf(reads.values()), List.copyOf(ranges), List.copyOf(writes.values()));
    }

    Transaction.Event event() {
        return event == null ? null : new Transaction.Event(event.getEventName(), event.getPayload().toByteArray());
    }

    @Override
    public byte[] getState(String key) {
        WorldState.Versioned value = committed.read(key).orElse(null);
        reads.putIfAbsent(key, new ReadWriteSet.KeyRead(key, value == null ? null : value.version()));
        return value == null ? null : value.value();
    }

    @Override
    public void putState(String key, byte[] value) {
        checkKey(key);
        if (value == null) {
            throw new IllegalArgumentException("value must not be null; use delState");
        }
        writes.put(key, new ReadWriteSet.KeyWrite(key, value.clone(), false));
    }

    @Override
    public void delState(String key) {
        checkKey(key);
        writes.put(key, new ReadWriteSet.KeyWrite(key, null, true));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        return range(startKey, endKey, Integer.MAX_VALUE, "");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(String startKey, String endKey,
                                                                                  int pageSize, String bookmark) {
        return range(startKey, endKey, pageSize, bookmark);
    }

    private Results range(String startKey, String endKey, int pageSize, String bookmark) {
        String start = startKey == null || startKey.isEmpty() ? MIN_KEY : startKey;
        String from = bookmark == null || bookmark.isEmpty() ? start : bookmark;
        int fetch = pageSize == Integer.MAX_VALUE ? Integer.MAX_VALUE : pageSize + 1;
        List<Map.Entry<String, WorldState.Versioned>> found = state.range(from, endKey, fetch);
        boolean exhausted = found.size() <= pageSize;
        String next = exhausted ? "" : found.get(pageSize).getKey();
        List<Map.Entry<String, WorldState.Versioned>> page = exhausted ? found : found.subList(0, pageSize);
        List<ReadWriteSet.KeyRead> seen = new ArrayList<>();
        List<KeyValue> values = new ArrayList<>();
        for (Map.Entry<String, WorldState.Versioned> e : page) {
            seen.add(new ReadWriteSet.KeyRead(e.getKey(), e.getValue().version()));
            values.add(new Entry(e.getKey(), e.getValue().value()));
        }
        ranges.add(new ReadWriteSet.RangeRead(from, endKey, seen, exhausted));
        return new Results(values, QueryResponseMetadata.newBuilder().setBookmark(next)
                .setFetchedRecordsCount(values.size()).build());
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        List<KeyModification> out = new ArrayList<>();
        for (WorldState.Modification m : state.history(key)) {
            out.add(new Modification(m, m.deleted() ? null : historicValues.valueAt(key, m.version())));
        }
        return new HistoryResults(out);
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("event name must not be empty");
        }
        event = ChaincodeEvent.newBuilder().setEventName(name).setTxId(txId).setChaincodeId("civic-ledger")
                .setPayload(ByteString.copyFrom(payload == null ? new byte[0] : payload)).build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    @Override
    public List<byte[]> getArgs() {
        return args;
    }

    @Override
    public List<String> getStringArgs() {
        return args.stream().map(a -> new String(a, StandardCharsets.UTF_8)).toList();
    }

    @Override
    public String getFunction() {
        return getStringArgs().get(0);
    }

    @Override
    public List<String> getParameters() {
        List<String> all = getStringArgs();
        return all.subList(1, all.size());
    }

    @Override
    public String getTxId() {
        return txId;
    }

    @Override
    public String getChannelId() {
        return CHANNEL;
    }

    @Override
    public Instant getTxTimestamp() {
        return timestamp;
    }

    @Override
    public byte[] getCreator() {
        return creator.clone();
    }

    @Override
    public String getMspId() {
        return mspId;
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return Map.of();
    }

    @Override
    public byte[] getBinding() {
        return new byte[0];
    }

    @Override
    public SignedProposal getSignedProposal() {
        return null;
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.charAt(0) == 0) {
            throw new IllegalArgumentException("invalid key: keys are non-empty and do not start with U+0000");
        }
    }

    // Beyond what the embedded ledger offers (the contracts use none of it): refused loudly.

    @Override
    public Response invokeChaincode(String chaincodeName, List<byte[]> arguments, String channel) {
        throw unsupported("chaincode-to-chaincode calls");
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        throw unsupported("key-level endorsement");
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        throw unsupported("key-level endorsement");
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        throw unsupported("composite keys");
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        throw unsupported("composite keys");
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        throw unsupported("composite keys");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        throw unsupported("composite keys");
    }

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw unsupported("rich queries");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(String query, int pageSize,
                                                                                  String bookmark) {
        throw unsupported("rich queries");
    }

    @Override
    public byte[] getPrivateData(String collection, String key) {
        throw unsupported("private data");
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        throw unsupported("private data");
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw unsupported("private data");
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        throw unsupported("private data");
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw unsupported("private data");
    }

    @Override
    public void delPrivateData(String collection, String key) {
        throw unsupported("private data");
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection,
                                                                              CompositeKey compositeKey) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String objectType,
                                                                              String... attributes) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw unsupported("private data");
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " are not supported by the embedded ledger");
    }

    private record Entry(String getKey, byte[] getValue) implements KeyValue {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
        }
    }

    private record Modification(WorldState.Modification m, byte[] value) implements KeyModification {
        @Override
        public String getTxId() {
            return m.txId();
        }

        @Override
        public byte[] getValue() {
            return value == null ? new byte[0] : value.clone();
        }

        @Override
        public String getStringValue() {
            return new String(getValue(), StandardCharsets.UTF_8);
        }

        @Override
        public Instant getTimestamp() {
            return Instant.ofEpochMilli(m.timestampMillis());
        }

        @Override
        public boolean isDeleted() {
            return m.deleted();
        }
    }

    private static final class Results
            implements QueryResultsIteratorWithMetadata<KeyValue>, QueryResultsIterator<KeyValue> {
        private final List<KeyValue> items;
        private final QueryResponseMetadata metadata;

        Results(List<KeyValue> items, QueryResponseMetadata metadata) {
            this.items = items;
            this.metadata = metadata;
        }

        @Override
        public QueryResponseMetadata getMetadata() {
            return metadata;
        }

        @Override
        public Iterator<KeyValue> iterator() {
            return items.iterator();
        }

        @Override
        public void close() {
        }
    }

    private record HistoryResults(List<KeyModification> items) implements QueryResultsIterator<KeyModification> {
        @Override
        public Iterator<KeyModification> iterator() {
            return items.iterator();
        }

        @Override
        public void close() {
        }
    }
}
