package org.civicledger.client;

import static org.civicledger.client.JsonCodec.optionalLong;
import static org.civicledger.client.JsonCodec.requiredInstant;
import static org.civicledger.client.JsonCodec.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The disputes group's bodies. */
final class DisputeJson {
    private DisputeJson() {
    }

    static ObjectNode dispute(DisputeRequest request) {
        return JsonCodec.object()
                .put("disputeId", request.disputeId())
                .put("residentId", request.residentId())
                .put("targetTxId", request.targetTxId())
                .put("reason", request.reason());
    }

    static ObjectNode resolution(DisputeOutcome outcome, String note) {
        return JsonCodec.object().put("outcome", outcome.name()).put("note", note);
    }

    static Dispute dispute(JsonNode node, boolean replayed) {
        JsonNode resolution = node.get("resolution");
        return new Dispute(requiredText(node, "disputeId"), requiredText(node, "residentId"),
                requiredText(node, "communityId"), requiredText(node, "targetTxId"), requiredText(node, "reason"),
                requiredText(node, "status"), requiredInstant(node, "filedAt"), requiredInstant(node, "dueBy"),
                resolution == null || resolution.isNull() ? null : resolution(resolution), requiredText(node, "txId"),
                optionalLong(node, "blockNumber"), replayed);
    }

    static Dispute listed(JsonNode node) {
        return dispute(node, false);
    }

    private static DisputeResolution resolution(JsonNode node) {
        return new DisputeResolution(requiredText(node, "outcome"), requiredText(node, "note"),
                requiredText(node, "by"), requiredInstant(node, "at"), requiredText(node, "txId"),
                optionalLong(node, "reversedPoints"));
    }
}
