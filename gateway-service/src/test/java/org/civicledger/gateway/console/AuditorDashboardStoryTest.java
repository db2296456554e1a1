package org.civicledger.gateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The auditor's morning look at the ledger, in a real browser: signs in, sees on the dashboard the chain's height as
 * the API reports it, the transactions per hour and the tables by organisation and validation code, the books
 * reconciled, types a search that is neither a transaction id nor a block number (the error next to the field),
 * verifies the chain with "verify now" (progress, then verified) and signs out.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "civic.ledger.mode", matches = "fabric")
class AuditorDashboardStoryTest extends BrowserStory {
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void anAuditorReadsTheDashboardAndVerifiesTheChain(String language) {
        boolean zh = language.equals("zh-CN");
        for (int i = 0; i < 3; i++) {
            AuditData.freshAward();
        }
        long height = AuditData.height();

        browser.signIn("demo-auditor-token", language);
        browser.open("/console/audit/dashboard");
        browser.waitForPage();

        assertEquals(height, digits(browser.visible(By.cssSelector("#card-height .value")).getText()),
                "the dashboard's height is the API's");
        assertTrue(digits(browser.visible(By.cssSelector("#card-transactions .value")).getText()) >= 3);
        assertTrue(browser.driver().findElement(By.cssSelector("#hourly figure.chart canvas")).isDisplayed());
        assertEquals(zh ? "每小时交易数（最近 24 小时）：有效与无效" : "Transactions per hour (Last 24 hours): valid and invalid",
                browser.driver().findElement(By.cssSelector("#hourly figcaption")).getText());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#by-organisation tbody tr"));
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("CommunityMSP")), "CommunityMSP wrote the awards");
        browser.waitForText(By.cssSelector("#by-code tbody"), "VALID");
        browser.waitForText(By.cssSelector("#by-code tbody"), zh ? "有效：已记账" : "Valid: committed");
        browser.waitForText(By.id("books-status"), zh ? "账目平衡" : "The books reconcile");
        browser.check("audit-dashboard-activity");

        WebElement search = browser.driver().findElement(By.id("search-q"));
        search.sendKeys("not a block");
        browser.driver().findElement(By.cssSelector("#search button[type=submit]")).click();
        WebElement error = browser.visible(By.cssSelector("#search .field-error"));
        assertEquals(zh ? "输入的既不是交易编号（64 位十六进制字符），也不是区块号。"
                : "That is neither a transaction id (64 hexadecimal characters) nor a block number.", error.getText());
        assertEquals("true", search.getAttribute("aria-invalid"));
        assertEquals(error.getAttribute("id"), search.getAttribute("aria-describedby"));
        assertEquals(error, browser.driver().findElement(By.cssSelector("#search label + .field-error")),
                "right after the field's label");
        browser.check("audit-dashboard-search-error");

        browser.driver().findElement(By.id("verify")).click();
        browser.visible(By.cssSelector("#integrity-progress progress"));
        browser.waitForText(By.cssSelector("#integrity-progress .progress span"), zh ? "已校验" : "blocks checked");
        WebElement result = browser.waitForText(By.id("integrity-result"), zh ? "校验通过" : "Verified");
        assertTrue(result.getAttribute("class").contains("ok"), result.getAttribute("class"));
        String progress = browser.driver().findElement(By.cssSelector("#integrity-progress .progress span")).getText();
        List<Long> counts = java.util.regex.Pattern.compile("[0-9][0-9,]*").matcher(progress).results()
                .map(m -> digits(m.group())).toList();
        assertEquals(2, counts.size(), progress);
        assertEquals(counts.get(0), counts.get(1), "every block checked: " + progress);
        assertTrue(counts.get(1) >= height, progress);
        assertFalse(browser.driver().findElement(By.id("verify")).getAttribute("disabled") != null,
                "verify can be asked again");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", result);
        browser.check("audit-dashboard-verified");

        browser.signOut();
    }

    private static long digits(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}
