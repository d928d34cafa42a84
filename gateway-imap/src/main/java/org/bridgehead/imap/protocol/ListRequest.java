package org.bridgehead.imap.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The arguments of {@code LIST}, including the LIST-EXTENDED forms (RFC 5258):
 * {@code LIST [(selection options)] reference (pattern / (patterns)) [RETURN (options)]}.
 * Names are decoded from modified UTF-7. A pattern that is not valid modified UTF-7 can match no
 * mailbox name (all of which are), so it is left out: the answer is empty, not an error, as
 * Dovecot has it.
 *
 * @param selection   selection options, empty for a basic LIST
 * @param reference   the reference name
 * @param patterns    the patterns that can match a name; empty when none can
 * @param returns     return options
 * @param statusItems the items of {@code RETURN (STATUS (...))} (RFC 5819), empty otherwise
 * @param extended    written in an extended form: selection options, a pattern list or RETURN
 */
public record ListRequest(Set<Selection> selection, String reference, List<String> patterns,
                          Set<ReturnOption> returns, Set<StatusItem> statusItems, boolean extended) {

    /** LIST-EXTENDED selection options. */
    public enum Selection { SUBSCRIBED, REMOTE, RECURSIVEMATCH, SPECIAL_USE }

    /** LIST-EXTENDED return options. */
    public enum ReturnOption { SUBSCRIBED, CHILDREN, SPECIAL_USE, STATUS }

    public ListRequest {
        selection = Collections.unmodifiableSet(withType(selection, Selection.class));
        patterns = List.copyOf(patterns);
        returns = Collections.unmodifiableSet(withType(returns, ReturnOption.class));
        statusItems = Collections.unmodifiableSet(withType(statusItems, StatusItem.class));
    }

    public static ListRequest parse(TokenCursor arguments) throws ImapSyntaxException {
        Set<Selection> selection = EnumSet.noneOf(Selection.class);
        boolean extended = false;
        if (arguments.nextIsList()) {
            extended = true;
            TokenCursor options = arguments.list();
            while (options.hasNext()) {
                selection.add(option(options.atom(), Selection.class));
            }
            if (selection.contains(Selection.RECURSIVEMATCH) && selection.size() == 1) {
                throw new ImapSyntaxException("RECURSIVEMATCH needs another selection option");
            }
        }
        String reference = ModifiedUtf7.decode(arguments.astring());
        List<String> patterns = new ArrayList<>();
        if (arguments.nextIsList()) {
            extended = true;
            TokenCursor list = arguments.list();
            if (!list.hasNext()) {
                throw new ImapSyntaxException("Empty LIST pattern list");
            }
            while (list.hasNext()) {
                addPattern(list.astring(), patterns);
            }
        } else {
            addPattern(arguments.astring(), patterns);
        }
        Set<ReturnOption> returns = EnumSet.noneOf(ReturnOption.class);
        Set<StatusItem> statusItems = EnumSet.noneOf(StatusItem.class);
        if (arguments.nextIsAtom("RETURN")) {
            extended = true;
            arguments.next();
            TokenCursor options = arguments.list();
            while (options.hasNext()) {
                ReturnOption option = option(options.atom(), ReturnOption.class);
                returns.add(option);
                if (option == ReturnOption.STATUS) {
                    statusItems.addAll(StatusItem.parseList(options.list()));
                }
            }
        }
        arguments.end();
        return new ListRequest(selection, reference, patterns, returns, statusItems, extended);
    }

    private static void addPattern(String wire, List<String> patterns) {
        try {
            patterns.add(ModifiedUtf7.decode(wire));
        } catch (ImapSyntaxException notModifiedUtf7) {
            // Matches nothing; see the class comment.
        }
    }

    /** {@code LIST "" ""}: the client asks only for the hierarchy delimiter. */
    public boolean asksForDelimiter() {
        return selection.isEmpty() && patterns.size() == 1 && patterns.get(0).isEmpty();
    }

    /** The patterns combined with the reference. */
    public List<ListPattern> compiledPatterns() {
        return patterns.stream().map(p -> ListPattern.of(reference, p, MailboxName.DELIMITER)).toList();
    }

    private static <E extends Enum<E>> E option(String word, Class<E> type) throws ImapSyntaxException {
        String name = word.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new ImapSyntaxException("Unknown LIST option " + word);
    }

    private static <E extends Enum<E>> Set<E> withType(Set<E> values, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return copy;
    }
}
