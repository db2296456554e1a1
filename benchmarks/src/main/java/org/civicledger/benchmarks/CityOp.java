package org.civicledger.benchmarks;

/**
 * One ledger transaction of the generated city, as the generator plans it; the loader turns it into a request.
 * Which fields matter depends on {@link #kind}.
 *
 * @param kind         what it is
 * @param wave         0: done first on its day (settlements), 1: the rest of the day, in parallel
 * @param community    the community's index
 * @param actor        the app (award, enrolment), merchant (redemption, settlement) or bank (consent, check)
 *                     index within the community (banks: city-wide)
 * @param resident     the resident's index, or -1
 * @param id           the request's id (contribution, redemption, consent, check, dispute, settlement)
 * @param epochSecond  the transaction's simulated time
 * @param activityType the activity type's index in {@link CityGenerator#TYPES} (awards)
 * @param quantity     units (awards)
 * @param points       points awarded or redeemed
 * @param target       the contribution a reversal or dispute names; the consent a check follows
 * @param occurredAt   when the awarded contribution happened (epoch second, awards)
 * @param upheld       a dispute's outcome (resolutions); an award whose transaction id the loader must
 *                     remember (a dispute will name it); an approval decided by the community's ADMIN rather
 *                     than its coordinator
 * @param attester     the attester's index in the community (awards), or -1 for none
 */
record CityOp(Kind kind, int wave, int community, int actor, int resident, String id, long epochSecond,
              int activityType, long quantity, long points, String target, long occurredAt, boolean upheld,
              int attester) {

    enum Kind {
        ENROL, AWARD, REDEEM, REVERSE, CONSENT, CHECK, DISPUTE, RESOLVE, SETTLE, APPROVE, REJECT
    }

    CityOp(Kind kind, int wave, int community, int actor, int resident, String id, long epochSecond,
           int activityType, long quantity, long points, String target, long occurredAt, boolean upheld) {
        this(kind, wave, community, actor, resident, id, epochSecond, activityType, quantity, points, target,
                occurredAt, upheld, -1);
    }

    /** @return this award naming attester {@code index} of its community */
    CityOp attestedBy(int index) {
        return new CityOp(kind, wave, community, actor, resident, id, epochSecond, activityType, quantity, points,
                target, occurredAt, upheld, index);
    }

    /** A decision on a pending award ({@code APPROVE} or {@code REJECT}), by the coordinator or (byAdmin) the ADMIN. */
    static CityOp decide(Kind kind, int community, int resident, String contributionId, long at, boolean byAdmin,
                         long points) {
        return new CityOp(kind, 1, community, 0, resident, null, at, -1, 0, points, contributionId, 0, byAdmin);
    }

    static CityOp enrol(int community, int resident, long at) {
        return new CityOp(Kind.ENROL, 1, community, 0, resident, null, at, -1, 0, 0, null, 0, false);
    }

    static CityOp award(int community, int app, int resident, String id, long at, int type, long quantity,
                        long points, long occurredAt, boolean remember) {
        return new CityOp(Kind.AWARD, 1, community, app, resident, id, at, type, quantity, points, null, occurredAt,
                remember);
    }

    static CityOp redeem(int community, int merchant, int resident, String id, long at, long points) {
        return new CityOp(Kind.REDEEM, 1, community, merchant, resident, id, at, -1, 0, points, null, 0, false);
    }

    static CityOp reverse(int community, int resident, String contributionId, long at) {
        return new CityOp(Kind.REVERSE, 1, community, 0, resident, null, at, -1, 0, 0, contributionId, 0, false);
    }

    static CityOp consent(int community, int bank, int resident, String id, long at) {
        return new CityOp(Kind.CONSENT, 1, community, bank, resident, id, at, -1, 0, 0, null, 0, false);
    }

    static CityOp check(int community, int bank, int resident, String id, long at, String consentId) {
        return new CityOp(Kind.CHECK, 1, community, bank, resident, id, at, -1, 0, 0, consentId, 0, false);
    }

    static CityOp dispute(int community, int resident, String id, long at, String contributionId) {
        return new CityOp(Kind.DISPUTE, 1, community, 0, resident, id, at, -1, 0, 0, contributionId, 0, false);
    }

    static CityOp resolve(int community, int resident, String disputeId, long at, boolean upheld) {
        return new CityOp(Kind.RESOLVE, 1, community, 0, resident, disputeId, at, -1, 0, 0, null, 0, upheld);
    }

    static CityOp settle(int community, int merchant, String id, long at) {
        return new CityOp(Kind.SETTLE, 0, community, merchant, -1, id, at, -1, 0, 0, null, 0, false);
    }

    /** @return this operation naming {@code newTarget} */
    CityOp withTarget(String newTarget) {
        return new CityOp(kind, wave, community, actor, resident, id, epochSecond, activityType, quantity, points,
                newTarget, occurredAt, upheld, attester);
    }

    /** @return the contribution id of a {@code target} written {@code id/month/points} (reversals, resolutions) */
    String targetContribution() {
        int slash = target.indexOf('/');
        return slash < 0 ? target : target.substring(0, slash);
    }
}
