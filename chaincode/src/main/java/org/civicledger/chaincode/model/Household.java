package org.civicledger.chaincode.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A household (户) of a community: a pseudonymous id linking its resident members, one of them its head (the one
 * whose consent lets a bank check the household). {@code memberIds} are sorted; a household whose last member moved
 * out keeps its record with no members and no head until someone moves in (who becomes its head).
 * {@code txId} is the transaction of the record's last write; {@code updatedAt} is absent until the first move or
 * change of head.
 */
public record Household(String communityId, String householdId, String headResidentId, List<String> memberIds,
                        String registeredAt, String txId, String updatedAt) {

    public Household {
        memberIds = List.copyOf(new TreeSet<>(memberIds));
    }

    public boolean sameRequest(String head, List<String> members) {
        return head.equals(headResidentId) && memberIds.equals(new ArrayList<>(new TreeSet<>(members)));
    }

    public boolean hasMember(String residentId) {
        return memberIds.contains(residentId);
    }

    /** This household with {@code residentId} added; the first member of an empty household becomes its head. */
    public Household with(String residentId, String at, String byTx) {
        List<String> members = new ArrayList<>(memberIds);
        members.add(residentId);
        return new Household(communityId, householdId, headResidentId == null ? residentId : headResidentId, members,
                registeredAt, byTx, at);
    }

    /** This household without {@code residentId}; without a head when they were its last member. */
    public Household without(String residentId, String at, String byTx) {
        List<String> members = new ArrayList<>(memberIds);
        members.remove(residentId);
        return new Household(communityId, householdId, members.isEmpty() ? null : headResidentId, members,
                registeredAt, byTx, at);
    }

    public Household withHead(String residentId, String at, String byTx) {
        return new Household(communityId, householdId, residentId, memberIds, registeredAt, byTx, at);
    }
}
