package org.civicledger.gateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The loan officer's day (issue 18): find a resident, see the consent to our bank before anything else, run the
 * check (score, band, the factors' chart and its table, the reasons in the page's language), record a grant within
 * the band, then in the portfolio open the line, record a drawdown and see what is outstanding. Also: a resident
 * without consent shows "no consent" and the check stays disabled; a line above the band without an override is
 * refused with BAND_MISMATCH next to the amount field, in the page's language.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "civic.ledger.mode", matches = "fabric")
class LoanOfficerStoryTest {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static ConsoleBrowser browser;

    @BeforeAll
    static void start() {
        browser = new ConsoleBrowser();
    }

    /** Signs out when a failed story left the session open, so the next language starts from the sign-in page. */
    @org.junit.jupiter.api.AfterEach
    void signedOut() {
        if (!browser.driver().findElements(By.cssSelector("form.signout button")).isEmpty()) {
            browser.signOut();
        }
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static void inLanguage(String language, String text) {
        if (language.equals("zh-CN")) {
            assertTrue(CJK.matcher(text).find(), "not Chinese: " + text);
        } else {
            assertFalse(CJK.matcher(text).find(), "not English: " + text);
        }
    }

    private static void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void find(String residentId) {
        type("residentId", residentId);
        browser.driver().findElement(By.cssSelector("#find-form button[type=submit]")).click();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aLoanOfficerSeesConsentChecksDecidesAndDrawsALine(String language) {
        String withConsent = BankData.enrol();
        BankData.award(withConsent, 8);
        BankData.grantConsent(withConsent, "loan");
        String withoutConsent = BankData.enrol();
        String productId = BankData.publishProduct();

        browser.signIn(BankData.BANK, language);
        browser.open("/console/bank/check");
        browser.waitForPage();

        // a resident without consent: "no consent", and the check button is disabled with its reason
        find(withoutConsent);
        WebElement none = browser.waitForText(By.id("consent-status"),
                language.equals("zh-CN") ? "无授权" : "No consent");
        assertEquals("status", none.getAttribute("role"));
        WebElement checkButton = browser.visible(By.id("check-button"));
        assertFalse(checkButton.isEnabled(), "the check is disabled without consent");
        inLanguage(language, browser.visible(By.id("check-blocked")).getText());
        browser.check("bank-check-no-consent");

        // the resident with consent: the consent is shown active before anything else
        find(withConsent);
        browser.waitForText(By.id("consent-status"), language.equals("zh-CN") ? "有效授权" : "active consent");
        browser.waitForText(By.id("consents"), language.equals("zh-CN") ? "有效" : "Active");
        assertTrue(browser.driver().findElement(By.id("result")).getText().isEmpty(), "no score before the check");
        browser.waitUntil(d -> d.findElement(By.id("check-button")).isEnabled());
        browser.check("bank-check-consent");

        // the check: score, band, chart (canvas and its table), reasons in the page's language
        new Select(browser.driver().findElement(By.id("productId"))).selectByValue(productId);
        new Select(browser.driver().findElement(By.id("purpose"))).selectByValue("loan");
        browser.driver().findElement(By.id("check-button")).click();
        WebElement score = browser.visible(By.id("score"));
        assertTrue(score.getText().matches("(?s).*\\d.*1,?000.*"), score.getText());
        String band = browser.visible(By.id("band")).getText().trim();
        assertTrue(List.of("A", "B", "C", "D").contains(band), band);
        assertNotNull(browser.driver().findElement(By.cssSelector("#factor-chart canvas")));
        assertEquals(5L, js("return document.querySelectorAll('#factor-chart details tbody tr').length"));
        inLanguage(language, browser.driver().findElement(By.cssSelector("#factor-chart figcaption")).getText());
        WebElement reasons = browser.visible(By.id("reasons"));
        inLanguage(language, reasons.getText());
        browser.check("bank-check-result");

        // a line above the band's largest amount, without an override: BAND_MISMATCH next to the amount field
        long maxFen = BankData.BAND_MAX_FEN.get(band);
        type("amountYuan", String.valueOf(maxFen / 100 + 1));
        browser.driver().findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        WebElement error = browser.visible(By.cssSelector("#decision-form .field-error"));
        assertEquals(Boolean.TRUE, js("const l = document.querySelector('label[for=amountYuan]');"
                + "return l.nextElementSibling !== null && l.nextElementSibling.classList.contains('field-error')"));
        assertEquals("true", browser.driver().findElement(By.id("amountYuan")).getAttribute("aria-invalid"));
        inLanguage(language, error.getText());
        browser.check("bank-check-band-mismatch");

        // a grant within the band: recorded and shown
        long amountFen = maxFen / 2;
        type("amountYuan", String.valueOf(amountFen / 100));
        browser.driver().findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        WebElement recorded = browser.visible(By.id("decision-status"));
        inLanguage(language, recorded.getText());
        String decisionId = browser.visible(By.id("decision-id")).getText().trim();
        assertEquals(amountFen, ((Number) BankData.as(BankData.BANK).get("/api/v1/loan-decisions/" + decisionId)
                .then().statusCode(200).extract().path("amountFen")).longValue());
        browser.check("bank-check-granted");

        // the portfolio: the line, a drawdown, what is outstanding
        browser.driver().findElement(By.id("open-line")).click();
        browser.waitForPage();
        browser.waitForText(By.id("line-id"), decisionId);
        browser.waitForText(By.id("lines"), decisionId);
        browser.check("bank-portfolio-line");
        type("drawAmount", "100.50");
        browser.driver().findElement(By.cssSelector("#draw-form button[type=submit]")).click();
        browser.waitForText(By.id("line-outstanding"), "100.50");
        inLanguage(language, browser.visible(By.cssSelector("#line-status")).getText());
        assertEquals(10_050L, ((Number) BankData.as(BankData.BANK).get("/api/v1/loan-decisions/" + decisionId)
                .then().statusCode(200).extract().path("outstandingFen")).longValue());
        browser.check("bank-portfolio-drawn");

        browser.signOut();
    }
}
