package org.bridgehead.imap.protocol;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arguments of {@code SORT} / {@code UID SORT} (RFC 5256 3, RFC 5957):
 * {@code "(" sort-criterion *(SP sort-criterion) ")" SP charset 1*(SP search-key)}.
 *
 * @param criteria the sort keys, most significant first
 * @param key      which messages to sort
 */
public record SortRequest(List<Criterion> criteria, SearchKey key) {

    /** What messages are compared by. */
    public enum Key { ARRIVAL, CC, DATE, FROM, SIZE, SUBJECT, TO, DISPLAYFROM, DISPLAYTO }

    /** One sort key, in descending order when {@code reverse}. */
    public record Criterion(Key key, boolean reverse) {
    }

    public SortRequest {
        criteria = List.copyOf(criteria);
    }

    public static SortRequest parse(TokenCursor arguments) throws ImapSyntaxException, BadCharsetException {
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
        return new SortRequest(criteria, SearchRequest.criteria(arguments, charset));
    }
}
