package org.civicledger.gateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.civicledger.api.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every page of the console, in both languages, as the role that may open it: it loads with its data, passes the
 * accessibility audit (axe-core: no serious or critical violation), asks nothing of another origin, and its
 * screenshot is written to {@code target/console-screenshots/<language>/}. The public board is opened without
 * signing in. The roles' own stories (doing the work) are the {@code *StoryTest}s.
 */
@QuarkusTest
class ConsoleTourTest extends BrowserStory {
    /** The demo token of each role that has pages. */
    static final Map<Role, String> TOKENS = Map.of(Role.ADMIN, "demo-admin-token", Role.APP, "demo-app-token",
            Role.COORDINATOR, "demo-coordinator-token", Role.BANK, "demo-bank-token",
            Role.AUDITOR, "demo-auditor-token");

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyPageOfEveryRoleLoadsAccessiblyFromTheGatewayAlone(String language) {
        browser.open("/console/signin?lang=" + language);
        browser.waitForPage();
        assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        browser.check("signin");
        for (Role role : new Role[] {Role.ADMIN, Role.APP, Role.COORDINATOR, Role.BANK, Role.AUDITOR}) {
            browser.signIn(TOKENS.get(role), language);
            for (ConsolePage page : ConsolePage.menu(role)) {
                browser.open(page.path());
                browser.waitForPage();
                assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
                assertTrue(browser.driver().findElement(By.id("page-title")).getText().length() > 0);
                browser.check(page.key());
            }
            browser.signOut();
        }
        browser.open(ConsolePage.PUBLIC_BOARD.path() + "?community=demo");
        browser.waitForPage();
        browser.check(ConsolePage.PUBLIC_BOARD.key());
    }

    /** On a tablet held upright (800×1280) no page scrolls sideways: wide tables scroll inside their own box. */
    @Test
    void everyPageFitsATabletsWidth() {
        browser.resize(800, 1280);
        try {
            java.util.List<String> wide = new java.util.ArrayList<>();
            for (Role role : new Role[] {Role.ADMIN, Role.APP, Role.COORDINATOR, Role.BANK, Role.AUDITOR}) {
                browser.signIn(TOKENS.get(role), "zh-CN");
                for (ConsolePage page : ConsolePage.menu(role)) {
                    browser.open(page.path());
                    browser.waitForPage();
                    if (browser.overflow() > 0) {
                        wide.add(page.key() + " by " + browser.overflow() + " px");
                        browser.screenshot("tablet-" + page.key());
                    }
                }
                browser.signOut();
            }
            assertEquals(java.util.List.of(), wide, "pages wider than a tablet");
        } finally {
            browser.resize(1366, 768);
        }
    }
}
