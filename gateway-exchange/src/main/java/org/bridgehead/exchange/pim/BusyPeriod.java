package org.bridgehead.exchange.pim;

import java.time.Instant;
import java.util.Objects;

/** A span of time a person is not free (iCalendar FREEBUSY with its FBTYPE). */
public record BusyPeriod(Instant start, Instant end, Type type) {

    public enum Type {
        /** FBTYPE=BUSY */
        BUSY,
        /** FBTYPE=BUSY-TENTATIVE */
        TENTATIVE,
        /** FBTYPE=BUSY-UNAVAILABLE (out of office) */
        UNAVAILABLE
    }

    public BusyPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(type, "type");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + start + " " + end);
        }
    }
}
