package org.bridgehead.simulator.ews;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.XmlNode;

/**
 * A distribution list's t:Members (MS-OXWSDLIST): Exchange gives each member a Key that names it
 * in later updates, a Status, and a routing type and mailbox type when the client left them out.
 * AppendToItemField adds members, DeleteItemField with distributionlist:Members:Member and the
 * key removes one.
 */
final class DistributionMembers {
    private DistributionMembers() {
    }

    /** The list's members, each complete with its key and status. */
    static XmlNode complete(XmlNode members) throws EwsError {
        List<XmlNode> result = new ArrayList<>();
        for (XmlNode member : members.children("Member")) {
            XmlNode mailbox = member.child("Mailbox").orElseThrow(DistributionMembers::noMailbox);
            boolean address = mailbox.childText("EmailAddress").filter(a -> !a.isBlank()).isPresent();
            if (!address && mailbox.child("ItemId").isEmpty()) {
                throw noMailbox();
            }
            if (mailbox.child("RoutingType").isEmpty() && address) {
                mailbox = insertAfter(mailbox, "EmailAddress", XmlNode.leaf("RoutingType", "SMTP"));
            }
            if (mailbox.child("MailboxType").isEmpty()) {
                String type = mailbox.child("ItemId").isPresent() ? "Contact" : "OneOff";
                mailbox = insertAfter(mailbox, mailbox.child("RoutingType").isPresent() ? "RoutingType" : "EmailAddress",
                        XmlNode.leaf("MailboxType", type));
            }
            var attributes = new java.util.LinkedHashMap<>(member.attributes());
            attributes.putIfAbsent("Key", newKey());
            result.add(new XmlNode("Member", attributes, null,
                    List.of(mailbox, member.child("Status").orElse(XmlNode.leaf("Status", "Normal")))));
        }
        return members.withChildren(result);
    }

    /**
     * The members with those that link to a personal contact (Mailbox with ItemId) named and
     * addressed as that contact is, as Exchange resolves them: its display name and the address
     * the client linked, else its first e-mail address.
     */
    static XmlNode link(XmlNode members, Function<String, Optional<PimData>> contacts) throws EwsError {
        List<XmlNode> result = new ArrayList<>();
        for (XmlNode member : members.children("Member")) {
            Optional<XmlNode> mailbox = member.child("Mailbox");
            Optional<String> id = mailbox.flatMap(m -> m.child("ItemId")).map(i -> i.attributes().get("Id"));
            if (id.isEmpty()) {
                result.add(member);
                continue;
            }
            Optional<PimData> found = contacts.apply(id.get()).filter(c -> c.type().equals("Contact"));
            if (found.isEmpty()) {
                // a contact deleted since keeps its last name and address in the list
                if (mailbox.get().childText("EmailAddress").filter(a -> !a.isBlank()).isEmpty()) {
                    throw EwsError.itemNotFound();
                }
                result.add(member);
                continue;
            }
            PimData contact = found.get();
            String address = mailbox.get().childText("EmailAddress").filter(a -> !a.isBlank())
                    .or(() -> contact.field("EmailAddresses").flatMap(e -> e.children("Entry").stream()
                            .filter(x -> "EmailAddress1".equals(x.attributes().get("Key"))).findFirst())
                            .map(XmlNode::textOrEmpty))
                    .orElse("");
            List<XmlNode> parts = new ArrayList<>();
            parts.add(XmlNode.leaf("Name", contact.text("DisplayName").orElse(address)));
            parts.add(XmlNode.leaf("EmailAddress", address));
            parts.add(XmlNode.leaf("RoutingType", "SMTP"));
            parts.add(XmlNode.leaf("MailboxType", "Contact"));
            parts.add(mailbox.get().child("ItemId").orElseThrow());
            List<XmlNode> children = new ArrayList<>(member.children());
            children.replaceAll(c -> c.name().equals("Mailbox") ? XmlNode.of("Mailbox", parts) : c);
            result.add(member.withChildren(children));
        }
        return members.withChildren(result);
    }

    /** The current members with the update's appended (null: none yet). */
    static XmlNode append(XmlNode current, XmlNode added) {
        if (current == null) {
            return added;
        }
        List<XmlNode> all = new ArrayList<>(current.children());
        all.addAll(added.children("Member"));
        return current.withChildren(all);
    }

    /** The members without the one a {@code distributionlist:Members:Member:<key>} path names. */
    static XmlNode remove(XmlNode current, String uri) throws EwsError {
        String key = uri.substring("distributionlist:Members:Member:".length());
        List<XmlNode> rest = current == null ? List.of() : current.children().stream()
                .filter(m -> !key.equals(m.attributes().get("Key"))).toList();
        if (current == null || rest.size() == current.children().size()) {
            throw new EwsError("ErrorItemNotFound", "The distribution list member was not found.");
        }
        return current.withChildren(rest);
    }

    static boolean isMemberPath(String uri) {
        return uri.regionMatches(true, 0, "distributionlist:Members:Member:", 0, 32);
    }

    private static XmlNode insertAfter(XmlNode mailbox, String after, XmlNode added) {
        List<XmlNode> children = new ArrayList<>(mailbox.children());
        int at = children.size();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).name().equals(after)) {
                at = i + 1;
            }
        }
        children.add(at, added);
        return mailbox.withChildren(children);
    }

    private static String newKey() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private static EwsError noMailbox() {
        return new EwsError("ErrorInvalidMailbox", "A distribution list member needs an e-mail address or an item id.");
    }
}
