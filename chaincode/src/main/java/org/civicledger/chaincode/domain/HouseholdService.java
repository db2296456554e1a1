package org.civicledger.chaincode.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.api.Role;
import org.civicledger.api.events.EventType;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.Household;
import org.civicledger.chaincode.model.HouseholdMove;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.chaincode.state.Keys;

/**
 * Households (户): a community's ADMIN registers them, moves residents between them and names their head. A resident
 * belongs to at most one household at a time ({@link Keys#householdOf} is the index that says which); every move is
 * an entry under each household it names and an event. A resident of another community is unknown here (404), so a
 * household can never link two communities' residents.
 */
public final class HouseholdService {

    /**
     * {@code {householdId, headResidentId, memberIds[]}}: 1 to {@link Limits#MAX_HOUSEHOLD_MEMBERS} distinct residents
     * of the ADMIN's community, none in another household, the head among them. The same body again answers the
     * record (its {@code txId} tells the caller it is not new); the same id with another body is ID_CONFLICT.
     */
    public Household register(Tx tx, String json) {
        Request r = Request.parse(json);
        String householdId = r.id("householdId");
        String head = r.matching("headResidentId", ResidentService.RESIDENT_ID, ResidentService.RESIDENT_ID_RULE);
        List<String> members = r.optionalIds("memberIds", Limits.MAX_HOUSEHOLD_MEMBERS);
        r.done();
        if (members == null || members.isEmpty()) {
            throw LedgerException.validation("memberIds must name 1 to " + Limits.MAX_HOUSEHOLD_MEMBERS + " residents");
        }
        members.forEach(ResidentService::checkId);
        if (new HashSet<>(members).size() != members.size()) {
            throw LedgerException.validation("memberIds must be distinct");
        }
        if (!members.contains(head)) {
            throw LedgerException.validation("headResidentId must be one of memberIds");
        }
        Member admin = tx.requireRole(Role.ADMIN);
        String communityId = admin.communityId();
        String key = Keys.household(communityId, householdId);
        Optional<Household> existing = tx.store().replay(key, Household.class, h -> h.sameRequest(head, members),
                "household");
        if (existing.isPresent()) {
            return existing.get();
        }
        for (String residentId : members) {
            member(tx, communityId, residentId);
            if (tx.store().find(Keys.householdOf(residentId), HouseholdRef.class).isPresent()) {
                throw new LedgerException(ErrorCode.HOUSEHOLD_CONFLICT,
                        "a member already belongs to another household; move them out first");
            }
        }
        Household household = new Household(communityId, householdId, head, members, tx.nowText(), tx.txId(), null);
        tx.store().put(key, household);
        for (String residentId : household.memberIds()) {
            tx.store().put(Keys.householdOf(residentId), new HouseholdRef(communityId, householdId));
        }
        tx.emit(EventType.HouseholdRegistered, "communityId", communityId, "householdId", householdId,
                "headResidentId", head, "memberCount", household.memberIds().size());
        return household;
    }

    /**
     * {@code {residentId, householdId|null, fromHouseholdId?}}: moves a resident of the ADMIN's community into a
     * household of that community, or out of any when {@code householdId} is null. With {@code fromHouseholdId} the
     * resident must be in that household now (else NOT_FOUND). Moving a resident where they already are changes
     * nothing.
     *
     * @return the household the resident joined, or (moving out) the one they left
     */
    public Household move(Tx tx, String json) {
        Request r = Request.parse(json);
        String residentId = r.matching("residentId", ResidentService.RESIDENT_ID, ResidentService.RESIDENT_ID_RULE);
        String toId = r.optionalId("householdId");
        String fromExpected = r.optionalId("fromHouseholdId");
        r.done();
        Member admin = tx.requireRole(Role.ADMIN);
        String communityId = admin.communityId();
        member(tx, communityId, residentId);
        Optional<HouseholdRef> current = tx.store().find(Keys.householdOf(residentId), HouseholdRef.class);
        String fromId = current.map(HouseholdRef::householdId).orElse(null);
        if (fromExpected != null && !fromExpected.equals(fromId)) {
            throw LedgerException.notFound("the resident is not a member of that household");
        }
        Household to = toId == null ? null : require(tx, communityId, toId);
        Household from = fromId == null ? null : require(tx, communityId, fromId);
        if (toId != null && toId.equals(fromId)) {
            return to;
        }
        if (toId == null && fromId == null) {
            throw LedgerException.invalidState("the resident belongs to no household");
        }
        if (to != null && to.memberIds().size() >= Limits.MAX_HOUSEHOLD_MEMBERS) {
            throw LedgerException.invalidState("the household is full: at most " + Limits.MAX_HOUSEHOLD_MEMBERS
                    + " members");
        }
        if (from != null && residentId.equals(from.headResidentId()) && from.memberIds().size() > 1) {
            throw LedgerException.invalidState("the head cannot leave a household that keeps other members: "
                    + "name another head first");
        }
        String at = tx.nowText();
        if (from != null) {
            from = from.without(residentId, at, tx.txId());
            tx.store().put(Keys.household(communityId, fromId), from);
        }
        if (to != null) {
            to = to.with(residentId, at, tx.txId());
            tx.store().put(Keys.household(communityId, toId), to);
            tx.store().put(Keys.householdOf(residentId), new HouseholdRef(communityId, toId));
        } else {
            tx.store().delete(Keys.householdOf(residentId));
        }
        HouseholdMove move = new HouseholdMove(communityId, residentId, fromId, toId, at, tx.txId());
        for (String householdId : new String[] {fromId, toId}) {
            if (householdId != null) {
                tx.store().put(Keys.householdMove(householdId, tx.now(), tx.txId()), move);
            }
        }
        tx.emit(EventType.HouseholdMemberMoved, "communityId", communityId, "residentId", residentId,
                "fromHouseholdId", fromId, "toHouseholdId", toId);
        return to != null ? to : from;
    }

    /** {@code {householdId, residentId}}: names a member the household's head (ADMIN). */
    public Household setHead(Tx tx, String json) {
        Request r = Request.parse(json);
        String householdId = r.id("householdId");
        String residentId = r.matching("residentId", ResidentService.RESIDENT_ID, ResidentService.RESIDENT_ID_RULE);
        r.done();
        Member admin = tx.requireRole(Role.ADMIN);
        Household household = require(tx, admin.communityId(), householdId);
        if (!household.hasMember(residentId)) {
            throw LedgerException.invalidState("the head must be a member of the household");
        }
        if (residentId.equals(household.headResidentId())) {
            return household;
        }
        Household updated = household.withHead(residentId, tx.nowText(), tx.txId());
        tx.store().put(Keys.household(household.communityId(), householdId), updated);
        tx.emit(EventType.HouseholdHeadChanged, "communityId", household.communityId(), "householdId", householdId,
                "headResidentId", residentId);
        return updated;
    }

    /**
     * A household for a reader: ADMIN or APP of its community, AUDITOR naming the community.
     *
     * @param communityId the community (an auditor must name it; others may name only their own), or empty
     */
    public Household get(Tx tx, String householdId, String communityId) {
        Request.checkId("householdId", householdId);
        Member reader = Access.readerRole(tx, Role.ADMIN, Role.APP);
        String community = Access.listedCommunity(reader, communityId);
        if (community == null) {
            throw LedgerException.validation("communityId is required for an auditor");
        }
        return require(tx, community, householdId);
    }

    /** Every household of the reader's community (an auditor: the one it names, or every community's). */
    public List<Household> list(Tx tx, String communityId) {
        Member reader = Access.readerRole(tx, Role.ADMIN, Role.APP);
        return tx.store().scan(Keys.households(Access.listedCommunity(reader, communityId)), Household.class);
    }

    /**
     * @throws LedgerException {@code NOT_FOUND} when the community has no such household
     */
    static Household require(Tx tx, String communityId, String householdId) {
        return tx.store().require(Keys.household(communityId, householdId), Household.class, "household");
    }

    /** A resident of {@code communityId}; another community's resident is not found, as an unknown one. */
    private static Resident member(Tx tx, String communityId, String residentId) {
        Resident resident = ResidentService.require(tx, residentId);
        if (!resident.communityId().equals(communityId)) {
            throw LedgerException.notFound("resident not found");
        }
        return resident;
    }

    /** Index entry: the household a resident belongs to. */
    public record HouseholdRef(String communityId, String householdId) {
    }
}
