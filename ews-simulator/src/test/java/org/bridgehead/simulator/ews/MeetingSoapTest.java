package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Meetings between users of the simulator over raw SOAP: alice invites bob, bob answers, alice
 * changes and cancels the meeting; each side's Inbox, calendar and Sent Items as Exchange leaves them.
 */
class MeetingSoapTest {
    private static final String ALICE = "alice@example.com";
    private static final String BOB = "bob@example.com";

    private final SimulatorStore store = TestMailboxes.create();
    private final SoapWire wire = new SoapWire(store);

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void invitationPutsARequestInTheInboxAndATentativeItemInTheCalendar() throws Exception {
        Element aliceId = invite("SendToAllAndSaveCopy", BOB);

        Element request = onlyItem(BOB, "inbox", "MeetingRequest");
        assertEquals("IPM.Schedule.Meeting.Request", text(request, "ItemClass"));
        assertEquals("Planning", text(request, "Subject"));
        assertEquals("false", text(request, "IsRead"));
        Element full = get(BOB, first(request, "ItemId"), "MeetingRequest", "Default");
        assertEquals("NewMeetingRequest", text(full, "MeetingRequestType"));
        assertEquals("NoResponseReceived", text(full, "ResponseType"));
        assertEquals("2026-12-07T09:00:00Z", text(full, "Start"));
        assertEquals(ALICE, text(first(full, "Organizer"), "EmailAddress"));
        assertEquals(BOB, text(first(first(full, "RequiredAttendees"), "Mailbox"), "EmailAddress"));
        assertEquals(ALICE, text(first(full, "From"), "EmailAddress"));

        Element calendarItem = onlyItem(BOB, "calendar", "CalendarItem");
        assertEquals(first(calendarItem, "ItemId").getAttribute("Id"),
                first(full, "AssociatedCalendarItemId").getAttribute("Id"));
        Element bobs = get(BOB, first(calendarItem, "ItemId"), "CalendarItem", "Default");
        assertEquals("NoResponseReceived", text(bobs, "MyResponseType"));
        assertEquals("Tentative", text(bobs, "LegacyFreeBusyStatus"));
        assertEquals("true", text(bobs, "IsMeeting"));
        assertEquals("false", text(bobs, "IsOrganizer"));
        assertEquals("3", text(bobs, "AppointmentState"));
        assertEquals(ALICE, text(first(bobs, "Organizer"), "EmailAddress"));
        assertEquals(text(get(ALICE, aliceId, "CalendarItem", "Default"), "UID"), text(bobs, "UID"));

        Element alices = get(ALICE, aliceId, "CalendarItem", "Default");
        assertEquals("true", text(alices, "MeetingRequestWasSent"));
        assertEquals("Unknown", text(first(alices, "RequiredAttendees"), "ResponseType"));
        assertEquals("IPM.Schedule.Meeting.Request", text(onlyItem(ALICE, "sentitems", "MeetingRequest"), "ItemClass"));
    }

    @Test
    void requestMimeIsAMessageWithAnICalendarRequest() throws Exception {
        invite("SendOnlyToAll", BOB);
        Element request = onlyItem(BOB, "inbox", "MeetingRequest");
        Element withMime = get(BOB, first(request, "ItemId"), "MeetingRequest",
                "IdOnly</t:BaseShape><t:IncludeMimeContent>true</t:IncludeMimeContent><t:BaseShape>IdOnly");
        String mime = new String(Base64.getDecoder().decode(text(withMime, "MimeContent")), StandardCharsets.UTF_8);

        assertTrue(mime.contains("Subject: Planning\r\n"), mime);
        assertTrue(mime.contains("Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST"), mime);
        String ics = new String(Base64.getMimeDecoder().decode(mime.substring(mime.lastIndexOf("base64\r\n\r\n") + 10,
                mime.lastIndexOf("\r\n--"))), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(ics.contains("METHOD:REQUEST\r\n"), ics);
        assertTrue(ics.contains("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bob Baker:mailto:"
                + BOB), ics);
        assertEquals(List.of(), items(ALICE, "sentitems", "MeetingRequest"), "SendOnlyToAll keeps no copy");
    }

    @Test
    void acceptUpdatesBothCalendarsAndRepliesToTheOrganizer() throws Exception {
        Element aliceId = invite("SendToAllAndSaveCopy", BOB);
        Element request = onlyItem(BOB, "inbox", "MeetingRequest");

        Element response = respond("AcceptItem", first(request, "ItemId"), "SendAndSaveCopy");

        assertEquals("NoError", responseCode(messages(response).get(0)));
        Element answered = first(first(response, "Items"), "CalendarItem");
        Element bobs = get(BOB, first(answered, "ItemId"), "CalendarItem", "Default");
        assertEquals("Accept", text(bobs, "MyResponseType"));
        assertEquals("Busy", text(bobs, "LegacyFreeBusyStatus"));
        Element alices = get(ALICE, aliceId, "CalendarItem", "Default");
        Element attendee = first(first(alices, "RequiredAttendees"), "Attendee");
        assertEquals("Accept", text(attendee, "ResponseType"));
        assertTrue(!text(attendee, "LastResponseTime").isEmpty());
        Element reply = onlyItem(ALICE, "inbox", "MeetingResponse");
        assertEquals("IPM.Schedule.Meeting.Resp.Pos", text(reply, "ItemClass"));
        assertEquals("Accepted: Planning", text(reply, "Subject"));
        Element fullReply = get(ALICE, first(reply, "ItemId"), "MeetingResponse", "Default");
        assertEquals("Accept", text(fullReply, "ResponseType"));
        assertEquals(aliceId.getAttribute("Id"), first(fullReply, "AssociatedCalendarItemId").getAttribute("Id"));
        assertEquals(List.of(), items(BOB, "inbox", "MeetingRequest"), "the answered request leaves the Inbox");
        assertEquals(1, items(BOB, "deleteditems", "MeetingRequest").size());
        assertEquals(1, items(BOB, "sentitems", "MeetingResponse").size());
    }

    @Test
    void declineRemovesTheAttendeesItem() throws Exception {
        Element aliceId = invite("SendToAllAndSaveCopy", BOB);
        Element calendarItem = onlyItem(BOB, "calendar", "CalendarItem");

        Element response = respond("DeclineItem", first(calendarItem, "ItemId"), "SendOnly");

        assertEquals("NoError", responseCode(messages(response).get(0)));
        assertEquals(List.of(), items(BOB, "calendar", "CalendarItem"));
        assertEquals(List.of(), items(BOB, "sentitems", "MeetingResponse"), "SendOnly keeps no copy");
        assertEquals("Decline", text(first(get(ALICE, aliceId, "CalendarItem", "Default"), "RequiredAttendees"),
                "ResponseType"));
        assertEquals("IPM.Schedule.Meeting.Resp.Neg", text(onlyItem(ALICE, "inbox", "MeetingResponse"), "ItemClass"));
    }

    @Test
    void tentativeSaveOnlyKeepsTheResponseInDraftsAndTellsNobody() throws Exception {
        Element aliceId = invite("SendToAllAndSaveCopy", BOB);
        Element request = onlyItem(BOB, "inbox", "MeetingRequest");

        Element response = respond("TentativelyAcceptItem", first(request, "ItemId"), "SaveOnly");

        assertEquals("NoError", responseCode(messages(response).get(0)));
        Element draft = onlyItem(BOB, "drafts", "MeetingResponse");
        assertEquals("IPM.Schedule.Meeting.Resp.Tent", text(draft, "ItemClass"));
        assertEquals("Tentative", text(get(BOB, first(onlyItem(BOB, "calendar", "CalendarItem"), "ItemId"),
                "CalendarItem", "Default"), "MyResponseType"));
        assertEquals(List.of(), items(ALICE, "inbox", "MeetingResponse"));
        assertEquals("Unknown", text(first(get(ALICE, aliceId, "CalendarItem", "Default"), "RequiredAttendees"),
                "ResponseType"));
    }

    @Test
    void rescheduleSendsAFullUpdateThatAsksAgain() throws Exception {
        Element aliceId = invite("SendToAllAndSaveCopy", BOB);
        respond("AcceptItem", first(onlyItem(BOB, "inbox", "MeetingRequest"), "ItemId"), "SendAndSaveCopy");
        aliceId = first(get(ALICE, aliceId, "CalendarItem", "IdOnly"), "ItemId");

        Element updated = wire.post(ALICE, "<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\""
                + " SendMeetingInvitationsOrCancellations=\"SendToChangedAndSaveCopy\"><m:ItemChanges><t:ItemChange>"
                + itemId(aliceId) + "<t:Updates><t:SetItemField><t:FieldURI FieldURI=\"calendar:Start\"/><t:CalendarItem>"
                + "<t:Start>2026-12-07T12:00:00Z</t:Start></t:CalendarItem></t:SetItemField><t:SetItemField>"
                + "<t:FieldURI FieldURI=\"calendar:End\"/><t:CalendarItem><t:End>2026-12-07T13:00:00Z</t:End>"
                + "</t:CalendarItem></t:SetItemField></t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>");

        assertEquals("NoError", responseCode(messages(updated).get(0)));
        Element update = get(BOB, first(onlyItem(BOB, "inbox", "MeetingRequest"), "ItemId"), "MeetingRequest", "Default");
        assertEquals("FullUpdate", text(update, "MeetingRequestType"));
        assertEquals("2026-12-07T12:00:00Z", text(update, "Start"));
        Element bobs = get(BOB, first(onlyItem(BOB, "calendar", "CalendarItem"), "ItemId"), "CalendarItem", "Default");
        assertEquals("2026-12-07T12:00:00Z", text(bobs, "Start"));
        assertEquals("NoResponseReceived", text(bobs, "MyResponseType"));
        assertEquals("1", text(bobs, "AppointmentSequenceNumber"));
        assertEquals("1", text(get(ALICE, aliceId, "CalendarItem", "Default"), "AppointmentSequenceNumber"));
    }

    @Test
    void cancelCalendarItemCancelsTheAttendeesItem() throws Exception {
        Element aliceId = invite("SendToAllAndSaveCopy", BOB);

        Element response = wire.post(ALICE, "<m:CreateItem MessageDisposition=\"SendAndSaveCopy\"><m:Items>"
                + "<t:CancelCalendarItem><t:ReferenceItemId Id=\"" + aliceId.getAttribute("Id") + "\"/>"
                + "<t:NewBodyContent BodyType=\"Text\">Sorry</t:NewBodyContent></t:CancelCalendarItem>"
                + "</m:Items></m:CreateItem>");

        assertEquals("NoError", responseCode(messages(response).get(0)));
        assertCancelledForBob();
        assertEquals(List.of(), items(ALICE, "calendar", "CalendarItem"));
        assertEquals(1, items(ALICE, "deleteditems", "CalendarItem").size());
        assertEquals(1, items(ALICE, "sentitems", "MeetingCancellation").size());
    }

    @Test
    void deleteWithCancellationsCancelsTheAttendeesItem() throws Exception {
        Element aliceId = invite("SendToAllAndSaveCopy", BOB);

        Element response = wire.post(ALICE, "<m:DeleteItem DeleteType=\"HardDelete\""
                + " SendMeetingCancellations=\"SendOnlyToAll\"><m:ItemIds>" + itemId(aliceId)
                + "</m:ItemIds></m:DeleteItem>");

        assertEquals("NoError", responseCode(messages(response).get(0)));
        assertCancelledForBob();
        assertEquals(List.of(), items(ALICE, "sentitems", "MeetingCancellation"));
    }

    @Test
    void attendeesOutsideTheSimulatorAreRecordedButGetNothing() throws Exception {
        Element aliceId = invite("SendToAllAndSaveCopy", "carol@elsewhere.example");

        Element alices = get(ALICE, aliceId, "CalendarItem", "Default");
        assertEquals("carol@elsewhere.example", text(first(first(alices, "RequiredAttendees"), "Mailbox"),
                "EmailAddress"));
        assertEquals("true", text(alices, "MeetingRequestWasSent"));
        assertEquals(List.of(), items(BOB, "inbox", "MeetingRequest"));
        assertEquals(0, store.delivery().recordingRelay().messages().size());
    }

    @Test
    void sendToNoneSendsNothing() throws Exception {
        Element aliceId = invite("SendToNone", BOB);

        assertEquals(List.of(), items(BOB, "inbox", "MeetingRequest"));
        assertEquals(List.of(), items(BOB, "calendar", "CalendarItem"));
        assertEquals("false", text(get(ALICE, aliceId, "CalendarItem", "Default"), "MeetingRequestWasSent"));
    }

    @Test
    void theOrganizerCannotAcceptHerOwnMeeting() throws Exception {
        Element aliceId = invite("SendToAllAndSaveCopy", BOB);

        Element response = wire.post(ALICE, "<m:CreateItem MessageDisposition=\"SendAndSaveCopy\"><m:Items>"
                + "<t:AcceptItem><t:ReferenceItemId Id=\"" + aliceId.getAttribute("Id") + "\"/></t:AcceptItem>"
                + "</m:Items></m:CreateItem>");

        assertEquals("ErrorInvalidReferenceItem", responseCode(messages(response).get(0)));
    }

    @Test
    void aRequestIsMailToo() throws Exception {
        invite("SendToAllAndSaveCopy", BOB);
        Element request = first(onlyItem(BOB, "inbox", "MeetingRequest"), "ItemId");

        Element updated = wire.post(BOB, "<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\"><m:ItemChanges>"
                + "<t:ItemChange>" + itemId(request) + "<t:Updates><t:SetItemField><t:FieldURI FieldURI=\"message:IsRead\"/>"
                + "<t:Message><t:IsRead>true</t:IsRead></t:Message></t:SetItemField></t:Updates></t:ItemChange>"
                + "</m:ItemChanges></m:UpdateItem>");

        assertEquals("NoError", responseCode(messages(updated).get(0)));
        assertEquals("true", text(onlyItem(BOB, "inbox", "MeetingRequest"), "IsRead"));
    }

    private void assertCancelledForBob() throws Exception {
        Element cancellation = onlyItem(BOB, "inbox", "MeetingCancellation");
        assertEquals("IPM.Schedule.Meeting.Canceled", text(cancellation, "ItemClass"));
        assertEquals("Canceled: Planning", text(cancellation, "Subject"));
        Element bobs = get(BOB, first(onlyItem(BOB, "calendar", "CalendarItem"), "ItemId"), "CalendarItem", "Default");
        assertEquals("true", text(bobs, "IsCancelled"));
        assertEquals("Canceled: Planning", text(bobs, "Subject"));
        assertEquals("Free", text(bobs, "LegacyFreeBusyStatus"));
        assertEquals("7", text(bobs, "AppointmentState"));
    }

    private Element invite(String mode, String attendee) throws Exception {
        Element response = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"" + mode + "\"><m:Items>"
                + "<t:CalendarItem><t:Subject>Planning</t:Subject><t:Body BodyType=\"Text\">Agenda</t:Body>"
                + "<t:Start>2026-12-07T10:00:00</t:Start><t:End>2026-12-07T11:00:00</t:End>"
                + "<t:Location>Room 1</t:Location><t:RequiredAttendees><t:Attendee><t:Mailbox><t:EmailAddress>"
                + attendee + "</t:EmailAddress></t:Mailbox></t:Attendee></t:RequiredAttendees>"
                + "<t:StartTimeZone Id=\"W. Europe Standard Time\"/></t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)), "create");
        return first(response, "ItemId");
    }

    private Element respond(String kind, Element reference, String disposition) throws Exception {
        return wire.post(BOB, "<m:CreateItem MessageDisposition=\"" + disposition + "\"><m:Items><t:" + kind + ">"
                + "<t:ReferenceItemId Id=\"" + reference.getAttribute("Id") + "\"/></t:" + kind + "></m:Items>"
                + "</m:CreateItem>");
    }

    private List<Element> items(String user, String folder, String type) throws Exception {
        Element response = wire.post(user, "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>Default"
                + "</t:BaseShape></m:ItemShape><m:ParentFolderIds><t:DistinguishedFolderId Id=\"" + folder + "\"/>"
                + "</m:ParentFolderIds></m:FindItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
        return OperationHarness.all(response, EwsNamespaces.TYPES, type);
    }

    private Element onlyItem(String user, String folder, String type) throws Exception {
        List<Element> found = items(user, folder, type);
        assertEquals(1, found.size(), folder + " of " + user);
        return found.get(0);
    }

    private Element get(String user, Element id, String type, String shape) throws Exception {
        Element response = wire.post(user, "<m:GetItem><m:ItemShape><t:BaseShape>" + shape + "</t:BaseShape>"
                + "</m:ItemShape><m:ItemIds><t:ItemId Id=\"" + id.getAttribute("Id") + "\"/></m:ItemIds></m:GetItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
        return first(response, type);
    }

    private static String itemId(Element id) {
        return "<t:ItemId Id=\"" + id.getAttribute("Id") + "\"/>";
    }

    private static String text(Element root, String localName) {
        return first(root, localName).getTextContent();
    }
}
