package org.bridgehead.exchange.pim;

import java.util.List;
import java.util.Objects;

/**
 * One person's availability over the asked time range.
 *
 * @param address the address that was asked for
 * @param known   false if Exchange knows no such mailbox or may not tell (then periods is empty)
 * @param busy    busy spans, by start time
 */
public record FreeBusy(String address, boolean known, List<BusyPeriod> busy) {

    public FreeBusy {
        Objects.requireNonNull(address, "address");
        busy = List.copyOf(busy);
    }
}
