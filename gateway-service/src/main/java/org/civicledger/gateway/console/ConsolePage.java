package org.civicledger.gateway.console;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicledger.api.Role;

/**
 * Every page of the console and the roles that may open it: the one place that says who sees what. A page is
 * {@code /console/<area>/<name>}; its body is the fragment {@code pages/<area>-<name>.html} (next to this class),
 * its script {@code /console/assets/pages/<area>-<name>.js}, its texts the catalogue
 * {@code /console/assets/i18n/<language>/<area>-<name>.json}. Another role gets 403; a public page needs no sign-in.
 * The roles follow what the page's API calls allow (chaincode {@code Permissions}): a page offered to a role that
 * could not use it would only show refusals.
 */
public enum ConsolePage {
    COMMUNITY_RESIDENTS("community", "residents", EnumSet.of(Role.ADMIN, Role.APP)),
    COMMUNITY_CONTRIBUTIONS("community", "contributions", EnumSet.of(Role.APP)),
    COMMUNITY_APPROVALS("community", "approvals", EnumSet.of(Role.ADMIN, Role.COORDINATOR)),
    COMMUNITY_REVERSALS("community", "reversals", EnumSet.of(Role.ADMIN)),
    COMMUNITY_ATTESTERS("community", "attesters", EnumSet.of(Role.ADMIN)),
    COMMUNITY_DISPUTES("community", "disputes", EnumSet.of(Role.ADMIN, Role.APP)),
    COMMUNITY_SETTLEMENTS("community", "settlements", EnumSet.of(Role.ADMIN)),
    COMMUNITY_BOARD("community", "board", EnumSet.of(Role.ADMIN, Role.APP, Role.COORDINATOR)),
    BANK_CHECK("bank", "check", EnumSet.of(Role.BANK)),
    BANK_PORTFOLIO("bank", "portfolio", EnumSet.of(Role.BANK)),
    AUDIT_DASHBOARD("audit", "dashboard", EnumSet.of(Role.AUDITOR)),
    AUDIT_BLOCKS("audit", "blocks", EnumSet.of(Role.AUDITOR)),
    AUDIT_TRANSACTION("audit", "transaction", EnumSet.of(Role.AUDITOR)),
    AUDIT_REPORTS("audit", "reports", EnumSet.of(Role.AUDITOR)),
    AUDIT_DISPUTES("audit", "disputes", EnumSet.of(Role.AUDITOR)),
    AUDIT_MODELS("audit", "models", EnumSet.of(Role.AUDITOR)),
    PUBLIC_BOARD("public", "board", EnumSet.noneOf(Role.class));

    private final String area;
    private final String name;
    private final Set<Role> roles;

    ConsolePage(String area, String name, Set<Role> roles) {
        this.area = area;
        this.name = name;
        this.roles = roles;
    }

    /** @return {@code <area>-<name>}: the fragment's, the script's and the catalogue's name */
    public String key() {
        return area + "-" + name;
    }

    /** @return the page's path */
    public String path() {
        return "/console/" + area + "/" + name;
    }

    /** @return whether anyone may open it without signing in */
    public boolean isPublic() {
        return roles.isEmpty();
    }

    /** @return whether a signed-in {@code role} may open it (everyone may open a public page) */
    public boolean allows(Role role) {
        return isPublic() || roles.contains(role);
    }

    /** @return the page at {@code area}/{@code name} */
    public static Optional<ConsolePage> of(String area, String name) {
        return Arrays.stream(values()).filter(p -> p.area.equals(area) && p.name.equals(name)).findFirst();
    }

    /** @return the page whose {@link #key()} this is */
    public static Optional<ConsolePage> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }

    /** @return the pages {@code role} sees in its navigation, in order (public pages are not in it) */
    public static List<ConsolePage> menu(Role role) {
        return Arrays.stream(values()).filter(p -> !p.isPublic() && p.roles.contains(role)).toList();
    }

    /** @return the first page {@code role} lands on after signing in; none for a role without pages (a merchant) */
    public static Optional<ConsolePage> home(Role role) {
        return menu(role).stream().findFirst();
    }
}
