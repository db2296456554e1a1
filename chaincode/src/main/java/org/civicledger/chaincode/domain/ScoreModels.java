package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.model.ScoreModel;
import org.civicledger.chaincode.state.Keys;

/** Where the versioned score models live and which one is current. */
final class ScoreModels {
    private ScoreModels() {
    }

    /** The version of the model in force. */
    record Pointer(long version) {
    }

    static void commit(Tx tx, ScoreModel model) {
        tx.store().put(Keys.scoreModel(model.version()), model);
        tx.store().put(Keys.currentScoreModel(), new Pointer(model.version()));
        tx.emit(EventType.ScoreModelPublished, "modelVersion", model.version());
    }

    /**
     * @throws LedgerException {@code INVALID_STATE} before the ledger is initialised
     */
    static ScoreModel current(Tx tx) {
        Pointer pointer = tx.store().find(Keys.currentScoreModel(), Pointer.class)
                .orElseThrow(() -> LedgerException.invalidState("the ledger is not initialised: no score model"));
        return tx.store().require(Keys.scoreModel(pointer.version()), ScoreModel.class, "score model");
    }
}
