package org.civicledger.chaincode.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civicledger.api.events.EventType;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.model.ScoreModel;
import org.civicledger.chaincode.state.Keys;

/**
 * Where the versioned score models live and which one is in force.
 *
 * <p>The pointer record {@code Keys.currentScoreModel()} holds {@code version}, the model in force since its last
 * write, and {@code schedule}, the approved versions not yet in force when it was written, each with its
 * {@code effectiveAt}. The model in force at a transaction's time is the highest version among {@code version} and
 * the scheduled entries whose {@code effectiveAt} ≤ that time. Pointers written before models were governed hold
 * {@code version} only, and read the same way. Each approval folds the entries already in force into
 * {@code version}, so the schedule holds only versions still waiting: it stays small.
 */
final class ScoreModels {
    private ScoreModels() {
    }

    /** The version in force since the pointer's last write, and the approved versions waiting for their time. */
    record Pointer(long version, List<Scheduled> schedule) {
        Pointer(long version) {
            this(version, null);
        }

        Pointer {
            schedule = schedule == null || schedule.isEmpty() ? null : List.copyOf(schedule);
        }

        /** @return the version in force at {@code at} */
        long versionAt(Instant at) {
            long inForce = version;
            if (schedule != null) {
                for (Scheduled s : schedule) {
                    if (!Instant.parse(s.effectiveAt()).isAfter(at) && s.version() > inForce) {
                        inForce = s.version();
                    }
                }
            }
            return inForce;
        }

        /** @return the highest version approved so far, in force or not */
        long highestApproved() {
            long highest = version;
            if (schedule != null) {
                for (Scheduled s : schedule) {
                    highest = Math.max(highest, s.version());
                }
            }
            return highest;
        }

        /** @return this pointer with {@code added} scheduled, the entries in force at {@code now} folded in */
        Pointer with(Scheduled added, Instant now) {
            List<Scheduled> all = new ArrayList<>(schedule == null ? List.of() : schedule);
            all.add(added);
            Pointer whole = new Pointer(version, all);
            long inForce = whole.versionAt(now);
            List<Scheduled> waiting = new ArrayList<>();
            for (Scheduled s : all) {
                // an entry below the version in force can never take effect: dropped
                if (s.version() > inForce && Instant.parse(s.effectiveAt()).isAfter(now)) {
                    waiting.add(s);
                }
            }
            return new Pointer(inForce, waiting);
        }
    }

    /** An approved version and when it takes effect. */
    record Scheduled(long version, String effectiveAt) {
    }

    static void commit(Tx tx, ScoreModel model) {
        tx.store().put(Keys.scoreModel(model.version()), model);
        tx.store().put(Keys.currentScoreModel(), new Pointer(model.version()));
        tx.emit(EventType.ScoreModelPublished, "modelVersion", model.version());
    }

    /**
     * @throws LedgerException {@code INVALID_STATE} before the ledger is initialised
     */
    static Pointer pointer(Tx tx) {
        return tx.store().find(Keys.currentScoreModel(), Pointer.class)
                .orElseThrow(() -> LedgerException.invalidState("the ledger is not initialised: no score model"));
    }

    /**
     * The model in force at the transaction's time: the highest approved version whose {@code effectiveAt} has come.
     *
     * @throws LedgerException {@code INVALID_STATE} before the ledger is initialised
     */
    static ScoreModel current(Tx tx) {
        return require(tx, pointer(tx).versionAt(tx.now()));
    }

    static ScoreModel require(Tx tx, long version) {
        return tx.store().require(Keys.scoreModel(version), ScoreModel.class, "score model");
    }

    /** Records an approved model and schedules it for its {@code effectiveAt}. */
    static void schedule(Tx tx, ScoreModel model) {
        tx.store().put(Keys.scoreModel(model.version()), model);
        tx.store().put(Keys.currentScoreModel(),
                pointer(tx).with(new Scheduled(model.version(), model.effectiveAt()), tx.now()));
    }
}
