package org.bridgehead.simulator.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The relay used when no smart host is configured: accepts every message, as Exchange queues
 * mail for the outside, and keeps the latest ones for inspection.
 */
public final class RecordingRelay implements OutboundRelay {
    /** How many messages are kept; older ones are dropped. */
    public static final int CAPACITY = 1000;

    private final Deque<RelayedMessage> messages = new ArrayDeque<>();

    @Override
    public synchronized void relay(String envelopeFrom, List<String> recipients, byte[] mime) {
        if (messages.size() == CAPACITY) {
            messages.removeFirst();
        }
        messages.addLast(new RelayedMessage(envelopeFrom, recipients, mime));
    }

    /** The accepted messages, oldest first. */
    public synchronized List<RelayedMessage> messages() {
        return List.copyOf(messages);
    }
}
