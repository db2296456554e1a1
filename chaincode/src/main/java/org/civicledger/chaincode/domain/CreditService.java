package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Bucket;
import org.civicledger.chaincode.model.Consent;
import org.civicledger.chaincode.model.CreditCheck;
import org.civicledger.chaincode.model.LoanProduct;
import org.civicledger.chaincode.model.LoanTerms;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.api.Role;
import org.civicledger.chaincode.model.Score;
import org.civicledger.chaincode.model.ScoreModel;
import org.civicledger.chaincode.state.Keys;

/**
 * Credit scores and banks' credit checks. A bank gets a score only through
 * {@link #check(Tx, String)}, which needs the resident's valid consent and writes the check to
 * the resident's query log in the same transaction.
 */
public final class CreditService {
    static final int SCORE_MONTHS = 12;

    /**
     * A credit check. With a {@code checkId} (the bank's idempotency id, scoped to the bank) a
     * retry of the same request returns the original check without logging it again; without
     * one, every call is a new check.
     */
    public CreditCheck check(Tx tx, String json) {
        Request r = Request.parse(json);
        String checkId = r.optionalId("checkId");
        String residentId = r.matching("residentId", ResidentService.RESIDENT_ID, ResidentService.RESIDENT_ID_RULE);
        String productId = r.id("productId");
        String purpose = r.id("purpose");
        r.done();
        Member bank = tx.requireRole(Role.BANK);
        String idKey = checkId == null ? null : Keys.creditCheck(bank.subjectId(), checkId);
        if (idKey != null) {
            Optional<CreditCheck> existing = tx.store().replay(idKey, CreditCheck.class,
                    c -> c.sameRequest(residentId, productId, purpose), "credit check");
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        LoanProduct product = LoanProductService.require(tx, bank.subjectId(), productId);
        Resident resident = ResidentService.require(tx, residentId);
        Consent consent = ConsentService.requireValid(tx, residentId, bank.subjectId(), purpose,
                product.requireSignedConsent());
        Score score = score(tx, resident);
        LoanTerms terms = product.bands().get(score.band());
        Instant now = tx.now();
        CreditCheck check = new CreditCheck(residentId, bank.subjectId(), productId, purpose, consent.consentId(),
                now.toString(), tx.txId(), score, terms != null, terms == null ? null : terms.maxAmountFen(),
                terms == null ? null : terms.rateDiscountBps(), checkId);
        String logKey = Keys.creditQuery(residentId, now, tx.txId());
        tx.store().put(logKey, check);
        tx.store().put(Keys.creditCheckTx(tx.txId()), new CheckRef(logKey));
        if (idKey != null) {
            tx.store().put(idKey, check);
        }
        tx.emit(EventType.CreditChecked, "residentId", residentId, "communityId", resident.communityId(), "bankId",
                bank.subjectId(), "productId", productId,
                "purpose", purpose, "consentId", consent.consentId(), "band", score.band(), "eligible", terms != null);
        return check;
    }

    /** Index entry: the query-log key of the check a transaction made. */
    public record CheckRef(String key) {
    }

    /**
     * @return the check transaction {@code txId} made, read from the query log
     * @throws org.civicledger.chaincode.error.LedgerException {@code NOT_FOUND} when it made none (or one written
     *         before the index)
     */
    public static CreditCheck requireByTx(Tx tx, String txId) {
        CheckRef ref = tx.store().require(Keys.creditCheckTx(txId), CheckRef.class, "credit check");
        return tx.store().require(ref.key(), CreditCheck.class, "credit check");
    }

    /** The resident's own view of their score, through their community's app; not a bank check. */
    public Score residentCredit(Tx tx, String residentId) {
        ResidentService.checkId(residentId);
        Member app = tx.requireRole(Role.APP);
        Resident resident = ResidentService.require(tx, residentId);
        Access.sameCommunity(app, resident.communityId());
        return score(tx, resident);
    }

    /** Every credit check made on the resident, oldest first. */
    public List<CreditCheck> queryLog(Tx tx, String residentId) {
        Resident resident = ResidentService.readable(tx, residentId, Role.APP);
        return tx.store().scan(Keys.creditQueries(residentId), CreditCheck.class);
    }

    /** Reads the model, the resident and twelve bucket keys: the same work however long the history. */
    static Score score(Tx tx, Resident resident) {
        return score(tx, resident, ScoreModels.current(tx), lastTwelve(tx, resident.residentId()));
    }

    /** The resident's buckets of the twelve months up to the transaction's (months without one are absent). */
    static List<Bucket> lastTwelve(Tx tx, String residentId) {
        YearMonth current = Keys.month(tx.now());
        List<Bucket> buckets = new ArrayList<>();
        for (int i = SCORE_MONTHS - 1; i >= 0; i--) {
            tx.store().find(Keys.bucket(residentId, current.minusMonths(i)), Bucket.class).ifPresent(buckets::add);
        }
        return buckets;
    }

    /** The resident's score under {@code model}, from buckets read by {@link #lastTwelve}. */
    static Score score(Tx tx, Resident resident, ScoreModel model, List<Bucket> buckets) {
        return ScoreCalculator.compute(model, resident.residentId(), buckets,
                Keys.month(Instant.parse(resident.enrolledAt())), Keys.month(tx.now()),
                new Score.AsOf(tx.nowText(), tx.txId()));
    }
}
