package org.bridgehead.exchange.mail;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A message's flags: system flags and keywords (Exchange categories).
 *
 * @param system   the system flags set
 * @param keywords keywords in the order Exchange lists the categories
 */
public record MessageFlags(Set<SystemFlag> system, Set<String> keywords) {

    public static final MessageFlags NONE = new MessageFlags(Set.of(), Set.of());

    public MessageFlags {
        system = system.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(system));
        keywords = Set.copyOf(new LinkedHashSet<>(keywords));
    }

    public static MessageFlags of(SystemFlag... flags) {
        return new MessageFlags(flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags), Set.of());
    }

    public boolean has(SystemFlag flag) {
        return system.contains(flag);
    }

    /** The flags after applying a change. */
    public MessageFlags apply(FlagChange change) {
        EnumSet<SystemFlag> s = system.isEmpty() ? EnumSet.noneOf(SystemFlag.class) : EnumSet.copyOf(system);
        Set<String> k = new LinkedHashSet<>(keywords);
        switch (change.mode()) {
            case ADD -> {
                s.addAll(change.flags().system());
                k.addAll(change.flags().keywords());
            }
            case REMOVE -> {
                s.removeAll(change.flags().system());
                k.removeAll(change.flags().keywords());
            }
            case REPLACE -> {
                return change.flags();
            }
        }
        return new MessageFlags(s, k);
    }
}
