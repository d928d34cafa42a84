package org.bridgehead.smtp.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void takesTheBracketedIdFromAFoldedField() throws IOException {
        HeaderSection headers = RecipientSplitTest.headers("Subject: x\r\nmessage-id:\r\n  <abc.123@client.example> (comment)\r\n\r\n");

        assertEquals(Optional.of("<abc.123@client.example>"), MessageIds.messageId(headers));
    }

    @Test
    void messageWithoutIdHasNone() throws IOException {
        assertEquals(Optional.empty(), MessageIds.messageId(RecipientSplitTest.headers("Subject: x\r\n\r\n")));
        assertEquals(Optional.empty(), MessageIds.messageId(RecipientSplitTest.headers("Message-ID:   \r\n\r\n")));
    }
}
