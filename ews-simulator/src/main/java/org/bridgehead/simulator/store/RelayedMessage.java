package org.bridgehead.simulator.store;

import java.util.List;

/** A message a {@link RecordingRelay} accepted. */
public record RelayedMessage(String envelopeFrom, List<String> recipients, byte[] mime) {

    public RelayedMessage {
        recipients = List.copyOf(recipients);
    }

    @Override
    public String toString() {
        return "RelayedMessage[from " + envelopeFrom + " to " + recipients + ", " + mime.length + " bytes]";
    }
}
