package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.XmlNode;

/**
 * The file attachments of a calendar item, task or contact, kept in the item's Attachments field:
 * each t:FileAttachment with its number (the attachment id's index, never reused within the item),
 * properties and Base64 content. A contact's picture is the attachment marked IsContactPhoto.
 */
final class PimAttachments {
    static final String FIELD = "Attachments";
    private static final String NUMBER = "Number";

    private PimAttachments() {
    }

    /** A stored attachment. */
    record Attachment(int number, String name, String contentType, String contentId, boolean inline,
                      boolean contactPhoto, Instant lastModified, byte[] content) {
    }

    static List<Attachment> of(PimData pim) {
        List<Attachment> result = new ArrayList<>();
        pim.field(FIELD).ifPresent(list -> list.children("FileAttachment").forEach(a -> result.add(read(a))));
        return result;
    }

    static Optional<Attachment> find(PimData pim, int number) {
        return of(pim).stream().filter(a -> a.number() == number).findFirst();
    }

    static boolean hasContactPhoto(Map<String, XmlNode> fields) {
        XmlNode list = fields.get(FIELD);
        return list != null && list.children("FileAttachment").stream()
                .anyMatch(a -> "true".equals(a.childText("IsContactPhoto").orElse("false")));
    }

    /** The item's properties with an attachment added; its number is one past the highest so far. */
    static PimData with(PimData pim, Attachment added) {
        List<XmlNode> list = new ArrayList<>(pim.field(FIELD).map(XmlNode::children).orElse(List.of()));
        list.add(node(added));
        return withList(pim, list);
    }

    static int nextNumber(PimData pim) {
        return of(pim).stream().mapToInt(Attachment::number).max().orElse(-1) + 1;
    }

    /** The item's properties without the attachment of that number. */
    static PimData without(PimData pim, int number) {
        List<XmlNode> list = new ArrayList<>(pim.field(FIELD).map(XmlNode::children).orElse(List.of()));
        list.removeIf(a -> String.valueOf(number).equals(a.attributes().get(NUMBER)));
        return withList(pim, list);
    }

    private static PimData withList(PimData pim, List<XmlNode> list) {
        Map<String, XmlNode> fields = new java.util.LinkedHashMap<>(pim.fields());
        if (list.isEmpty()) {
            fields.remove(FIELD);
        } else {
            fields.put(FIELD, XmlNode.of(FIELD, list));
        }
        if (pim.type().equals("Contact")) {
            fields.put("HasPicture", XmlNode.leaf("HasPicture", String.valueOf(hasContactPhoto(fields))));
        }
        return new PimData(pim.type(), pim.itemClass(), fields);
    }

    /** t:Attachments as GetItem writes it: each attachment's properties, no content. */
    static void writeList(XmlWriter out, Mailbox mailbox, ItemState item, boolean exchange2010OrLater) {
        if (item.pim().field(FIELD).isEmpty()) {
            return; // Exchange leaves out an empty collection
        }
        out.start("t:Attachments");
        for (Attachment a : of(item.pim())) {
            writeSummary(out, mailbox, item, a, exchange2010OrLater);
            out.end();
        }
        out.end();
    }

    /** Opens t:FileAttachment and writes its properties; the caller may add the content and ends it. */
    static void writeSummary(XmlWriter out, Mailbox mailbox, ItemState item, Attachment a, boolean exchange2010OrLater) {
        out.start("t:FileAttachment");
        out.start("t:AttachmentId").attr("Id", id(mailbox, item, a.number())).end();
        out.element("t:Name", a.name()).element("t:ContentType", a.contentType());
        out.optional("t:ContentId", a.contentId());
        if (exchange2010OrLater) {
            out.element("t:Size", a.content().length).element("t:LastModifiedTime", ItemWriter.time(a.lastModified()))
                    .element("t:IsInline", a.inline()).element("t:IsContactPhoto", a.contactPhoto());
        }
    }

    static String id(Mailbox mailbox, ItemState item, int number) {
        return EwsIds.attachmentId(mailbox.address(), mailbox.guid(), item.number(), number);
    }

    private static XmlNode node(Attachment a) {
        List<XmlNode> parts = new ArrayList<>();
        parts.add(XmlNode.leaf("Name", a.name()));
        parts.add(XmlNode.leaf("ContentType", a.contentType()));
        if (a.contentId() != null) {
            parts.add(XmlNode.leaf("ContentId", a.contentId()));
        }
        parts.add(XmlNode.leaf("LastModifiedTime", ItemWriter.time(a.lastModified())));
        parts.add(XmlNode.leaf("IsInline", String.valueOf(a.inline())));
        parts.add(XmlNode.leaf("IsContactPhoto", String.valueOf(a.contactPhoto())));
        parts.add(XmlNode.leaf("Content", Base64.getEncoder().encodeToString(a.content())));
        return new XmlNode("FileAttachment", Map.of(NUMBER, String.valueOf(a.number())), null, parts);
    }

    private static Attachment read(XmlNode node) {
        return new Attachment(Integer.parseInt(node.attributes().get(NUMBER)), node.childText("Name").orElse(""),
                node.childText("ContentType").orElse("application/octet-stream"), node.childText("ContentId").orElse(null),
                "true".equals(node.childText("IsInline").orElse("false")),
                "true".equals(node.childText("IsContactPhoto").orElse("false")),
                Instant.parse(node.childText("LastModifiedTime").orElseThrow()),
                Base64.getDecoder().decode(node.childText("Content").orElse("")));
    }
}
