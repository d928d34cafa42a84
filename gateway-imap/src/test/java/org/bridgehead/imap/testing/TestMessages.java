package org.bridgehead.imap.testing;

/** Messages the IMAP tests deliver. */
public final class TestMessages {

    private TestMessages() {
    }

    /** A plain text message with the given subject. */
    public static String plain(String subject, String body) {
        return "Date: Fri, 1 Mar 2024 10:00:00 +0000\r\n"
                + "From: Bob <bob@example.com>\r\n"
                + "To: Alice <alice@example.com>\r\n"
                + "Subject: " + subject + "\r\n"
                + "Message-ID: <" + Math.abs(subject.hashCode()) + "@example.com>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n"
                + "\r\n"
                + body + "\r\n";
    }

    /** A two-part message: text and a small attachment. */
    public static final String WITH_ATTACHMENT = "Date: Sat, 2 Mar 2024 09:30:00 +0100\r\n"
            + "From: carol@example.com\r\n"
            + "To: alice@example.com\r\n"
            + "Subject: Report attached\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"xyz\"\r\n"
            + "\r\n"
            + "--xyz\r\n"
            + "Content-Type: text/plain; charset=us-ascii\r\n"
            + "\r\n"
            + "See the report.\r\n"
            + "--xyz\r\n"
            + "Content-Type: application/octet-stream; name=\"r.bin\"\r\n"
            + "Content-Disposition: attachment; filename=\"r.bin\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "\r\n"
            + "AAECAwQ=\r\n"
            + "--xyz--\r\n";
}
