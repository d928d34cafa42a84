package org.bridgehead.imap.protocol;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Reads command arguments from wire text, the way the server will. */
final class Commands {

    private Commands() {
    }

    /** The arguments of {@code T1 X <arguments>}; the line end is added. */
    static TokenCursor arguments(String arguments) throws Exception {
        return arguments(("T1 X " + arguments + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static TokenCursor arguments(byte[] wire) throws Exception {
        ImapReader reader = new ImapReader(new ByteArrayInputStream(wire), ImapReaderLimits.defaults(), () -> { });
        return reader.readCommand().orElseThrow().cursor();
    }
}
