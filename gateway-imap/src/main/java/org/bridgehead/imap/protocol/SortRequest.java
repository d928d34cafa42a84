package org.bridgehead.imap.protocol;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The arguments of {@code SORT} / {@code UID SORT} (RFC 5256 3, RFC 5957):
 * {@code "(" sort-criterion *(SP sort-criterion) ")" SP charset 1*(SP search-key)}.
 *
 * With ESORT (RFC 5267) {@code RETURN (MIN MAX ALL COUNT SAVE)} may come first; the answer is then
 * ESEARCH, and SAVE keeps the result as {@code $} (RFC 5182).
 *
 * @param criteria the sort keys, most significant first
 * @param key      which messages to sort
 * @param returns  the ESORT return options, empty for a plain SORT; {@code RETURN ()} means ALL
 */
public record SortRequest(List<Criterion> criteria, SearchKey key, Set<SearchRequest.ReturnOption> returns) {

    /** What messages are compared by. */
    public enum Key { ARRIVAL, CC, DATE, FROM, SIZE, SUBJECT, TO, DISPLAYFROM, DISPLAYTO }

    /** One sort key, in descending order when {@code reverse}. */
    public record Criterion(Key key, boolean reverse) {
    }

    public SortRequest {
        criteria = List.copyOf(criteria);
        returns = Collections.unmodifiableSet(returns.isEmpty() ? EnumSet.noneOf(SearchRequest.ReturnOption.class)
                : EnumSet.copyOf(returns));
    }

    public static SortRequest parse(TokenCursor arguments) throws ImapSyntaxException, BadCharsetException {
        Set<SearchRequest.ReturnOption> returns = EnumSet.noneOf(SearchRequest.ReturnOption.class);
        if (arguments.nextIsAtom("RETURN")) {
            arguments.next();
            TokenCursor options = arguments.list();
            if (!options.hasNext()) {
                returns.add(SearchRequest.ReturnOption.ALL);
            }
            while (options.hasNext()) {
                String option = options.atom().toUpperCase(Locale.ROOT);
                try {
                    returns.add(SearchRequest.ReturnOption.valueOf(option));
                } catch (IllegalArgumentException e) {
                    throw new ImapSyntaxException("Unknown SORT return option " + option);
                }
            }
        }
        TokenCursor list = arguments.list();
        List<Criterion> criteria = new ArrayList<>();
        while (list.hasNext()) {
            boolean reverse = false;
            String word = list.atom().toUpperCase(Locale.ROOT);
            if (word.equals("REVERSE")) {
                reverse = true;
                word = list.atom().toUpperCase(Locale.ROOT);
            }
            try {
                criteria.add(new Criterion(Key.valueOf(word), reverse));
            } catch (IllegalArgumentException e) {
                throw new ImapSyntaxException("Unknown sort criterion " + word);
            }
        }
        if (criteria.isEmpty()) {
            throw new ImapSyntaxException("Empty sort criteria");
        }
        Charset charset = SearchRequest.charset(arguments.astring());
        return new SortRequest(criteria, SearchRequest.criteria(arguments, charset), returns);
    }
}
