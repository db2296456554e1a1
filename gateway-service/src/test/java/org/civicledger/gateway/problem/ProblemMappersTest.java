package org.civicledger.gateway.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Problem;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Defects are 500 INTERNAL with a correlation id that the log line carries; outages stay 503; no input is echoed. */
class ProblemMappersTest {
    private static final String SECRET = "citizen-card-PRIVREF148536";
    private static final Pattern CORRELATION = Pattern.compile("correlation id ([0-9a-f]{16})\\b");
    private final Logger logger = Logger.getLogger(ProblemMappers.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final ProblemMappers mappers = new ProblemMappers();

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Test
    void an_unexpected_exception_is_500_internal_with_a_correlation_id_that_the_log_line_holds() {
        IllegalStateException bug = new IllegalStateException("failed on " + SECRET,
                new ArithmeticException("long overflow of " + SECRET));
        Problem problem = problem(mappers.unexpected(bug), 500);
        assertEquals(ErrorCode.INTERNAL, problem.code());
        Matcher id = CORRELATION.matcher(problem.detail());
        assertTrue(id.find(), problem.detail());

        assertEquals(1, logged.size());
        LogRecord line = logged.get(0);
        assertEquals(Level.SEVERE, line.getLevel());
        assertTrue(line.getMessage().contains(id.group(1)), line.getMessage());
        String trace = stackTrace(line.getThrown());
        assertTrue(trace.startsWith(IllegalStateException.class.getName()), trace);
        assertTrue(trace.contains("Caused by: " + ArithmeticException.class.getName()), trace);
        assertArrayEquals(bug.getStackTrace(), line.getThrown().getStackTrace());
        assertFalse(trace.contains(SECRET), "the log holds request data: " + trace);
        assertFalse(problem.detail().contains(SECRET));
    }

    @Test
    void each_defect_gets_its_own_correlation_id() {
        String first = problem(mappers.unexpected(new NullPointerException()), 500).detail();
        String second = problem(mappers.unexpected(new NullPointerException()), 500).detail();
        assertFalse(first.equals(second), first);
    }

    @Test
    void a_server_error_from_the_framework_is_internal_too() {
        assertEquals(ErrorCode.INTERNAL, problem(mappers.web(new WebApplicationException(502)), 500).code());
    }

    @Test
    void a_ledger_outage_stays_503_ledger_unavailable() {
        Problem problem = problem(mappers.ledger(new LedgerRefusal(ErrorCode.LEDGER_UNAVAILABLE,
                "the ledger could not commit", "tx1")), 503);
        assertEquals(ErrorCode.LEDGER_UNAVAILABLE, problem.code());
        assertEquals("tx1", problem.txId());
        assertTrue(logged.isEmpty());
    }

    @Test
    void a_ledger_refusal_coded_internal_is_logged_with_a_correlation_id() {
        Problem problem = problem(mappers.ledger(new LedgerRefusal(ErrorCode.INTERNAL,
                "the chaincode failed on Points:getBalance without a refusal code", "tx1")), 500);
        Matcher id = CORRELATION.matcher(problem.detail());
        assertTrue(id.find(), problem.detail());
        assertEquals(1, logged.size());
        assertEquals("internal error, correlation id " + id.group(1) + " (the chaincode failed on Points:getBalance "
                + "without a refusal code, transaction tx1)", logged.get(0).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"externalRef\":PRIVREF148536}", "{\"PRIVREF148536\":1,\"PRIVREF148536\":2}",
        "{\"externalRef\":\"x\"} PRIVREF148536", "{\"externalRef\":\"PRIVREF148536", "[PRIVREF148536]",
        "{'PRIVREF148536':1}", "{\"a\":\"PRIVREF148536\u0001\"}"})
    void malformed_json_is_described_without_any_of_it(String body) {
        Exception parseError = null;
        try {
            new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            parseError = e;
            Problem problem = problem(mappers.json(e), 400);
            assertEquals(ErrorCode.VALIDATION_FAILED, problem.code());
            assertTrue(problem.detail().startsWith("malformed JSON: "), problem.detail());
            assertTrue(problem.detail().contains(" at line 1, column "), problem.detail());
            assertFalse(problem.detail().contains("PRIVREF"), problem.detail());
        }
        assertTrue(parseError != null, "the body parsed");
    }

    private static Problem problem(Response response, int status) {
        assertEquals(status, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals(status, problem.status());
        return problem;
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
