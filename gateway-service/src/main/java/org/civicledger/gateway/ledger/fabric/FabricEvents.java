package org.civicledger.gateway.ledger.fabric;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.common.Block;

/**
 * One subscription to the chaincode events of a channel, read from Fabric's block events: each valid
 * transaction of the chaincode in order, at its {@code block:tx} position, so a subscriber resumes
 * exactly after the last event it saw (its checkpoint), with none lost or repeated. A broken stream is
 * reopened from the next block not yet delivered. Runs on its own daemon thread.
 */
final class FabricEvents implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FabricEvents.class.getName());
    private static final long RETRY_MILLIS = 1_000;

    private final Supplier<Network> network;
    private final EventCursor cursor;
    private final Consumer<LedgerEvent> sink;
    private final Thread thread;
    private volatile boolean closed;
    private volatile CloseableIterator<Block> current;

    FabricEvents(Supplier<Network> network, String chaincode, String afterPosition, Consumer<LedgerEvent> sink) {
        this.network = network;
        this.cursor = new EventCursor(chaincode, afterPosition);
        this.sink = sink;
        this.thread = new Thread(this::run, "civic-fabric-events");
        thread.setDaemon(true);
    }

    FabricEvents start() {
        thread.start();
        return this;
    }

    private void run() {
        while (!closed) {
            try (CloseableIterator<Block> blocks = network.get().newBlockEventsRequest().startBlock(cursor.nextBlock()).build()
                    .getEvents()) {
                current = blocks;
                while (!closed && blocks.hasNext()) {
                    cursor.take(blocks.next()).forEach(sink);
                }
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.log(Level.WARNING, "the Fabric block event stream broke at block " + cursor.nextBlock()
                        + "; reopening it: " + e.getMessage());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        CloseableIterator<Block> blocks = current;
        if (blocks != null) {
            blocks.close();
        }
        thread.interrupt();
    }
}
