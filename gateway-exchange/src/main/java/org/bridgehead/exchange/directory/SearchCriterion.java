package org.bridgehead.exchange.directory;

import java.util.Objects;

/**
 * One thing a person may match: a field, a way of comparing and a non-empty text, e.g. a name
 * containing "ali" or the address "bob@example.com".
 */
public record SearchCriterion(PersonField field, TextMatch match, String text) {

    public SearchCriterion {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a search criterion needs a text");
        }
    }

    public static SearchCriterion nameContains(String text) {
        return new SearchCriterion(PersonField.NAME, TextMatch.SUBSTRING, text);
    }

    public static SearchCriterion nameStartsWith(String text) {
        return new SearchCriterion(PersonField.NAME, TextMatch.PREFIX, text);
    }

    public static SearchCriterion emailContains(String text) {
        return new SearchCriterion(PersonField.EMAIL, TextMatch.SUBSTRING, text);
    }

    public static SearchCriterion emailStartsWith(String text) {
        return new SearchCriterion(PersonField.EMAIL, TextMatch.PREFIX, text);
    }

    public static SearchCriterion emailIs(String address) {
        return new SearchCriterion(PersonField.EMAIL, TextMatch.EXACT, address);
    }
}
