package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * GetUserAvailability with FreeBusyViewOptions: for each mailbox of the request, in one call, the
 * busy times of its default calendar in the time window (recurring series expanded), as
 * MergedFreeBusy digits per interval and a CalendarEventArray, in the request's time zone. As
 * with Exchange's default calendar permission (free/busy time only), other users' events come
 * without details: a Detailed view is answered as FreeBusy, DetailedMerged as FreeBusyMerged.
 */
public final class GetUserAvailabilityOperation implements EwsOperation {
    private static final List<String> VIEWS = List.of("None", "MergedOnly", "FreeBusy", "FreeBusyMerged", "Detailed",
            "DetailedMerged");
    private static final List<String> BUSY_ORDER = List.of("Free", "Tentative", "Busy", "OOF", "WorkingElsewhere");
    private static final java.time.format.DateTimeFormatter LOCAL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", java.util.Locale.ROOT);
    /** Exchange's limit on mailboxes per request. */
    private static final int MAX_MAILBOXES = 100;

    private final SimulatorStore store;

    public GetUserAvailabilityOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "GetUserAvailabilityRequest";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        LegacyTimeZone zone = LegacyTimeZone.read(Dom.child(request, "TimeZone"));
        Element options = Dom.required(request, "FreeBusyViewOptions");
        Element window = Dom.required(options, "TimeWindow");
        Instant start = zone.instant(local(Dom.childText(window, "StartTime").orElse("")));
        Instant end = zone.instant(local(Dom.childText(window, "EndTime").orElse("")));
        int interval = Integer.parseInt(Dom.childText(options, "MergedFreeBusyIntervalInMinutes").orElse("30"));
        String view = Dom.childText(options, "RequestedView").orElse("Detailed");
        if (!VIEWS.contains(view) || interval < 5 || interval > 1440 || !end.isAfter(start)) {
            throw Dom.schemaViolation("invalid FreeBusyViewOptions");
        }
        List<Element> mailboxes = Dom.children(Dom.required(request, "MailboxDataArray"), "MailboxData");
        if (mailboxes.size() > MAX_MAILBOXES) {
            throw new SoapFaultException("a:ErrorExceededMaximumRecipientCount", "ErrorExceededMaximumRecipientCount",
                    "The number of mailboxes exceeds the maximum of " + MAX_MAILBOXES + ".");
        }
        out.start("m:GetUserAvailabilityResponse").attr("xmlns:m", EwsNamespaces.MESSAGES)
                .attr("xmlns:t", EwsNamespaces.TYPES);
        out.start("m:FreeBusyResponseArray");
        for (Element data : mailboxes) {
            String address = Dom.child(data, "Email").flatMap(e -> Dom.childText(e, "Address")).orElse("");
            out.start("m:FreeBusyResponse");
            Optional<Mailbox> mailbox = store.mailbox(address);
            if (mailbox.isEmpty()) {
                out.start("m:ResponseMessage").attr("ResponseClass", "Error")
                        .element("m:MessageText", "The e-mail address cannot be found.")
                        .element("m:ResponseCode", "ErrorMailRecipientNotFound")
                        .element("m:DescriptiveLinkKey", 0).end();
                out.start("m:FreeBusyView").element("t:FreeBusyViewType", "None").end();
            } else {
                boolean own = mailbox.get().address().equalsIgnoreCase(call.account().address());
                String granted = own ? view : view.replace("Detailed", "FreeBusy");
                out.start("m:ResponseMessage").attr("ResponseClass", "Success").element("m:ResponseCode", "NoError").end();
                writeView(out, mailbox.get(), granted, zone, start, end, interval);
            }
            out.end();
        }
        out.end().end();
    }

    private void writeView(XmlWriter out, Mailbox mailbox, String view, LegacyTimeZone zone, Instant start, Instant end,
                           int interval) {
        List<ItemState> busy = busyItems(mailbox, start, end);
        out.start("m:FreeBusyView").element("t:FreeBusyViewType", view);
        if (view.endsWith("Merged") || view.equals("MergedOnly")) {
            StringBuilder digits = new StringBuilder();
            for (Instant slot = start; slot.isBefore(end); slot = slot.plusSeconds(interval * 60L)) {
                Instant slotEnd = slot.plusSeconds(interval * 60L);
                int level = 0;
                for (ItemState item : busy) {
                    if (Occurrences.start(item.pim()).isBefore(slotEnd) && Occurrences.end(item.pim()).isAfter(slot)) {
                        level = Math.max(level, BUSY_ORDER.indexOf(busyType(item)));
                    }
                }
                digits.append(level);
            }
            out.element("t:MergedFreeBusy", digits.toString());
        }
        if (!view.equals("MergedOnly") && !view.equals("None")) {
            out.start("t:CalendarEventArray");
            for (ItemState item : busy) {
                out.start("t:CalendarEvent")
                        .element("t:StartTime", LOCAL.format(zone.local(Occurrences.start(item.pim()))))
                        .element("t:EndTime", LOCAL.format(zone.local(Occurrences.end(item.pim()))))
                        .element("t:BusyType", busyType(item));
                if (view.startsWith("Detailed")) {
                    String type = item.pim().text("CalendarItemType").orElse("Single");
                    out.start("t:CalendarEventDetails")
                            .element("t:ID", EwsIds.itemId(mailbox.address(), mailbox.guid(), item.number()))
                            .element("t:Subject", item.subject() == null ? "" : item.subject())
                            .element("t:Location", item.pim().text("Location").orElse(""))
                            .element("t:IsMeeting", item.pim().text("IsMeeting").orElse("false"))
                            .element("t:IsRecurring", !type.equals("Single"))
                            .element("t:IsException", type.equals("Exception"))
                            .element("t:IsReminderSet", item.pim().text("ReminderIsSet").orElse("false"))
                            .element("t:IsPrivate", !"Normal".equals(item.pim().text("Sensitivity").orElse("Normal")))
                            .end();
                }
                out.end();
            }
            out.end();
        }
        out.start("t:WorkingHours");
        writeUtcZone(out);
        out.start("t:WorkingPeriodArray").start("t:WorkingPeriod")
                .element("t:DayOfWeek", "Monday Tuesday Wednesday Thursday Friday")
                .element("t:StartTimeInMinutes", 480).element("t:EndTimeInMinutes", 1020).end().end();
        out.end();
        out.end();
    }

    /** Working hours are given in UTC (the simulator's users keep 08:00 to 17:00 there). */
    private static void writeUtcZone(XmlWriter out) {
        out.start("t:TimeZone").element("t:Bias", 0);
        for (String part : List.of("t:StandardTime", "t:DaylightTime")) {
            out.start(part).element("t:Bias", 0).element("t:Time", "00:00:00").element("t:DayOrder", 0)
                    .element("t:Month", 0).element("t:DayOfWeek", "Sunday").end();
        }
        out.end();
    }

    /** The items of the default calendar that make its owner not free in [start, end), by start. */
    private static List<ItemState> busyItems(Mailbox mailbox, Instant start, Instant end) {
        List<ItemState> all;
        try {
            all = mailbox.items(mailbox.folder(DistinguishedFolder.CALENDAR).number());
        } catch (FolderOperationException e) {
            return List.of();
        }
        List<ItemState> result = new ArrayList<>();
        for (ItemState item : all) {
            if (item.pim() == null || !item.pim().type().equals("CalendarItem")) {
                continue;
            }
            List<ItemState> instances;
            try {
                instances = Occurrences.isMaster(item) ? Occurrences.between(item, start, end) : List.of(item);
            } catch (EwsError e) {
                throw new IllegalStateException("a stored recurrence is always valid", e);
            }
            for (ItemState i : instances) {
                boolean overlaps = Occurrences.start(i.pim()).isBefore(end) && Occurrences.end(i.pim()).isAfter(start);
                boolean cancelled = "true".equals(i.pim().text("IsCancelled").orElse("false"));
                if (overlaps && !cancelled && !busyType(i).equals("Free")) {
                    result.add(i);
                }
            }
        }
        result.sort(Comparator.comparing(i -> Occurrences.start(i.pim())));
        return result;
    }

    private static String busyType(ItemState item) {
        String status = item.pim().text("LegacyFreeBusyStatus").orElse("Busy");
        return status.equals("NoData") ? "Free" : status;
    }

    private static LocalDateTime local(String text) throws SoapFaultException {
        try {
            String t = text.trim();
            if (t.endsWith("Z")) {
                t = t.substring(0, t.length() - 1);
            }
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw Dom.schemaViolation("'" + text + "' is not a valid xs:dateTime");
        }
    }
}
