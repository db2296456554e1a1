package org.civicledger.chaincode.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
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
 * A {@link ChaincodeStub} over an in-memory world state, for tests. Writes go straight into the
 * state (no read/write set), so a contract that wrote before refusing would leave a trace the
 * tests can see; reads are counted so tests can bound a transaction's work.
 */
final class MemoryStub implements ChaincodeStub {
    private final NavigableMap<String, byte[]> state;
    private final List<byte[]> args;
    private final String txId;
    private final Instant timestamp;
    private final byte[] creator;
    private final String mspId;
    private ChaincodeEvent event;
    int reads;
    final java.util.Set<String> readKeys = new java.util.TreeSet<>();
    final java.util.Set<String> writtenKeys = new java.util.TreeSet<>();

    MemoryStub(NavigableMap<String, byte[]> state, List<String> args, String txId, Instant timestamp,
               byte[] creator, String mspId) {
        this.state = state;
        this.args = args.stream().map(a -> a.getBytes(StandardCharsets.UTF_8)).toList();
        this.txId = txId;
        this.timestamp = timestamp;
        this.creator = creator;
        this.mspId = mspId;
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
        return "civic";
    }

    @Override
    public byte[] getState(String key) {
        reads++;
        readKeys.add(key);
        return state.get(key);
    }

    @Override
    public void putState(String key, byte[] value) {
        if (key == null || key.isEmpty() || key.charAt(0) == 0) {
            throw new IllegalArgumentException("invalid key: " + key);
        }
        writtenKeys.add(key);
        state.put(key, value);
    }

    @Override
    public void delState(String key) {
        writtenKeys.add(key);
        state.remove(key);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        List<KeyValue> page = range(startKey, endKey, Integer.MAX_VALUE);
        return new Results(page, null);
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(String startKey, String endKey,
                                                                                  int pageSize, String bookmark) {
        String from = bookmark == null || bookmark.isEmpty() ? startKey : bookmark;
        List<KeyValue> page = range(from, endKey, pageSize + 1);
        String next = "";
        if (page.size() > pageSize) {
            next = page.get(pageSize).getKey();
            page = page.subList(0, pageSize);
        }
        return new Results(page, QueryResponseMetadata.newBuilder().setBookmark(next)
                .setFetchedRecordsCount(page.size()).build());
    }

    private List<KeyValue> range(String from, String to, int max) {
        List<KeyValue> out = new ArrayList<>();
        Map<String, byte[]> view = to == null || to.isEmpty() ? state.tailMap(from, true) : state.subMap(from, true, to, false);
        for (Map.Entry<String, byte[]> e : view.entrySet()) {
            if (out.size() == max) {
                break;
            }
            reads++;
            readKeys.add(e.getKey());
            out.add(new Entry(e.getKey(), e.getValue()));
        }
        return out;
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        event = ChaincodeEvent.newBuilder().setEventName(name)
                .setPayload(com.google.protobuf.ByteString.copyFrom(payload)).setTxId(txId).build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    @Override
    public Instant getTxTimestamp() {
        return timestamp;
    }

    @Override
    public byte[] getCreator() {
        return creator;
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

    // What the contracts never use: refused loudly, so a new use is noticed.

    @Override
    public Response invokeChaincode(String chaincodeName, List<byte[]> args, String channel) {
        throw new UnsupportedOperationException("invokeChaincode");
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        throw new UnsupportedOperationException("getStateValidationParameter");
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        throw new UnsupportedOperationException("setStateValidationParameter");
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        throw new UnsupportedOperationException("composite keys");
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        throw new UnsupportedOperationException("composite keys");
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        throw new UnsupportedOperationException("composite keys");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        throw new UnsupportedOperationException("composite keys");
    }

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        throw new UnsupportedOperationException("composite keys");
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        throw new UnsupportedOperationException("composite keys");
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw new UnsupportedOperationException("rich queries");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(String query, int pageSize,
                                                                                  String bookmark) {
        throw new UnsupportedOperationException("rich queries");
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        throw new UnsupportedOperationException("getHistoryForKey");
    }

    @Override
    public byte[] getPrivateData(String collection, String key) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public void delPrivateData(String collection, String key) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection,
                                                                              CompositeKey compositeKey) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String objectType,
                                                                              String... attributes) {
        throw new UnsupportedOperationException("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw new UnsupportedOperationException("private data");
    }

    private record Entry(String getKey, byte[] getValue) implements KeyValue {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
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
}
