package org.bridgehead.imap.protocol;

import static org.bridgehead.imap.protocol.Commands.arguments;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AppendRequestTest {

    @Test
    void appendWithFlagsDateAndLiteral() throws Exception {
        AppendRequest request = AppendRequest.parse(arguments(
                "saved-messages (\\Seen) \"17-Jul-1996 02:44:25 -0700\" {5+}\r\nhello"));
        assertEquals("saved-messages", request.mailbox());
        AppendRequest.Message message = request.messages().get(0);
        assertEquals(Set.of(Flag.SEEN), message.flags());
        assertEquals(Optional.of(OffsetDateTime.parse("1996-07-17T02:44:25-07:00")), message.internalDate());
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), message.content().toByteArray(10));
    }

    @Test
    void multiappendReadsEveryMessage() throws Exception {
        AppendRequest request = AppendRequest.parse(arguments("inbox {1+}\r\na (\\Draft) {2+}\r\nbc"));
        assertEquals("INBOX", request.mailbox());
        assertEquals(2, request.messages().size());
        assertEquals(Set.of(), request.messages().get(0).flags());
        assertEquals(List.of(Flag.DRAFT), List.copyOf(request.messages().get(1).flags()));
        assertEquals(2, request.messages().get(1).content().size());
    }

    @Test
    void missingMessageOrBadDateIsSyntaxError() {
        assertThrows(ImapSyntaxException.class, () -> AppendRequest.parse(arguments("INBOX (\\Seen)")));
        assertThrows(ImapSyntaxException.class, () -> AppendRequest.parse(arguments("INBOX \"yesterday\" {1+}\r\na")));
        assertThrows(ImapSyntaxException.class, () -> AppendRequest.parse(arguments("INBOX atom")));
    }
}
