package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import org.bridgehead.exchange.pim.ical.CalendarEvent;
import org.bridgehead.exchange.pim.ical.EventReader;
import org.junit.jupiter.api.Test;

/** Events written through EventConverter to the simulator's calendar and read back over EWS. */
class EventOverEwsTest {

    @Test
    void eventsRoundTripThroughExchange() throws Exception {
        try (SimulatedExchange exchange = SimulatedExchange.start()) {
            ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
            service.setUrl(exchange.simulator().ewsUrl());
            service.setCredentials(new WebCredentials(SimulatedExchange.ALICE, SimulatedExchange.PASSWORD));
            EventConverter converter = new EventConverter(ZoneId.of("Europe/Berlin"));
            for (String body : List.of(
                    "DTSTART;TZID=America/Winnipeg:20261208T100000\r\nDTEND;TZID=America/Winnipeg:20261208T110000\r\nSUMMARY:Board\r\nCATEGORIES:Work\r\nATTACH:https://x.example/a.pdf\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT20M\r\nEND:VALARM",
                    "DTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261225\r\nSUMMARY:Holiday\r\nTRANSP:TRANSPARENT",
                    "DTSTART:20261208T160000Z\r\nDTEND:20261208T170000Z\r\nSUMMARY:Meet\r\nORGANIZER;CN=Alice Archer:mailto:alice@example.com\r\nATTENDEE;CN=Bob Baker;RSVP=TRUE:mailto:bob@example.com")) {
                CalendarEvent event = EventReader.read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u-1\r\n"
                        + body + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
                Appointment appointment = new Appointment(service);
                converter.write(event, appointment, true);
                appointment.save(new FolderId(WellKnownFolderName.Calendar), SendInvitationsMode.SendToNone);
                PropertySet all = new PropertySet(BasePropertySet.FirstClassProperties, PimProperties.ATTACHMENT_URLS);
                all.setRequestedBodyType(BodyType.Text);
                Appointment loaded = Appointment.bind(service, appointment.getId(), all);
                CalendarEvent back = converter.read(loaded, SimulatedExchange.ALICE, event.start().zone(),
                        DayOfWeek.MONDAY, Optional.of(event.uid()), List.of(), List.of());
                assertEquals(event, back);
            }
            service.close();
        }
    }
}
