package org.bridgehead.imap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailboxNameTest {

    @Test
    void frenchAccentEncodesAsInOtherServers() throws Exception {
        assertEquals("R&AOk-unions", ModifiedUtf7.encode("Réunions"));
        assertEquals("Réunions", ModifiedUtf7.decode("R&AOk-unions"));
    }

    @Test
    void rfc3501ExampleDecodesToChineseAndJapanese() throws Exception {
        assertEquals("~peter/mail/台北/日本語", ModifiedUtf7.decode("~peter/mail/&U,BTFw-/&ZeVnLIqe-"));
        assertEquals("~peter/mail/&U,BTFw-/&ZeVnLIqe-", ModifiedUtf7.encode("~peter/mail/台北/日本語"));
    }

    @Test
    void ampersandIsEscaped() throws Exception {
        assertEquals("Tom &- Jerry", ModifiedUtf7.encode("Tom & Jerry"));
        assertEquals("Tom & Jerry", ModifiedUtf7.decode("Tom &- Jerry"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Réunions", "会議室/議事録", "Éléments envoyés", "Входящие", "😀 Fun", "a&b/ü&ö", "plain"})
    void roundTripsAnyName(String name) throws Exception {
        String encoded = ModifiedUtf7.encode(name);
        assertEquals(true, encoded.chars().allMatch(c -> c >= 0x20 && c <= 0x7e));
        assertEquals(name, ModifiedUtf7.decode(encoded));
    }

    @ParameterizedTest
    @ValueSource(strings = {"&U,BTFw", "&U,BTF-", "&U/BTFw-", "Réunions", "&AO-"})
    void invalidModifiedUtf7IsRejected(String encoded) {
        assertThrows(ImapSyntaxException.class, () -> ModifiedUtf7.decode(encoded));
    }

    @Test
    void inboxIsCaseInsensitiveAlsoAsParent() throws Exception {
        assertEquals("INBOX", MailboxName.fromWire("inbox"));
        assertEquals("INBOX/R\u00e9unions", MailboxName.fromWire("Inbox/R&AOk-unions"));
        assertEquals("Inboxes", MailboxName.fromWire("Inboxes"));
    }
}
