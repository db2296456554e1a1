package org.civicledger.chaincode.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.api.Role;
import org.civicledger.api.credit.Band;
import org.civicledger.api.events.EventType;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Bucket;
import org.civicledger.chaincode.model.Community;
import org.civicledger.chaincode.model.Factor;
import org.civicledger.chaincode.model.FactorRule;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.chaincode.model.ScoreModel;
import org.civicledger.chaincode.model.ScoreModelProposal;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/**
 * Governed score models: a community ADMIN proposes a version, an AUDITOR of another organisation approves it,
 * and it takes effect at its stated time ({@link ScoreModels#current}). Anyone may read every version; an
 * evaluation shows, without writing anything, how a community's bands would move.
 */
public final class ScoreModelService {
    /** A version as text (a path segment, the argument of {@code getScoreModel}): a positive integer. */
    public static final java.util.regex.Pattern VERSION_TEXT = java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");
    public static final String VERSION_RULE = "version must be a positive integer";

    /** How a version stands for a reader at the reading transaction's time. */
    public enum ViewStatus {
        /** Proposed, not approved. */
        PROPOSED,
        /** Approved, its effective time not yet come. */
        SCHEDULED,
        /** The model in force. */
        ACTIVE,
        /** Approved, no longer (or never) in force: a higher version took effect. */
        PAST
    }

    /**
     * A version as readers see it: the model's definition (enough to recompute a score by hand), its status, and
     * who proposed and approved it. Version 1, the ledger's initial model, has no proposal.
     */
    public record View(long version, ViewStatus status, Map<Factor, FactorRule> factors,
                       Map<Band, Integer> bandMinimums, Map<String, ScoreModel.ReasonText> reasonTexts,
                       String effectiveAt, String publishedAt, String communityId, String proposedBy,
                       String proposerMspId, String proposedAt, String approvedBy, String approverMspId,
                       String approvedAt, String txId) {
    }

    /** Band counts before (the model in force) and after (the evaluated version), and who moved where. */
    public record Evaluation(long version, long baseVersion, String communityId, int residents,
                             Map<Band, Integer> before, Map<Band, Integer> after, Map<Band, Map<Band, Integer>> moved,
                             String nextCursor, String asOf) {
    }

    /**
     * {@code {version, factors, bandMinimums, reasonTexts, effectiveAt}} (ADMIN): the next version (the highest
     * proposed or approved + 1). The same proposal again returns the record; another body for a taken version is
     * {@code INVALID_STATE}.
     */
    public View propose(Tx tx, String json) {
        Request r = Request.parse(json);
        long version = r.integer("version", 2, Long.MAX_VALUE);
        Map<Factor, FactorRule> factors = factors(r.object("factors"));
        Map<Band, Integer> bands = bandMinimums(r.object("bandMinimums"));
        Map<String, ScoreModel.ReasonText> texts = reasonTexts(r.object("reasonTexts"));
        Instant effectiveAt = r.instant("effectiveAt");
        r.done();
        Member admin = tx.requireRole(Role.ADMIN);
        if (!effectiveAt.isAfter(tx.now())) {
            throw LedgerException.validation("effectiveAt must be later than the proposal's time");
        }
        ScoreModelProposal candidate = new ScoreModelProposal(version, factors, bands, texts, effectiveAt.toString(),
                ScoreModelProposal.Status.PROPOSED, admin.communityId(), admin.actor(), tx.mspId(), tx.nowText(),
                null, null, null, tx.txId());
        Optional<ScoreModelProposal> taken = tx.store().find(Keys.scoreModelProposal(version), ScoreModelProposal.class);
        if (taken.isPresent() && taken.get().sameProposal(candidate)) {
            return view(tx, taken.get().version());
        }
        long next = Math.addExact(latestVersion(tx), 1);
        if (version != next) {
            throw LedgerException.invalidState("version must be the next one, " + next);
        }
        tx.store().put(Keys.scoreModelProposal(version), candidate);
        tx.emit(EventType.ScoreModelProposed, "modelVersion", version, "communityId", admin.communityId(),
                "effectiveAt", candidate.effectiveAt());
        return view(candidate, ScoreModels.pointer(tx), tx.now());
    }

    /**
     * {@code {version}} (AUDITOR of an organisation other than the proposer's): writes the model and schedules it.
     * Approving an approved version again returns it.
     */
    public View approve(Tx tx, String json) {
        Request r = Request.parse(json);
        long version = r.integer("version", 1, Long.MAX_VALUE);
        r.done();
        Member auditor = tx.requireRole(Role.AUDITOR);
        ScoreModelProposal proposal = tx.store().require(Keys.scoreModelProposal(version), ScoreModelProposal.class,
                "score model proposal");
        if (proposal.proposerMspId().equals(tx.mspId())) {
            throw new LedgerException(ErrorCode.SAME_ORGANISATION, "a score model is approved by an organisation "
                    + "other than its proposer's");
        }
        ScoreModels.Pointer pointer = ScoreModels.pointer(tx);
        if (proposal.status() == ScoreModelProposal.Status.APPROVED) {
            return view(proposal, pointer, tx.now());
        }
        if (!Instant.parse(proposal.effectiveAt()).isAfter(tx.now())) {
            throw LedgerException.invalidState("the proposal's effectiveAt has passed: propose again with a later time");
        }
        if (version <= pointer.highestApproved()) {
            throw LedgerException.invalidState("a later version is already approved");
        }
        ScoreModelProposal approved = proposal.approved(auditor.actor(), tx.mspId(), tx.nowText(), tx.txId());
        tx.store().put(Keys.scoreModelProposal(version), approved);
        ScoreModels.schedule(tx, approved.model());
        tx.emit(EventType.ScoreModelApproved, "modelVersion", version, "effectiveAt", approved.effectiveAt());
        return view(approved, ScoreModels.pointer(tx), tx.now());
    }

    /** Every version, proposed or approved, lowest first, each with its status at the transaction's time. */
    public List<View> list(Tx tx) {
        tx.member();
        ScoreModels.Pointer pointer = ScoreModels.pointer(tx);
        Map<Long, View> views = new TreeMap<>();
        for (ScoreModel model : tx.store().scan(Keys.scoreModels(), ScoreModel.class)) {
            views.put(model.version(), view(model, pointer, tx.now()));
        }
        for (ScoreModelProposal proposal : tx.store().scan(Keys.scoreModelProposals(), ScoreModelProposal.class)) {
            views.put(proposal.version(), view(proposal, pointer, tx.now()));
        }
        return new ArrayList<>(views.values());
    }

    /** One version (any role). */
    public View get(Tx tx, String version) {
        long v = version(version);
        tx.member();
        return view(tx, v);
    }

    /**
     * {@code {version, communityId, cursor?}} (ADMIN of the community, AUDITOR any): for each resident of the
     * community on this page, the band under the model in force and under {@code version}. Reads at most
     * {@link Limits#MAX_EVALUATION_RESIDENTS} resident records (of any community: residents are keyed by id) and
     * twelve buckets for each of the community's; {@code nextCursor} continues. Writes nothing.
     */
    public Evaluation evaluate(Tx tx, String json) {
        Request r = Request.parse(json);
        long version = r.integer("version", 1, Long.MAX_VALUE);
        String communityId = r.id("communityId");
        String cursor = r.optionalText("cursor", Request.MAX_TEXT);
        r.done();
        Member reader = Access.readerRole(tx, Role.ADMIN);
        Access.readableIn(reader, communityId);
        tx.store().require(Keys.community(communityId), Community.class, "community");
        ScoreModel base = ScoreModels.current(tx);
        ScoreModel candidate = candidate(tx, version);
        Map<Band, Integer> before = zeros();
        Map<Band, Integer> after = zeros();
        Map<Band, Map<Band, Integer>> moved = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            moved.put(band, zeros());
        }
        Store.Page<Resident> page = tx.store().page(Keys.residents(), Limits.MAX_EVALUATION_RESIDENTS, cursor,
                Resident.class);
        int residents = 0;
        for (Resident resident : page.items()) {
            if (!resident.communityId().equals(communityId)) {
                continue;
            }
            List<Bucket> buckets = CreditService.lastTwelve(tx, resident.residentId());
            Band from = CreditService.score(tx, resident, base, buckets).band();
            Band to = CreditService.score(tx, resident, candidate, buckets).band();
            before.merge(from, 1, Integer::sum);
            after.merge(to, 1, Integer::sum);
            moved.get(from).merge(to, 1, Integer::sum);
            residents++;
        }
        return new Evaluation(version, base.version(), communityId, residents, before, after, moved,
                page.nextCursor(), tx.nowText());
    }

    private static Map<Band, Integer> zeros() {
        Map<Band, Integer> counts = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            counts.put(band, 0);
        }
        return counts;
    }

    /** The version's model: approved, or as proposed. */
    private static ScoreModel candidate(Tx tx, long version) {
        Optional<ScoreModel> approved = tx.store().find(Keys.scoreModel(version), ScoreModel.class);
        if (approved.isPresent()) {
            return approved.get();
        }
        return tx.store().require(Keys.scoreModelProposal(version), ScoreModelProposal.class, "score model")
                .model();
    }

    private static View view(Tx tx, long version) {
        ScoreModels.Pointer pointer = ScoreModels.pointer(tx);
        Optional<ScoreModelProposal> proposal = tx.store().find(Keys.scoreModelProposal(version),
                ScoreModelProposal.class);
        if (proposal.isPresent()) {
            return view(proposal.get(), pointer, tx.now());
        }
        return view(ScoreModels.require(tx, version), pointer, tx.now());
    }

    private static View view(ScoreModelProposal p, ScoreModels.Pointer pointer, Instant now) {
        ViewStatus status = p.status() == ScoreModelProposal.Status.PROPOSED ? ViewStatus.PROPOSED
                : status(p.version(), p.effectiveAt(), pointer, now);
        return new View(p.version(), status, p.factors(), p.bandMinimums(), p.reasonTexts(), p.effectiveAt(),
                p.approvedAt(), p.communityId(), p.proposedBy(), p.proposerMspId(), p.proposedAt(), p.approvedBy(),
                p.approverMspId(), p.approvedAt(), p.txId());
    }

    /** A model without a proposal record: version 1. */
    private static View view(ScoreModel m, ScoreModels.Pointer pointer, Instant now) {
        return new View(m.version(), status(m.version(), m.effectiveAt(), pointer, now), m.factors(),
                m.bandMinimums(), m.reasonTexts(), m.effectiveAt(), m.publishedAt(), null, null, null, null, null,
                null, null, m.txId());
    }

    private static ViewStatus status(long version, String effectiveAt, ScoreModels.Pointer pointer, Instant now) {
        long inForce = pointer.versionAt(now);
        if (version == inForce) {
            return ViewStatus.ACTIVE;
        }
        return version > inForce && Instant.parse(effectiveAt).isAfter(now) ? ViewStatus.SCHEDULED : ViewStatus.PAST;
    }

    /** The highest version proposed or approved: the highest approved, then any proposals above it. */
    private static long latestVersion(Tx tx) {
        long latest = ScoreModels.pointer(tx).highestApproved();
        while (tx.store().find(Keys.scoreModelProposal(latest + 1), ScoreModelProposal.class).isPresent()) {
            latest++;
        }
        return latest;
    }

    private static long version(String text) {
        if (text == null || !VERSION_TEXT.matcher(text).matches()) {
            throw LedgerException.validation(VERSION_RULE);
        }
        return Long.parseLong(text);
    }

    private static Map<Factor, FactorRule> factors(Request in) {
        Map<Factor, FactorRule> factors = new EnumMap<>(Factor.class);
        long total = 0;
        for (Factor factor : Factor.values()) {
            Request rule = in.object(factor.name());
            int maxPoints = (int) rule.integer("maxPoints", 0, ScoreModel.MAX_SCORE);
            long target = rule.integer("target", 1, Limits.MAX_FACTOR_TARGET);
            rule.done();
            factors.put(factor, new FactorRule(maxPoints, target));
            total += maxPoints;
        }
        in.done();
        if (total != ScoreModel.MAX_SCORE) {
            throw LedgerException.validation("factors' maxPoints must add up to exactly " + ScoreModel.MAX_SCORE);
        }
        return factors;
    }

    private static Map<Band, Integer> bandMinimums(Request in) {
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        for (Band band : new Band[] {Band.A, Band.B, Band.C}) {
            bands.put(band, (int) in.integer(band.name(), 1, ScoreModel.MAX_SCORE));
        }
        in.done();
        if (!(bands.get(Band.A) > bands.get(Band.B) && bands.get(Band.B) > bands.get(Band.C))) {
            throw LedgerException.validation("bandMinimums must be ordered: 1000 >= A > B > C >= 1");
        }
        return bands;
    }

    private static Map<String, ScoreModel.ReasonText> reasonTexts(Request in) {
        Map<String, ScoreModel.ReasonText> texts = new TreeMap<>();
        for (Factor factor : Factor.values()) {
            Request text = in.object(factor.reasonCode());
            texts.put(factor.reasonCode(), new ScoreModel.ReasonText(text.text("en", Request.MAX_TEXT),
                    text.text("zh", Request.MAX_TEXT)));
            text.done();
        }
        in.done();
        return texts;
    }
}
