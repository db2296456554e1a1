package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The auditor's day, in a real browser, in Chinese and English: the latest blocks, the block holding a fresh award,
 * its transaction (function, creator, validation code, event), the proof downloaded as a file, an unknown
 * transaction refused next to the field; a bank's session may not open the block explorer. Runs on both ledgers
 * (the Fabric profile of the gateway's pom includes it): it asserts only what both ledgers answer.
 */
@QuarkusTest
class AuditorStoryTest {
    private static final Path DOWNLOADS = Path.of("target/console-downloads/auditor");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConsoleBrowser browser;

    @BeforeAll
    static void start() throws IOException {
        if (Files.isDirectory(DOWNLOADS)) {
            try (Stream<Path> old = Files.list(DOWNLOADS)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        browser = new ConsoleBrowser(DOWNLOADS);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void auditorFollowsAnAwardFromTheBlocksToItsProof(String language) {
        boolean zh = language.equals("zh-CN");
        String txId = AuditData.freshAward();
        JsonPath tx = AuditData.transaction(txId);
        long blockNumber = tx.getLong("blockNumber");

        // a story that failed before may have left its session: start signed out
        browser.open("/console/signin");
        browser.driver().manage().deleteAllCookies();
        browser.signIn(AuditData.AUDITOR, language);

        // the latest blocks: the newest is the chain's last block
        long before = AuditData.height();
        browser.open("/console/audit/blocks");
        browser.waitForPage();
        long after = AuditData.height();
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#block-list a[data-number]"));
        assertTrue(!rows.isEmpty(), "the latest blocks are listed");
        long newest = Long.parseLong(rows.get(0).getAttribute("data-number"));
        assertTrue(newest >= before - 1 && newest <= after - 1,
                "the newest block listed, " + newest + ", is the chain's last (height " + before + ".." + after + ")");
        assertTrue(browser.driver().findElements(By.cssSelector("#block-list a[data-number='" + blockNumber + "']"))
                .size() == 1, "the award's block " + blockNumber + " is among the latest");
        browser.check("audit-blocks-latest");

        // older blocks, read one by one
        long lowest = lowestShown();
        if (lowest > 0) {
            browser.driver().findElement(By.id("older")).click();
            browser.waitUntil(d -> lowestShown() < lowest);
            assertEquals(Math.max(0, lowest - 10), lowestShown());
        }

        // a block number that is not one, and one beyond the chain: the error next to the field, in the language
        findBlock("abc");
        fieldError("block-number", zh ? "区块号必须是整数" : "block number must be a whole number");
        browser.check("audit-blocks-error");
        findBlock(String.valueOf(after + 1000));
        fieldError("block-number", zh ? "未找到该区块" : "block not found");

        // the block that holds the award, from the list
        browser.driver().findElement(By.cssSelector("#block-list a[data-number='" + blockNumber + "']")).click();
        browser.visible(By.cssSelector("#block-detail[data-number='" + blockNumber + "']"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("?number=" + blockNumber), "the block is linkable");
        WebElement txLink = browser.driver().findElements(By.cssSelector("#block-facts ol.tx-list a")).stream()
                .filter(a -> a.getText().equals(txId)).findFirst()
                .orElseThrow(() -> new AssertionError("block " + blockNumber + " lists " + txId));
        browser.check("audit-blocks-detail");
        if (blockNumber > 0) {
            browser.driver().findElement(By.cssSelector("#block-facts a[data-number='" + (blockNumber - 1) + "']"))
                    .click();
            browser.visible(By.cssSelector("#block-detail[data-number='" + (blockNumber - 1) + "']"));
            browser.driver().navigate().back();
            browser.visible(By.cssSelector("#block-detail[data-number='" + blockNumber + "']"));
        }
        txLink = browser.driver().findElements(By.cssSelector("#block-facts ol.tx-list a")).stream()
                .filter(a -> a.getText().equals(txId)).findFirst().orElseThrow();

        // its transaction
        txLink.click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/console/audit/transaction?tx="));
        browser.waitForPage();
        browser.visible(By.id("tx-detail"));
        assertEquals(txId, text("tx-shown-id"));
        assertEquals("Points:award", text("tx-function"));
        assertEquals(tx.getString("creatorMspId"), text("tx-creator-msp"));
        assertEquals("VALID", browser.driver().findElement(By.cssSelector("#tx-validation code")).getText());
        assertTrue(text("tx-validation").contains(zh ? "有效" : "Valid"));
        assertEquals(tx.getString("events[0].type"),
                browser.driver().findElement(By.cssSelector("#tx-events .event-type")).getText());
        browser.check("audit-transaction-detail");

        // its proof, saved as a file: the API's proof of this transaction
        Path file = DOWNLOADS.resolve("proof-" + txId + ".json");
        browser.driver().findElement(By.id("download-proof")).click();
        JsonNode saved = browser.waitUntil(d -> readJson(file));
        JsonPath proof = AuditData.proof(txId);
        assertEquals("civic-ledger/proof/1", saved.path("format").asText());
        assertEquals(txId, saved.path("txId").asText());
        assertEquals(blockNumber, saved.path("blockNumber").asLong());
        assertEquals("VALID", saved.path("validationCode").asText());
        assertEquals(proof.getString("ledger"), saved.path("ledger").asText());
        assertEquals(proof.getString("block"), saved.path("block").asText());
        browser.waitForText(By.id("proof-status"), file.getFileName().toString());
        browser.driver().executeScript("document.getElementById('proof-status').scrollIntoView({block: 'center'})");
        browser.check("audit-transaction-proof");

        // back to its block from the transaction
        browser.driver().findElement(By.id("tx-block")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/console/audit/blocks?number=" + blockNumber));
        browser.waitForPage();
        browser.visible(By.cssSelector("#block-detail[data-number='" + blockNumber + "']"));

        // an unknown transaction: not found, next to the field
        browser.open("/console/audit/transaction");
        browser.waitForPage();
        WebElement field = browser.driver().findElement(By.id("tx-id"));
        field.clear();
        field.sendKeys(AuditData.unique("no-such-tx"));
        browser.driver().findElement(By.cssSelector("#find-tx button[type=submit]")).click();
        fieldError("tx-id", zh ? "未找到该交易" : "transaction not found");
        browser.check("audit-transaction-not-found");
        browser.signOut();

        // a bank's session may not open the block explorer
        browser.signIn(AuditData.BANK, language);
        given().cookie(ConsoleCookies.SESSION, browser.sessionCookie()).redirects().follow(false)
                .get("/console/audit/blocks").then().statusCode(403);
        browser.open("/console/audit/blocks");
        browser.waitForPage();
        assertEquals(zh ? "无权访问此页面" : "You may not open this page", text("page-title"));
        browser.check("audit-blocks-forbidden-bank");
        browser.signOut();
    }

    private static void findBlock(String number) {
        WebElement field = browser.driver().findElement(By.id("block-number"));
        field.clear();
        field.sendKeys(number);
        browser.driver().findElement(By.cssSelector("#find-block button[type=submit]")).click();
    }

    /** The error shown right after the field's label, the field marked invalid, in the page's language. */
    private static void fieldError(String fieldId, String text) {
        By error = By.cssSelector("label[for='" + fieldId + "'] + .field-error");
        browser.waitForText(error, text);
        assertEquals("true", browser.driver().findElement(By.id(fieldId)).getAttribute("aria-invalid"));
    }

    /** The oldest block listed (read in the page, which redraws the list as older blocks arrive). */
    private static long lowestShown() {
        Object number = browser.driver().executeScript("const links = document.querySelectorAll("
                + "'#block-list a[data-number]'); return links[links.length - 1].dataset.number;");
        return Long.parseLong((String) number);
    }

    private static String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** The downloaded file's JSON once complete; null while it is not there or not whole yet. */
    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode read = JSON.readTree(Files.readString(file));
            return read == null || !read.isObject() ? null : read;
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return null;
            }
            throw new UncheckedIOException(e);
        }
    }
}
