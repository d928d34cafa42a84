package org.bridgehead.imap.differential;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A scripted IMAP session, one command a line, run alike against both servers.
 *
 * <pre>
 * # comment
 * SELECT ${folder}                 the session's own folder, filled with the test messages
 * UID FETCH ${u3} FLAGS            ${uN}: this server's UID of the N-th message
 * &#64;2 NOOP                          on the session's second connection (opened and logged in on first use)
 * APPEND ${folder} {msg:2}         {msg:N}: the N-th test message as a literal; {raw:text} a literal of text
 * ! differs: reason                the next command's answers may differ, for the reason given
 * </pre>
 * Other substitutions: ${uidvalidity}, ${hms} (the last HIGHESTMODSEQ this connection was told).
 */
record SessionScript(String name, List<Step> steps) {

    /** One command; {@code knownDifference} is null unless the script expects the answers to differ. */
    record Step(int connection, String command, String knownDifference) {
    }

    static SessionScript load(String name) throws IOException {
        String text;
        try (InputStream in = SessionScript.class.getResourceAsStream("/differential/" + name + ".session")) {
            if (in == null) {
                throw new IOException("no session " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Step> steps = new ArrayList<>();
        String known = null;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("! differs:")) {
                known = trimmed.substring("! differs:".length()).strip();
                continue;
            }
            int connection = 1;
            if (trimmed.startsWith("@")) {
                int space = trimmed.indexOf(' ');
                connection = Integer.parseInt(trimmed.substring(1, space));
                trimmed = trimmed.substring(space + 1);
            }
            steps.add(new Step(connection, trimmed, known));
            known = null;
        }
        return new SessionScript(name, List.copyOf(steps));
    }
}
