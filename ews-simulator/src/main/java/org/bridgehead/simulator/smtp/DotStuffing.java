package org.bridgehead.simulator.smtp;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a message as SMTP DATA: CRLF line ends, a dot doubled at the start of a line, a final CRLF. */
final class DotStuffing {
    private DotStuffing() {
    }

    static void write(byte[] message, OutputStream out) throws IOException {
        boolean lineStart = true;
        for (int i = 0; i < message.length; i++) {
            byte b = message[i];
            if (lineStart && b == '.') {
                out.write('.');
            }
            if (b == '\n' && (i == 0 || message[i - 1] != '\r')) {
                out.write('\r'); // bare LF becomes CRLF
            }
            out.write(b);
            lineStart = b == '\n';
        }
        if (!lineStart) {
            out.write('\r');
            out.write('\n');
        }
    }
}
