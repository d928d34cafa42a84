package org.bridgehead.imap.protocol.mime;

import java.nio.charset.StandardCharsets;

import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.ImapWriter;

/** Realistic test messages, and rendering of response values. */
final class Messages {

    /** The message behind the RFC 3501 section 8 example (single text part). */
    static final String RFC3501 = "Date: Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\r\n"
            + "From: Terry Gray <gray@cac.washington.edu>\r\n"
            + "Subject: IMAP4rev1 WG mtg summary and minutes\r\n"
            + "To: imap@cac.washington.edu\r\n"
            + "cc: minutes@CNRI.Reston.VA.US, John Klensin <KLENSIN@MIT.EDU>\r\n"
            + "Message-Id: <B27397-0100000@cac.washington.edu>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: TEXT/PLAIN; CHARSET=US-ASCII\r\n"
            + "\r\n"
            + "Hello Joe, do you think we can meet at 3:30 tomorrow?\r\n";

    static final String ALTERNATIVE = "From: =?UTF-8?Q?Ren=C3=A9_Dupont?= <rene@example.fr>\r\n"
            + "To: \"Doe, Jane\" <jane@example.com>, bob@example.com\r\n"
            + "Subject: =?UTF-8?B?UsOpdW5pb24=?=\r\n"
            + "Date: Mon, 1 Jan 2024 10:00:00 +0100\r\n"
            + "Message-ID: <alt-1@example.fr>\r\n"
            + "In-Reply-To: <prev@example.com>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n"
            + "\r\n"
            + "This is a multi-part message.\r\n"
            + "--b1\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n"
            + "\r\n"
            + "R=C3=A9union demain\r\n"
            + "--b1\r\n"
            + "Content-Type: text/html; charset=utf-8\r\n"
            + "\r\n"
            + "<p>Réunion demain</p>\r\n"
            + "--b1--\r\n";

    static final String MIXED = "From: alice@example.com\r\n"
            + "To: undisclosed-recipients:;\r\n"
            + "Subject: Report\r\n"
            + " with a folded subject\r\n"
            + "Content-Type: multipart/mixed;\r\n"
            + "\tboundary=\"----=_Part_0\"\r\n"
            + "\r\n"
            + "------=_Part_0\r\n"
            + "Content-Type: text/plain\r\n"
            + "\r\n"
            + "See attached.\r\n"
            + "Two lines.\r\n"
            + "------=_Part_0\r\n"
            + "Content-Type: application/pdf; name=\"report.pdf\"\r\n"
            + "Content-Disposition: attachment; filename=\"report.pdf\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "Content-ID: <pdf1@example.com>\r\n"
            + "Content-Description: Quarterly report\r\n"
            + "Content-Language: en, fr\r\n"
            + "\r\n"
            + "JVBERi0xLjQK\r\n"
            + "JSVFT0YK\r\n"
            + "------=_Part_0--\r\n"
            + "Epilogue\r\n";

    static final String NESTED = "From: bob@example.com\r\n"
            + "To: carol@example.com\r\n"
            + "Subject: Fwd: Lunch\r\n"
            + "Content-Type: multipart/mixed; boundary=outer\r\n"
            + "\r\n"
            + "--outer\r\n"
            + "Content-Type: text/plain; charset=us-ascii\r\n"
            + "\r\n"
            + "See below.\r\n"
            + "--outer\r\n"
            + "Content-Type: message/rfc822\r\n"
            + "\r\n"
            + "From: dave@example.com\r\n"
            + "To: bob@example.com\r\n"
            + "Subject: Lunch\r\n"
            + "Message-ID: <lunch@example.com>\r\n"
            + "Content-Type: multipart/alternative; boundary=inner\r\n"
            + "\r\n"
            + "--inner\r\n"
            + "Content-Type: text/plain\r\n"
            + "\r\n"
            + "Noon?\r\n"
            + "--inner\r\n"
            + "Content-Type: text/html\r\n"
            + "\r\n"
            + "<b>Noon?</b>\r\n"
            + "--inner--\r\n"
            + "--outer--\r\n";

    private Messages() {
    }

    static ParsedMessage parse(String message) {
        return ParsedMessage.parse(message.getBytes(StandardCharsets.UTF_8));
    }

    static String render(ImapValue value) {
        return new String(ImapWriter.render(value), StandardCharsets.UTF_8);
    }
}
