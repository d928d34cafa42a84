package org.bridgehead.imap.command;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.imap.server.ImapSession;
import org.bridgehead.imap.server.SessionState;

/** The CAPABILITY list, which depends on whether the client has logged in and on TLS. */
public final class Capabilities {

    private static final List<String> ALWAYS = List.of("IMAP4rev1", "LITERAL+", "ID", "ENABLE", "IDLE",
            "NAMESPACE", "UIDPLUS", "MOVE", "SPECIAL-USE", "UNSELECT", "CHILDREN", "LIST-EXTENDED", "LIST-STATUS",
            "MULTIAPPEND", "CONDSTORE", "STATUS=SIZE", "ESEARCH");
    private static final List<String> BEFORE_LOGIN = List.of("SASL-IR", "AUTH=PLAIN", "AUTH=LOGIN");

    private Capabilities() {
    }

    /** After login: STARTTLS and the login mechanisms are no longer valid. */
    public static List<String> authenticated() {
        return ALWAYS;
    }

    public static List<String> of(ImapSession session) {
        if (session.state() != SessionState.NOT_AUTHENTICATED) {
            return authenticated();
        }
        List<String> capabilities = new ArrayList<>(ALWAYS);
        if (session.tls().canStart()) {
            capabilities.add("STARTTLS");
        }
        if (session.tls().signInAllowed()) {
            capabilities.addAll(BEFORE_LOGIN);
        } else {
            // RFC 3501 6.2.3 and 7.2.1: no LOGIN, and no AUTH= mechanism offered, before TLS.
            capabilities.add("LOGINDISABLED");
        }
        return List.copyOf(capabilities);
    }
}
