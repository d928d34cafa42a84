package org.bridgehead.app.lifecycle;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers a long-running command starts, stopped most recent first when the process is asked
 * to stop (SIGTERM, SIGINT). The shutdown hook is in place before the first server starts, so a
 * signal during start-up still stops what is running.
 */
public final class RunningServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningServices.class);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread shutdownHook;

    /** @param out where {@code bridgehead: stopped} is written once everything is stopped */
    public RunningServices(PrintWriter out) {
        shutdownHook = new Thread(() -> {
            stopAll();
            out.println("bridgehead: stopped");
            out.flush();
            stopped.countDown();
        }, "bridgehead-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Registers a started server, to be closed at shutdown. */
    public synchronized void add(AutoCloseable service) {
        running.push(service);
    }

    /** Blocks the calling thread until the shutdown hook has stopped every server. */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /** For a start-up that failed: stops what was started at once, without waiting for a signal. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running and stops everything itself.
            return;
        }
        stopAll();
    }

    private synchronized void stopAll() {
        while (!running.isEmpty()) {
            AutoCloseable service = running.pop();
            try {
                service.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", service, e.toString());
            }
        }
    }
}
