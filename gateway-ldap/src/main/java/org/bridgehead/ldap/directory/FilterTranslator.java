package org.bridgehead.ldap.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.directory.api.ldap.model.filter.AndNode;
import org.apache.directory.api.ldap.model.filter.ApproximateNode;
import org.apache.directory.api.ldap.model.filter.EqualityNode;
import org.apache.directory.api.ldap.model.filter.ExprNode;
import org.apache.directory.api.ldap.model.filter.LeafNode;
import org.apache.directory.api.ldap.model.filter.OrNode;
import org.apache.directory.api.ldap.model.filter.SimpleNode;
import org.apache.directory.api.ldap.model.filter.SubstringNode;
import org.bridgehead.exchange.directory.PersonField;
import org.bridgehead.exchange.directory.SearchCriterion;
import org.bridgehead.exchange.directory.TextMatch;

/**
 * Turns a search filter into what to ask the backend: criteria whose matches include every entry
 * the filter can match, or everyone, or nothing at all. The filter itself is then applied to what
 * comes back ({@link FilterMatcher}), so this only has to be wide enough, and one backend search
 * serves a whole filter: Thunderbird's {@code (|(cn=*x*)(mail=*x*)(givenName=*x*)(sn=*x*))} is
 * "name or address contains x", one call.
 */
public final class FilterTranslator {

    /** What a filter asks of the backend. */
    public sealed interface Query {
    }

    /** Nothing can match (an unknown attribute, an empty value): the backend is not asked. */
    public record Nothing() implements Query {
    }

    /** The filter narrows nothing the backend can search by: the first page of everyone. */
    public record Everyone() implements Query {
    }

    /** People matching any of these criteria. */
    public record AnyOf(List<SearchCriterion> criteria) implements Query {
    }

    private static final Set<String> NAME_ATTRIBUTES = Set.of("cn", "displayName", "givenName", "sn",
            "mozillaNickname", "fileAs");
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("mail", "mozillaSecondEmail");

    private FilterTranslator() {
    }

    public static Query translate(ExprNode node) {
        if (node instanceof AndNode and) {
            return and(and.getChildren());
        }
        if (node instanceof OrNode or) {
            return or(or.getChildren());
        }
        if (node instanceof LeafNode leaf) {
            return leaf(leaf);
        }
        return new Everyone();
    }

    private static Query and(List<ExprNode> children) {
        List<AnyOf> searchable = new ArrayList<>();
        for (ExprNode child : children) {
            Query q = translate(child);
            if (q instanceof Nothing) {
                return q;
            }
            if (q instanceof AnyOf anyOf) {
                searchable.add(anyOf);
            }
        }
        // Any one searchable part is wide enough for the whole AND; the narrowest serves best.
        return searchable.stream().min(Comparator.comparingInt(FilterTranslator::width)).<Query>map(q -> q)
                .orElse(new Everyone());
    }

    private static Query or(List<ExprNode> children) {
        Set<SearchCriterion> criteria = new LinkedHashSet<>();
        boolean any = false;
        for (ExprNode child : children) {
            Query q = translate(child);
            if (q instanceof Everyone) {
                return q;
            }
            if (q instanceof AnyOf anyOf) {
                criteria.addAll(anyOf.criteria());
                any = true;
            }
        }
        return any ? new AnyOf(List.copyOf(criteria)) : new Nothing();
    }

    private static Query leaf(LeafNode leaf) {
        Optional<String> attribute = LdapSchema.canonical(leaf.getAttribute());
        if (attribute.isEmpty()) {
            return new Nothing();
        }
        String name = attribute.get();
        boolean isName = NAME_ATTRIBUTES.contains(name);
        boolean isAddress = ADDRESS_ATTRIBUTES.contains(name);
        boolean isUid = name.equals("uid");
        if (!isName && !isAddress && !isUid) {
            return new Everyone();
        }
        Optional<SearchCriterion> criterion = criterion(leaf, isName ? PersonField.NAME : PersonField.EMAIL, isUid);
        boolean matchesOnlyItsText = leaf instanceof EqualityNode<?> || leaf instanceof ApproximateNode<?>;
        return criterion.<Query>map(c -> new AnyOf(List.of(c)))
                .orElseGet(() -> matchesOnlyItsText ? new Nothing() : new Everyone());
    }

    /** Empty for an assertion that has no text to search by (presence, a lone "*"). */
    private static Optional<SearchCriterion> criterion(LeafNode leaf, PersonField field, boolean uid) {
        if (leaf instanceof SubstringNode substring) {
            if (substring.getInitial() != null && !substring.getInitial().isBlank()) {
                return Optional.of(new SearchCriterion(field, TextMatch.PREFIX, substring.getInitial()));
            }
            List<String> pieces = new ArrayList<>();
            if (substring.getAny() != null) {
                pieces.addAll(substring.getAny());
            }
            if (substring.getFinal() != null) {
                pieces.add(substring.getFinal());
            }
            return pieces.stream().filter(p -> !p.isBlank()).max(Comparator.comparingInt(String::length))
                    .map(p -> new SearchCriterion(field, TextMatch.SUBSTRING, p));
        }
        if (leaf instanceof SimpleNode<?> simple && simple.getValue() != null) {
            String text = simple.getValue().getString();
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            if (uid) {
                // uid is an address's local part: the address starts with it and an '@'
                return Optional.of(text.contains("@")
                        ? new SearchCriterion(field, TextMatch.EXACT, text)
                        : new SearchCriterion(field, TextMatch.PREFIX, text + "@"));
            }
            boolean equality = leaf instanceof EqualityNode<?>;
            if (equality && field == PersonField.EMAIL) {
                return Optional.of(new SearchCriterion(field, TextMatch.EXACT, text));
            }
            if (equality || leaf instanceof ApproximateNode<?>) {
                return Optional.of(new SearchCriterion(field, TextMatch.SUBSTRING, text));
            }
        }
        return Optional.empty();
    }

    /**
     * How many people a query may match, roughly, and how well the backend can search it: an exact
     * address matches one, the start of a word is what backends search by, a text inside an
     * address (such as "@example.com") they can hardly search at all; longer texts match fewer.
     */
    private static int width(AnyOf query) {
        return query.criteria().stream().mapToInt(c -> {
            int kind = switch (c.match()) {
                case EXACT -> 0;
                case PREFIX -> 1;
                case SUBSTRING -> c.field() == PersonField.NAME ? 2 : 3;
            };
            return kind * 1000 - Math.min(c.text().length(), 999);
        }).max().orElse(0) * 10 + query.criteria().size();
    }
}
