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
 * Names are decoded from modified UTF-7.
 *
 * @param selection   selection options, empty for a basic LIST
 * @param reference   the reference name
 * @param patterns    one or more patterns
 * @param returns     return options
 * @param statusItems the items of {@code RETURN (STATUS (...))} (RFC 5819), empty otherwise
 */
public record ListRequest(Set<Selection> selection, String reference, List<String> patterns,
                          Set<ReturnOption> returns, Set<StatusItem> statusItems) {

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
        if (arguments.nextIsList()) {
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
            TokenCursor list = arguments.list();
            while (list.hasNext()) {
                patterns.add(ModifiedUtf7.decode(list.astring()));
            }
            if (patterns.isEmpty()) {
                throw new ImapSyntaxException("Empty LIST pattern list");
            }
        } else {
            patterns.add(ModifiedUtf7.decode(arguments.astring()));
        }
        Set<ReturnOption> returns = EnumSet.noneOf(ReturnOption.class);
        Set<StatusItem> statusItems = EnumSet.noneOf(StatusItem.class);
        if (arguments.nextIsAtom("RETURN")) {
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
        return new ListRequest(selection, reference, patterns, returns, statusItems);
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
