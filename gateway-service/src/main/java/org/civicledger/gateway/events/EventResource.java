package org.civicledger.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.civicledger.api.events.EventPosition;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.api.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * {@code GET /api/v1/events}: server-sent events {@code {type, txId, blockNumber, payload}}, each
 * with id {@code block:tx}. A new connection receives events committed from then on; one that
 * reconnects with {@code Last-Event-ID} gets every event after that one, once, in order.
 */
@Tag(name = ApiDefinition.EVENTS)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1/events")
public class EventResource {
    /** Events sent to one client but not yet written to its connection, at most. */
    static final int IN_FLIGHT = 256;

    @Inject
    CurrentCaller current;

    @Inject
    LedgerPort ledger;

    @Inject
    OpenStreams streams;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Stream committed events (any caller)",
            description = "Server-sent events {type, txId, blockNumber, payload} with id block:tx for "
                    + "PointsAwarded, PointsRedeemed, ContributionReversed, ConsentGranted, ConsentRevoked, "
                    + "CreditChecked, DisputeFiled, DisputeOverdue and DisputeResolved; each caller sees only what its role "
                    + "may read. A new connection receives events committed from then on; send Last-Event-ID "
                    + "to resume after an event, each later event once, in order. A caller may hold a few streams at once "
                    + "(429 TOO_MANY_STREAMS beyond); a comment line every 30 s keeps a quiet stream open.")
    @APIResponse(responseCode = "200", description = "The event stream; each event's data is a LedgerEvent",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = org.civicledger.api.events.LedgerEvent.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "429", description = "TOO_MANY_STREAMS: this caller already holds the most event "
            + "streams allowed at once (civic.events.max-streams-per-caller, default 4); close one first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void stream(@Context SseEventSink sink, @Context Sse sse,
                       @Parameter(description = "Resume after this event id (block:tx)")
                       @HeaderParam("Last-Event-ID") String lastEventId) {
        Caller caller = current.get();
        EventPosition resume = lastEventId == null ? null : position(lastEventId);
        long height = ledger.height();
        if (resume != null && resume.block() >= height) {
            throw ApiException.invalid("Last-Event-ID is beyond the chain (height " + height + ")");
        }
        // a new client starts at the head; one that reconnects resumes after the last event it saw
        String after = resume != null ? resume.toString()
                : height == 0 ? null : EventPosition.endOf(height - 1).toString();
        streams.reserve(caller.name());
        try {
            streams.opened(sink, caller.name(), sse, ledger.subscribe(after, new Delivery(caller, sink, sse)));
        } catch (RuntimeException e) {
            streams.release(caller.name());
            throw e;
        }
    }

    /**
     * Sends a subscription's events to one client, with at most {@link #IN_FLIGHT} not yet written to
     * its connection: beyond that the subscription's thread waits (the ledger reads no further for this
     * stream), so a client that reads slowly, or a replay of the whole history, holds at most that many
     * events in memory.
     */
    private final class Delivery implements Consumer<LedgerEvent> {
        private final Caller caller;
        private final SseEventSink sink;
        private final Sse sse;
        private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

        Delivery(Caller caller, SseEventSink sink, Sse sse) {
            this.caller = caller;
            this.sink = sink;
            this.sse = sse;
        }

        @Override
        public void accept(LedgerEvent event) {
            if (sink.isClosed()) {
                streams.closed(sink);
                return;
            }
            JsonNode payload = parse(event.payload());
            if (!EventVisibility.visible(caller, event.type(), payload)) {
                return;
            }
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the event stream was closed", e);
            }
            sink.send(sse.newEventBuilder().id(event.position()).name(event.type())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(body(event, payload)).build())
                    .whenComplete((ok, failed) -> {
                        inFlight.release();
                        if (failed != null) {
                            streams.closed(sink);
                        }
                    });
        }
    }

    private static EventPosition position(String lastEventId) {
        try {
            return EventPosition.parse(lastEventId);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("Last-Event-ID must be an event id (block:tx) this stream sent");
        }
    }

    /** The event's data: an {@code org.civicledger.api.events.LedgerEvent}, its payload as the chaincode set it. */
    private static String body(LedgerEvent event, JsonNode payload) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("type", event.type());
        body.put("txId", event.txId());
        body.put("blockNumber", event.blockNumber());
        body.set("payload", payload);
        return body.toString();
    }

    private static JsonNode parse(String payload) {
        try {
            return payload == null || payload.isEmpty() ? Json.mapper().nullNode() : Json.mapper().readTree(payload);
        } catch (IOException e) {
            return Json.mapper().nullNode();
        }
    }
}
