package org.bridgehead.imap.protocol.mime;

import static org.bridgehead.imap.protocol.mime.Messages.parse;
import static org.bridgehead.imap.protocol.mime.Messages.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EnvelopeTest {

    private static String envelope(String message) {
        return render(parse(message).envelope().toImapValue());
    }

    @Test
    void rfc3501ExampleEnvelope() {
        // RFC 3501 section 8, "* 12 FETCH (... ENVELOPE (...))", with our message's Message-Id.
        assertEquals("(\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and minutes\" "
                + "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
                + "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
                + "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
                + "((NIL NIL \"imap\" \"cac.washington.edu\")) "
                + "((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) "
                + "NIL NIL \"<B27397-0100000@cac.washington.edu>\")", envelope(Messages.RFC3501));
    }

    @Test
    void encodedWordsPassThroughAndQuotedNamesLoseTheirQuotes() {
        assertEquals("(\"Mon, 1 Jan 2024 10:00:00 +0100\" \"=?UTF-8?B?UsOpdW5pb24=?=\" "
                + "((\"=?UTF-8?Q?Ren=C3=A9_Dupont?=\" NIL \"rene\" \"example.fr\")) "
                + "((\"=?UTF-8?Q?Ren=C3=A9_Dupont?=\" NIL \"rene\" \"example.fr\")) "
                + "((\"=?UTF-8?Q?Ren=C3=A9_Dupont?=\" NIL \"rene\" \"example.fr\")) "
                + "((\"Doe, Jane\" NIL \"jane\" \"example.com\")(NIL NIL \"bob\" \"example.com\")) "
                + "NIL NIL \"<prev@example.com>\" \"<alt-1@example.fr>\")", envelope(Messages.ALTERNATIVE));
    }

    @Test
    void foldedSubjectIsUnfoldedAndEmptyGroupHasMarkers() {
        assertEquals("(NIL \"Report with a folded subject\" "
                + "((NIL NIL \"alice\" \"example.com\")) ((NIL NIL \"alice\" \"example.com\")) "
                + "((NIL NIL \"alice\" \"example.com\")) "
                + "((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) NIL NIL NIL NIL)",
                envelope(Messages.MIXED));
    }

    @Test
    void groupWithMembersAndExplicitSenderAndReplyTo() {
        String message = "From: a@x.org\r\nSender: s@x.org\r\nReply-To: r@x.org\r\n"
                + "To: Team: one@x.org, \"Two\" <two@x.org>;, three@x.org\r\n\r\n";
        assertEquals("(NIL NIL ((NIL NIL \"a\" \"x.org\")) ((NIL NIL \"s\" \"x.org\")) ((NIL NIL \"r\" \"x.org\")) "
                + "((NIL NIL \"Team\" NIL)(NIL NIL \"one\" \"x.org\")(\"Two\" NIL \"two\" \"x.org\")(NIL NIL NIL NIL)"
                + "(NIL NIL \"three\" \"x.org\")) NIL NIL NIL NIL)", envelope(message));
    }

    @Test
    void emptySenderFallsBackToFrom() {
        Envelope envelope = parse("From: a@x.org\r\nSender:\r\nReply-To:   \r\n\r\n").envelope();
        assertEquals(envelope.from(), envelope.sender());
        assertEquals(envelope.from(), envelope.replyTo());
    }

    @Test
    void sourceRouteCommentsAndDottedNames() {
        List<Address> addresses = AddressParser.parse(
                "John Q. Public <@relay1,@relay2:jqp@example.com>, x@y.com (Comment), \"a\\\"b\" <ab@c.d>");
        assertEquals(List.of(
                new Address(Optional.of("John Q. Public"), Optional.of("@relay1,@relay2"), Optional.of("jqp"),
                        Optional.of("example.com")),
                new Address(Optional.empty(), Optional.empty(), Optional.of("x"), Optional.of("y.com")),
                new Address(Optional.of("a\"b"), Optional.empty(), Optional.of("ab"), Optional.of("c.d"))), addresses);
        assertEquals("(NIL NIL NIL NIL NIL ((\"a\\\"b\" NIL \"ab\" \"c.d\")) NIL NIL NIL NIL)",
                envelope("To: \"a\\\"b\" <ab@c.d>\r\n\r\n"));
    }

    @Test
    void rawUtf8HeadersBecomeLiterals() {
        String rendered = envelope("Subject: Réunion à 10h\r\nFrom: Zoë <zoe@example.com>\r\n\r\nx");
        assertEquals("(NIL {15}\r\nRéunion à 10h (({4}\r\nZoë NIL \"zoe\" \"example.com\")) "
                + "(({4}\r\nZoë NIL \"zoe\" \"example.com\")) (({4}\r\nZoë NIL \"zoe\" \"example.com\")) "
                + "NIL NIL NIL NIL NIL)", rendered);
    }

    @Test
    void malformedAddressesNeverThrowAndMissingPartsArePlaceholders() {
        assertEquals(List.of(new Address(Optional.empty(), Optional.empty(), Optional.of("undisclosed"),
                Optional.of(Address.MISSING_DOMAIN))), AddressParser.parse("undisclosed"));
        for (String broken : List.of("<<>>@@,", "\"unterminated", "(unclosed comment", "a@", "@b", ";;;:::",
                "<a@b", "Name <>", "\u0000\u0001", ",,,", "x <y@z> > <")) {
            AddressParser.parse(broken);
        }
        assertEquals(List.of(new Address(Optional.of("Name"), Optional.empty(), Optional.of(Address.MISSING_MAILBOX),
                Optional.of(Address.MISSING_DOMAIN))), AddressParser.parse("Name <>"));
    }
}
