package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.CalendarItemSoapTest.text;
import static org.bridgehead.simulator.ews.OperationHarness.all;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Contact pictures and distribution lists over raw SOAP, as the EWS reference describes them. */
class PimAttachmentSoapTest {
    private static final String ALICE = "alice@example.com";
    private static final String PICTURE = "/9j/4AAQSkZJRg==";

    private final SimulatorStore store = TestMailboxes.create();
    private final SoapWire wire = new SoapWire(store);

    @AfterEach
    void stop() {
        wire.close();
    }

    private Element create(String item) throws Exception {
        Element created = wire.post(ALICE, "<m:CreateItem><m:Items>" + item + "</m:Items></m:CreateItem>");
        assertEquals("NoError", responseCode(messages(created).get(0)));
        return first(created, "ItemId");
    }

    private Element get(Element id, String type) throws Exception {
        Element response = wire.post(ALICE, "<m:GetItem><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape>"
                + "</m:ItemShape><m:ItemIds><t:ItemId Id=\"" + id.getAttribute("Id") + "\"/></m:ItemIds></m:GetItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
        return first(response, type);
    }

    private Element attach(Element parent, String attachment) throws Exception {
        return wire.post(ALICE, "<m:CreateAttachment><m:ParentItemId Id=\"" + parent.getAttribute("Id") + "\"/>"
                + "<m:Attachments>" + attachment + "</m:Attachments></m:CreateAttachment>");
    }

    @Test
    void aContactPictureIsAnAttachmentMarkedIsContactPhotoAndSetsHasPicture() throws Exception {
        Element id = create("<t:Contact><t:GivenName>Carol</t:GivenName></t:Contact>");
        assertEquals("false", text(get(id, "Contact"), "HasPicture"));
        Element added = attach(id, "<t:FileAttachment><t:Name>ContactPicture.jpg</t:Name>"
                + "<t:IsContactPhoto>true</t:IsContactPhoto><t:Content>" + PICTURE + "</t:Content></t:FileAttachment>");
        assertEquals("NoError", responseCode(messages(added).get(0)));
        Element attachmentId = first(added, "AttachmentId");
        assertEquals(id.getAttribute("Id"), attachmentId.getAttribute("RootItemId"));
        assertNotEquals(id.getAttribute("ChangeKey"), attachmentId.getAttribute("RootItemChangeKey"));

        Element contact = get(id, "Contact");
        assertEquals("true", text(contact, "HasPicture"));
        assertEquals("true", text(contact, "HasAttachments"));
        Element listed = first(first(contact, "Attachments"), "FileAttachment");
        assertEquals("image/jpeg", text(listed, "ContentType"));
        assertEquals("true", text(listed, "IsContactPhoto"));
        assertEquals(List.of(), all(listed, EwsNamespaces.TYPES, "Content"), "GetItem lists, GetAttachment gives content");

        Element fetched = wire.post(ALICE, "<m:GetAttachment><m:AttachmentIds><t:AttachmentId Id=\""
                + attachmentId.getAttribute("Id") + "\"/></m:AttachmentIds></m:GetAttachment>");
        assertEquals(PICTURE, text(first(fetched, "FileAttachment"), "Content"));

        Element deleted = wire.post(ALICE, "<m:DeleteAttachment><m:AttachmentIds><t:AttachmentId Id=\""
                + attachmentId.getAttribute("Id") + "\"/></m:AttachmentIds></m:DeleteAttachment>");
        assertEquals("NoError", responseCode(messages(deleted).get(0)));
        assertEquals(id.getAttribute("Id"), first(deleted, "RootItemId").getAttribute("RootItemId"));
        assertEquals("false", text(get(id, "Contact"), "HasPicture"));
        Element again = wire.post(ALICE, "<m:GetAttachment><m:AttachmentIds><t:AttachmentId Id=\""
                + attachmentId.getAttribute("Id") + "\"/></m:AttachmentIds></m:GetAttachment>");
        assertEquals("ErrorItemNotFound", responseCode(messages(again).get(0)));
    }

    @Test
    void onlyAContactsAttachmentCanBeItsPhotoAndMessagesKeepTheirMime() throws Exception {
        Element task = create("<t:Task><t:Subject>Report</t:Subject></t:Task>");
        Element refused = attach(task, "<t:FileAttachment><t:Name>p.jpg</t:Name><t:IsContactPhoto>true"
                + "</t:IsContactPhoto><t:Content>" + PICTURE + "</t:Content></t:FileAttachment>");
        assertEquals("ErrorInvalidPropertySet", responseCode(messages(refused).get(0)));
        Element plain = attach(task, "<t:FileAttachment><t:Name>notes.txt</t:Name><t:Content>aGk=</t:Content>"
                + "</t:FileAttachment>");
        assertEquals("NoError", responseCode(messages(plain).get(0)));
        assertEquals("application/octet-stream", text(first(first(get(task, "Task"), "Attachments"), "FileAttachment"),
                "ContentType"));
    }

    @Test
    void distributionListMembersGetKeysAndAreAppendedAndRemovedByKey() throws Exception {
        Element carol = create("<t:Contact><t:DisplayName>Carol Clark</t:DisplayName><t:EmailAddresses>"
                + "<t:Entry Key=\"EmailAddress1\">carol@example.org</t:Entry></t:EmailAddresses></t:Contact>");
        Element id = create("<t:DistributionList><t:DisplayName>Team</t:DisplayName><t:Members><t:Member><t:Mailbox>"
                + "<t:EmailAddress>dan@example.net</t:EmailAddress></t:Mailbox></t:Member><t:Member><t:Mailbox>"
                + "<t:ItemId Id=\"" + carol.getAttribute("Id") + "\"/></t:Mailbox></t:Member></t:Members>"
                + "</t:DistributionList>");
        Element list = get(id, "DistributionList");
        assertEquals("IPM.DistList", text(list, "ItemClass"));
        assertEquals("Team", text(list, "FileAs"));
        List<Element> members = all(list, EwsNamespaces.TYPES, "Member");
        assertEquals(2, members.size());
        assertEquals("OneOff", text(members.get(0), "MailboxType"));
        assertEquals("Carol Clark", text(members.get(1), "Name"));
        assertEquals("carol@example.org", text(members.get(1), "EmailAddress"));
        assertEquals("Contact", text(members.get(1), "MailboxType"));
        assertEquals("Normal", text(members.get(1), "Status"));

        String key = members.get(0).getAttribute("Key");
        Element updated = wire.post(ALICE, "<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\"><m:ItemChanges>"
                + "<t:ItemChange><t:ItemId Id=\"" + id.getAttribute("Id") + "\"/><t:Updates>"
                + "<t:AppendToItemField><t:FieldURI FieldURI=\"distributionlist:Members\"/><t:DistributionList>"
                + "<t:Members><t:Member><t:Mailbox><t:EmailAddress>eve@example.net</t:EmailAddress></t:Mailbox>"
                + "</t:Member></t:Members></t:DistributionList></t:AppendToItemField>"
                + "<t:DeleteItemField><t:IndexedFieldURI FieldURI=\"distributionlist:Members:Member\" FieldIndex=\""
                + key + "\"/></t:DeleteItemField>"
                + "<t:SetItemField><t:FieldURI FieldURI=\"contacts:DisplayName\"/><t:DistributionList>"
                + "<t:DisplayName>Core team</t:DisplayName></t:DistributionList></t:SetItemField>"
                + "</t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>");
        assertEquals("NoError", responseCode(messages(updated).get(0)));
        Element after = get(id, "DistributionList");
        assertEquals("Core team", text(after, "DisplayName"));
        assertEquals(List.of("carol@example.org", "eve@example.net"), all(after, EwsNamespaces.TYPES, "Member").stream()
                .map(m -> text(m, "EmailAddress")).toList());
    }
}
