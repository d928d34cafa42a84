package org.bridgehead.simulator.ews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.Directory;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.XmlNode;

/**
 * The caller's own contacts that name resolution finds: contact items of the Contacts folder and
 * the contact folders below it whose display name, given name or surname starts with the query
 * or, for a query with '@', whose e-mail address does ("SMTP:" prefix allowed), ignoring case and
 * accents as for the directory. A resolution names the contact by its ItemId with MailboxType
 * Contact, and its Contact is the item's own data with ContactSource Store.
 */
final class StoreContactResolutions {

    /** A contact found, with the address the resolution shows (the first of EmailAddresses). */
    record Found(ItemState item, PimData contact, String address) {
    }

    /** Contact fields a resolution carries, in ContactItemType's schema order. */
    private static final List<String> FIELDS = List.of("DisplayName", "GivenName", "CompanyName", "EmailAddresses",
            "PhysicalAddresses", "PhoneNumbers");
    private static final List<String> FIELDS_AFTER_SOURCE = List.of("Department", "JobTitle", "OfficeLocation",
            "Surname");

    private StoreContactResolutions() {
    }

    static List<Found> resolve(Mailbox mailbox, String query) {
        String q = Directory.fold(query);
        if (q.startsWith("smtp:")) {
            q = q.substring("smtp:".length());
        }
        if (q.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (ItemState item : contactItems(mailbox)) {
            PimData contact = item.pim();
            List<String> addresses = addresses(contact);
            String wanted = q;
            boolean matches = q.contains("@")
                    ? addresses.stream().anyMatch(a -> Directory.fold(a).startsWith(wanted))
                    : List.of("DisplayName", "GivenName", "Surname").stream().map(contact::text)
                            .flatMap(Optional::stream).anyMatch(n -> Directory.fold(n).startsWith(wanted));
            if (matches) {
                found.add(new Found(item, contact, addresses.isEmpty() ? null : addresses.get(0)));
            }
        }
        found.sort(Comparator.comparing(f -> Directory.fold(f.contact().text("DisplayName").orElse(""))));
        return found;
    }

    static void writeMailbox(XmlWriter out, Found found, ItemWriter ids) {
        out.start("t:Mailbox")
                .optional("t:Name", found.contact().text("DisplayName").orElse(null))
                .optional("t:EmailAddress", found.address())
                .element("t:RoutingType", "SMTP")
                .element("t:MailboxType", "Contact");
        ids.writeId(out, found.item());
        out.end();
    }

    /** @param allProperties ContactDataShape AllProperties, which adds HasPicture */
    static void writeContact(XmlWriter out, Found found, boolean allProperties) {
        out.start("t:Contact");
        for (String field : FIELDS) {
            found.contact().field(field).ifPresent(node -> PimItemWriter.write(out, node));
        }
        out.element("t:ContactSource", "Store");
        for (String field : FIELDS_AFTER_SOURCE) {
            found.contact().field(field).ifPresent(node -> PimItemWriter.write(out, node));
        }
        if (allProperties) {
            out.element("t:HasPicture", found.contact().text("HasPicture").orElse("false"));
        }
        out.end();
    }

    private static List<ItemState> contactItems(Mailbox mailbox) {
        FolderState contacts = mailbox.folder(DistinguishedFolder.CONTACTS);
        List<FolderState> folders = new ArrayList<>(List.of(contacts));
        List<ItemState> items = new ArrayList<>();
        try {
            folders.addAll(mailbox.descendants(contacts.number()));
            for (FolderState folder : folders) {
                mailbox.items(folder.number()).stream()
                        .filter(i -> i.pim() != null && "Contact".equals(i.pim().type()))
                        .forEach(items::add);
            }
        } catch (FolderOperationException e) {
            throw new IllegalStateException("the Contacts folder vanished while it was read", e);
        }
        return items;
    }

    /** The e-mail addresses of a contact in key order, without an "SMTP:" prefix. */
    private static List<String> addresses(PimData contact) {
        return contact.field("EmailAddresses").map(list -> list.children("Entry").stream()
                .sorted(Comparator.comparing(e -> e.attributes().getOrDefault("Key", "")))
                .map(XmlNode::textOrEmpty).map(String::trim)
                .map(a -> a.regionMatches(true, 0, "SMTP:", 0, 5) ? a.substring(5) : a)
                .filter(a -> !a.isEmpty()).toList()).orElse(List.of());
    }
}
