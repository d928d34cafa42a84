package org.bridgehead.imap.mailbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.imap.protocol.Flag;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.ResponseStatus;
import org.bridgehead.imap.protocol.UntaggedResponse;

/**
 * The keywords a client has been told of in FLAGS (RFC 3501 7.2.6: a keyword may appear in a FETCH
 * only after a FLAGS response named it). Exchange keeps no list of a folder's keywords, so the
 * announced set is every keyword seen on a message since the mailbox was selected. Not thread-safe:
 * {@link SelectedMailbox} guards it.
 */
final class Keywords {

    /** The system flags FLAGS names; keywords follow. */
    private static final List<Flag> SYSTEM = List.of(Flag.ANSWERED, Flag.FLAGGED, Flag.DELETED, Flag.SEEN, Flag.DRAFT);
    /**
     * The system flags a client may change. \Draft is left out: the backend fixes it when a message
     * is appended and ignores later changes, so a client must not expect STORE to keep it.
     */
    private static final List<Flag> PERMANENT = List.of(Flag.ANSWERED, Flag.FLAGGED, Flag.DELETED, Flag.SEEN);

    /** Case-insensitive, as IMAP compares keywords; the first spelling seen is kept. */
    private final Map<String, Flag> announced = new TreeMap<>();

    /** Notes the message's keywords; true if one was new. */
    boolean learn(MessageFlags flags) {
        boolean learnt = false;
        for (Flag flag : FlagMapping.toImap(flags)) {
            if (!flag.isSystemFlag()) {
                learnt |= announced.putIfAbsent(flag.name().toLowerCase(Locale.ROOT), flag) == null;
            }
        }
        return learnt;
    }

    /** FLAGS and PERMANENTFLAGS naming the system flags and every keyword learnt. */
    List<UntaggedResponse> announce(boolean readOnly) {
        LinkedHashSet<Flag> flags = new LinkedHashSet<>(SYSTEM);
        flags.addAll(announced.values());
        List<Flag> permanent = new ArrayList<>();
        if (!readOnly) {
            permanent.addAll(PERMANENT);
            permanent.addAll(announced.values());
            permanent.add(Flag.ANY_KEYWORD);
        }
        return List.of(new UntaggedResponse.Flags(flags), new UntaggedResponse.Condition(ResponseStatus.OK,
                ResponseCode.permanentFlags(permanent), readOnly ? "Read-only mailbox" : "Flags permitted"));
    }
}
