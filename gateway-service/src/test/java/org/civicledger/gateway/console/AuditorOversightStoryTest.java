package org.civicledger.gateway.console;

import static org.civicledger.gateway.console.OversightData.AUDITOR;
import static org.civicledger.gateway.console.OversightData.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicledger.gateway.api.MovableClock;
import org.civicledger.gateway.readmodel.ReadModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The auditor's oversight work in a real browser, in Chinese and English: the reports (an anomaly in words with its
 * transactions, a bank's credit check, each linking to the transaction's page; a bad multiple refused next to its
 * field), the disputes past due (recorded overdue, a score dispute upheld with its correction after the refusal
 * without one), and a score model proposal (its definition, an evaluation on the community with a bad community id
 * refused first, the approval, confirmed through the API). Past-due disputes and five days of capped awards are made
 * with the embedded ledger's movable clock, so this story runs on the embedded ledger only.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "civic.ledger.mode", matches = "fabric",
        disabledReason = "moves the embedded ledger's clock: a Fabric client stamps its own time")
class AuditorOversightStoryTest {
    private static ConsoleBrowser browser;

    @Inject
    MovableClock clock;

    @Inject
    ReadModel readModel;

    @BeforeAll
    static void start() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theAuditorReviewsReportsResolvesAnOverdueDisputeAndApprovesAScoreModel(String language) {
        boolean zh = language.equals("zh-CN");
        // a resident awarded garbage sorting's whole daily cap (40 points) on five days: a CAPPED_RESIDENT anomaly
        String capped = OversightData.enrol();
        String[] awards = new String[5];
        for (int day = 4; day >= 0; day--) {
            int d = day;
            clock.shifted(Duration.ofDays(-d), () -> awards[d] = OversightData.award(capped, "garbage-sorting", 20,
                    Instant.now().minus(Duration.ofDays(d))));
        }
        String checkTx = OversightData.creditCheck();
        String[] overdue = new String[1];
        clock.shifted(Duration.ofDays(-21), () -> overdue[0] = OversightData.scoreDispute());
        String notYetDue = OversightData.scoreDispute();
        long version = OversightData.proposeModel();
        OversightData.caughtUp(readModel, checkTx);

        browser.signIn(AUDITOR, language);

        // reports: the anomaly in words with its transactions, the credit check, each linking to its transaction
        browser.open(ConsolePage.AUDIT_REPORTS.path());
        browser.waitForPage();
        WebElement community = browser.driver().findElement(By.id("filter-community"));
        community.sendKeys("demo");
        browser.driver().findElement(By.cssSelector("#filters button[type=submit]")).click();
        // the four reports are shown once the status says so (a new submit clears it first)
        browser.waitForText(By.id("reports-status"), zh ? "报告已更新" : "Reports updated");
        WebElement finding = browser.driver().findElements(By.cssSelector("#anomalies article.finding")).stream()
                .filter(a -> a.getText().contains(capped)).findFirst().orElseThrow(() -> new AssertionError(
                        browser.driver().findElement(By.id("anomalies")).getText()));
        assertTrue(finding.getText().contains(zh ? "每次获得“garbage-sorting”积分都正好达到当日上限" : "whole daily cap"),
                finding::getText);
        for (String award : awards) {
            assertEquals(txPage(award), finding.findElement(By.cssSelector("a[href$='" + award + "']"))
                    .getAttribute("href"));
        }
        WebElement checkLink = browser.waitUntil(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#checks a[href$='" + checkTx + "']"));
            if (!links.isEmpty()) {
                return links.get(0);
            }
            WebElement more = d.findElement(By.id("checks-more"));
            if (more.isDisplayed() && more.isEnabled()) {
                more.click();
            }
            return null;
        });
        assertEquals(txPage(checkTx), checkLink.getAttribute("href"));
        browser.check("audit-reports-shown");

        WebElement multiple = browser.driver().findElement(By.id("filter-multiple"));
        multiple.sendKeys("1");
        browser.driver().findElement(By.cssSelector("#filters button[type=submit]")).click();
        WebElement error = fieldError(multiple);
        assertTrue(error.getText().contains(zh ? "之间的整数" : "must be a whole number"), error::getText);
        browser.check("audit-reports-refused");

        // disputes: the one past due, recorded overdue, upheld with a correction by the auditor
        browser.open(ConsolePage.AUDIT_DISPUTES.path());
        browser.waitForPage();
        WebElement card = browser.visible(By.id("dispute-" + overdue[0]));
        assertTrue(card.getText().contains(zh ? "已逾期 1 天" : "1 day overdue"), card::getText);
        browser.driver().findElement(By.id("mark-community")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("#mark button[type=submit]")).click();
        browser.waitForText(By.id("mark-status"), zh ? "件逾期异议" : "recorded as overdue");
        card = browser.visible(By.id("dispute-" + overdue[0]));
        assertTrue(card.getText().contains(zh ? "已逾期" : "Overdue"), card::getText);
        browser.check("audit-disputes-overdue");

        WebElement form = card.findElement(By.tagName("form"));
        new Select(form.findElement(By.name("outcome"))).selectByValue("UPHELD");
        form.findElement(By.name("note")).sendKeys(zh ? "已核对巡逻记录" : "patrol log checked");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement correction = form.findElement(By.name("correction"));
        error = fieldError(correction);
        assertTrue(error.getText().contains(zh ? "必须提供" : "correction is required"), error::getText);
        browser.check("audit-disputes-refused");
        new Select(correction).selectByValue("MISSING_CONTRIBUTION_RECORDED");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement resolvedCard = browser.waitForText(By.id("dispute-" + overdue[0]), zh ? "已裁决" : "Resolved");
        assertTrue(resolvedCard.getText().contains(zh ? "已支持" : "Upheld"), resolvedCard::getText);
        as(AUDITOR).queryParam("status", "UPHELD").get("/api/v1/disputes").then().statusCode(200)
                .body("find { it.disputeId == '" + overdue[0] + "' }.resolution.resolverRole", equalTo("AUDITOR"))
                .body("find { it.disputeId == '" + overdue[0] + "' }.resolution.correction",
                        equalTo("MISSING_CONTRIBUTION_RECORDED"));
        browser.check("audit-disputes-resolved");

        // a dispute not yet due: listed with its due date; the auditor's resolution is refused on its row
        WebElement early = browser.waitUntil(d -> {
            List<WebElement> found = d.findElements(By.id("dispute-" + notYetDue));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            d.findElement(By.cssSelector("#open-list > button")).click();
            return null;
        });
        assertTrue(early.getText().contains(zh ? "还有 20 天到期" : "due in 20 days"), early::getText);
        WebElement earlyForm = early.findElement(By.tagName("form"));
        earlyForm.findElement(By.name("note")).sendKeys(zh ? "审计员试图提前处理" : "an early try");
        earlyForm.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement refusal = browser.waitUntil(d -> earlyForm.findElements(By.cssSelector(".field-error")).stream()
                .findFirst().orElse(null));
        assertTrue(refusal.getText().contains(zh ? "到期前由社区管理员处理" : "until then the community's administrator"),
                refusal::getText);
        browser.check("audit-disputes-not-yet-due");

        // score models: the proposal, its evaluation on the community, its approval
        browser.open(ConsolePage.AUDIT_MODELS.path());
        browser.waitForPage();
        browser.visible(By.cssSelector("#models-list a[data-version='" + version + "']")).click();
        WebElement heading = browser.waitForText(By.id("detail-heading"), String.valueOf(version));
        assertTrue(heading.getText().contains(zh ? "待审批" : "Awaiting approval"), heading::getText);
        assertTrue(browser.driver().findElement(By.id("model-facts")).getText().contains("CommunityMSP"));
        assertTrue(browser.driver().findElement(By.id("model-reasons")).getText()
                .contains("第" + version + "版说明：SHORT_TENURE"));
        browser.check("audit-models-proposal");

        WebElement evaluateCommunity = browser.driver().findElement(By.id("evaluate-community"));
        evaluateCommunity.sendKeys("no such community!");
        browser.driver().findElement(By.cssSelector("#evaluate button[type=submit]")).click();
        error = fieldError(evaluateCommunity);
        assertTrue(error.getText().contains(zh ? "communityId 必须" : "communityId must"), error::getText);
        browser.check("audit-models-refused");
        evaluateCommunity.clear();
        evaluateCommunity.sendKeys("demo");
        browser.driver().findElement(By.cssSelector("#evaluate button[type=submit]")).click();
        browser.visible(By.id("evaluation-summary"));
        assertEquals(2, browser.driver().findElements(By.cssSelector("#evaluation-result table")).size());
        assertTrue(browser.driver().findElement(By.id("evaluation-progress")).getText()
                .contains(zh ? "完成" : "Done"));
        browser.check("audit-models-evaluated");

        browser.driver().findElement(By.id("approve-button")).click();
        browser.waitForText(By.id("approval-status"), zh ? "已批准，待生效" : "Approved, not yet in force");
        browser.waitForText(By.id("detail-heading"), zh ? "已批准，待生效" : "Approved, not yet in force");
        as(AUDITOR).get("/api/v1/score-models/" + version).then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("approverMspId", equalTo("AuditMSP"));
        browser.check("audit-models-approved");

        browser.signOut();
    }

    private static String txPage(String txId) {
        return browser.origin() + "/console/audit/transaction?tx=" + txId;
    }

    /** The error shown next to {@code field}: right after its label, the field marked invalid and described by it. */
    private static WebElement fieldError(WebElement field) {
        browser.waitUntil(d -> "true".equals(field.getAttribute("aria-invalid")));
        WebElement error = field.findElement(By.xpath("./ancestor::label[1]/following-sibling::*[1]"));
        assertEquals("field-error", error.getAttribute("class"));
        assertEquals(error.getAttribute("id"), field.getAttribute("aria-describedby"));
        return error;
    }
}
