package org.bridgehead.exchange.directory;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Decides whether a person matches a criterion: the one definition every backend filters by. */
public final class PersonMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private PersonMatcher() {
    }

    public static boolean matchesAny(Person person, List<SearchCriterion> criteria) {
        return criteria.stream().anyMatch(c -> matches(person, c));
    }

    public static boolean matches(Person person, SearchCriterion criterion) {
        String text = fold(criterion.text());
        return values(person, criterion.field()).map(PersonMatcher::fold)
                .anyMatch(value -> switch (criterion.match()) {
                    case EXACT -> value.equals(text);
                    case PREFIX -> value.startsWith(text);
                    case SUBSTRING -> value.contains(text);
                });
    }

    /** Lower case without accents, so that "zoe" finds "Zoë". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Stream<String> values(Person person, PersonField field) {
        Stream<String> values = switch (field) {
            case NAME -> Stream.of(person.displayName(), person.givenName(), person.surname(), person.nickname());
            case EMAIL -> person.emailAddresses().stream();
        };
        return values.filter(v -> v != null && !v.isEmpty());
    }
}
