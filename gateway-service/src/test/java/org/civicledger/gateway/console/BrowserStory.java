package org.civicledger.gateway.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A class of browser tests: one browser (Debian's chromium) for all its tests, closed after the last. */
abstract class BrowserStory {
    static ConsoleBrowser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }
}
