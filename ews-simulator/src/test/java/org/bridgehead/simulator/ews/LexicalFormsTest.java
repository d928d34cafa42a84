package org.bridgehead.simulator.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * Raw SOAP over HTTP in every lexical form the EWS schema allows: xs:boolean as true, false, 1 or 0
 * (with whitespace), any prefixes (none, default namespaces, prefixes declared on inner elements, a
 * prefix bound again to another namespace), the members of a choice in any order, optional elements
 * left out. What the schema forbids (True, yes) fails schema validation, as on Exchange.
 */
class LexicalFormsTest {
    private static final String TYPES = EwsNamespaces.TYPES;
    private static final String MESSAGES = EwsNamespaces.MESSAGES;
    private static final String SOAP = EwsNamespaces.SOAP;

    private final SimulatorStore store = TestMailboxes.create();
    private final Mailbox alice = store.mailbox("alice@example.com").orElseThrow();
    private final EwsSimulator simulator = EwsSimulator.start(SimulatorOptions.builder().build(), store,
            EwsOperations.all(store));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @ParameterizedTest(name = "IsRead {0} -> {1}")
    @CsvSource({"1, true", "0, false", "true, true", "false, false", "' 1 ', true", "'\n\tfalse ', false"})
    void isReadTakesEveryXsBooleanForm(String lexical, boolean expected) throws Exception {
        ItemState item = add(!expected);

        String body = post(envelope("<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\" MessageDisposition=\"SaveOnly\">"
                + "<m:ItemChanges><t:ItemChange>" + TestItems.itemIdElement(store, "alice@example.com", item)
                + "<t:Updates><t:SetItemField><t:FieldURI FieldURI=\"message:IsRead\"/><t:Message><t:IsRead>" + lexical
                + "</t:IsRead></t:Message></t:SetItemField></t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>"));

        assertTrue(body.contains("<m:ResponseCode>NoError</m:ResponseCode>"), body);
        assertEquals(expected, reload(item).read());
    }

    @ParameterizedTest(name = "IsRead {0}")
    @ValueSource(strings = {"True", "yes", "", "2"})
    void isReadRefusesWhatXsBooleanDoesNotAllow(String lexical) throws Exception {
        ItemState item = add(false);

        String body = post(envelope("<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\" MessageDisposition=\"SaveOnly\">"
                + "<m:ItemChanges><t:ItemChange>" + TestItems.itemIdElement(store, "alice@example.com", item)
                + "<t:Updates><t:SetItemField><t:FieldURI FieldURI=\"message:IsRead\"/><t:Message><t:IsRead>" + lexical
                + "</t:IsRead></t:Message></t:SetItemField></t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>"));

        assertTrue(body.contains("ErrorSchemaValidation"), body);
        assertFalse(reload(item).read());
    }

    @Test
    void createItemTakesIsReadZero() throws Exception {
        post(envelope("<m:CreateItem MessageDisposition=\"SaveOnly\"><m:Items><t:Message><t:Subject>s</t:Subject>"
                + "<t:IsRead>0</t:IsRead></t:Message></m:Items></m:CreateItem>"));

        assertFalse(alice.items(alice.folder(DistinguishedFolder.DRAFTS).number()).get(0).read());
    }

    @Test
    void booleanElementsAndAttributesOfRequestsTakeOneAndZero() throws Exception {
        ItemState item = add(true);
        String itemId = TestItems.itemIdElement(store, "alice@example.com", item);

        String withMime = post(envelope("<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
                + "<t:IncludeMimeContent>1</t:IncludeMimeContent></m:ItemShape><m:ItemIds>" + itemId + "</m:ItemIds></m:GetItem>"));
        String withoutMime = post(envelope("<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
                + "<t:IncludeMimeContent>0</t:IncludeMimeContent></m:ItemShape><m:ItemIds>" + itemId + "</m:ItemIds></m:GetItem>"));
        assertTrue(withMime.contains("MimeContent"), withMime);
        assertFalse(withoutMime.contains("MimeContent"), withoutMime);

        String moved = post(envelope("<m:MoveItem><m:ToFolderId><t:DistinguishedFolderId Id=\"drafts\"/></m:ToFolderId>"
                + "<m:ItemIds>" + itemId + "</m:ItemIds><m:ReturnNewItemIds>0</m:ReturnNewItemIds></m:MoveItem>"));
        assertTrue(moved.contains("NoError") && !moved.contains("ItemId"), "ReturnNewItemIds 0: no new id: " + moved);

        String resolved = post(envelope("<m:ResolveNames ReturnFullContactData=\"1\"><m:UnresolvedEntry>bob"
                + "</m:UnresolvedEntry></m:ResolveNames>"));
        assertTrue(resolved.contains("<t:Contact>"), "ReturnFullContactData 1 returns the contact: " + resolved);

        String subscribed = post(envelope("<m:Subscribe><m:PullSubscriptionRequest SubscribeToAllFolders=\"1\">"
                + "<t:EventTypes><t:EventType>NewMailEvent</t:EventType></t:EventTypes><t:Timeout>5</t:Timeout>"
                + "</m:PullSubscriptionRequest></m:Subscribe>"));
        assertTrue(subscribed.contains("<m:SubscriptionId>"), subscribed);
    }

    @Test
    void sendItemSaveItemToFolderZeroKeepsNoCopy() throws Exception {
        ItemState draft = TestItems.add(store, "alice@example.com", DistinguishedFolder.DRAFTS,
                NewItem.of(TestMessages.plain("alice@example.com", "bob@example.com", "draft", "d")));

        String body = post(envelope("<m:SendItem SaveItemToFolder=\"0\"><m:ItemIds>"
                + TestItems.itemIdElement(store, "alice@example.com", draft) + "</m:ItemIds></m:SendItem>"));

        assertTrue(body.contains("NoError"), body);
        assertEquals(0, alice.items(alice.folder(DistinguishedFolder.SENT_ITEMS).number()).size());
    }

    @Test
    void restrictionOnABooleanTakesTheConstantOne() throws Exception {
        add(true);
        add(false);

        String body = post(envelope("<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
                + "</m:ItemShape><m:Restriction><t:IsEqualTo><t:FieldURI FieldURI=\"message:IsRead\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"1\"/></t:FieldURIOrConstant></t:IsEqualTo></m:Restriction>"
                + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderIds></m:FindItem>"));

        assertTrue(body.contains("TotalItemsInView=\"1\""), body);
    }

    @Test
    void noPrefixesAtAllDefaultNamespacesThroughout() throws Exception {
        ItemState item = add(false);
        String id = TestItems.id(store, "alice@example.com", item);

        String body = post("<Envelope xmlns=\"" + SOAP + "\"><Body>"
                + "<UpdateItem xmlns=\"" + MESSAGES + "\" ConflictResolution=\"AlwaysOverwrite\" MessageDisposition=\"SaveOnly\">"
                + "<ItemChanges><ItemChange xmlns=\"" + TYPES + "\"><ItemId Id=\"" + id + "\"/><Updates><SetItemField>"
                + "<FieldURI FieldURI=\"message:IsRead\"/><Message><IsRead>1</IsRead></Message></SetItemField></Updates>"
                + "</ItemChange></ItemChanges></UpdateItem></Body></Envelope>");

        assertTrue(body.contains("NoError"), body);
        assertTrue(reload(item).read());
    }

    @Test
    void prefixesDeclaredOnInnerElementsAndBoundAgain() throws Exception {
        ItemState item = add(false);
        String id = TestItems.id(store, "alice@example.com", item);

        // "a" names the messages namespace on the operation and the types namespace below it.
        String body = post("<S:Envelope xmlns:S=\"" + SOAP + "\"><S:Body>"
                + "<a:UpdateItem xmlns:a=\"" + MESSAGES + "\" ConflictResolution=\"AlwaysOverwrite\" MessageDisposition=\"SaveOnly\">"
                + "<a:ItemChanges><a:ItemChange xmlns:a=\"" + TYPES + "\"><a:ItemId Id=\"" + id + "\"/>"
                + "<types:Updates xmlns:types=\"" + TYPES + "\"><types:SetItemField><x:FieldURI xmlns:x=\"" + TYPES
                + "\" FieldURI=\"message:IsRead\"/><Message xmlns=\"" + TYPES + "\"><IsRead>true</IsRead></Message>"
                + "</types:SetItemField></types:Updates></a:ItemChange></a:ItemChanges></a:UpdateItem></S:Body></S:Envelope>");

        assertTrue(body.contains("NoError"), body);
        assertTrue(reload(item).read());
    }

    @Test
    void membersOfAChoiceInAnyOrder() throws Exception {
        String inboxId = TestMailboxes.folderId(store, "alice@example.com",
                alice.folder(DistinguishedFolder.INBOX).number());
        String folders = post(envelope("<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>"
                + "<m:FolderIds><t:DistinguishedFolderId Id=\"drafts\"/><t:FolderId Id=\"" + inboxId + "\"/>"
                + "<t:DistinguishedFolderId Id=\"sentitems\"/></m:FolderIds></m:GetFolder>"));
        assertEquals(3, count(folders, "<m:GetFolderResponseMessage ResponseClass=\"Success\">"), folders);
        assertTrue(folders.indexOf(inboxId) > 0, folders);

        ItemState item = TestItems.add(store, "alice@example.com", DistinguishedFolder.INBOX,
                NewItem.of(TestMessages.plain("bob@example.com", "alice@example.com", "s", "b")).withRead(false));
        String updated = post(envelope("<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\" MessageDisposition=\"SaveOnly\">"
                + "<m:ItemChanges><t:ItemChange>" + TestItems.itemIdElement(store, "alice@example.com", item)
                + "<t:Updates><t:SetItemField><t:FieldURI FieldURI=\"item:Categories\"/><t:Message><t:Categories>"
                + "<t:String>Blue</t:String></t:Categories></t:Message></t:SetItemField>"
                + "<t:DeleteItemField><t:FieldURI FieldURI=\"item:Categories\"/></t:DeleteItemField>"
                + "<t:SetItemField><t:FieldURI FieldURI=\"message:IsRead\"/><t:Message><t:IsRead>1</t:IsRead></t:Message>"
                + "</t:SetItemField></t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>"));
        assertTrue(updated.contains("NoError"), updated);
        assertTrue(reload(item).read());
        assertEquals(List.of(), reload(item).categories(), "the updates apply in the order given");

        String fetched = post(envelope("<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x0E08\" PropertyType=\"Integer\"/><t:FieldURI FieldURI=\"item:Subject\"/>"
                + "</t:AdditionalProperties></m:ItemShape><m:ItemIds>" + TestItems.itemIdElement(store, "alice@example.com", item)
                + "</m:ItemIds></m:GetItem>"));
        assertTrue(fetched.contains("<t:Subject>s</t:Subject>") && fetched.contains("PropertyTag=\"0xe08\""), fetched);
    }

    @Test
    void optionalPartsLeftOut() throws Exception {
        add(true);
        // No SOAP header (so no RequestServerVersion), no paging view, no restriction, no sort order.
        String found = post("<s:Envelope xmlns:s=\"" + SOAP + "\"><s:Body><FindItem xmlns=\"" + MESSAGES
                + "\" Traversal=\"Shallow\"><ItemShape><BaseShape xmlns=\"" + TYPES + "\">IdOnly</BaseShape></ItemShape>"
                + "<ParentFolderIds><DistinguishedFolderId xmlns=\"" + TYPES + "\" Id=\"inbox\"/></ParentFolderIds>"
                + "</FindItem></s:Body></s:Envelope>");
        assertTrue(found.contains("TotalItemsInView=\"1\""), found);

        // A Mailbox without Name or RoutingType, no SavedItemFolderId, no Body.
        String sent = post(envelope("<m:CreateItem MessageDisposition=\"SendAndSaveCopy\"><m:Items><t:Message>"
                + "<t:Subject>bare</t:Subject><t:ToRecipients><t:Mailbox><t:EmailAddress>bob@example.com</t:EmailAddress>"
                + "</t:Mailbox></t:ToRecipients></t:Message></m:Items></m:CreateItem>"));
        assertTrue(sent.contains("NoError"), sent);
        assertEquals(1, alice.items(alice.folder(DistinguishedFolder.SENT_ITEMS).number()).size());
    }

    private ItemState add(boolean read) {
        return TestItems.add(store, "alice@example.com", DistinguishedFolder.INBOX,
                NewItem.of(TestMessages.plain("bob@example.com", "alice@example.com", "s", "b")).withRead(read));
    }

    private ItemState reload(ItemState item) {
        return alice.item(item.number()).orElseThrow();
    }

    private static String envelope(String operation) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"" + SOAP + "\" xmlns:t=\"" + TYPES
                + "\" xmlns:m=\"" + MESSAGES + "\"><soap:Header><t:RequestServerVersion Version=\"Exchange2013_SP1\"/>"
                + "</soap:Header><soap:Body>" + operation + "</soap:Body></soap:Envelope>";
    }

    private String post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(simulator.ewsUrl()).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("alice@example.com:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Element parsed = OperationHarness.parse(response.body()); // well-formed, whatever the status
        assertEquals(SOAP, parsed.getNamespaceURI());
        return response.body();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
