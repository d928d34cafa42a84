package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimCollection;
import org.bridgehead.exchange.pim.PimItem;
import org.bridgehead.exchange.pim.PimService;
import org.bridgehead.exchange.pim.Precondition;
import org.bridgehead.exchange.pim.SyncChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The EWS PimService against the simulator, for what only an Exchange client sees. */
class PimOverEwsTest {

    private SimulatedExchange exchange;
    private ExchangeSession session;
    private PimService pim;
    private String calendarId;

    @BeforeEach
    void signIn() throws Exception {
        exchange = SimulatedExchange.start();
        session = exchange.backend(0).open(new Credentials(SimulatedExchange.ALICE, SimulatedExchange.PASSWORD));
        pim = session.pim();
        calendarId = pim.collections().stream().filter(c -> c.primary() && c.kind() == CollectionKind.CALENDAR)
                .findFirst().map(PimCollection::id).orElseThrow();
    }

    @AfterEach
    void close() {
        session.close();
        exchange.close();
    }

    @Test
    void theDefaultFoldersAreTheCollections() throws Exception {
        List<PimCollection> collections = pim.collections();
        for (CollectionKind kind : CollectionKind.values()) {
            assertEquals(1, collections.stream().filter(c -> c.primary() && c.kind() == kind).count(), kind.name());
        }
    }

    @Test
    void anEventMadeInOutlookGetsAStableNameFromItsId() throws Exception {
        ExchangeService outlook = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        outlook.setUrl(exchange.simulator().ewsUrl());
        outlook.setCredentials(new WebCredentials(SimulatedExchange.ALICE, SimulatedExchange.PASSWORD));
        Appointment appointment = new Appointment(outlook);
        appointment.setSubject("Made in Outlook");
        appointment.setStart(utc("2026-12-10 09:00"));
        appointment.setEnd(utc("2026-12-10 10:00"));
        appointment.save(new FolderId(WellKnownFolderName.Calendar), SendInvitationsMode.SendToNone);
        outlook.close();

        String id = appointment.getId().getUniqueId();
        SyncChanges all = pim.sync(calendarId, null);
        String expected = PimIndex.derivedName(id, CollectionKind.CALENDAR);
        assertTrue(all.changed().stream().anyMatch(ref -> ref.resourceName().equals(expected)), all.toString());
        List<PimItem> items = pim.get(calendarId, List.of(expected));
        assertEquals(1, items.size());
        assertTrue(items.get(0).body().contains("SUMMARY:Made in Outlook"), items.get(0).body());
        assertEquals(expected, pim.sync(calendarId, null).changed().stream()
                .filter(ref -> ref.itemId().equals(id))
                .map(ItemRef::resourceName).findFirst().orElseThrow());
        List<ItemRef> inRange = pim.findInRange(calendarId, utc("2026-12-10 00:00").toInstant(),
                utc("2026-12-11 00:00").toInstant());
        assertTrue(inRange.stream().anyMatch(ref -> ref.resourceName().equals(expected)), inRange.toString());
    }

    @Test
    void aSeriesWhoseExceptionCannotBeMadeLeavesNothingBehind() throws Exception {
        String series = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:s-1\r\n"
                + "DTSTART:20261207T090000Z\r\nDTEND:20261207T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:S\r\n"
                + "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:s-1\r\nRECURRENCE-ID:20261208T090000Z\r\n"
                + "DTSTART:20261208T110000Z\r\nDTEND:20261208T120000Z\r\nSUMMARY:Not an occurrence\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        int before = pim.sync(calendarId, null).changed().size();
        assertThrows(InvalidContentException.class, () -> pim.put(calendarId, "s.ics", series, Precondition.NONE));
        assertEquals(before, pim.sync(calendarId, null).changed().size());
        assertTrue(pim.get(calendarId, List.of("s.ics")).isEmpty());
    }

    private static Date utc(String text) throws Exception {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.parse(text);
    }
}
