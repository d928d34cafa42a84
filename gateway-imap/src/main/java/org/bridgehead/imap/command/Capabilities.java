package org.bridgehead.imap.command;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.imap.server.SessionState;

/** The CAPABILITY list, which depends on whether the client has logged in. */
public final class Capabilities {

    private static final List<String> ALWAYS = List.of("IMAP4rev1", "LITERAL+", "ID", "ENABLE", "IDLE",
            "NAMESPACE", "UIDPLUS", "MOVE", "SPECIAL-USE", "UNSELECT", "CHILDREN", "LIST-EXTENDED", "LIST-STATUS",
            "MULTIAPPEND", "CONDSTORE", "QRESYNC", "STATUS=SIZE", "ESEARCH");
    private static final List<String> BEFORE_LOGIN = List.of("SASL-IR", "AUTH=PLAIN", "AUTH=LOGIN");

    private Capabilities() {
    }

    public static List<String> of(SessionState state) {
        List<String> capabilities = new ArrayList<>(ALWAYS);
        if (state == SessionState.NOT_AUTHENTICATED) {
            capabilities.addAll(BEFORE_LOGIN);
        }
        return List.copyOf(capabilities);
    }
}
