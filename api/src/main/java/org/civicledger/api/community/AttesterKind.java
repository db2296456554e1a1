package org.civicledger.api.community;

/** Who an attester is: a grid worker, a service team, a social organisation or a volunteer team. */
public enum AttesterKind {
    GRID_WORKER, SERVICE_TEAM, SOCIAL_ORGANISATION, VOLUNTEER_TEAM
}
