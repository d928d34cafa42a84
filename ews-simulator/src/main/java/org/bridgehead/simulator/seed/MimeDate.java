package org.bridgehead.simulator.seed;

import java.time.Instant;
import org.bridgehead.simulator.store.MimeParser;

/** The Date header of a seeded message, used as its arrival time. */
final class MimeDate {
    private MimeDate() {
    }

    static Instant of(byte[] mime) {
        Instant sent = MimeParser.summarize(mime).dateSent();
        return sent == null ? DemoMail.NOW : sent.plusSeconds(45);
    }
}
