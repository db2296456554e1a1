package org.civicledger.client;

import static org.civicledger.client.JsonCodec.list;
import static org.civicledger.client.JsonCodec.optionalLong;
import static org.civicledger.client.JsonCodec.requiredBoolean;
import static org.civicledger.client.JsonCodec.requiredInstant;
import static org.civicledger.client.JsonCodec.requiredInt;
import static org.civicledger.client.JsonCodec.requiredLong;
import static org.civicledger.client.JsonCodec.requiredText;
import static org.civicledger.client.JsonCodec.strings;
import static org.civicledger.client.JsonCodec.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The audit group's answers, and ledger events (streamed, or listed on a transaction). */
final class AuditJson {
    private AuditJson() {
    }

    static AuditTransaction transaction(JsonNode node) {
        return new AuditTransaction(requiredText(node, "txId"), requiredLong(node, "blockNumber"),
                requiredInt(node, "txIndex"), requiredText(node, "validationCode"), requiredText(node, "creatorMspId"),
                requiredText(node, "creatorId"), list(node.get("endorsements"), e -> requiredText(e, "mspId")),
                requiredInstant(node, "time"), requiredText(node, "function"), strings(node.get("arguments")),
                list(node.get("events"), AuditJson::transactionEvent));
    }

    static Block block(JsonNode node) {
        return new Block(requiredLong(node, "number"), requiredText(node, "hash"), text(node, "previousHash"),
                requiredText(node, "dataHash"), text(node, "stateDigest"), requiredInstant(node, "time"),
                strings(node.get("transactions")));
    }

    static IntegrityReport integrity(JsonNode node) {
        return new IntegrityReport(requiredBoolean(node, "verified"), requiredLong(node, "height"),
                requiredLong(node, "checkedBlocks"), optionalLong(node, "firstBadBlock"),
                requiredBoolean(node, "stateVerified"), text(node, "problem"));
    }

    static Reconciliation reconciliation(JsonNode node) {
        return new Reconciliation(requiredBoolean(node, "ok"), requiredLong(node, "issued"),
                requiredLong(node, "available"), requiredLong(node, "redeemed"), requiredLong(node, "expired"),
                requiredLong(node, "reversed"), list(node.get("mismatches"), m -> new ReconciliationMismatch(
                        requiredText(m, "subject"), requiredText(m, "check"), requiredLong(m, "expected"),
                        requiredLong(m, "actual"))));
    }

    /** A streamed event: its SSE id, and its data {@code {type, txId, blockNumber, payload}}. */
    static LedgerEvent streamedEvent(String id, JsonNode data) {
        return event(id, data, data.get("payload"));
    }

    /** An event listed on a transaction: its {@code position} and its payload as a JSON string. */
    private static LedgerEvent transactionEvent(JsonNode node) {
        return event(requiredText(node, "position"), node, JsonCodec.parse(text(node, "payload")));
    }

    @SuppressWarnings("unchecked")
    private static LedgerEvent event(String id, JsonNode node, JsonNode payload) {
        Object fields = JsonCodec.plain(payload);
        return new LedgerEvent(id, requiredText(node, "type"), requiredText(node, "txId"),
                requiredLong(node, "blockNumber"), fields instanceof Map ? (Map<String, Object>) fields : Map.of());
    }
}
