package org.bridgehead.simulator.ews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.SortDirection;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.MessageDisposition;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.enumeration.service.calendar.AffectedTaskOccurrence;
import microsoft.exchange.webservices.data.core.enumeration.sync.ChangeType;
import microsoft.exchange.webservices.data.core.enumeration.service.SyncFolderItemsScope;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.response.UpdateItemResponse;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.schema.EmailMessageSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.complex.EmailAddress;
import microsoft.exchange.webservices.data.property.complex.FileAttachment;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.ItemAttachment;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.MimeContent;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import microsoft.exchange.webservices.data.search.FindItemsResults;
import microsoft.exchange.webservices.data.search.ItemView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import microsoft.exchange.webservices.data.sync.ChangeCollection;
import microsoft.exchange.webservices.data.sync.ItemChange;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.MailLimits;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.RelayedMessage;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The item operations as a real client sees them: ews-java-api over HTTP. */
class EwsJavaApiItemTest {
    private static final ExtendedPropertyDefinition ARTICLE =
            new ExtendedPropertyDefinition(0x0E23, MapiPropertyType.Integer);
    private static final ExtendedPropertyDefinition LAST_VERB =
            new ExtendedPropertyDefinition(0x1081, MapiPropertyType.Integer);

    private SimulatorStore store;
    private EwsSimulator simulator;
    private ExchangeService service;

    @BeforeEach
    void start() {
        store = TestMailboxes.create();
        simulator = EwsSimulator.start(SimulatorOptions.defaults(), store, EwsOperations.all(store));
        service = connect("alice@example.com");
    }

    private ExchangeService connect(String user) {
        ExchangeService s = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        s.setUrl(simulator.ewsUrl());
        s.setCredentials(new WebCredentials(user, "demo"));
        s.setTimeout(30_000);
        return s;
    }

    @AfterEach
    void stop() {
        service.close();
        simulator.close();
    }

    private EmailMessage save(byte[] mime, WellKnownFolderName folder) throws Exception {
        EmailMessage message = new EmailMessage(service);
        message.setMimeContent(new MimeContent("UTF-8", mime));
        message.save(new FolderId(folder));
        return message;
    }

    @Test
    void mimeSavedThenLoadedIsByteIdentical() throws Exception {
        byte[] mime = TestMessages.withAttachment("Bob Baker <bob@example.com>", "alice@example.com", "Notes");
        EmailMessage saved = save(mime, WellKnownFolderName.Inbox);
        EmailMessage loaded = EmailMessage.bind(service, saved.getId(),
                new PropertySet(BasePropertySet.FirstClassProperties, ItemSchema.MimeContent));
        assertArrayEquals(mime, loaded.getMimeContent().getContent());
        assertEquals("Notes", loaded.getSubject());
        assertEquals("bob@example.com", loaded.getFrom().getAddress());
        assertEquals("Bob Baker", loaded.getFrom().getName());
        assertEquals(mime.length, loaded.getSize());
        assertTrue(loaded.getHasAttachments());
        FileAttachment attachment = (FileAttachment) loaded.getAttachments().getPropertyAtIndex(0);
        assertEquals("notes.txt", attachment.getName());
        attachment.load();
        assertEquals("hello notes", new String(attachment.getContent(), StandardCharsets.US_ASCII));
        Folder inbox = Folder.bind(service, WellKnownFolderName.Inbox);
        assertEquals(1, inbox.getTotalCount());
    }

    @Test
    void attachedMessagesLoadAsItems() throws Exception {
        byte[] mime = ("From: bob@example.com\r\nTo: alice@example.com\r\nSubject: Fwd: plan\r\n"
                + "Content-Type: multipart/mixed; boundary=\"f\"\r\n\r\n--f\r\nContent-Type: text/plain\r\n\r\n"
                + "see below\r\n--f\r\nContent-Type: message/rfc822\r\n\r\nFrom: Carol <carol@example.org>\r\n"
                + "Subject: The plan\r\n\r\nstep one\r\n--f--\r\n").getBytes(StandardCharsets.US_ASCII);
        EmailMessage saved = save(mime, WellKnownFolderName.Inbox);
        EmailMessage loaded = EmailMessage.bind(service, saved.getId());
        ItemAttachment attachment = (ItemAttachment) loaded.getAttachments().getPropertyAtIndex(0);
        assertEquals("The plan", attachment.getName());
        attachment.load();
        assertEquals("The plan", attachment.getItem().getSubject());
        assertEquals("carol@example.org", ((EmailMessage) attachment.getItem()).getFrom().getAddress());
    }

    @Test
    void findsWithSortFilterAndPagingAndReadsArticleNumbersAscending() throws Exception {
        for (int i = 1; i <= 5; i++) {
            save(TestMessages.plain("bob@example.com", "alice@example.com", "Report " + i, "body " + i),
                    WellKnownFolderName.Inbox);
        }
        save(TestMessages.plain("carol@example.org", "alice@example.com", "Lunch?", "noon"), WellKnownFolderName.Inbox);
        ItemView view = new ItemView(3, 1);
        view.setPropertySet(new PropertySet(BasePropertySet.IdOnly, ItemSchema.Subject, ARTICLE));
        view.getOrderBy().add(ARTICLE, SortDirection.Ascending);
        FindItemsResults<Item> page = service.findItems(WellKnownFolderName.Inbox, view);
        assertEquals(6, page.getTotalCount());
        assertTrue(page.isMoreAvailable());
        List<Integer> articles = new ArrayList<>();
        for (Item item : page.getItems()) {
            articles.add((Integer) item.getExtendedProperties().getItems().get(0).getValue());
        }
        assertEquals(List.of(2, 3, 4), articles);

        ItemView all = new ItemView(100);
        all.setPropertySet(new PropertySet(BasePropertySet.IdOnly, ItemSchema.Subject));
        all.getOrderBy().add(ItemSchema.Subject, SortDirection.Descending);
        FindItemsResults<Item> reports = service.findItems(WellKnownFolderName.Inbox,
                new SearchFilter.SearchFilterCollection(
                        microsoft.exchange.webservices.data.core.enumeration.search.LogicalOperator.And,
                        new SearchFilter.ContainsSubstring(ItemSchema.Subject, "report"),
                        new SearchFilter.IsGreaterThanOrEqualTo(ARTICLE, 3)), all);
        assertEquals(List.of("Report 5", "Report 4", "Report 3"),
                reports.getItems().stream().map(this::subject).toList());
        FindItemsResults<Item> fromCarol = service.findItems(WellKnownFolderName.Inbox,
                new SearchFilter.ContainsSubstring(EmailMessageSchema.From, "carol"), all);
        assertEquals(List.of("Lunch?"), fromCarol.getItems().stream().map(this::subject).toList());
    }

    @Test
    void loadsMimeForManyItemsAtOnce() throws Exception {
        List<byte[]> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] mime = TestMessages.plain("bob@example.com", "alice@example.com", "Batch " + i, "x" + i);
            sent.add(mime);
            save(mime, WellKnownFolderName.Inbox);
        }
        ItemView view = new ItemView(10);
        view.getOrderBy().add(ARTICLE, SortDirection.Ascending);
        view.setPropertySet(PropertySet.IdOnly);
        FindItemsResults<Item> found = service.findItems(WellKnownFolderName.Inbox, view);
        service.loadPropertiesForItems(found.getItems(), new PropertySet(BasePropertySet.IdOnly, ItemSchema.MimeContent));
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(sent.get(i), found.getItems().get(i).getMimeContent().getContent());
        }
    }

    @Test
    void updatesReadFlagCategoriesAndLastVerbWithNewChangeKeys() throws Exception {
        EmailMessage saved = save(TestMessages.plain("bob@example.com", "alice@example.com", "Flags", "b"),
                WellKnownFolderName.Inbox);
        EmailMessage message = EmailMessage.bind(service, saved.getId());
        EmailMessage stale = EmailMessage.bind(service, saved.getId());
        String oldChangeKey = message.getId().getChangeKey();
        message.setIsRead(false);
        message.getCategories().add("$label1");
        message.setExtendedProperty(LAST_VERB, 102);
        ServiceResponseCollection<UpdateItemResponse> responses = service.updateItems(List.of(message), null,
                ConflictResolutionMode.AlwaysOverwrite, MessageDisposition.SaveOnly,
                SendInvitationsOrCancellationsMode.SendToNone);
        assertEquals(ServiceResult.Success, responses.getResponseAtIndex(0).getResult());

        EmailMessage reloaded = EmailMessage.bind(service, saved.getId(),
                new PropertySet(BasePropertySet.FirstClassProperties, LAST_VERB));
        assertFalse(reloaded.getIsRead());
        assertEquals(1, reloaded.getCategories().getSize());
        assertEquals("$label1", reloaded.getCategories().getString(0));
        assertEquals(102, reloaded.getExtendedProperties().getItems().get(0).getValue());
        assertNotEquals(oldChangeKey, reloaded.getId().getChangeKey());
        assertEquals(1, Folder.bind(service, WellKnownFolderName.Inbox).getUnreadCount());

        stale.setSubject("Changed meanwhile");
        ServiceResponseException conflict = assertThrows(ServiceResponseException.class,
                () -> stale.update(ConflictResolutionMode.NeverOverwrite));
        assertEquals("ErrorIrresolvableConflict", conflict.getErrorCode().name());
    }

    @Test
    void deletesMovesAndCopiesManyItems() throws Exception {
        List<ItemId> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(save(TestMessages.plain("bob@example.com", "alice@example.com", "M" + i, "b"),
                    WellKnownFolderName.Inbox).getId());
        }
        FolderId archive = new FolderId(WellKnownFolderName.ArchiveMsgFolderRoot);
        service.copyItems(List.of(ids.get(0)), new FolderId(WellKnownFolderName.Drafts));
        service.moveItems(List.of(ids.get(1), ids.get(2)), new FolderId(WellKnownFolderName.SentItems));
        service.deleteItems(List.of(ids.get(3)), DeleteMode.MoveToDeletedItems, SendCancellationsMode.SendToNone,
                AffectedTaskOccurrence.AllOccurrences);
        assertEquals(1, Folder.bind(service, WellKnownFolderName.Inbox).getTotalCount());
        assertEquals(1, Folder.bind(service, WellKnownFolderName.Drafts).getTotalCount());
        assertEquals(2, Folder.bind(service, WellKnownFolderName.SentItems).getTotalCount());
        assertEquals(1, Folder.bind(service, WellKnownFolderName.DeletedItems).getTotalCount());
        ServiceResponseException moved = assertThrows(ServiceResponseException.class,
                () -> EmailMessage.bind(service, ids.get(1)));
        assertEquals("ErrorItemNotFound", moved.getErrorCode().name());

        service.deleteItems(List.of(ids.get(0)), DeleteMode.HardDelete, SendCancellationsMode.SendToNone,
                AffectedTaskOccurrence.AllOccurrences);
        assertEquals(0, Folder.bind(service, WellKnownFolderName.Inbox).getTotalCount());
    }

    @Test
    void syncFolderItemsReportsCreatesReadFlagChangesAndDeletes() throws Exception {
        EmailMessage first = save(TestMessages.plain("bob@example.com", "alice@example.com", "S1", "b"),
                WellKnownFolderName.Inbox);
        save(TestMessages.plain("bob@example.com", "alice@example.com", "S2", "b"), WellKnownFolderName.Inbox);
        FolderId inbox = new FolderId(WellKnownFolderName.Inbox);
        ChangeCollection<ItemChange> initial = service.syncFolderItems(inbox, PropertySet.FirstClassProperties, null,
                1, SyncFolderItemsScope.NormalItems, null);
        assertEquals(1, initial.getCount());
        assertTrue(initial.getMoreChangesAvailable());
        ChangeCollection<ItemChange> rest = service.syncFolderItems(inbox, PropertySet.FirstClassProperties, null,
                512, SyncFolderItemsScope.NormalItems, initial.getSyncState());
        assertEquals(1, rest.getCount());
        assertEquals(ChangeType.Create, rest.getChangeAtIndex(0).getChangeType());
        assertFalse(rest.getMoreChangesAvailable());

        EmailMessage bound = EmailMessage.bind(service, first.getId());
        bound.setIsRead(false);
        bound.update(ConflictResolutionMode.AutoResolve);
        ChangeCollection<ItemChange> read = service.syncFolderItems(inbox, PropertySet.IdOnly, null, 512,
                SyncFolderItemsScope.NormalItems, rest.getSyncState());
        assertEquals(1, read.getCount());
        assertEquals(ChangeType.ReadFlagChange, read.getChangeAtIndex(0).getChangeType());

        bound.delete(DeleteMode.HardDelete);
        ChangeCollection<ItemChange> deleted = service.syncFolderItems(inbox, PropertySet.IdOnly, null, 512,
                SyncFolderItemsScope.NormalItems, read.getSyncState());
        assertEquals(1, deleted.getCount());
        assertEquals(ChangeType.Delete, deleted.getChangeAtIndex(0).getChangeType());
        assertEquals(first.getId().getUniqueId(), deleted.getChangeAtIndex(0).getItemId().getUniqueId());

        ServiceResponseException bad = assertThrows(ServiceResponseException.class,
                () -> service.syncFolderItems(inbox, PropertySet.IdOnly, null, 10, SyncFolderItemsScope.NormalItems,
                        "bm90IGEgc3RhdGU="));
        assertEquals("ErrorInvalidSyncStateData", bad.getErrorCode().name());
    }

    @Test
    void sendAndSaveCopyDeliversLocallyHidesBccAndKeepsItInSentItems() throws Exception {
        byte[] mime = ("From: Alice Archer <alice@example.com>\r\n"
                + "To: Bob Baker <bob@example.com>\r\n"
                + "Bcc: carol@example.org\r\n"
                + "Subject: Hello Bob\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Hi!\r\n").getBytes(StandardCharsets.UTF_8);
        EmailMessage message = new EmailMessage(service);
        message.setMimeContent(new MimeContent("UTF-8", mime));
        message.sendAndSaveCopy();

        Mailbox bob = store.mailbox("bob@example.com").orElseThrow();
        List<ItemState> bobInbox = bob.items(bob.folder(DistinguishedFolder.INBOX).number());
        assertEquals(1, bobInbox.size());
        assertFalse(bobInbox.get(0).read());
        assertEquals(1, bobInbox.get(0).articleNumber());
        String delivered = new String(bobInbox.get(0).mime(), StandardCharsets.UTF_8);
        assertFalse(delivered.toLowerCase().contains("carol"), delivered);
        assertTrue(delivered.contains("Message-ID: <"), delivered);

        FindItemsResults<Item> sent = service.findItems(WellKnownFolderName.SentItems, new ItemView(10));
        assertEquals(1, sent.getTotalCount());
        EmailMessage copy = EmailMessage.bind(service, sent.getItems().get(0).getId());
        assertEquals(List.of("carol@example.org"),
                copy.getBccRecipients().getItems().stream().map(EmailAddress::getAddress).toList());
        List<RelayedMessage> relayed = store.delivery().recordingRelay().messages();
        assertEquals(1, relayed.size());
        assertEquals(List.of("carol@example.org"), relayed.get(0).recipients());
    }

    @Test
    void sendFromPropertiesReachesTheRecipient() throws Exception {
        EmailMessage message = new EmailMessage(service);
        message.setSubject("Grüße");
        message.setBody(new microsoft.exchange.webservices.data.property.complex.MessageBody("Bis bald"));
        message.getToRecipients().add("bob@example.com");
        message.send();
        ExchangeService bob = connect("bob@example.com");
        FindItemsResults<Item> inbox = bob.findItems(WellKnownFolderName.Inbox, new ItemView(10));
        assertEquals(1, inbox.getTotalCount());
        EmailMessage received = EmailMessage.bind(bob, inbox.getItems().get(0).getId());
        assertEquals("Grüße", received.getSubject());
        assertEquals("alice@example.com", received.getFrom().getAddress());
        assertFalse(received.getIsRead());
        bob.close();
        assertEquals(0, Folder.bind(service, WellKnownFolderName.SentItems).getTotalCount());
    }

    @Test
    void aSavedDraftIsSentAndMovesToSentItems() throws Exception {
        EmailMessage draft = save(TestMessages.plain("alice@example.com", "bob@example.com", "Draft to send", "d"),
                WellKnownFolderName.Drafts);
        EmailMessage.bind(service, draft.getId()).sendAndSaveCopy();
        assertEquals(0, Folder.bind(service, WellKnownFolderName.Drafts).getTotalCount());
        assertEquals(1, Folder.bind(service, WellKnownFolderName.SentItems).getTotalCount());
        Mailbox bob = store.mailbox("bob@example.com").orElseThrow();
        assertEquals("Draft to send", bob.items(bob.folder(DistinguishedFolder.INBOX).number()).get(0).subject());
    }

    @Test
    void sendingAsSomeoneElseIsDenied() throws Exception {
        EmailMessage message = new EmailMessage(service);
        message.setMimeContent(new MimeContent("UTF-8",
                TestMessages.plain("bob@example.com", "alice@example.com", "Spoof", "x")));
        ServiceResponseException e = assertThrows(ServiceResponseException.class, message::send);
        assertEquals("ErrorSendAsDenied", e.getErrorCode().name());
    }

    @Test
    void messagesAboveTheSizeLimitAreRefused() throws Exception {
        store.setLimits(new MailLimits(1000, Long.MAX_VALUE));
        EmailMessage message = new EmailMessage(service);
        message.setMimeContent(new MimeContent("UTF-8",
                TestMessages.plain("alice@example.com", "bob@example.com", "Big", "x".repeat(2000))));
        ServiceResponseException e = assertThrows(ServiceResponseException.class, message::send);
        assertEquals("ErrorMessageSizeExceeded", e.getErrorCode().name());
    }

    private String subject(Item item) {
        try {
            return item.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
