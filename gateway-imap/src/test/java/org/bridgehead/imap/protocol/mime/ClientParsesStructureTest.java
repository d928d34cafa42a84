package org.bridgehead.imap.protocol.mime;

import static org.bridgehead.imap.protocol.mime.Messages.parse;
import static org.bridgehead.imap.protocol.mime.Messages.render;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.angus.mail.imap.protocol.BODYSTRUCTURE;
import org.eclipse.angus.mail.imap.protocol.ENVELOPE;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.junit.jupiter.api.Test;

/** Our ENVELOPE and BODYSTRUCTURE as jakarta.mail's IMAP client reads them. */
class ClientParsesStructureTest {

    private static FetchResponse fetched(ParsedMessage message) throws Exception {
        return new FetchResponse(new IMAPResponse("* 1 FETCH (ENVELOPE " + render(message.envelope().toImapValue())
                + " BODYSTRUCTURE " + render(message.bodyStructure()) + ")", true));
    }

    @Test
    void clientReadsRfc3501Envelope() throws Exception {
        ENVELOPE envelope = fetched(parse(Messages.RFC3501)).getItem(ENVELOPE.class);
        assertEquals("IMAP4rev1 WG mtg summary and minutes", envelope.subject);
        assertEquals("Terry Gray", envelope.from[0].getPersonal());
        assertEquals("gray@cac.washington.edu", envelope.from[0].getAddress());
        assertEquals(2, envelope.cc.length);
        assertEquals("KLENSIN@MIT.EDU", envelope.cc[1].getAddress());
        assertEquals("<B27397-0100000@cac.washington.edu>", envelope.messageId);
    }

    @Test
    void clientDecodesTheEncodedWordsWePassedThrough() throws Exception {
        ENVELOPE envelope = fetched(parse(Messages.ALTERNATIVE)).getItem(ENVELOPE.class);
        assertEquals("René Dupont", envelope.from[0].getPersonal());
        assertEquals("Doe, Jane", envelope.to[0].getPersonal());
        assertEquals("bob@example.com", envelope.to[1].getAddress());
    }

    @Test
    void clientSeesEmptyGroup() throws Exception {
        ENVELOPE envelope = fetched(parse(Messages.MIXED)).getItem(ENVELOPE.class);
        assertEquals(1, envelope.to.length);
        assertTrue(envelope.to[0].isGroup());
    }

    @Test
    void clientReadsAttachmentStructure() throws Exception {
        BODYSTRUCTURE structure = fetched(parse(Messages.MIXED)).getItem(BODYSTRUCTURE.class);
        assertTrue(structure.isMulti());
        assertEquals("MIXED", structure.subtype);
        assertEquals(2, structure.bodies.length);
        BODYSTRUCTURE attachment = structure.bodies[1];
        assertEquals("APPLICATION", attachment.type);
        assertEquals("ATTACHMENT", attachment.disposition);
        assertEquals("report.pdf", attachment.dParams.get("filename"));
        assertEquals(22, attachment.size);
        assertArrayEquals(new String[] {"en", "fr"}, attachment.language);
    }

    @Test
    void clientReadsNestedMessage() throws Exception {
        BODYSTRUCTURE structure = fetched(parse(Messages.NESTED)).getItem(BODYSTRUCTURE.class);
        BODYSTRUCTURE forwarded = structure.bodies[1];
        assertTrue(forwarded.isNested());
        assertEquals("Lunch", forwarded.envelope.subject);
        assertEquals(14, forwarded.lines);
        assertEquals("ALTERNATIVE", forwarded.bodies[0].subtype);
        assertEquals("HTML", forwarded.bodies[0].bodies[1].subtype);
    }

    @Test
    void clientReadsRawUtf8HeaderLiterals() throws Exception {
        ENVELOPE envelope = fetched(parse("Subject: Réunion à 10h\r\nFrom: Zoë <zoe@example.com>\r\n\r\nx"))
                .getItem(ENVELOPE.class);
        assertEquals("Réunion à 10h", envelope.subject);
        assertEquals("Zoë", envelope.from[0].getPersonal());
    }
}
