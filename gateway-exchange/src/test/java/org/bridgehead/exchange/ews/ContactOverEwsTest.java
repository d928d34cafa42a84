package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.PhoneNumberKey;
import microsoft.exchange.webservices.data.core.enumeration.property.PhysicalAddressKey;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import org.bridgehead.exchange.pim.vcard.ContactCard;
import org.bridgehead.exchange.pim.vcard.ContactCard.AddressSlot;
import org.bridgehead.exchange.pim.vcard.ContactCard.PhoneSlot;
import org.bridgehead.exchange.pim.vcard.VCardReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contacts written through ContactConverter to the simulator's Contacts folder and read back over EWS. */
class ContactOverEwsTest {

    private static final String ADA = card("3.0", "UID:c-ada", "FN:Dr. Ada Lovelace",
            "N:Lovelace;Ada;Augusta;Dr.;Countess", "NICKNAME:Ada",
            "EMAIL;TYPE=INTERNET;TYPE=PREF:ada@home.example", "EMAIL;TYPE=INTERNET:ada@work.example",
            "EMAIL;TYPE=INTERNET:ada@society.example",
            "TEL;TYPE=WORK,VOICE:+44 20 1111", "TEL;TYPE=WORK,VOICE:+44 20 1112", "TEL;TYPE=HOME:+44 20 4444",
            "TEL;TYPE=HOME:+44 20 4445", "TEL;TYPE=CELL:+44 7700 2222", "TEL;TYPE=WORK,FAX:+44 20 5555",
            "TEL;TYPE=HOME,FAX:+44 20 3333", "TEL;TYPE=PAGER:+44 20 6666", "TEL;TYPE=CAR:+44 20 7777",
            "TEL:+44 20 8888",
            "ADR;TYPE=WORK:;;1 Analytical Row;London;;N1 1AA;United Kingdom",
            "ADR;TYPE=HOME:;;2 Engine Lane\\nFlat 3;Marylebone;Greater London;W1;UK",
            "ADR;TYPE=other:;;3 Difference Way;Bath;Somerset;BA1;UK",
            "ORG:Analytical Society;Engines", "TITLE:Mathematician", "BDAY:1815-12-10",
            "X-ANNIVERSARY:1835-07-08", "NOTE:First programmer\\nand poet's daughter", "CATEGORIES:Science,History",
            "URL:https://ada.example/");

    private SimulatedExchange exchange;
    private ExchangeService service;
    private final ContactConverter converter = new ContactConverter();

    private static String card(String version, String... lines) {
        return "BEGIN:VCARD\r\nVERSION:" + version + "\r\n" + String.join("\r\n", lines) + "\r\nEND:VCARD\r\n";
    }

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

    private Contact create(ContactCard card) throws Exception {
        Contact contact = new Contact(service);
        converter.write(card, contact, true);
        contact.save(new FolderId(WellKnownFolderName.Contacts));
        return Contact.bind(service, contact.getId(), ContactConverter.properties());
    }

    @Test
    void everyFieldExchangeHoldsComesBack() throws Exception {
        ContactCard ada = VCardReader.read(ADA);
        assertEquals(3, ada.emails().size());
        assertEquals(PhoneSlot.values().length, ada.phones().size(), "every phone slot is used");
        assertEquals(AddressSlot.values().length, ada.addresses().size());
        Contact stored = create(ada);
        assertEquals("+44 20 1112", stored.getPhoneNumbers().getPhoneNumber(PhoneNumberKey.BusinessPhone2));
        assertEquals("+44 20 7777", stored.getPhoneNumbers().getPhoneNumber(PhoneNumberKey.CarPhone));
        assertEquals("Bath", stored.getPhysicalAddresses().getPhysicalAddress(PhysicalAddressKey.Other).getCity());
        assertEquals("Countess", stored.getGeneration());
        assertEquals(ada, converter.read(stored, Optional.of("c-ada"), Optional.empty()));
    }

    @Test
    void anUpdateRemovesWhatTheCardNoLongerHas() throws Exception {
        Contact stored = create(VCardReader.read(ADA));
        ContactCard changed = VCardReader.read(card("4.0", "UID:c-ada", "FN:Ada King", "N:King;Ada;;;",
                "EMAIL;PREF=1:ada@king.example", "TEL;TYPE=cell:+44 7700 9999",
                "ADR;TYPE=home:;;;Ockham;;;UK", "ORG:Royal Society", "BDAY:18151210",
                "CATEGORIES:Science"));
        converter.write(changed, stored, false);
        stored.update(ConflictResolutionMode.AlwaysOverwrite);
        Contact reloaded = Contact.bind(service, stored.getId(), ContactConverter.properties());
        ContactCard back = converter.read(reloaded, Optional.of("c-ada"), Optional.empty());
        assertEquals(changed, back);
        assertNull(reloaded.getPhoneNumbers().getPhoneNumber(PhoneNumberKey.BusinessPhone));
        assertFalse(reloaded.getPhysicalAddresses().tryGetValue(PhysicalAddressKey.Business,
                new microsoft.exchange.webservices.data.misc.OutParam<>()));
        assertEquals(List.of("ada@king.example"), back.emails());
        assertEquals("", back.addresses().get(AddressSlot.HOME).street(), "the old street is gone");
    }

    @Test
    void aBirthdayWrittenAtMidnightInAnotherZoneKeepsItsDay() throws Exception {
        Contact contact = new Contact(service);
        converter.write(VCardReader.read(card("3.0", "UID:c-2", "FN:Bo", "N:;Bo;;;")), contact, true);
        // Outlook in Berlin stores 10 December at 23:00 UTC on the 9th, in Winnipeg at 06:00 UTC
        contact.setBirthday(java.util.Date.from(java.time.Instant.parse("1815-12-09T23:00:00Z")));
        contact.setWeddingAnniversary(java.util.Date.from(java.time.Instant.parse("1835-07-08T06:00:00Z")));
        contact.save(new FolderId(WellKnownFolderName.Contacts));
        ContactCard back = converter.read(Contact.bind(service, contact.getId(), ContactConverter.properties()),
                Optional.empty(), Optional.empty());
        assertEquals(java.time.LocalDate.of(1815, 12, 10), back.birthday().orElseThrow());
        assertEquals(java.time.LocalDate.of(1835, 7, 8), back.anniversary().orElseThrow());
        assertEquals(contact.getId().getUniqueId(), back.uid(), "without the client's UID the item id names it");
    }

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private static ContactCard withPhoto(byte[] jpeg) throws Exception {
        return VCardReader.read(card("3.0", "UID:c-3", "FN:Cy Young", "N:Young;Cy;;;",
                "PHOTO;ENCODING=b;TYPE=JPEG:" + java.util.Base64.getEncoder().encodeToString(jpeg)));
    }

    private long attachmentCalls() {
        var stats = exchange.simulator().stats();
        return stats.requests("CreateAttachment") + stats.requests("DeleteAttachment");
    }

    @Test
    void photoIsTheContactPictureAndSurvivesAnUpdateThatKeepsIt() throws Exception {
        ContactCard cy = withPhoto(JPEG);
        Contact stored = create(cy);
        assertEquals(Boolean.TRUE, stored.getHasPicture());
        assertEquals(true, stored.getContactPictureAttachment().isContactPhoto());
        assertEquals(cy, converter.read(stored, Optional.of("c-3"), ContactConverter.picture(stored)));

        long before = attachmentCalls();
        ContactCard renamed = VCardReader.read(card("3.0", "UID:c-3", "FN:Cy Young Jr", "N:Young;Cy;;;Jr",
                "PHOTO;ENCODING=b;TYPE=JPEG:" + java.util.Base64.getEncoder().encodeToString(JPEG)));
        converter.write(renamed, stored, false);
        stored.update(ConflictResolutionMode.AlwaysOverwrite);
        assertEquals(before, attachmentCalls(), "an unchanged photo is not sent again");
        Contact reloaded = Contact.bind(service, stored.getId(), ContactConverter.properties());
        assertEquals(renamed, converter.read(reloaded, Optional.of("c-3"), ContactConverter.picture(reloaded)));

        byte[] other = JPEG.clone();
        other[9] = 'X';
        converter.write(withPhoto(other), reloaded, false);
        reloaded.update(ConflictResolutionMode.AlwaysOverwrite);
        reloaded = Contact.bind(service, stored.getId(), ContactConverter.properties());
        assertEquals(withPhoto(other).photo(), ContactConverter.picture(reloaded));
        assertEquals(1, reloaded.getAttachments().getCount(), "the old picture is gone");
    }

    @Test
    void aCardWithoutPhotoRemovesThePicture() throws Exception {
        Contact stored = create(withPhoto(JPEG));
        converter.write(VCardReader.read(card("3.0", "UID:c-3", "FN:Cy Young", "N:Young;Cy;;;")), stored, false);
        stored.update(ConflictResolutionMode.AlwaysOverwrite);
        Contact reloaded = Contact.bind(service, stored.getId(), ContactConverter.properties());
        assertEquals(Boolean.FALSE, reloaded.getHasPicture());
        assertEquals(Optional.empty(), ContactConverter.picture(reloaded));
        assertNull(reloaded.getContactPictureAttachment());
    }
}
