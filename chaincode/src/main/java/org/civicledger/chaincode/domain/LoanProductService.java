package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.api.credit.Band;
import org.civicledger.api.credit.ConsentRequirement;
import org.civicledger.chaincode.model.LoanProduct;
import org.civicledger.chaincode.model.LoanTerms;
import org.civicledger.chaincode.model.Member;
import org.civicledger.api.Role;
import org.civicledger.chaincode.state.Keys;

/** Loan products that banks publish: score band → credit line and rate discount. */
public final class LoanProductService {
    static final long MAX_AMOUNT_FEN = 100_000_000_000L; // one billion yuan
    static final int MAX_DISCOUNT_BPS = 10_000;

    public LoanProduct publish(Tx tx, String json) {
        Request r = Request.parse(json);
        String productId = r.id("productId");
        String name = r.text("name", 200);
        Boolean signedField = r.optionalBool("requireSignedConsent");
        String requirementField = r.optionalText("consentRequirement", 40);
        Request bandsIn = r.object("bands");
        r.done();
        Map<Band, LoanTerms> bands = new EnumMap<>(Band.class);
        for (String field : bandsIn.fieldNames()) {
            Band band = band(field);
            Request terms = bandsIn.object(field);
            long max = terms.integer("maxAmountFen", 1, MAX_AMOUNT_FEN);
            int discount = (int) terms.integer("rateDiscountBps", 0, MAX_DISCOUNT_BPS);
            terms.done();
            bands.put(band, new LoanTerms(max, discount));
        }
        bandsIn.done();
        if (bands.isEmpty()) {
            throw LedgerException.validation("bands must offer terms to at least one band");
        }
        ConsentRequirement requirement = consentRequirement(signedField, requirementField);
        boolean requireSigned = requirement == ConsentRequirement.SIGNED;
        Member bank = tx.requireRole(Role.BANK);
        LoanProduct candidate = new LoanProduct(bank.subjectId(), productId, name, requireSigned, bands,
                tx.nowText(), tx.txId(), requirement);
        String key = Keys.loanProduct(bank.subjectId(), productId);
        Optional<LoanProduct> existing = tx.store().replay(key, LoanProduct.class, candidate::sameTerms,
                "loan product");
        if (existing.isPresent()) {
            return existing.get();
        }
        tx.store().put(key, candidate);
        tx.emit(EventType.LoanProductPublished, "bankId", bank.subjectId(), "productId", productId);
        return candidate;
    }

    public List<LoanProduct> list(Tx tx) {
        tx.member();
        return tx.store().scan(Keys.loanProducts(), LoanProduct.class);
    }

    /**
     * The product's consent requirement from either field or both: {@code requireSignedConsent: true} is
     * {@code SIGNED}; when both are given they must agree.
     */
    private static ConsentRequirement consentRequirement(Boolean requireSigned, String named) {
        if (named == null) {
            return ConsentRequirement.of(requireSigned != null && requireSigned);
        }
        ConsentRequirement requirement = Request.enumOf("consentRequirement", named, ConsentRequirement.class);
        if (requireSigned != null && requireSigned != (requirement == ConsentRequirement.SIGNED)) {
            throw LedgerException.validation("requireSignedConsent must agree with consentRequirement "
                    + "(true exactly for SIGNED)");
        }
        return requirement;
    }

    private static Band band(String name) {
        for (Band band : Band.values()) {
            if (band.name().equals(name)) {
                return band;
            }
        }
        throw LedgerException.validation("bands keys must be among " + List.of(Band.values()));
    }

    static LoanProduct require(Tx tx, String bankId, String productId) {
        return tx.store().require(Keys.loanProduct(bankId, productId), LoanProduct.class,
                "loan product");
    }
}
