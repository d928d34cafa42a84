package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.AttachmentInfo;
import org.bridgehead.simulator.store.EmailAddress;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.MessageHeader;
import org.bridgehead.simulator.store.MimeParser;

/** Writes messages (t:Message) of one mailbox in a requested shape, in schema order. */
final class ItemWriter {
    /** What FindItem's Default shape gives: the summary properties, no body or recipients. */
    private static final Set<String> SUMMARY_FIELDS = Set.of(
            "item:itemid", "item:parentfolderid", "item:itemclass", "item:subject", "item:sensitivity",
            "item:datetimereceived", "item:size", "item:importance", "item:issubmitted", "item:isdraft",
            "item:isfromme", "item:isresend", "item:isunmodified", "item:datetimesent", "item:datetimecreated",
            "item:displaycc", "item:displayto", "item:hasattachments", "item:lastmodifiedtime", "item:isassociated",
            "item:conversationid", "item:flag", "message:sender", "message:isreadreceiptrequested",
            "message:isdeliveryreceiptrequested", "message:conversationtopic", "message:from",
            "message:internetmessageid", "message:isread");
    /** GetItem's Default shape adds the body, attachments and recipients. */
    private static final Set<String> DETAIL_FIELDS = Set.of("item:body", "item:attachments",
            "message:torecipients", "message:ccrecipients", "message:bccrecipients");
    /** AllProperties adds these. */
    private static final Set<String> MORE_FIELDS = Set.of("item:categories", "item:inreplyto", "message:references",
            "message:replyto");
    private static final int MIME_CHUNK = 57 * 1024; // a multiple of 3: chunks encode without padding

    private final Mailbox mailbox;
    private final boolean exchange2013OrLater;
    private final boolean exchange2010OrLater;
    private final PimItemWriter pimWriter;
    private final MeetingMessageWriter meetingWriter;

    ItemWriter(Mailbox mailbox, String requestVersion) {
        this.mailbox = mailbox;
        String version = requestVersion == null ? "Exchange2007_SP1" : requestVersion;
        this.exchange2010OrLater = !version.startsWith("Exchange2007");
        this.exchange2013OrLater = exchange2010OrLater && !version.startsWith("Exchange2010");
        this.pimWriter = new PimItemWriter(this, version);
        this.meetingWriter = new MeetingMessageWriter(this, version);
    }

    String mailboxAddress() {
        return mailbox.address();
    }

    Mailbox mailbox() {
        return mailbox;
    }

    String itemId(long number) {
        return EwsIds.itemId(mailbox.address(), mailbox.guid(), number);
    }

    /** A live item of the mailbox written, by number. */
    Optional<ItemState> item(long number) {
        return mailbox.item(number);
    }

    String changeKey(ItemState item) {
        return EwsIds.changeKey(mailbox.guid(), item.changeNumber());
    }

    /** Writes {@code <t:ItemId Id=".." ChangeKey=".."/>}. */
    void writeId(XmlWriter out, ItemState item) {
        String id = Occurrences.isOccurrence(item)
                ? EwsIds.occurrenceId(mailbox.address(), mailbox.guid(), item.number(), Occurrences.originalStart(item))
                : itemId(item.number());
        out.start("t:ItemId").attr("Id", id).attr("ChangeKey", changeKey(item)).end();
    }

    /** Writes a message as a bare id, as CreateItem, UpdateItem, MoveItem and CopyItem answer. */
    void writeIdOnly(XmlWriter out, ItemState item) {
        if (item.pim() != null) {
            pimWriter.writeIdOnly(out, item);
            return;
        }
        out.start("t:Message");
        writeId(out, item);
        out.end();
    }

    /**
     * Writes one message.
     *
     * @param detailed true for GetItem (Default includes body and recipients), false for FindItem and syncs
     */
    void write(XmlWriter out, ItemState item, ItemShape shape, boolean detailed) {
        if (!item.isMessage()) {
            pimWriter.write(out, item, shape, detailed);
        } else if (item.pim() != null) {
            meetingWriter.write(out, item, shape, detailed);
        } else {
            write(out, item, shape, fields(shape, detailed), "t:Message", ItemProperties.ITEM_CLASS, o -> { });
        }
    }

    /**
     * Writes a message attached to another (an item attachment): it has no id or folder of its own,
     * so those are left out.
     */
    void writeEmbedded(XmlWriter out, ItemState item, ItemShape shape) {
        Set<String> fields = fields(shape, true);
        fields.removeAll(Set.of("item:itemid", "item:parentfolderid", "item:conversationid"));
        write(out, item, shape, fields, "t:Message", ItemProperties.ITEM_CLASS, o -> { });
    }

    /**
     * Writes a message's MessageType elements as {@code element} (t:Message, or a meeting message's
     * type), then what {@code derived} adds after them (the derived type's own elements).
     */
    void write(XmlWriter out, ItemState item, ItemShape shape, Set<String> fields, String element, String itemClass,
               java.util.function.Consumer<XmlWriter> derived) {
        out.start(element);
        if (shape.includeMimeContent() || fields.contains("item:mimecontent")) {
            writeMime(out, item);
        }
        if (fields.contains("item:itemid")) {
            writeId(out, item);
        }
        if (fields.contains("item:parentfolderid")) {
            writeParentFolderId(out, item);
        }
        if (fields.contains("item:itemclass")) {
            out.element("t:ItemClass", itemClass);
        }
        if (fields.contains("item:subject") && item.subject() != null) {
            out.element("t:Subject", item.subject());
        }
        if (fields.contains("item:sensitivity")) {
            out.element("t:Sensitivity", "Normal");
        }
        if (fields.contains("item:body") || fields.contains("item:textbody")) {
            writeBody(out, item, shape.bodyType());
        }
        if (fields.contains("item:attachments") && !item.summary().attachments().isEmpty()) {
            writeAttachments(out, item);
        }
        if (fields.contains("item:datetimereceived")) {
            out.element("t:DateTimeReceived", time(item.received()));
        }
        if (fields.contains("item:size")) {
            out.element("t:Size", item.size());
        }
        if (fields.contains("item:categories") && !item.categories().isEmpty()) {
            out.start("t:Categories");
            item.categories().forEach(c -> out.element("t:String", c));
            out.end();
        }
        if (fields.contains("item:importance")) {
            out.element("t:Importance", item.importance().ewsName());
        }
        if (fields.contains("item:inreplyto")) {
            out.optional("t:InReplyTo", item.summary().inReplyTo());
        }
        if (fields.contains("item:issubmitted")) {
            out.element("t:IsSubmitted", false);
        }
        if (fields.contains("item:isdraft")) {
            out.element("t:IsDraft", item.draft());
        }
        if (fields.contains("item:isfromme")) {
            out.element("t:IsFromMe", isFromMe(item));
        }
        if (fields.contains("item:isresend")) {
            out.element("t:IsResend", false);
        }
        if (fields.contains("item:isunmodified")) {
            out.element("t:IsUnmodified", !item.draft());
        }
        if (fields.contains("item:internetmessageheaders") && !item.transportHeaderFields().isEmpty()) {
            // Exchange lists them from the transport headers, which only received mail has.
            out.start("t:InternetMessageHeaders");
            for (MessageHeader h : item.transportHeaderFields()) {
                out.start("t:InternetMessageHeader").attr("HeaderName", h.name()).text(h.value()).end();
            }
            out.end();
        }
        if (fields.contains("item:datetimesent") && item.summary().dateSent() != null) {
            out.element("t:DateTimeSent", time(item.summary().dateSent()));
        }
        if (fields.contains("item:datetimecreated")) {
            out.element("t:DateTimeCreated", time(item.created()));
        }
        if (fields.contains("item:displaycc")) {
            out.element("t:DisplayCc", display(item.summary().cc()));
        }
        if (fields.contains("item:displayto")) {
            out.element("t:DisplayTo", display(item.summary().to()));
        }
        if (fields.contains("item:hasattachments")) {
            out.element("t:HasAttachments", item.summary().hasAttachments());
        }
        writeExtendedProperties(out, item, shape.additional());
        if (fields.contains("item:lastmodifiedtime") && exchange2010OrLater) {
            out.element("t:LastModifiedTime", time(item.lastModified()));
        }
        if (fields.contains("item:isassociated") && exchange2010OrLater) {
            out.element("t:IsAssociated", false);
        }
        if (fields.contains("item:conversationid") && exchange2010OrLater) {
            out.start("t:ConversationId").attr("Id", ItemProperties.conversationId(item)).end();
        }
        if (fields.contains("item:flag") && exchange2013OrLater) {
            out.start("t:Flag").element("t:FlagStatus", item.flag().ewsName()).end();
        }
        if (fields.contains("message:sender")) {
            writeMailbox(out, "t:Sender", item.summary().sender());
        }
        if (fields.contains("message:torecipients")) {
            writeMailboxes(out, "t:ToRecipients", item.summary().to());
        }
        if (fields.contains("message:ccrecipients")) {
            writeMailboxes(out, "t:CcRecipients", item.summary().cc());
        }
        if (fields.contains("message:bccrecipients")) {
            writeMailboxes(out, "t:BccRecipients", item.summary().bcc());
        }
        if (fields.contains("message:isreadreceiptrequested")) {
            out.element("t:IsReadReceiptRequested", hasHeader(item, "Disposition-Notification-To"));
        }
        if (fields.contains("message:isdeliveryreceiptrequested")) {
            out.element("t:IsDeliveryReceiptRequested", false);
        }
        if (fields.contains("message:conversationtopic")) {
            out.element("t:ConversationTopic", item.summary().conversationTopic());
        }
        if (fields.contains("message:from")) {
            writeMailbox(out, "t:From", item.summary().from());
        }
        if (fields.contains("message:internetmessageid")) {
            out.optional("t:InternetMessageId", item.summary().messageId());
        }
        if (fields.contains("message:isread")) {
            out.element("t:IsRead", item.read());
        }
        if (fields.contains("message:references")) {
            out.optional("t:References", item.summary().references());
        }
        if (fields.contains("message:replyto")) {
            writeMailboxes(out, "t:ReplyTo", item.summary().replyTo());
        }
        derived.accept(out);
        out.end();
    }

    void writeParentFolderId(XmlWriter out, ItemState item) {
        Optional<FolderState> parent = mailbox.folder(item.folderNumber());
        out.start("t:ParentFolderId")
                .attr("Id", EwsIds.folderId(mailbox.address(), mailbox.guid(), item.folderNumber()))
                .attr("ChangeKey", EwsIds.changeKey(mailbox.guid(), parent.map(FolderState::changeNumber).orElse(0L)))
                .end();
    }

    static Set<String> fields(ItemShape shape, boolean detailed) {
        Set<String> fields = new HashSet<>();
        fields.add("item:itemid");
        if (shape.baseShape() != FolderShape.BaseShape.ID_ONLY) {
            fields.addAll(SUMMARY_FIELDS);
            if (detailed) {
                fields.addAll(DETAIL_FIELDS);
            }
            if (shape.baseShape() == FolderShape.BaseShape.ALL_PROPERTIES) {
                fields.addAll(MORE_FIELDS);
            }
        }
        for (PropertyPath path : shape.additional()) {
            if (path instanceof PropertyPath.Field field) {
                fields.add(field.uri().toLowerCase(Locale.ROOT));
            }
        }
        return fields;
    }

    private void writeMime(XmlWriter out, ItemState item) {
        out.start("t:MimeContent").attr("CharacterSet", "UTF-8");
        byte[] mime = item.mime();
        Base64.Encoder encoder = Base64.getEncoder();
        for (int offset = 0; offset < mime.length; offset += MIME_CHUNK) {
            int length = Math.min(MIME_CHUNK, mime.length - offset);
            byte[] chunk = new byte[length];
            System.arraycopy(mime, offset, chunk, 0, length);
            out.text(encoder.encodeToString(chunk));
        }
        if (mime.length == 0) {
            out.text("");
        }
        out.end();
    }

    private void writeBody(XmlWriter out, ItemState item, String bodyType) {
        MimeParser.Body body = MimeParser.body(item.mime(), !"Text".equals(bodyType));
        String content = body.content();
        boolean html = body.html();
        if ("HTML".equals(bodyType) && !html) {
            content = "<html><body><pre>" + XmlText.escapeHtml(content) + "</pre></body></html>";
            html = true;
        }
        out.start("t:Body").attr("BodyType", html ? "HTML" : "Text");
        if (exchange2013OrLater) {
            out.attr("IsTruncated", false);
        }
        out.text(content).end();
    }

    private void writeAttachments(XmlWriter out, ItemState item) {
        out.start("t:Attachments");
        for (AttachmentInfo a : item.summary().attachments()) {
            writeAttachmentSummary(out, item, a);
            out.end();
        }
        out.end();
    }

    /**
     * Opens t:FileAttachment, or t:ItemAttachment for an attached message, and writes its properties;
     * the caller may add the content and must end the element.
     */
    void writeAttachmentSummary(XmlWriter out, ItemState item, AttachmentInfo a) {
        boolean itemAttachment = isItemAttachment(a);
        out.start(itemAttachment ? "t:ItemAttachment" : "t:FileAttachment");
        out.start("t:AttachmentId")
                .attr("Id", EwsIds.attachmentId(mailbox.address(), mailbox.guid(), item.number(), a.index())).end();
        out.element("t:Name", a.name()).element("t:ContentType", a.contentType());
        out.optional("t:ContentId", a.contentId());
        if (exchange2010OrLater) {
            out.element("t:Size", a.size()).element("t:LastModifiedTime", time(item.created()))
                    .element("t:IsInline", a.inline());
        }
        if (!itemAttachment) {
            out.element("t:IsContactPhoto", false);
        }
    }

    /** Exchange turns attached messages (message/rfc822) into item attachments. */
    static boolean isItemAttachment(AttachmentInfo a) {
        return "message/rfc822".equals(a.contentType());
    }

    void writeExtendedProperties(XmlWriter out, ItemState item, List<PropertyPath> requested) {
        for (PropertyPath path : requested) {
            if (!(path instanceof PropertyPath.Extended extended)) {
                continue;
            }
            Optional<Object> value = ItemProperties.extended(item, extended.key());
            if (value.isEmpty()) {
                continue; // Exchange omits properties that are not set
            }
            out.start("t:ExtendedProperty");
            FolderWriter.writeExtendedFieldUri(out, extended.key());
            if (value.get() instanceof List<?> values) {
                out.start("t:Values");
                values.forEach(v -> out.element("t:Value", FolderProperties.text(v)));
                out.end();
            } else {
                out.element("t:Value", FolderProperties.text(value.get()));
            }
            out.end();
        }
    }

    private boolean isFromMe(ItemState item) {
        EmailAddress from = item.summary().from();
        return from != null && from.sameAddress(mailbox.address());
    }

    private static boolean hasHeader(ItemState item, String name) {
        return item.summary().headers().stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
    }

    private static void writeMailbox(XmlWriter out, String element, EmailAddress address) {
        if (address == null) {
            return;
        }
        out.start(element);
        writeMailbox(out, address);
        out.end();
    }

    private static void writeMailboxes(XmlWriter out, String element, List<EmailAddress> addresses) {
        if (addresses.isEmpty()) {
            return;
        }
        out.start(element);
        addresses.forEach(a -> writeMailbox(out, a));
        out.end();
    }

    private static void writeMailbox(XmlWriter out, EmailAddress address) {
        out.start("t:Mailbox")
                .element("t:Name", address.displayName())
                .element("t:EmailAddress", address.address())
                .element("t:RoutingType", "SMTP")
                .end();
    }

    private static String display(List<EmailAddress> addresses) {
        return addresses.stream().map(EmailAddress::displayName).collect(Collectors.joining("; "));
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
