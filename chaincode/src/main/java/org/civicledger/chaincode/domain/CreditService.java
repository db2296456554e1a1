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
import org.civicledger.chaincode.model.Household;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.ScoreModel;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.api.Role;
import org.civicledger.chaincode.model.Score;
import org.civicledger.chaincode.state.Keys;

/**
 * Credit scores and banks' credit checks. A bank gets a score only through
 * {@link #check(Tx, String)}, which needs the resident's valid consent and writes the check to
 * the resident's query log in the same transaction.
 */
public final class CreditService {
    static final int SCORE_MONTHS = 12;

    /**
     * A credit check of a resident ({@code residentId}) or of a household ({@code householdId} and its
     * {@code communityId}): exactly one subject. With a {@code checkId} (the bank's idempotency id, scoped to the
     * bank) a retry of the same request returns the original check without logging it again; without one, every
     * call is a new check.
     *
     * <p>A household check needs the consent of the household's current head naming the household; its score is
     * {@link ScoreCalculator#household the household rule} over every member's score; the check is written to
     * every member's query log, and {@link Keys#creditCheckTx} points at the head's entry.
     */
    public CreditCheck check(Tx tx, String json) {
        Request r = Request.parse(json);
        String checkId = r.optionalId("checkId");
        String residentId = r.optionalMatching("residentId", ResidentService.RESIDENT_ID,
                ResidentService.RESIDENT_ID_RULE);
        String householdId = r.optionalId("householdId");
        String communityId = r.optionalId("communityId");
        String productId = r.id("productId");
        String purpose = r.id("purpose");
        r.done();
        if ((residentId == null) == (householdId == null)) {
            throw LedgerException.validation("exactly one of residentId and householdId is required");
        }
        if ((householdId == null) != (communityId == null)) {
            throw LedgerException.validation("communityId is required with householdId, and only with it");
        }
        Member bank = tx.requireRole(Role.BANK);
        String idKey = checkId == null ? null : Keys.creditCheck(bank.subjectId(), checkId);
        if (idKey != null) {
            Optional<CreditCheck> existing = tx.store().replay(idKey, CreditCheck.class,
                    c -> c.sameRequest(residentId, householdId, communityId, productId, purpose), "credit check");
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        LoanProduct product = LoanProductService.require(tx, bank.subjectId(), productId);
        Subject subject = householdId == null ? Subject.of(tx, residentId, bank.subjectId(), purpose, product)
                : Subject.household(tx, communityId, householdId, bank.subjectId(), purpose, product);
        Score score = subject.score();
        LoanTerms terms = product.bands().get(score.band());
        Instant now = tx.now();
        CreditCheck check = new CreditCheck(subject.residentId(), bank.subjectId(), productId, purpose,
                subject.consent().consentId(), now.toString(), tx.txId(), score, terms != null,
                terms == null ? null : terms.maxAmountFen(), terms == null ? null : terms.rateDiscountBps(), checkId,
                householdId, communityId, householdId == null ? null : subject.memberIds());
        String logKey = Keys.creditQuery(subject.residentId(), now, tx.txId());
        for (String member : subject.memberIds()) {
            tx.store().put(Keys.creditQuery(member, now, tx.txId()), check);
        }
        tx.store().put(Keys.creditCheckTx(tx.txId()), new CheckRef(logKey));
        if (idKey != null) {
            tx.store().put(idKey, check);
        }
        tx.emit(EventType.CreditChecked, "residentId", subject.residentId(), "communityId", subject.communityId(),
                "bankId", bank.subjectId(), "productId", productId,
                "purpose", purpose, "consentId", subject.consent().consentId(), "band", score.band(), "eligible",
                terms != null, "householdId", householdId);
        return check;
    }

    /**
     * Who a check is of: a resident, or a household through its head (its {@code residentId}); whose query logs
     * it goes on, the consent that allows it and its score.
     */
    private record Subject(String residentId, String communityId, List<String> memberIds, Consent consent,
                           Score score) {

        static Subject of(Tx tx, String residentId, String bankId, String purpose, LoanProduct product) {
            Resident resident = ResidentService.require(tx, residentId);
            Consent consent = ConsentService.requireValid(tx, residentId, bankId, purpose,
                    product.consentRequirement());
            return new Subject(residentId, resident.communityId(), List.of(residentId), consent, CreditService.score(tx, resident));
        }

        /**
         * @throws LedgerException {@code NOT_FOUND} for an unknown household, {@code INVALID_STATE} for one without
         *                         members, {@code CONSENT_REQUIRED} without its current head's consent naming it
         */
        static Subject household(Tx tx, String communityId, String householdId, String bankId, String purpose,
                                 LoanProduct product) {
            ScoreModel model = ScoreModels.current(tx);
            Household household = HouseholdService.require(tx, communityId, householdId);
            if (household.headResidentId() == null) {
                throw LedgerException.invalidState("the household has no members");
            }
            Consent consent = ConsentService.requireValid(tx, household.headResidentId(), household, bankId,
                    purpose, product.consentRequirement());
            List<Score> scores = new ArrayList<>();
            for (String member : household.memberIds()) {
                scores.add(CreditService.score(tx, ResidentService.require(tx, member), model));
            }
            Score score = ScoreCalculator.household(model, household.headResidentId(), scores,
                    new Score.AsOf(tx.nowText(), tx.txId()));
            return new Subject(household.headResidentId(), communityId, household.memberIds(), consent, score);
        }
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
        return score(tx, resident, ScoreModels.current(tx));
    }

    /** The resident's score under {@code model}: the resident's record and twelve bucket keys. */
    static Score score(Tx tx, Resident resident, ScoreModel model) {
        return score(tx, resident, model, lastTwelve(tx, resident.residentId()));
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

    /** The resident's score under {@code model}, from buckets read by {@link #lastTwelve} (evaluations score twice). */
    static Score score(Tx tx, Resident resident, ScoreModel model, List<Bucket> buckets) {
        return ScoreCalculator.compute(model, resident.residentId(), buckets,
                Keys.month(Instant.parse(resident.enrolledAt())), Keys.month(tx.now()),
                new Score.AsOf(tx.nowText(), tx.txId()));
    }
}
