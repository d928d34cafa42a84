package org.bridgehead.exchange.ews;

import microsoft.exchange.webservices.data.core.enumeration.search.ComparisonMode;
import microsoft.exchange.webservices.data.core.enumeration.search.ContainmentMode;
import microsoft.exchange.webservices.data.core.enumeration.search.LogicalOperator;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.bridgehead.exchange.mail.MailSearch;

/**
 * Search criteria as an EWS restriction: a case-insensitive substring match over the item body
 * (ContainsSubstring, which Exchange evaluates over the body it stores, HTML for HTML mail).
 */
final class SearchRestrictions {

    private SearchRestrictions() {
    }

    static SearchFilter of(MailSearch criteria) {
        if (criteria instanceof MailSearch.BodyContains b) {
            return new SearchFilter.ContainsSubstring(ItemSchema.Body, b.text(), ContainmentMode.Substring,
                    ComparisonMode.IgnoreCase);
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

    private static SearchFilter collection(LogicalOperator operator, SearchFilter... filters) {
        SearchFilter.SearchFilterCollection collection = new SearchFilter.SearchFilterCollection(operator);
        for (SearchFilter filter : filters) {
            collection.add(filter);
        }
        return collection;
    }
}
