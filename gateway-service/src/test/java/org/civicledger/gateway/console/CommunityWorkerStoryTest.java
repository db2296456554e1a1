package org.civicledger.gateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The community worker's day in the browser: enrol a resident (the reference typed once, then gone from the page),
 * enrol the same person again (same id), record one contribution (a bad quantity refused next to its field first),
 * record a whole garbage-sorting round for 50 residents in the batch table (one row refused, fixed and resubmitted
 * without paying anyone twice, checked on the ledger through the API), look a resident up with their history, sign
 * out. In Chinese and in English.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "civic.ledger.mode", matches = "fabric")
class CommunityWorkerStoryTest extends BrowserStory {
    private static final int RESIDENTS = 50;
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aCommunityWorkerEnrolsRecordsABatchAndLooksUp(String language) {
        boolean zh = language.equals("zh-CN");
        browser.signIn(CommunityData.APP, language);

        // ---- enrol a resident: the reference is typed once and cleared from the page at once ----
        browser.open(ConsolePage.COMMUNITY_RESIDENTS.path());
        browser.waitForPage();
        browser.check("community-residents");
        String reference = CommunityData.unique("card");
        String residentId = enrol(reference, "created");
        assertTrue(residentId.matches("[0-9a-f]{64}"), residentId);
        assertEquals("", browser.driver().findElement(By.id("externalRef")).getAttribute("value"));
        assertFalse(browser.driver().getPageSource().contains(reference), "the page still holds the reference");
        browser.waitForText(By.cssSelector("#enrol-result .status"), zh ? "已登记新居民" : "New resident enrolled");
        browser.check("community-residents-enrolled");

        // the same person again: the same id, "already enrolled"
        assertEquals(residentId, enrol(reference, "existing"));
        browser.waitForText(By.cssSelector("#enrol-result .status"), zh ? "此前已登记" : "already enrolled");
        assertFalse(browser.driver().getPageSource().contains(reference), "the page still holds the reference");

        // ---- one contribution: a bad quantity first, refused next to its field in the page's language ----
        browser.open(ConsolePage.COMMUNITY_CONTRIBUTIONS.path());
        browser.waitForPage();
        browser.visible(By.id("single-residentId")).sendKeys(residentId);
        new Select(browser.driver().findElement(By.id("single-activityType"))).selectByValue("volunteer-hour");
        WebElement quantity = browser.driver().findElement(By.id("single-quantity"));
        quantity.sendKeys("0");
        browser.driver().findElement(By.cssSelector("#single button[type=submit]")).click();
        WebElement error = browser.visible(By.cssSelector("label[for=single-quantity] + .field-error"));
        assertEquals("true", quantity.getAttribute("aria-invalid"));
        assertEquals(error.getAttribute("id"), quantity.getAttribute("aria-describedby"));
        assertTrue(zh ? error.getText().contains("请求无效") && error.getText().contains("必须")
                : error.getText().contains("The request is not valid"), error.getText());
        browser.check("community-contributions-error");
        quantity.clear();
        quantity.sendKeys("2");
        browser.driver().findElement(By.cssSelector("#single button[type=submit]")).click();
        WebElement recorded = browser.visible(By.id("single-status"));
        assertEquals("AWARDED", recorded.getAttribute("data-status"));
        assertTrue(recorded.getText().contains("20"), recorded.getText());
        assertTrue(browser.driver().findElements(By.cssSelector("#single .field-error")).isEmpty());
        assertNull(quantity.getAttribute("aria-invalid"));
        assertEquals(20, CommunityData.balance(residentId));

        // ---- a garbage-sorting round for 50 residents, pasted from a spreadsheet, plus one unknown resident ----
        List<String> residents = CommunityData.inParallel(RESIDENTS, i -> CommunityData.enrol());
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < RESIDENTS; i++) {
            weights.put(residents.get(i), i % 5 + 1);
        }
        StringBuilder pasted = new StringBuilder();
        weights.forEach((id, kg) -> pasted.append(id).append(pasted.length() % 2 == 0 ? "\t" : ",").append(kg)
                .append('\n'));
        new Select(browser.driver().findElement(By.id("batch-activityType"))).selectByValue("garbage-sorting");
        browser.driver().findElement(By.cssSelector("details.paste summary")).click();
        WebElement paste = browser.visible(By.id("batch-paste"));
        browser.driver().executeScript("arguments[0].value = arguments[1];", paste, pasted.toString()); // a paste
        browser.driver().findElement(By.id("batch-fill")).click();
        browser.waitForText(By.id("batch-summary"), zh ? "已填入 50 行" : "50 rows filled");
        assertEquals(RESIDENTS, browser.driver().findElements(By.cssSelector("#batch-rows tbody tr")).size());
        browser.driver().findElement(By.id("batch-add")).click();
        assertEquals(RESIDENTS + 10, browser.driver().findElements(By.cssSelector("#batch-rows tbody tr")).size());
        String unknown = CommunityData.unknownResident();
        row(RESIDENTS + 1, 2).sendKeys(unknown);
        row(RESIDENTS + 1, 3).sendKeys("3");
        browser.driver().findElement(By.id("batch-submit")).click();
        browser.waitUntil(d -> d.findElement(By.id("batch-summary")).getAttribute("data-refused") != null);

        List<WebElement> awarded = browser.driver().findElements(By.cssSelector("#batch-rows tr[data-status=AWARDED]"));
        assertEquals(RESIDENTS, awarded.size());
        assertTrue(awarded.get(0).getText().contains(zh ? "已记入 +2 积分" : "AWARDED +2 points"), awarded.get(0).getText());
        WebElement bad = browser.driver().findElement(By.cssSelector("#batch-rows tr[data-row='51']"));
        assertEquals("FAILED", bad.getAttribute("data-status"));
        String badText = bad.findElement(By.cssSelector("td.result")).getText();
        assertTrue(zh ? badText.contains("未找到：未找到该居民")
                : badText.contains("Not found") && badText.contains("not found"), badText);
        assertEquals("true", row(RESIDENTS + 1, 2).getAttribute("aria-invalid"));
        assertTrue(browser.driver().findElement(By.id("batch-summary")).getText()
                .contains(zh ? "50 条已记入，0 条待审核，1 条被拒" : "50 recorded, 0 awaiting approval, 1 refused"));
        browser.check("community-contributions-batch");

        // fix the refused row and submit again: only it is sent, nobody is paid twice
        String late = CommunityData.enrol();
        WebElement fix = row(RESIDENTS + 1, 2);
        fix.clear();
        fix.sendKeys(late);
        browser.driver().findElement(By.id("batch-submit")).click();
        browser.waitUntil(d -> "0".equals(d.findElement(By.id("batch-summary")).getAttribute("data-refused")));
        assertEquals("1", browser.driver().findElement(By.id("batch-summary")).getAttribute("data-recorded"));
        assertEquals(RESIDENTS + 1,
                browser.driver().findElements(By.cssSelector("#batch-rows tr[data-status=AWARDED]")).size());
        assertEquals(6, CommunityData.balance(late));
        assertBalances(weights); // paid by the first submit, and only once
        browser.check("community-contributions-resubmitted");

        // ---- look the first resident up: status, balance, history ----
        browser.open(ConsolePage.COMMUNITY_RESIDENTS.path());
        browser.waitForPage();
        WebElement lookup = browser.visible(By.id("residentId"));
        lookup.sendKeys(CommunityData.unknownResident());
        browser.driver().findElement(By.cssSelector("#lookup button[type=submit]")).click();
        WebElement notFound = browser.visible(By.cssSelector("label[for=residentId] + .field-error"));
        assertEquals("true", lookup.getAttribute("aria-invalid"));
        assertTrue(notFound.getText().contains(zh ? "未找到" : "Not found"), notFound.getText());
        lookup.clear();
        lookup.sendKeys(residentId);
        browser.driver().findElement(By.cssSelector("#lookup button[type=submit]")).click();
        browser.waitForText(By.id("balance-available"), "20");
        browser.waitForText(By.id("resident-status"), zh ? "正常" : "Active");
        WebElement history = browser.visible(By.cssSelector("#history table"));
        assertTrue(history.getText().contains(zh ? "获得" : "Award"), history.getText());
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", history);
        browser.check("community-residents-lookup");
        browser.signOut();
    }

    /** Asserts on the ledger, through the API, that each resident holds 2 points a kilogram of garbage sorted. */
    private static void assertBalances(Map<String, Integer> weights) {
        List<String> ids = List.copyOf(weights.keySet());
        List<Long> balances = CommunityData.inParallel(ids.size(), i -> CommunityData.balance(ids.get(i)));
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(2L * weights.get(ids.get(i)), balances.get(i), "balance of " + ids.get(i));
        }
    }

    /** Types {@code reference} into the enrolment form; waits for the answer ({@code outcome}); @return the id. */
    private static String enrol(String reference, String outcome) {
        WebElement field = browser.visible(By.id("externalRef"));
        field.clear();
        field.sendKeys(reference);
        browser.driver().findElement(By.cssSelector("#enrol button[type=submit]")).click();
        // the page empties the result at submit: wait for this answer's outcome
        browser.waitUntil(d -> d.findElements(By.cssSelector("#enrol-result [data-outcome='" + outcome + "']"))
                .isEmpty() ? null : true);
        return browser.driver().findElement(By.id("enrolled-id")).getText();
    }

    /** @return the input of the batch table's row {@code n} (1-based) in column {@code column} (2 id, 3 quantity) */
    private static WebElement row(int n, int column) {
        return browser.driver().findElement(By.cssSelector("#batch-rows tr[data-row='" + n + "'] td:nth-child("
                + column + ") input"));
    }
}
