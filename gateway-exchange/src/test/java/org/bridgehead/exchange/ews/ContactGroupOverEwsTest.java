package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.core.service.item.ContactGroup;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.vcard.ContactCard;
import org.bridgehead.exchange.pim.vcard.ContactCard.Member;
import org.bridgehead.exchange.pim.vcard.VCardReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** KIND:group cards written through ContactGroupConverter as distribution lists in the simulator and read back. */
class ContactGroupOverEwsTest {

    private SimulatedExchange exchange;
    private ExchangeService service;
    private final ContactGroupConverter converter = new ContactGroupConverter();

    @BeforeEach
    void start() {
        exchange = SimulatedExchange.start();
        service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(exchange.simulator().ewsUrl());
        service.setCredentials(new WebCredentials(SimulatedExchange.ALICE, SimulatedExchange.PASSWORD));
    }

    @AfterEach
    void stop() {
        service.close();
        exchange.close();
    }

    private static ContactCard group(String... lines) throws InvalidContentException {
        return VCardReader.read("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:g-1\r\nKIND:group\r\nFN:Book club\r\n"
                + String.join("\r\n", lines) + (lines.length > 0 ? "\r\n" : "") + "END:VCARD\r\n");
    }

    /** Links to one contact of the address book, "c-zoe". */
    private ContactGroupConverter.ContactLinks linksTo(Contact zoe) throws Exception {
        String id = zoe.getId().getUniqueId();
        return new ContactGroupConverter.ContactLinks() {
            @Override
            public Optional<ContactGroupConverter.LinkedContact> byUid(String uid) {
                return uid.equals("c-zoe") ? Optional.of(new ContactGroupConverter.LinkedContact(id, "zoe@example.org"))
                        : Optional.empty();
            }

            @Override
            public Optional<String> uidOf(String itemId) {
                return itemId.equals(id) ? Optional.of("c-zoe") : Optional.empty();
            }
        };
    }

    private ContactGroup load(ContactGroup group) throws Exception {
        return ContactGroup.bind(service, group.getId(), ContactGroupConverter.properties());
    }

    @Test
    void membersByAddressAndByContactComeBack() throws Exception {
        Contact zoe = new Contact(service);
        new ContactConverter().write(VCardReader.read("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:c-zoe\r\nFN:Zoe Clarke\r\n"
                + "N:Clarke;Zoe;;;\r\nEMAIL:zoe@example.org\r\nEND:VCARD\r\n"), zoe, true);
        zoe.save(new FolderId(WellKnownFolderName.Contacts));
        ContactGroupConverter.ContactLinks links = linksTo(zoe);
        ContactCard card = group("MEMBER:mailto:ann@example.com", "MEMBER:urn:uuid:c-zoe",
                "MEMBER:mailto:bo@example.net", "NOTE:Meets monthly", "CATEGORIES:Friends");
        ContactGroup list = new ContactGroup(service);
        converter.write(card, list, true, links);
        list.save(new FolderId(WellKnownFolderName.Contacts));
        ContactCard back = converter.read(load(list), Optional.of("g-1"), links);
        assertEquals(card.members(), back.members().stream().map(m -> new Member(m.uri(), "")).toList());
        assertEquals("Zoe Clarke", back.members().get(1).name(), "Exchange names a linked contact");
        assertEquals(true, back.group());
        assertEquals(List.of(card.displayName(), card.notes(), card.categories()),
                List.of(back.displayName(), back.notes(), back.categories()));
    }

    @Test
    void anUpdateChangesOnlyTheMembersThatChanged() throws Exception {
        ContactGroup list = new ContactGroup(service);
        converter.write(group("MEMBER:mailto:ann@example.com", "MEMBER:mailto:bo@example.net"), list, true,
                ContactGroupConverter.NO_LINKS);
        list.save(new FolderId(WellKnownFolderName.Contacts));
        ContactGroup loaded = load(list);
        ContactCard changed = group("MEMBER:mailto:BO@example.net", "MEMBER:mailto:cy@example.org");
        converter.write(changed, loaded, false, ContactGroupConverter.NO_LINKS);
        loaded.update(ConflictResolutionMode.AlwaysOverwrite);
        ContactCard back = converter.read(load(list), Optional.of("g-1"), ContactGroupConverter.NO_LINKS);
        assertEquals(List.of("mailto:bo@example.net", "mailto:cy@example.org"),
                back.members().stream().map(Member::uri).toList());
        converter.write(group(), loaded = load(list), false, ContactGroupConverter.NO_LINKS);
        loaded.update(ConflictResolutionMode.AlwaysOverwrite);
        assertEquals(List.of(), converter.read(load(list), Optional.of("g-1"), ContactGroupConverter.NO_LINKS).members());
    }

    @Test
    void aMemberOutsideTheAddressBookIsRefused() throws Exception {
        ContactGroup list = new ContactGroup(service);
        assertThrows(InvalidContentException.class, () -> converter.write(group("MEMBER:urn:uuid:nobody"), list, true,
                ContactGroupConverter.NO_LINKS));
    }
}
