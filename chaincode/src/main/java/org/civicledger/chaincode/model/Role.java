package org.civicledger.chaincode.model;

/** What a ledger identity may do (DESIGN §2). */
public enum Role {
    ADMIN, APP, MERCHANT, BANK, AUDITOR;

    /** @return whether this role acts inside one community */
    public boolean communityScoped() {
        return this == ADMIN || this == APP || this == MERCHANT;
    }
}
