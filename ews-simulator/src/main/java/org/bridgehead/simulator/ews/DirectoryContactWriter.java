package org.bridgehead.simulator.ews;

import java.util.List;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.Directory;
import org.bridgehead.simulator.store.Person;

/**
 * Writes a directory entry as a ResolveNames Contact (ContactItemType), elements in schema order.
 * EmailAddresses has three keys: the primary address and the first two aliases.
 */
final class DirectoryContactWriter {
    private static final List<String> ADDRESS_KEYS = List.of("EmailAddress1", "EmailAddress2", "EmailAddress3");

    private final Directory directory;

    DirectoryContactWriter(Directory directory) {
        this.directory = directory;
    }

    /** @param allProperties ContactDataShape AllProperties: also the alias, notes and manager's mailbox */
    void write(XmlWriter out, Person p, boolean allProperties) {
        out.start("t:Contact")
                .element("t:DisplayName", p.displayName())
                .optional("t:GivenName", p.givenName())
                .optional("t:CompanyName", p.company());
        out.start("t:EmailAddresses");
        List<String> addresses = new java.util.ArrayList<>();
        addresses.add(p.address());
        addresses.addAll(p.proxyAddresses());
        for (int i = 0; i < Math.min(addresses.size(), ADDRESS_KEYS.size()); i++) {
            out.start("t:Entry").attr("Key", ADDRESS_KEYS.get(i)).text("SMTP:" + addresses.get(i)).end();
        }
        out.end();
        if (p.street() != null || p.city() != null || p.state() != null || p.postalCode() != null
                || p.country() != null) {
            out.start("t:PhysicalAddresses").start("t:Entry").attr("Key", "Business")
                    .optional("t:Street", p.street())
                    .optional("t:City", p.city())
                    .optional("t:State", p.state())
                    .optional("t:CountryOrRegion", p.country())
                    .optional("t:PostalCode", p.postalCode())
                    .end().end();
        }
        writePhones(out, p);
        Person manager = p.manager() == null ? null : directory.find(p.manager()).orElse(null);
        out.element("t:ContactSource", "ActiveDirectory")
                .optional("t:Department", p.department())
                .optional("t:JobTitle", p.jobTitle())
                .optional("t:Manager", manager == null ? null : manager.displayName())
                .optional("t:OfficeLocation", p.office())
                .optional("t:Surname", p.surname());
        if (allProperties) {
            out.element("t:HasPicture", directory.hasPhoto(p.address()))
                    .element("t:Alias", p.localPart())
                    .optional("t:Notes", p.notes());
            if (manager != null) {
                out.start("t:ManagerMailbox").start("t:Mailbox")
                        .element("t:Name", manager.displayName())
                        .element("t:EmailAddress", manager.address())
                        .element("t:RoutingType", "SMTP")
                        .element("t:MailboxType", "Mailbox")
                        .end().end();
            }
        }
        out.end();
    }

    private static void writePhones(XmlWriter out, Person p) {
        String[][] phones = {{"BusinessFax", p.businessFax()}, {"BusinessPhone", p.businessPhone()},
                {"HomePhone", p.homePhone()}, {"MobilePhone", p.mobilePhone()}};
        boolean any = false;
        for (String[] phone : phones) {
            if (phone[1] != null) {
                if (!any) {
                    out.start("t:PhoneNumbers");
                    any = true;
                }
                out.start("t:Entry").attr("Key", phone[0]).text(phone[1]).end();
            }
        }
        if (any) {
            out.end();
        }
    }
}
