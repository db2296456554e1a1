package org.civicledger.gateway.console;

import static org.civicledger.gateway.console.CommunityAdminData.ADMIN;
import static org.civicledger.gateway.console.CommunityAdminData.COORDINATOR;
import static org.civicledger.gateway.console.CommunityAdminData.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
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
 * The community administrator's and coordinator's day in the browser: the coordinator approves a pending award, the
 * administrator rejects another with a reason, reverses an award (the ledger agrees on the new balance), registers
 * an attester and suspends it, resolves a dispute seen with its due date, and settles the demo exchange point; bad
 * input shows its error next to its field, in the page's language.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "civic.ledger.mode", matches = "fabric")
class CommunityAdminStoryTest extends BrowserStory {
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void coordinatorAndAdministratorDoTheirWork(String language) {
        boolean zh = language.equals("zh-CN");
        browser.open("/console/signin");
        browser.driver().manage().deleteAllCookies(); // a story that failed half-way leaves no session behind
        // Set up through the API, as the community's app and the exchange point would.
        String resident = CommunityAdminData.enrol();
        String toReverse = CommunityAdminData.unique("c");
        CommunityAdminData.award(toReverse, resident, "volunteer-hour", 3);
        String disputedTx = CommunityAdminData.award(CommunityAdminData.unique("c"), resident, "volunteer-hour", 5)
                .then().extract().path("txId");
        String toApprove = CommunityAdminData.unique("c");
        String toReject = CommunityAdminData.unique("c");
        assertEquals("PENDING", CommunityAdminData.award(toApprove, resident, "neighbour-care", 1)
                .then().extract().path("status"));
        CommunityAdminData.award(toReject, resident, "neighbour-care", 2);
        String customer = CommunityAdminData.enrol();
        CommunityAdminData.award(CommunityAdminData.unique("c"), customer, "volunteer-hour", 2);
        CommunityAdminData.redeem(customer, 15, 750);
        String disputeId = CommunityAdminData.dispute(resident, disputedTx);
        assertEquals(80, CommunityAdminData.balance(resident));

        // The coordinator approves the first pending award.
        browser.signIn(COORDINATOR, language);
        browser.open("/console/community/approvals");
        browser.waitForPage();
        By approveRow = By.cssSelector("tr[data-contribution='" + toApprove + "']");
        browser.visible(approveRow).findElement(By.cssSelector("button.approve")).click();
        browser.waitForText(approveRow, "AWARDED");
        assertTrue(browser.driver().findElement(approveRow).getText().contains("90"), "the new balance is shown");
        browser.check("community-approvals-approved");
        browser.signOut();

        // The administrator rejects the other, with a reason.
        browser.signIn(ADMIN, language);
        browser.open("/console/community/approvals");
        browser.waitForPage();
        By rejectRow = By.cssSelector("tr[data-contribution='" + toReject + "']");
        WebElement row = browser.visible(rejectRow);
        row.findElement(By.name("reason")).sendKeys(zh ? "未能核实服务记录" : "the visit could not be confirmed");
        row.findElement(By.cssSelector("form.reject button[type=submit]")).click();
        browser.waitForText(rejectRow, "REJECTED");
        browser.check("community-approvals-rejected");

        // Reverses an award: looked up in the resident's history, a reason is required.
        browser.open("/console/community/reversals");
        browser.waitForPage();
        browser.driver().findElement(By.id("residentId")).sendKeys(resident);
        browser.driver().findElement(By.cssSelector("#lookup button[type=submit]")).click();
        WebElement awardRow = browser.waitUntil(d -> d.findElements(By.cssSelector("#history tbody tr")).stream()
                .filter(r -> r.getText().contains(toReverse)).findFirst().orElse(null));
        awardRow.findElement(By.cssSelector("button.fill")).click();
        assertEquals(toReverse, browser.driver().findElement(By.id("contributionId")).getAttribute("value"));
        browser.driver().findElement(By.cssSelector("#reverse button[type=submit]")).click();
        assertFieldError("reason", zh ? "请填写撤销原因" : "Please give the reason");
        browser.check("community-reversals-error");
        browser.driver().findElement(By.id("reason")).sendKeys(zh ? "活动未实际开展" : "the event did not take place");
        browser.driver().findElement(By.cssSelector("#reverse button[type=submit]")).click();
        WebElement reversed = browser.visible(By.id("reversed"));
        assertEquals(60, CommunityAdminData.balance(resident), "the ledger took the 30 points back");
        assertTrue(reversed.getText().contains("60") && reversed.getText().contains("30"), reversed.getText());
        browser.check("community-reversals-done");

        // Registers an attester (a bad id first) and suspends it.
        browser.open("/console/community/attesters");
        browser.waitForPage();
        browser.driver().findElement(By.id("attesterId")).sendKeys("grid 07");
        browser.driver().findElement(By.cssSelector("#register button[type=submit]")).click();
        assertFieldError("attesterId", zh ? "必须是 1 到 128 个" : "must be 1-128");
        browser.check("community-attesters-error");
        String attester = CommunityAdminData.unique("vt");
        WebElement idField = browser.driver().findElement(By.id("attesterId"));
        idField.clear();
        idField.sendKeys(attester);
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("VOLUNTEER_TEAM");
        browser.driver().findElement(By.id("dailyLimitPoints")).sendKeys("500");
        browser.driver().findElement(By.cssSelector("#register button[type=submit]")).click();
        By attesterRow = By.cssSelector("tr[data-attester='" + attester + "']");
        browser.waitForText(attesterRow, zh ? "志愿者队伍" : "Volunteer team");
        browser.driver().findElement(attesterRow).findElement(By.name("reason"))
                .sendKeys(zh ? "队伍解散" : "team disbanded");
        browser.driver().findElement(attesterRow).findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(attesterRow, zh ? "已停用" : "Suspended");
        List<Map<String, Object>> attesters = as(ADMIN).get("/api/v1/attesters").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals("SUSPENDED", attesters.stream().filter(a -> attester.equals(a.get("attesterId"))).findFirst()
                .orElseThrow().get("status"));
        browser.check("community-attesters-suspended");

        // Sees the dispute with its due date, and resolves it.
        browser.open("/console/community/disputes");
        browser.waitForPage();
        By disputeRow = By.cssSelector("tr[data-dispute='" + disputeId + "']");
        WebElement disputeLine = browser.visible(disputeRow);
        String dueBy = as(ADMIN).get("/api/v1/disputes?status=OPEN").then().statusCode(200).extract().jsonPath()
                .getList("$", Map.class).stream().filter(d -> disputeId.equals(d.get("disputeId"))).findFirst()
                .orElseThrow().get("dueBy").toString();
        String dueYear = String.valueOf(Instant.parse(dueBy).atZone(java.time.ZoneOffset.UTC).getYear());
        assertTrue(disputeLine.findElements(By.tagName("td")).get(6).getText().contains(dueYear),
                "the due date is shown");
        browser.driver().findElement(By.id("mark-overdue")).click();
        browser.waitForText(By.id("list-status"), zh ? "件" : "marked");
        browser.check("community-disputes-listed");
        disputeLine = browser.visible(disputeRow);
        new Select(disputeLine.findElement(By.name("outcome"))).selectByValue("REJECTED");
        disputeLine.findElement(By.name("note")).sendKeys(zh ? "签到记录显示本人参加" : "the sign-in sheet shows them");
        disputeLine.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(By.id("list-status"), disputeId);
        browser.waitForText(disputeRow, zh ? "异议不成立" : "Rejected");
        assertTrue(as(ADMIN).get("/api/v1/disputes?status=REJECTED").then().statusCode(200).extract().jsonPath()
                .getList("disputeId").contains(disputeId), "the ledger has the dispute rejected");
        browser.check("community-disputes-resolved");

        // Settles the exchange point: then nothing is left to settle.
        browser.open("/console/community/settlements");
        browser.waitForPage();
        browser.visible(By.id("unsettled-points"));
        browser.driver().findElement(By.id("settle")).click();
        WebElement settled = browser.waitUntil(d -> {
            WebElement s = d.findElement(By.id("settled"));
            return s.getText().isEmpty() ? null : s;
        });
        assertTrue(settled.getAttribute("class").contains("ok"), settled.getText());
        browser.waitUntil(d -> d.findElement(By.cssSelector("#unsettled-points .value")).getText().startsWith("0 "));
        browser.check("community-settlements-settled");
        browser.driver().findElement(By.id("settle")).click();
        browser.waitUntil(d -> d.findElement(By.id("settled")).getAttribute("class").contains("warn"));
        assertTrue(browser.driver().findElement(By.id("settled")).getText()
                .contains(zh ? "没有待结算" : "nothing left"));
        browser.signOut();
    }

    /** The field carries aria-invalid and its error follows its label, with the expected text. */
    private static void assertFieldError(String fieldId, String text) {
        WebElement field = browser.visible(By.cssSelector("#" + fieldId + "[aria-invalid='true']"));
        WebElement error = browser.driver().findElement(By.id(field.getAttribute("aria-describedby")));
        assertTrue(error.getAttribute("class").contains("field-error"));
        WebElement previous = error.findElement(By.xpath("preceding-sibling::*[1]"));
        assertEquals("label", previous.getTagName());
        assertEquals(fieldId, previous.getAttribute("for"));
        assertTrue(error.getText().contains(text), error.getText());
    }
}
