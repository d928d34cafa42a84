package org.bridgehead.simulator.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's transport: a sent message goes, without its Bcc header, to the Inbox of each
 * recipient who is a user of the store (unread, new mail event) and in one relay call to all
 * others. Used by CreateItem's send dispositions and by SMTP submission.
 */
public final class MessageDelivery {
    private static final Logger log = LoggerFactory.getLogger(MessageDelivery.class);

    private final SimulatorStore store;
    private final RecordingRelay recordingRelay = new RecordingRelay();
    private volatile OutboundRelay relay = recordingRelay;

    MessageDelivery(SimulatorStore store) {
        this.store = store;
    }

    /** Replaces the relay for non-local recipients (by default a {@link RecordingRelay}). */
    public void setRelay(OutboundRelay newRelay) {
        relay = Objects.requireNonNull(newRelay);
    }

    /** The relay in use when none was set; keeps what it was given. */
    public RecordingRelay recordingRelay() {
        return recordingRelay;
    }

    /**
     * Delivers a message.
     *
     * @param envelopeFrom the sender's address
     * @param recipients   envelope recipients; duplicates (case-insensitive) count once
     * @param mime         the message as sent; a Bcc header is removed before delivery
     * @throws IOException when the relay refuses the non-local recipients; then no local recipient got it either
     */
    public DeliveryResult send(String envelopeFrom, List<String> recipients, byte[] mime) throws IOException {
        byte[] delivered = MimeHeaders.withoutHeader(mime, "Bcc");
        Set<String> seen = new LinkedHashSet<>();
        List<String> local = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        Map<String, Mailbox> localMailboxes = new LinkedHashMap<>();
        for (String recipient : recipients) {
            if (!seen.add(recipient.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<Mailbox> mailbox = store.mailbox(recipient);
            if (mailbox.isEmpty()) {
                remote.add(recipient);
            } else {
                localMailboxes.put(recipient, mailbox.get());
            }
        }
        // The relay goes first: if it fails nobody has the message yet, so the sender can retry without duplicates.
        if (!remote.isEmpty()) {
            relay.relay(envelopeFrom, remote, delivered);
        }
        for (Map.Entry<String, Mailbox> recipient : localMailboxes.entrySet()) {
            try {
                recipient.getValue().deliver(delivered);
                local.add(recipient.getKey());
            } catch (ItemOperationException e) {
                log.info("Message from {} not delivered to {}: {}", envelopeFrom, recipient.getKey(), e.getMessage());
                failed.add(recipient.getKey());
            }
        }
        return new DeliveryResult(local, failed, remote);
    }
}
