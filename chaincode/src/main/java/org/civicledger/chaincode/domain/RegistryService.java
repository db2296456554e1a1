package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.util.List;
import java.util.Optional;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Community;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Owner;
import org.civicledger.api.Role;
import org.civicledger.chaincode.model.ScoreModel;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/**
 * The role registry and ledger initialisation.
 *
 * <p>An organisation's admin identity registers identities of its own organisation. The first
 * registration naming a community (or a bank id) makes that organisation its owner; after that
 * only the owner may register ADMIN, APP, MERCHANT and COORDINATOR identities in it (or BANK identities
 * for that bank id). A registered community ADMIN may also register APP, MERCHANT and COORDINATOR
 * identities, of any organisation, in its own community.
 */
public final class RegistryService {
    private static final int MAX_CLIENT_ID = 1024;

    /** Commits score model version 1 once; repeated calls return it unchanged. */
    public ScoreModel init(Tx tx) {
        tx.requireOrgAdmin();
        Store store = tx.store();
        Optional<ScoreModels.Pointer> current = store.find(Keys.currentScoreModel(), ScoreModels.Pointer.class);
        if (current.isPresent()) {
            return store.require(Keys.scoreModel(current.get().version()), ScoreModel.class, "score model");
        }
        ScoreModel model = ScoreModel.defaultModel(tx.nowText(), tx.txId());
        ScoreModels.commit(tx, model);
        return model;
    }

    public Member register(Tx tx, String json) {
        Request r = Request.parse(json);
        String clientId = r.text("clientId", MAX_CLIENT_ID);
        String mspId = Optional.ofNullable(r.optionalId("mspId")).orElse(tx.mspId());
        Role role = r.enumValue("role", Role.class);
        String subjectId = r.optionalId("subjectId");
        String communityId = r.optionalId("communityId");
        List<String> activityTypes = r.optionalIds("activityTypes", 100);
        r.done();
        checkShape(role, subjectId, communityId, activityTypes);

        Store store = tx.store();
        Member candidate = new Member(mspId, clientId, role, subjectId, communityId,
                activityTypes == null ? null : List.copyOf(activityTypes), tx.clientId(), tx.nowText(), tx.txId());
        Optional<Community> community = communityId == null ? Optional.empty()
                : store.find(Keys.community(communityId), Community.class);
        Optional<Owner> bank = role == Role.BANK ? store.find(Keys.bank(subjectId), Owner.class) : Optional.empty();
        // app and merchant ids name one community's app or merchant: records and replays are keyed by them
        String subjectKey = role == Role.APP ? Keys.app(subjectId)
                : role == Role.MERCHANT ? Keys.merchant(subjectId) : null;
        Optional<Owner> subject = subjectKey == null ? Optional.empty() : store.find(subjectKey, Owner.class);
        authorise(tx, candidate, community, bank);
        subject.filter(m -> !m.communityId().equals(communityId)).ifPresent(m -> {
            throw LedgerException.conflict(role + " id " + subjectId + " belongs to community " + m.communityId());
        });

        String key = Keys.member(mspId, Tx.identityHash(clientId));
        Optional<Member> existing = store.replay(key, Member.class, candidate::sameGrant,
                "registration of identity " + clientId + " of " + mspId);
        if (existing.isPresent()) {
            return existing.get();
        }

        if (community.isEmpty() && communityId != null) {
            store.put(Keys.community(communityId), Community.created(communityId, mspId, tx.nowText()));
        }
        if (role == Role.BANK && bank.isEmpty()) {
            store.put(Keys.bank(subjectId), new Owner(subjectId, mspId, null));
        }
        if (subjectKey != null && subject.isEmpty()) {
            store.put(subjectKey, new Owner(subjectId, mspId, communityId));
        }
        store.put(key, candidate);
        tx.emit(EventType.MemberRegistered, "mspId", mspId, "role", role, "subjectId", subjectId, "communityId", communityId);
        return candidate;
    }

    /** @return the caller's own registration */
    public Member whoAmI(Tx tx) {
        return tx.member();
    }

    private static void checkShape(Role role, String subjectId, String communityId, List<String> activityTypes) {
        if (role.communityScoped() && communityId == null) {
            throw LedgerException.validation("communityId is required for role " + role);
        }
        if (!role.communityScoped() && communityId != null) {
            throw LedgerException.validation("communityId must be absent for role " + role);
        }
        if ((role == Role.APP || role == Role.MERCHANT || role == Role.BANK) && subjectId == null) {
            throw LedgerException.validation("subjectId (the app, merchant or bank id) is required for role " + role);
        }
        if (activityTypes != null && role != Role.APP) {
            throw LedgerException.validation("activityTypes applies to role APP only");
        }
    }

    private static void authorise(Tx tx, Member candidate, Optional<Community> community, Optional<Owner> bank) {
        if (tx.isOrgAdmin()) {
            if (!candidate.mspId().equals(tx.mspId())) {
                throw LedgerException.forbidden("an organisation admin registers identities of its own organisation only");
            }
            community.filter(c -> !c.ownerMspId().equals(tx.mspId())).ifPresent(c -> {
                throw LedgerException.forbidden("community " + c.communityId() + " belongs to " + c.ownerMspId());
            });
            bank.filter(b -> !b.mspId().equals(tx.mspId())).ifPresent(b -> {
                throw LedgerException.forbidden("bank " + b.subjectId() + " belongs to " + b.mspId());
            });
            return;
        }
        Member caller = tx.requireRole(Role.ADMIN);
        if (candidate.role() != Role.APP && candidate.role() != Role.MERCHANT && candidate.role() != Role.COORDINATOR) {
            throw LedgerException.forbidden("a community ADMIN registers APP, MERCHANT and COORDINATOR identities only");
        }
        Access.sameCommunity(caller, candidate.communityId());
    }
}
