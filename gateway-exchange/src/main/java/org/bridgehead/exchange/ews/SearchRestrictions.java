package org.bridgehead.exchange.ews;

import java.util.Date;
import java.util.Locale;
import microsoft.exchange.webservices.data.core.enumeration.search.ComparisonMode;
import microsoft.exchange.webservices.data.core.enumeration.search.ContainmentMode;
import microsoft.exchange.webservices.data.core.enumeration.search.LogicalOperator;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import microsoft.exchange.webservices.data.property.definition.PropertyDefinitionBase;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.bridgehead.exchange.mail.MailSearch;

/**
 * Search criteria as an EWS restriction. Address headers are matched against the display and
 * address properties Exchange keeps for them; any other header against the transport headers.
 */
final class SearchRestrictions {

    /** PR_SENDER_NAME and PR_SENDER_EMAIL_ADDRESS. */
    private static final ExtendedPropertyDefinition SENDER_NAME = tag(0x0C1A);
    private static final ExtendedPropertyDefinition SENDER_ADDRESS = tag(0x0C1F);
    /** PR_DISPLAY_TO, PR_DISPLAY_CC, PR_DISPLAY_BCC. */
    private static final ExtendedPropertyDefinition DISPLAY_TO = tag(0x0E04);
    private static final ExtendedPropertyDefinition DISPLAY_CC = tag(0x0E03);
    private static final ExtendedPropertyDefinition DISPLAY_BCC = tag(0x0E02);
    /** PR_TRANSPORT_MESSAGE_HEADERS. */
    private static final ExtendedPropertyDefinition HEADERS = tag(0x007D);

    private SearchRestrictions() {
    }

    static SearchFilter of(MailSearch criteria) {
        if (criteria instanceof MailSearch.HeaderContains h) {
            return header(h.field(), h.text());
        } else if (criteria instanceof MailSearch.BodyContains b) {
            return contains(ItemSchema.Body, b.text());
        } else if (criteria instanceof MailSearch.TextContains t) {
            return any(contains(ItemSchema.Subject, t.text()), contains(ItemSchema.Body, t.text()),
                    contains(HEADERS, t.text()));
        } else if (criteria instanceof MailSearch.ReceivedSince r) {
            return new SearchFilter.IsGreaterThanOrEqualTo(ItemSchema.DateTimeReceived, Date.from(r.instant()));
        } else if (criteria instanceof MailSearch.ReceivedBefore r) {
            return new SearchFilter.IsLessThan(ItemSchema.DateTimeReceived, Date.from(r.instant()));
        } else if (criteria instanceof MailSearch.SentSince s) {
            return new SearchFilter.IsGreaterThanOrEqualTo(ItemSchema.DateTimeSent, Date.from(s.instant()));
        } else if (criteria instanceof MailSearch.SentBefore s) {
            return new SearchFilter.IsLessThan(ItemSchema.DateTimeSent, Date.from(s.instant()));
        } else if (criteria instanceof MailSearch.LargerThan l) {
            return new SearchFilter.IsGreaterThan(ItemSchema.Size, l.bytes());
        } else if (criteria instanceof MailSearch.SmallerThan s) {
            return new SearchFilter.IsLessThan(ItemSchema.Size, s.bytes());
        } else if (criteria instanceof MailSearch.And and) {
            return collection(LogicalOperator.And, and.all().stream().map(SearchRestrictions::of)
                    .toArray(SearchFilter[]::new));
        } else if (criteria instanceof MailSearch.Or or) {
            return collection(LogicalOperator.Or, or.any().stream().map(SearchRestrictions::of)
                    .toArray(SearchFilter[]::new));
        } else if (criteria instanceof MailSearch.Not not) {
            return new SearchFilter.Not(of(not.negated()));
        }
        throw new IllegalArgumentException("Unknown search criterion " + criteria.getClass().getSimpleName());
    }

    private static SearchFilter header(String field, String text) {
        return switch (field.toLowerCase(Locale.ROOT)) {
            case "subject" -> contains(ItemSchema.Subject, text);
            case "from" -> any(contains(SENDER_NAME, text), contains(SENDER_ADDRESS, text));
            case "to" -> contains(DISPLAY_TO, text);
            case "cc" -> contains(DISPLAY_CC, text);
            case "bcc" -> contains(DISPLAY_BCC, text);
            default -> text.isEmpty() ? contains(HEADERS, field + ":")
                    : collection(LogicalOperator.And, contains(HEADERS, field + ":"), contains(HEADERS, text));
        };
    }

    private static SearchFilter contains(PropertyDefinitionBase property, String text) {
        return new SearchFilter.ContainsSubstring(property, text, ContainmentMode.Substring,
                ComparisonMode.IgnoreCase);
    }

    private static SearchFilter any(SearchFilter... filters) {
        return collection(LogicalOperator.Or, filters);
    }

    private static SearchFilter collection(LogicalOperator operator, SearchFilter... filters) {
        SearchFilter.SearchFilterCollection collection = new SearchFilter.SearchFilterCollection(operator);
        for (SearchFilter filter : filters) {
            collection.add(filter);
        }
        return collection;
    }

    private static ExtendedPropertyDefinition tag(int tag) {
        try {
            return new ExtendedPropertyDefinition(tag, MapiPropertyType.String);
        } catch (Exception e) {
            throw new IllegalStateException("Invalid property tag " + tag, e);
        }
    }
}
