package org.civicledger.chaincode.model;

import org.civicledger.api.points.HistoryType;

/** Which resident a points transaction touched, so that disputes can name it by transaction id. */
public record TxRef(String txId, String residentId, HistoryType type, String ref) {
}
