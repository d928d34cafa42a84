package org.bridgehead.exchange.ews;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.enumeration.availability.AvailabilityData;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import microsoft.exchange.webservices.data.misc.availability.AttendeeInfo;
import microsoft.exchange.webservices.data.misc.availability.AvailabilityOptions;
import microsoft.exchange.webservices.data.misc.availability.GetUserAvailabilityResults;
import microsoft.exchange.webservices.data.misc.availability.TimeWindow;
import microsoft.exchange.webservices.data.property.complex.availability.CalendarEvent;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.BusyPeriod;
import org.bridgehead.exchange.pim.FreeBusy;

/**
 * Free/busy of many people with GetUserAvailability: up to {@link #PEOPLE_PER_CALL} mailboxes and
 * {@link #LONGEST_WINDOW} per call (Exchange's limits), so a scheduling client's question about a
 * meeting's attendees is one call.
 */
final class FreeBusyLookup {

    /** Exchange answers at most this many mailboxes in one GetUserAvailability. */
    static final int PEOPLE_PER_CALL = 100;
    /** Exchange refuses a longer free/busy window (ErrorTimeIntervalTooBig). */
    static final Duration LONGEST_WINDOW = Duration.ofDays(42);

    private final MailContext context;

    FreeBusyLookup(MailContext context) {
        this.context = context;
    }

    Map<String, FreeBusy> lookUp(List<String> addresses, Instant start, Instant end) throws BackendException {
        Map<String, List<BusyPeriod>> busy = new LinkedHashMap<>();
        Map<String, Boolean> known = new LinkedHashMap<>();
        for (String address : addresses) {
            busy.put(address, new ArrayList<>());
            known.put(address, false);
        }
        for (List<String> people : Batches.of(List.copyOf(busy.keySet()), PEOPLE_PER_CALL)) {
            for (Instant from = start; from.isBefore(end); from = from.plus(LONGEST_WINDOW)) {
                Instant to = from.plus(LONGEST_WINDOW).isBefore(end) ? from.plus(LONGEST_WINDOW) : end;
                answer(people, from, to, busy, known);
            }
        }
        Map<String, FreeBusy> result = new LinkedHashMap<>();
        busy.forEach((address, periods) -> {
            periods.sort(Comparator.comparing(BusyPeriod::start));
            result.put(address, new FreeBusy(address, known.get(address), periods));
        });
        return result;
    }

    private void answer(List<String> people, Instant from, Instant to, Map<String, List<BusyPeriod>> busy,
            Map<String, Boolean> known) throws BackendException {
        GetUserAvailabilityResults results = context.call("GetUserAvailability", () -> {
            List<AttendeeInfo> attendees = people.stream().map(AttendeeInfo::new).toList();
            AvailabilityOptions options = new AvailabilityOptions();
            options.setRequestedFreeBusyView(FreeBusyViewType.FreeBusy);
            return context.service().getUserAvailability(attendees, new TimeWindow(Date.from(from), Date.from(to)),
                    AvailabilityData.FreeBusy, options);
        });
        int n = 0;
        for (AttendeeAvailability availability : results.getAttendeesAvailability()) {
            if (n >= people.size()) {
                break;
            }
            String address = people.get(n++);
            if (!MailContext.succeeded(availability)) {
                continue; // no such mailbox, or one Exchange may not tell about
            }
            known.put(address, true);
            for (CalendarEvent event : availability.getCalendarEvents()) {
                BusyPeriod.Type type = type(event);
                Instant eventStart = event.getStartTime().toInstant();
                Instant eventEnd = event.getEndTime().toInstant();
                if (type != null && eventEnd.isAfter(from) && eventStart.isBefore(to)) {
                    busy.get(address).add(new BusyPeriod(eventStart.isBefore(from) ? from : eventStart,
                            eventEnd.isAfter(to) ? to : eventEnd, type));
                }
            }
        }
    }

    /** The FBTYPE of an event, or null when it leaves the person free. */
    private static BusyPeriod.Type type(CalendarEvent event) {
        if (event.getFreeBusyStatus() == null) {
            return BusyPeriod.Type.BUSY;
        }
        return switch (event.getFreeBusyStatus()) {
            case Free, NoData -> null;
            case Tentative -> BusyPeriod.Type.TENTATIVE;
            case OOF -> BusyPeriod.Type.UNAVAILABLE;
            default -> BusyPeriod.Type.BUSY;
        };
    }
}
