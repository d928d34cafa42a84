package org.bridgehead.simulator.store;

import java.io.IOException;
import java.util.List;

/** Hands messages for recipients outside the store to another mail system (a smart host). */
@FunctionalInterface
public interface OutboundRelay {

    /**
     * Relays one message.
     *
     * @param envelopeFrom the SMTP envelope sender (MAIL FROM)
     * @param recipients   envelope recipients (RCPT TO), none local
     * @param mime         the message as it is to be delivered (no Bcc header)
     * @throws IOException when the message could not be handed over
     */
    void relay(String envelopeFrom, List<String> recipients, byte[] mime) throws IOException;
}
