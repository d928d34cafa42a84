package org.bridgehead.imap.mailbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.protocol.Flag;

/**
 * IMAP flags and the backend's flags: the system flags one to one, {@code $Forwarded} as
 * FORWARDED, every other keyword as an Exchange category.
 */
public final class FlagMapping {

    public static final Flag FORWARDED = new Flag("$Forwarded");

    private static final Map<SystemFlag, Flag> IMAP_OF = Map.of(
            SystemFlag.SEEN, Flag.SEEN,
            SystemFlag.ANSWERED, Flag.ANSWERED,
            SystemFlag.FLAGGED, Flag.FLAGGED,
            SystemFlag.DELETED, Flag.DELETED,
            SystemFlag.DRAFT, Flag.DRAFT,
            SystemFlag.FORWARDED, FORWARDED);

    private FlagMapping() {
    }

    /** The IMAP flags of a message, system flags first in a fixed order, then its keywords. */
    public static List<Flag> toImap(MessageFlags flags) {
        List<Flag> result = new ArrayList<>();
        for (SystemFlag flag : SystemFlag.values()) {
            if (flags.has(flag)) {
                result.add(IMAP_OF.get(flag));
            }
        }
        for (String keyword : flags.keywords()) {
            // A category such as "Red category" cannot be an IMAP atom; such categories stay invisible.
            if (isAtom(keyword)) {
                result.add(new Flag(keyword));
            }
        }
        return List.copyOf(result);
    }

    /** The backend flags for IMAP flags; unknown system flags (session-only in IMAP) are dropped. */
    public static MessageFlags toBackend(Collection<Flag> flags) {
        EnumSet<SystemFlag> system = EnumSet.noneOf(SystemFlag.class);
        Set<String> keywords = new LinkedHashSet<>();
        for (Flag flag : flags) {
            systemFlag(flag).ifPresentOrElse(system::add, () -> {
                if (!flag.isSystemFlag()) {
                    keywords.add(flag.name());
                }
            });
        }
        return new MessageFlags(system, keywords);
    }

    /** The flags after a STORE as the backend keeps them: the draft state stays what it was (see MailService). */
    public static MessageFlags keepDraft(MessageFlags before, MessageFlags after) {
        if (before.has(SystemFlag.DRAFT) == after.has(SystemFlag.DRAFT)) {
            return after;
        }
        EnumSet<SystemFlag> system = EnumSet.noneOf(SystemFlag.class);
        system.addAll(after.system());
        if (before.has(SystemFlag.DRAFT)) {
            system.add(SystemFlag.DRAFT);
        } else {
            system.remove(SystemFlag.DRAFT);
        }
        return new MessageFlags(system, after.keywords());
    }

    /** The backend system flag an IMAP flag stands for, if any. */
    public static Optional<SystemFlag> systemFlag(Flag flag) {
        if (flag.name().equalsIgnoreCase(FORWARDED.name())) {
            return Optional.of(SystemFlag.FORWARDED);
        }
        for (Map.Entry<SystemFlag, Flag> entry : IMAP_OF.entrySet()) {
            if (entry.getValue().name().equalsIgnoreCase(flag.name())) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether the message has the flag (a keyword compares case-insensitively, as IMAP servers do). */
    public static boolean has(MessageFlags flags, Flag flag) {
        var system = systemFlag(flag);
        if (system.isPresent()) {
            return flags.has(system.get());
        }
        String wanted = flag.name().toLowerCase(Locale.ROOT);
        return flags.keywords().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(wanted));
    }

    private static boolean isAtom(String keyword) {
        return !keyword.isEmpty() && !keyword.startsWith("\\")
                && keyword.chars().allMatch(c -> c > 0x20 && c < 0x7f && "(){%*\"\\]".indexOf(c) < 0);
    }
}
