package org.bridgehead.simulator.ews;

import java.nio.charset.StandardCharsets;

/** Small MIME messages for tests. */
final class TestMessages {
    private TestMessages() {
    }

    static byte[] plain(String from, String to, String subject, String body) {
        return ("From: " + from + "\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Mon, 2 Mar 2026 10:15:00 +0100\r\n"
                + "Message-ID: <" + Integer.toHexString(subject.hashCode()) + "." + System.nanoTime() + "@example.com>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + body + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withAttachment(String from, String to, String subject) {
        return ("From: " + from + "\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Tue, 3 Mar 2026 09:00:00 +0000\r\n"
                + "Message-ID: <att." + System.nanoTime() + "@example.com>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
                + "\r\n"
                + "--b1\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n"
                + "\r\n"
                + "See the attached notes.\r\n"
                + "--b1\r\n"
                + "Content-Type: text/plain; name=\"notes.txt\"\r\n"
                + "Content-Disposition: attachment; filename=\"notes.txt\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + "aGVsbG8gbm90ZXM=\r\n"
                + "--b1--\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
