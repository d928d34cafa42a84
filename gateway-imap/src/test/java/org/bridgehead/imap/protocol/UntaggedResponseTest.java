package org.bridgehead.imap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UntaggedResponseTest {

    private static String written(UntaggedResponse... responses) throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ImapWriter writer = new ImapWriter(wire);
        for (UntaggedResponse response : responses) {
            writer.write(response);
        }
        writer.flush();
        return wire.toString(StandardCharsets.UTF_8);
    }

    @Test
    void selectResponses() throws IOException {
        assertEquals("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* 172 EXISTS\r\n* 1 RECENT\r\n",
                written(new UntaggedResponse.Flags(new LinkedHashSet<>(List.of(Flag.ANSWERED, Flag.FLAGGED, Flag.DELETED,
                        Flag.SEEN, Flag.DRAFT))),
                        new UntaggedResponse.Exists(172), new UntaggedResponse.Recent(1)));
    }

    @Test
    void listAndStatusEncodeMailboxNames() throws IOException {
        assertEquals("* LIST (\\HasNoChildren) \"/\" \"INBOX/R&AOk-unions\"\r\n"
                        + "* LSUB () \"/\" \"Sent\"\r\n"
                        + "* STATUS \"R&AOk-unions\" (MESSAGES 231 UIDNEXT 44292)\r\n",
                written(new UntaggedResponse.ListEntry(UntaggedResponse.ListEntry.Kind.LIST, List.of("\\HasNoChildren"),
                                "INBOX/Réunions"),
                        new UntaggedResponse.ListEntry(UntaggedResponse.ListEntry.Kind.LSUB, List.of(), "Sent"),
                        new UntaggedResponse.Status("Réunions",
                                Map.of(StatusItem.UIDNEXT, 44292L, StatusItem.MESSAGES, 231L))));
    }

    @Test
    void searchExpungeCapabilityAndFetch() throws IOException {
        assertEquals("* SEARCH 2 84 882\r\n* SEARCH\r\n* 44 EXPUNGE\r\n* CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS\r\n"
                        + "* 12 FETCH (FLAGS (\\Seen) UID 4827 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\")\r\n",
                written(new UntaggedResponse.SearchResult(List.of(2L, 84L, 882L)),
                        new UntaggedResponse.SearchResult(List.of()),
                        new UntaggedResponse.Expunge(44),
                        new UntaggedResponse.Capability(List.of("IMAP4rev1", "LITERAL+", "UIDPLUS")),
                        new UntaggedResponse.Fetch(12, List.of(
                                new UntaggedResponse.Fetch.Item("FLAGS", ImapValue.flags(List.of(Flag.SEEN))),
                                new UntaggedResponse.Fetch.Item("UID", ImapValue.number(4827)),
                                new UntaggedResponse.Fetch.Item("INTERNALDATE", ImapValue.string(ImapDates.formatDateTime(
                                        OffsetDateTime.parse("1996-07-17T02:44:25-07:00"))))))));
    }
}
