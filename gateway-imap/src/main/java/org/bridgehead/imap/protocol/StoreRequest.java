package org.bridgehead.imap.protocol;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The arguments of {@code STORE} / {@code UID STORE}:
 * {@code sequence-set SP ["(" "UNCHANGEDSINCE" SP mod-sequence-valzer ")" SP] ["+" / "-"] "FLAGS" [".SILENT"]
 * SP (flag-list / (flag *(SP flag)))}.
 *
 * @param sequenceSet    the messages (UIDs when {@code byUid})
 * @param mode           add, remove or replace
 * @param silent         .SILENT: no untagged FETCH with the new flags
 * @param flags          the flags named, in client order
 * @param byUid          whether this was {@code UID STORE}
 * @param unchangedSince the UNCHANGEDSINCE modifier (RFC 7162 3.1.3): change only messages whose
 *                       modSeq is at most this
 */
public record StoreRequest(SequenceSet sequenceSet, Mode mode, boolean silent, Set<Flag> flags, boolean byUid,
                           OptionalLong unchangedSince) {

    /** How the flags change. */
    public enum Mode {
        /** {@code +FLAGS}. */
        ADD,
        /** {@code -FLAGS}. */
        REMOVE,
        /** {@code FLAGS}. */
        REPLACE
    }

    public StoreRequest {
        flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
    }

    public static StoreRequest parse(TokenCursor arguments, boolean byUid) throws ImapSyntaxException {
        SequenceSet set = SequenceSet.parse(arguments.atom());
        OptionalLong unchangedSince = OptionalLong.empty();
        if (arguments.nextIsList()) {
            TokenCursor modifiers = arguments.list();
            if (!modifiers.nextIsAtom("UNCHANGEDSINCE")) {
                throw new ImapSyntaxException("Unknown STORE modifier");
            }
            modifiers.next();
            unchangedSince = OptionalLong.of(FetchRequest.modSequence(modifiers.atom()));
            modifiers.end();
        }
        String item = arguments.atom().toUpperCase(Locale.ROOT);
        Mode mode = item.startsWith("+") ? Mode.ADD : item.startsWith("-") ? Mode.REMOVE : Mode.REPLACE;
        String rest = mode == Mode.REPLACE ? item : item.substring(1);
        boolean silent = rest.equals("FLAGS.SILENT");
        if (!silent && !rest.equals("FLAGS")) {
            throw new ImapSyntaxException("Invalid STORE item " + item);
        }
        Set<Flag> flags;
        if (arguments.nextIsList()) {
            flags = Flag.parseList(arguments.list());
            arguments.end();
        } else {
            // Flags without parentheses are allowed (RFC 3501 store-att-flags).
            Set<Flag> bare = new LinkedHashSet<>();
            do {
                bare.add(Flag.parse(arguments.atom()));
            } while (arguments.hasNext());
            flags = bare;
        }
        return new StoreRequest(set, mode, silent, flags, byUid, unchangedSince);
    }
}
