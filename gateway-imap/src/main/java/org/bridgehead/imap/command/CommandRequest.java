package org.bridgehead.imap.command;

import java.util.Set;
import org.bridgehead.imap.protocol.TokenCursor;

/**
 * A command on its way to its handler.
 *
 * @param tag       the client's tag
 * @param name      the command name, upper case ({@code FETCH} for {@code UID FETCH})
 * @param arguments the arguments after the name (after the sub-command for UID commands)
 * @param byUid     whether the command came as {@code UID name}
 */
public record CommandRequest(String tag, String name, TokenCursor arguments, boolean byUid) {

    /** RFC 3501 7.4.1: no EXPUNGE response while answering FETCH, STORE or SEARCH (their UID forms may). */
    private static final Set<String> NO_EXPUNGE_DURING = Set.of("FETCH", "STORE", "SEARCH", "SORT", "THREAD");

    /** Whether EXPUNGE responses may be sent while this command runs and before it completes. */
    public boolean allowsExpungeResponses() {
        return byUid || !NO_EXPUNGE_DURING.contains(name);
    }
}
