package org.bridgehead.exchange.pim.vcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.vcard.ContactCard.AddressSlot;
import org.bridgehead.exchange.pim.vcard.ContactCard.PhoneSlot;
import org.junit.jupiter.api.Test;

class VCardMappingTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};

    private static String card(String version, String... lines) {
        StringBuilder text = new StringBuilder("BEGIN:VCARD\r\nVERSION:" + version + "\r\n");
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        return text.append("END:VCARD\r\n").toString();
    }

    private static String unfolded(String text) {
        return text.replace("\r\n ", "");
    }

    @Test
    void vcard3WithEverythingExchangeHolds() throws Exception {
        String text = card("3.0", "UID:c-1", "FN:Dr. Ada Lovelace", "N:Lovelace;Ada;Augusta;Dr.;Countess",
                "NICKNAME:Ada", "EMAIL;TYPE=INTERNET,WORK:ada@work.example", "EMAIL;TYPE=INTERNET,HOME;TYPE=PREF:ada@home.example",
                "TEL;TYPE=WORK,VOICE:+44 20 1111", "TEL;TYPE=CELL:+44 7700 2222", "TEL;TYPE=HOME,FAX:+44 20 3333",
                "TEL;TYPE=HOME:+44 20 4444",
                "ADR;TYPE=WORK:;;1 Analytical Row;London;;N1 1AA;United Kingdom",
                "ADR;TYPE=HOME:;;2 Engine Lane;Marylebone;Greater London;W1;UK",
                "ORG:Analytical Society;Engines", "TITLE:Mathematician", "BDAY:1815-12-10",
                "X-ANNIVERSARY:1835-07-08", "NOTE:First programmer", "CATEGORIES:Science,History",
                "URL:https://ada.example", "URL:https://blog.ada.example",
                "PHOTO;ENCODING=b;TYPE=JPEG:" + Base64.getEncoder().encodeToString(JPEG));
        ContactCard contact = VCardReader.read(text);
        assertEquals("Dr. Ada Lovelace", contact.displayName());
        assertEquals("Lovelace", contact.name().family());
        assertEquals("Augusta", contact.name().middle());
        assertEquals("Countess", contact.name().suffix());
        assertEquals(List.of("ada@home.example", "ada@work.example"), contact.emails(), "preferred first");
        assertEquals("+44 20 1111", contact.phones().get(PhoneSlot.BUSINESS));
        assertEquals("+44 7700 2222", contact.phones().get(PhoneSlot.MOBILE));
        assertEquals("+44 20 3333", contact.phones().get(PhoneSlot.HOME_FAX));
        assertEquals("+44 20 4444", contact.phones().get(PhoneSlot.HOME));
        assertEquals("London", contact.addresses().get(AddressSlot.BUSINESS).city());
        assertEquals("Greater London", contact.addresses().get(AddressSlot.HOME).region());
        assertEquals("Analytical Society", contact.company());
        assertEquals("Engines", contact.department());
        assertEquals("Mathematician", contact.jobTitle());
        assertEquals(Optional.of(LocalDate.of(1815, 12, 10)), contact.birthday());
        assertEquals(Optional.of(LocalDate.of(1835, 7, 8)), contact.anniversary());
        assertEquals(List.of("Science", "History"), contact.categories());
        assertEquals(URI.create("https://ada.example"), contact.urls().get(0));
        assertEquals(new ContactCard.Photo(JPEG, "image/jpeg"), contact.photo().orElseThrow());

        String written = VCardWriter.write(contact, Optional.of(text));
        assertTrue(written.contains("VERSION:3.0"), written);
        assertEquals(contact, VCardReader.read(written));
    }

    @Test
    void vcard4AnniversaryAndGroups() throws Exception {
        String text = card("4.0", "UID:g-1", "KIND:group", "FN:Team", "N:;;;;",
                "MEMBER:mailto:alice@example.com", "MEMBER:urn:uuid:c-1", "ANNIVERSARY:20200101");
        ContactCard group = VCardReader.read(text);
        assertTrue(group.group());
        assertEquals(2, group.members().size());
        assertEquals(Optional.of("alice@example.com"), group.members().get(0).email());
        assertEquals(Optional.empty(), group.members().get(1).email());
        assertEquals(Optional.of(LocalDate.of(2020, 1, 1)), group.anniversary());
        String written = unfolded(VCardWriter.write(group, Optional.of(text)));
        assertTrue(written.contains("KIND:group"), written);
        assertTrue(written.contains("MEMBER:mailto:alice@example.com"), written);
        assertTrue(written.contains("ANNIVERSARY:"), written);
        assertEquals(group, VCardReader.read(written));
    }

    @Test
    void vcard3GroupsUseApplesForm() throws Exception {
        ContactCard group = VCardReader.read(card("3.0", "UID:g-2", "FN:Team",
                "X-ADDRESSBOOKSERVER-KIND:group", "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:c-1"));
        assertTrue(group.group());
        String written = VCardWriter.write(group, Optional.empty());
        assertTrue(written.contains("X-ADDRESSBOOKSERVER-KIND:group"), written);
        assertTrue(written.contains("X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:c-1"), written);
        assertTrue(written.contains("VERSION:3.0"), written);
    }

    @Test
    void unmappedPropertiesAndFurtherUrlsSurvive() throws Exception {
        String original = card("3.0", "UID:c-2", "FN:Bob", "N:Builder;Bob;;;", "X-KHARD-FLAG:yes",
                "IMPP:xmpp:bob@example.com", "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/bob",
                "URL:https://bob.example", "URL:https://second.example", "ROLE:Lead");
        ContactCard contact = VCardReader.read(original);
        // Exchange keeps one home page; the reader of Exchange's copy sees only the first
        ContactCard fromExchange = new ContactCard(contact.uid(), false, "Robert", contact.name(), "",
                contact.emails(), contact.phones(), contact.addresses(), "", "", "", Optional.empty(),
                Optional.empty(), "", List.of(), List.of(URI.create("https://bob.example")), Optional.empty(),
                List.of());
        String written = unfolded(VCardWriter.write(fromExchange, Optional.of(original)));
        assertTrue(written.contains("FN:Robert"), written);
        assertFalse(written.contains("FN:Bob"), written);
        assertTrue(written.contains("X-KHARD-FLAG:yes"), written);
        assertTrue(written.contains("IMPP:xmpp:bob@example.com"), written);
        assertTrue(written.contains("X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/bob"), written);
        assertTrue(written.contains("ROLE:Lead"), written);
        assertTrue(written.contains("URL:https://second.example"), written);
        assertEquals(1, written.split("URL:https://bob.example", -1).length - 1, written);
    }

    @Test
    void badCardsAreRefused() {
        assertThrows(InvalidContentException.class, () -> VCardReader.read(""));
        assertThrows(InvalidContentException.class, () -> VCardReader.read("not a card"));
        assertThrows(InvalidContentException.class, () -> VCardReader.read(card("3.0", "FN:No uid")));
        assertThrows(InvalidContentException.class,
                () -> VCardReader.read(card("3.0", "UID:a", "FN:A") + card("3.0", "UID:b", "FN:B")));
    }
}
